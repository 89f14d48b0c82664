// End to end: the built CLI on archives made of small invented articles. Written to hold with the stub
// extractor and with a real one: they check ids, order, sources, line counts and exit codes, not quotes.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, jsonLines, runCli, tempTree } from '../helpers/index.js';

// Real processes on a 2-vCPU machine shared with other jobs: time limits well above what a case needs.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SENTENCES = [
  '"We will rebuild the bridge," said Mayor Ana Ruiz.',
  'The council said the vote would take place on Monday.',
  '"Nobody was hurt," a police spokesman told reporters, adding that the road would reopen soon.',
  'According to the ministry, exports rose by 4 percent in March.',
  '"It is a good day for the town," said Bo Li, who runs the bakery on Main Street.',
];
const article = (i: number): string => `${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 2) % SENTENCES.length]}\n`;

interface Line {
  id: string | null;
  source: string;
  quotes?: unknown[];
  error?: string;
  skipped?: string;
}

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  const files: Record<string, string> = {
    'archive/2016/01/bridge.txt': article(0),
    'archive/2016/02/council.txt': article(1),
    'archive/2017/police.txt': article(2),
    'archive/2017/notes.md': article(3),
    'archive/readme.rtf': 'not an article',
    'single.txt': article(4),
    'dump.jsonl': [
      JSON.stringify({ id: 'j1', text: article(0) }),
      '{"id": "j2", "text": ',
      JSON.stringify({ id: 3, text: article(1) }),
      JSON.stringify({ text: article(2) }),
    ].join('\n'),
    'nested.ndjson':
      [JSON.stringify({ meta: { id: 'n1' }, body: { text: article(3) } }), JSON.stringify({ meta: { id: 'n2' }, body: { text: article(4) } })].join('\n') +
      '\n',
  };
  for (let i = 0; i < 40; i++) files[`many/${String(i).padStart(3, '0')}.txt`] = article(i);
  ({ dir, cleanup } = tempTree(files));
});
afterAll(() => cleanup());

