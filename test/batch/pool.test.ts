// The pool as built (dist/), with a stand-in extractor so that work is uneven and batches finish out of order.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { type Outcome, type PoolOptions, processInline, processPool } from '../../dist/batch/pool/pool.js';
import type { SourceItem } from '../../src/batch/sources.js';
import { ROOT } from '../helpers/index.js';

// Real processes on a 2-vCPU machine shared with other jobs: time limits well above what a case needs.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const FAKE = pathToFileURL(join(ROOT, 'test', 'helpers', 'fake-extract.mjs')).href;

function article(i: number, text?: string): SourceItem {
  // every seventh article takes a while, so later batches overtake it
  const body = text ?? (i % 7 === 0 ? `delay=${10 + (i % 3) * 5} article ${i}` : `article ${i}`);
  const data = Buffer.from(body);
  return { kind: 'raw', format: 'text', id: `a${i}`, source: `src:${i}`, line: 0, data, bytes: data.length };
}

/** A worker's output comes back as UTF-8 bytes, this thread's as a string: compare them as text. */
function asText(o: Outcome): Outcome {
  return o.kind === 'article' && o.out instanceof Uint8Array ? { ...o, out: new TextDecoder().decode(o.out) } : o;
}

async function* items(list: SourceItem[]): AsyncGenerator<SourceItem> {
  for (const it of list) yield it;
}

async function collect(gen: AsyncIterable<Outcome>): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of gen) out.push(asText(o));
  return out;
}

const base: PoolOptions = {
  jobs: 2,
  extractOptions: {},
  render: 'json',
  keepQuotes: false,
  fields: { textField: 'text', idField: 'id' },
  extractModule: FAKE,
  batchArticles: 3,
  windowItems: 12,
};

describe('worker pool', () => {
  it('yields every result in input order with several jobs, small batches and a small window', async () => {
    const list = Array.from({ length: 120 }, (_, i) => article(i));
    for (const jobs of [2, 3]) {
      const out = await collect(processPool(items(list), { ...base, jobs }));
      expect(out.map((o) => (o.kind === 'article' ? o.id : o.kind))).toEqual(list.map((_, i) => `a${i}`));
      const first = out[0];
      expect(first?.kind === 'article' && JSON.parse(first.out as string)).toMatchObject({
        id: 'a0',
        source: 'src:0',
        quotes: [{ text: 'delay=10 article 0' }],
      });
    }
  });

  it('gives the same outcomes as in-process extraction, failures and skips kept in place', async () => {
    const { extractQuotes } = (await import(FAKE)) as { extractQuotes: (t: string) => never[] };
    const list: SourceItem[] = [
      article(0),
      { kind: 'failure', id: null, source: 'f:2', reason: 'invalid JSON', bytes: 3 },
      article(1),
      { kind: 'skip', source: 'f:4', reason: 'blank line', bytes: 1 },
      article(2, 'THROW'),
      article(3),
    ];
    const opts = { ...base, render: 'csv' as const, keepQuotes: true };
    const pooled = await collect(processPool(items(list), opts));
    const inline = await collect(processInline(items(list), opts, extractQuotes));
    expect(pooled).toEqual(inline);
    expect(pooled.map((o) => o.kind)).toEqual(['article', 'failure', 'article', 'skip', 'failure', 'article']);
    expect(pooled[4]).toMatchObject({ id: 'a2', reason: 'extractor failed: boom' });
  });

  it('gives byte-identical output for multi-byte text and articles of every size, buffers reused between batches', async () => {
    const { extractQuotes } = (await import(FAKE)) as { extractQuotes: (t: string) => never[] };
    const bodies = ['Zürich — “quoted” 😀 𝕏', 'a', 'ü'.repeat(5000), '中文'.repeat(300), 'plain', 'é'.repeat(40_000), '👩‍👩‍👧 said'];
    const list = Array.from({ length: 60 }, (_, i) => article(i, `${bodies[i % bodies.length]} #${i}`));
    // small batches by bytes: some batches are one big article, later ones reuse the buffers of earlier ones
    const opts = { ...base, batchArticles: 4, batchBytes: 8 * 1024 };
    const pooled = await collect(processPool(items(list), opts));
    const inline = await collect(processInline(items(list), opts, extractQuotes));
    expect(pooled).toEqual(inline);
    expect(pooled.map((o) => (o.kind === 'article' ? JSON.parse(o.out as string).quotes[0].text : null))).toEqual(
      list.map((_, i) => `${bodies[i % bodies.length]} #${i}`),
    );
  });

  it('fails only the article that kills its worker, replaces the worker and goes on', async () => {
    const list = [article(1), article(2), article(3, 'CRASH'), ...Array.from({ length: 30 }, (_, i) => article(10 + i))];
    for (const batchArticles of [1, 4]) {
      const out = await collect(processPool(items(list), { ...base, jobs: 2, batchArticles }));
      expect(out).toHaveLength(list.length);
      expect(out[2]).toMatchObject({ kind: 'failure', id: 'a3', reason: expect.stringContaining('worker crashed') });
      // only the article that killed its worker fails; its batch-mates are rerun one by one
      expect(out.filter((o) => o.kind === 'failure')).toHaveLength(1);
      expect(out.map((o) => ('id' in o ? o.id : null))).toEqual(list.map((i) => ('id' in i ? i.id : null)));
    }
  });

  it('stops reading and ends when the consumer stops early', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<SourceItem> {
      for (let i = 0; ; i++) {
        pulled++;
        yield article(i, `article ${i}`);
      }
    }
    const seen: string[] = [];
    for await (const o of processPool(endless(), base)) {
      if (o.kind === 'article') seen.push(o.id);
      if (seen.length === 5) break;
    }
    expect(seen).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    // the window bounds what was read ahead
    expect(pulled).toBeLessThanOrEqual(5 + (base.windowItems ?? 0) + 1);
  });

  it('reports a worker that cannot start as an error instead of hanging', async () => {
    const bad = { ...base, extractModule: pathToFileURL(join(ROOT, 'test', 'helpers', 'no-such-module.mjs')).href };
    await expect(collect(processPool(items([article(1), article(2)]), bad))).rejects.toThrow(/worker failed/);
  });
});
