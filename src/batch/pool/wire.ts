/**
 * The messages between the pool and its workers. A batch's articles travel as one transferred buffer (no copy,
 * and no string on either heap on the way), its rendered output comes back the same way, and the batch's own
 * buffer is handed back with the reply to carry a later batch.
 */
import type { RawArticle } from '../sources.js';
import type { Outcome, RenderOptions } from './outcome.js';

/** What a worker is started with. */
export interface WorkerSetup extends RenderOptions {
  /** For tests: a module exporting `extractQuotes`, loaded instead of the real extractor. */
  extractModule?: string;
}

/** An article of a batch: where its bytes are in the batch's `data`, and what it is. */
export interface WireItem {
  format: RawArticle['format'];
  id: string;
  source: string;
  line: number;
  bytes: number;
  start: number;
  end: number;
}

export interface BatchMessage {
  batch: number;
  data: ArrayBuffer;
  items: WireItem[];
}

/**
 * The outcomes of a batch's items, in their order, without their rendered output: that is in `out`, article i's
 * ending at `outEnds[i]` (-1: none). `data` is the batch's own buffer, handed back. `{ ready: true }` comes once,
 * when the worker has loaded the extractor.
 */
export type BatchReply = { batch: number; results: Outcome[]; outEnds: number[]; out: ArrayBuffer; data: ArrayBuffer } | { ready: true };

/** Packs articles into `buffer` (at least their total size) as a batch message. */
export function packBatch(batch: number, articles: readonly RawArticle[], buffer: ArrayBuffer): BatchMessage {
  const data = new Uint8Array(buffer);
  const items: WireItem[] = [];
  let at = 0;
  for (const raw of articles) {
    data.set(raw.data, at);
    items.push({ format: raw.format, id: raw.id, source: raw.source, line: raw.line, bytes: raw.bytes, start: at, end: at + raw.data.length });
    at += raw.data.length;
  }
  return { batch, data: buffer, items };
}

/** The articles of a batch message, as views of its buffer (worker side). */
export function unpackBatch(msg: BatchMessage): RawArticle[] {
  const data = new Uint8Array(msg.data);
  return msg.items.map((w) => ({
    kind: 'raw',
    format: w.format,
    id: w.id,
    source: w.source,
    line: w.line,
    bytes: w.bytes,
    data: data.subarray(w.start, w.end),
  }));
}

/** The outcomes of a reply, each article's output a view of the reply's `out` buffer (pool side). */
export function unpackReply(reply: Extract<BatchReply, { batch: number }>): Outcome[] {
  let outStart = 0;
  return reply.results.map((outcome, i) => {
    const end = reply.outEnds[i]!;
    if (outcome.kind === 'article' && end >= 0) {
      outcome.out = new Uint8Array(reply.out, outStart, end - outStart);
      outStart = end;
    }
    return outcome;
  });
}