describe('inputs', () => {
  it('walks directories recursively, in name order, with --ext', async () => {
    const r = await runCli(['archive', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((jsonLines(r.stdout) as Line[]).map((l) => [l.id, l.source])).toEqual([
      ['2016/01/bridge', 'archive/2016/01/bridge.txt'],
      ['2016/02/council', 'archive/2016/02/council.txt'],
      ['2017/police', 'archive/2017/police.txt'],
    ]);
    const md = await runCli(['archive', '--ext', 'txt,md', '-f', 'json'], { cwd: dir });
    expect((jsonLines(md.stdout) as Line[]).map((l) => l.id)).toEqual(['2016/01/bridge', '2016/02/council', '2017/notes', '2017/police']);
  });

  it('takes several files and globs, in the order given', async () => {
    const r = await runCli(['single.txt', 'archive/**/*.txt', 'archive/2017/notes.md', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((jsonLines(r.stdout) as Line[]).map((l) => l.source)).toEqual([
      'single.txt',
      'archive/2016/01/bridge.txt',
      'archive/2016/02/council.txt',
      'archive/2017/police.txt',
      'archive/2017/notes.md',
    ]);
  });

  it('reads JSONL archives: ids, path:line sources, a malformed line reported and skipped, exit 1', async () => {
    const r = await runCli(['dump.jsonl', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout) as Line[];
    expect(lines.map((l) => [l.id, l.source])).toEqual([
      ['j1', 'dump.jsonl:1'],
      ['3', 'dump.jsonl:3'],
      ['dump.jsonl:4', 'dump.jsonl:4'],
    ]);
    const stderr = r.stderr.trim().split('\n');
    expect(stderr[0]).toMatch(/^whosaid: dump\.jsonl:2: invalid JSON/);
    expect(stderr.at(-1)).toMatch(/^whosaid: 4 article\(s\) read, 3 succeeded, 1 failed, \d+ quote\(s\) found in /);
  });

  it('follows dotted --text-field and --id-field paths', async () => {
    const r = await runCli(['nested.ndjson', '--text-field', 'body.text', '--id-field', 'meta.id', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((jsonLines(r.stdout) as Line[]).map((l) => [l.id, l.source])).toEqual([
      ['n1', 'nested.ndjson:1'],
      ['n2', 'nested.ndjson:2'],
    ]);
    const missing = await runCli(['nested.ndjson', '-f', 'json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('whosaid: nested.ndjson:1: no "text" field');
  });

  it('accounts for a missing input and keeps going', async () => {
    const r = await runCli(['single.txt', 'nope.txt', 'archive/2017/police.txt', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect((jsonLines(r.stdout) as Line[]).map((l) => l.id)).toEqual(['single', 'police']);
    expect(r.stderr).toContain('whosaid: nope.txt: no such file');
    expect(r.stderr).toMatch(/3 article\(s\) read, 2 succeeded, 1 failed/);
  });
});

describe('summary on stderr', () => {
  it('is quiet for a single file, shown with --summary, gone with --quiet', async () => {
    const single = await runCli(['single.txt', '-f', 'json'], { cwd: dir });
    expect(single.code).toBe(0);
    expect(single.stderr).toBe('');
    const forced = await runCli(['single.txt', '-f', 'json', '--summary'], { cwd: dir });
    expect(forced.stderr).toMatch(/1 article\(s\) read, 1 succeeded, 0 failed/);
    expect(forced.stderr).toContain('by type: direct');
    const quiet = await runCli(['many', '-f', 'json', '--quiet'], { cwd: dir });
    expect(quiet.stderr).toBe('');
    const many = await runCli(['many', '-f', 'json'], { cwd: dir });
    expect(many.stderr).toMatch(/^whosaid: 40 article\(s\) read, 40 succeeded, 0 failed, \d+ quote\(s\) found/);
  });
});

describe('parallelism', () => {
  it('keeps input order with several jobs, and gives the same output as --jobs 1', async () => {
    const one = await runCli(['many', 'dump.jsonl', '-f', 'json', '--jobs', '1', '-q'], { cwd: dir });
    for (const jobs of ['2', '3']) {
      const r = await runCli(['many', 'dump.jsonl', '-f', 'json', '--jobs', jobs, '-q'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(one.stdout);
    }
    const ids = (jsonLines(one.stdout) as Line[]).map((l) => l.id);
    expect(ids.slice(0, 40)).toEqual(Array.from({ length: 40 }, (_, i) => String(i).padStart(3, '0')));
    expect(ids.slice(40)).toEqual(['j1', '3', 'dump.jsonl:4']);
  });

  it('rejects a bad --jobs with exit 2', async () => {
    const r = await runCli(['many', '--jobs', '0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});

describe('stdin JSONL: one output line per input line', () => {
  // 300 lines: articles with and without ids, malformed lines, blank lines, lines without text
  const input: string[] = [];
  for (let i = 0; i < 300; i++) {
    if (i % 37 === 5) input.push('{"id": "broken", "text": "unterminated');
    else if (i % 41 === 7) input.push('');
    else if (i % 43 === 9) input.push(JSON.stringify({ id: `x${i}`, body: 'no text field' }));
    else if (i % 10 === 3) input.push(JSON.stringify({ text: article(i) }));
    else input.push(JSON.stringify({ id: `a${i}`, text: article(i) }));
  }

  for (const jobs of ['1', '2']) {
    it(`holds line for line, in order, with --jobs ${jobs}`, async () => {
      const r = await runCli(['--jsonl', '-f', 'json', '--jobs', jobs], { input: `${input.join('\n')}\n` });
      expect(r.code).toBe(1);
      const out = r.stdout.split('\n');
      expect(out.pop()).toBe('');
      expect(out).toHaveLength(input.length);
      let failures = 0;
      for (const [i, raw] of out.entries()) {
        const line = JSON.parse(raw) as Line;
        expect(line.source).toBe(`stdin:${i + 1}`);
        const src = input[i]!;
        if (src === '') expect(line).toEqual({ id: null, source: `stdin:${i + 1}`, skipped: 'blank line' });
        else if (src.includes('unterminated')) {
          failures++;
          expect(line).toMatchObject({ id: null, error: expect.stringContaining('invalid JSON') });
        } else if (src.includes('no text field')) {
          failures++;
          expect(line).toMatchObject({ id: `x${i}`, error: 'no "text" field' });
        } else {
          const obj = JSON.parse(src) as { id?: string };
          expect(line.id).toBe(obj.id ?? `stdin:${i + 1}`);
          expect(Array.isArray(line.quotes)).toBe(true);
        }
      }
      // and every failure is also one line on stderr
      expect(r.stderr.split('\n').filter((l) => /^whosaid: stdin:\d+/.test(l))).toHaveLength(failures);
    });
  }

  it('flushes each line as it goes, before stdin ends', async () => {
    const child = spawn(process.execPath, [BIN, '--jsonl', '-f', 'json', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const rl = createInterface({ input: child.stdout });
    const lines = rl[Symbol.asyncIterator]();
    for (let i = 1; i <= 3; i++) {
      child.stdin.write(`${JSON.stringify({ id: `live${i}`, text: article(i) })}\n`);
      const next = await lines.next();
      expect(JSON.parse(next.value as string)).toMatchObject({ id: `live${i}`, source: `stdin:${i}` });
    }
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });
});

describe('CSV and stats', () => {
  it('--format csv writes the header once, then RFC 4180 rows', async () => {
    const r = await runCli(['many', '-f', 'csv', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('id,quote,type,cue,speaker,name,kind,start,end,via\r\n')).toBe(true);
    expect(r.stdout.split('id,quote,type').length).toBe(2);
    expect(r.stdout === '' || r.stdout.endsWith('\r\n')).toBe(true);
  });

  it('whosaid stats counts everything read', async () => {
    const r = await runCli(['stats', 'many', 'dump.jsonl', '-f', 'json', '-q'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      articles: unknown;
      quotes: number;
      byType: Record<string, number>;
      speakers: { quotes: number; articles: number }[];
    };
    expect(report.articles).toEqual({ read: 44, succeeded: 43, failed: 1 });
    expect(Object.values(report.byType).reduce((a, b) => a + b, 0)).toBe(report.quotes);
    expect(report.speakers.every((s) => s.quotes > 0 && s.articles > 0 && s.articles <= s.quotes)).toBe(true);
    const table = await runCli(['stats', 'single.txt', '-f', 'table'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('1 article(s) read, 1 succeeded, 0 failed');
    const csv = await runCli(['stats', 'single.txt', '-f', 'csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('name,kind,gender,quotes,articles,variants\r\n')).toBe(true);
    const bad = await runCli(['stats', 'single.txt', '-f', 'yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
  });
});

describe('a reader that goes away', () => {
  it('ends quietly with exit 0 and no stray workers', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: `p${i}`, text: article(i) })).join('\n');
    const { dir: d, cleanup: c } = tempTree({ 'big.jsonl': lines });
    try {
      const r = spawnSync('bash', ['-c', `node "${BIN}" big.jsonl -f json --jobs 2 | head -n 2; echo "status=\${PIPESTATUS[0]}"`], {
        cwd: d,
        encoding: 'utf8',
      });
      const out = r.stdout.trim().split('\n');
      expect(out.slice(0, 2).map((l) => (JSON.parse(l) as Line).id)).toEqual(['p0', 'p1']);
      expect(out[2]).toBe('status=0');
      expect(r.stderr).not.toMatch(/EPIPE|Error|internal/);
    } finally {
      c();
    }
  });
});
