// runBatch with streams of our own: what an interrupt and a failing output do to a run in progress.
import { PassThrough, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInterruptCleanups } from '../../src/batch/interrupt.js';
import { type BatchOptions, OutputWriteError, runBatch } from '../../src/batch/run.js';
import { readFixture, tempTree } from '../helpers/index.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  const files: Record<string, string> = {};
  const text = readFixture('north-korea-reinforcements');
  for (let i = 0; i < 400; i++) files[`a${String(i).padStart(3, '0')}.txt`] = text;
  ({ dir, cleanup } = tempTree(files));
});
afterAll(() => cleanup());

const options = (over: Partial<BatchOptions> = {}): BatchOptions => ({
  mode: 'extract',
  format: 'json',
  pretty: false,
  explain: false,
  extractOptions: {},
  chalk: new Chalk({ level: 0 }),
  width: 100,
  jobs: 1,
  quiet: false,
  summary: false,
  exts: ['txt'],
  jsonl: false,
  textField: 'text',
  idField: 'id',
  stdin: new PassThrough(),
  ...over,
});

/** A terminal-like stderr that records every write. */
function terminal(): Writable & { isTTY: boolean; columns: number; writes: string[] } {
  const writes: string[] = [];
  const s = new Writable({
    write(chunk: Buffer, _enc, cb) {
      writes.push(chunk.toString());
      cb();
    },
  }) as Writable & { isTTY: boolean; columns: number; writes: string[] };
  s.isTTY = true;
  s.columns = 100;
  s.writes = writes;
  return s;
}

describe('an interrupt during a run', () => {
  it('stops the output and the progress bar: nothing is drawn or printed after it', async () => {
    const stderr = terminal();
    const stdout = new PassThrough();
    let lines = 0;
    let atInterrupt = -1;
    let writesAtInterrupt = -1;
    stdout.on('data', (d: Buffer) => {
      lines += d.toString().split('\n').length - 1;
      // once the bar has been drawn and some articles printed, as a Ctrl-C would come
      if (atInterrupt < 0 && lines >= 50 && stderr.writes.some((w) => w.includes('articles'))) {
        runInterruptCleanups();
        atInterrupt = lines;
        writesAtInterrupt = stderr.writes.length;
      }
    });
    await runBatch([dir], options(), { stdout, stderr });
    await new Promise((r) => setTimeout(r, 450)); // two redraw periods
    expect(atInterrupt).toBeGreaterThan(0);
    // the bar was cleared once, and nothing after; at most the article already on its way was printed
    const after = stderr.writes.slice(writesAtInterrupt);
    expect(after.filter((w) => w.includes('articles'))).toEqual([]);
    expect(lines - atInterrupt).toBeLessThanOrEqual(1);
    expect(lines).toBeLessThan(400);
  });
});

describe('output that cannot be written', () => {
  it('ends the run with an OutputWriteError carrying the system error; a closed pipe ends it quietly', async () => {
    const full = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 }));
      },
    });
    full.on('error', () => {});
    const err = await runBatch([dir], options({ quiet: true }), { stdout: full, stderr: terminal() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputWriteError);
    expect((err as OutputWriteError).cause).toMatchObject({ code: 'ENOSPC' });

    const closed = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    closed.on('error', () => {});
    await expect(runBatch([dir], options({ quiet: true }), { stdout: closed, stderr: terminal() })).resolves.toBe(0);
  });
});
