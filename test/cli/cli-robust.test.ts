import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { installInterruptHandler, onInterrupt, runInterruptCleanups, uninterruptedSync } from '../../src/batch/interrupt.js';

import { BIN, ROOT, type Run, runCli, runShell } from '../helpers/index.js';

// Real processes on a 2-vCPU machine shared with other jobs: time limits well above what a case needs.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// End-to-end runs of the built CLI (npm test builds first) on bad input, a closed pipe and interrupts.
const NASTY = join(ROOT, 'fixtures', 'nasty');
const SEED = join(ROOT, 'fixtures', 'north-korea-reinforcements.txt');

/** The CLI (args) or, with shell, one bash command line (args[0]). */
function run(args: string[], shell = false): Promise<Run> {
  return shell ? runShell(args[0]!, { env: { NO_COLOR: '1' } }) : runCli(args, { env: { NO_COLOR: '1' } });
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'whosaid-robust-'));
  for (let i = 0; i < 300; i++) await copyFile(SEED, join(tmp, `a${String(i).padStart(3, '0')}.txt`));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('a batch with bad files goes on', () => {
  it('empty, binary, UTF-16, invalid UTF-8, missing and CRLF files: one line each on stderr, results for the rest, exit 1', async () => {
    const names = ['empty.txt', 'binary.bin', 'utf16.txt', 'invalid-utf8.txt', 'missing.txt', 'crlf.txt'];
    const r = await run(names.map((n) => join(NASTY, n)).concat('--format', 'json'));
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; quotes: unknown[] });
    expect(lines.map((l) => [l.id, l.quotes.length])).toEqual([
      ['empty', 0],
      ['invalid-utf8', 1],
      ['crlf', 2],
    ]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `whosaid: ${join(NASTY, 'binary.bin')}: binary file (contains NUL bytes), skipped`,
      `whosaid: ${join(NASTY, 'utf16.txt')}: UTF-16 text, not UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8), skipped`,
      `whosaid: warning: ${join(NASTY, 'invalid-utf8.txt')}: invalid UTF-8 bytes replaced with U+FFFD`,
      `whosaid: ${join(NASTY, 'missing.txt')}: no such file`,
      expect.stringMatching(/^whosaid: 6 article\(s\) read, 3 succeeded, 3 failed, 3 quote\(s\) found in /),
    ]);
  });

  it('an empty or blank file alone: no quotes, exit 0, nothing on stderr', async () => {
    for (const n of ['empty.txt', 'whitespace-only.txt']) {
      const r = await run([join(NASTY, n), '--format', 'json']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(r.stdout)).toEqual({ id: n.replace('.txt', ''), source: join(NASTY, n), quotes: [] });
    }
  });

  it('every nasty fixture prints as a table too, without a stack trace', async () => {
    const r = await run([`node ${BIN} ${NASTY}/* --format table`], true);
    expect(r.code).toBe(1); // the binary and UTF-16 files
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('stdin that is empty or blank gives an article with no quotes', async () => {
    const r = await run([`printf '  \\n\\r\\n' | node ${BIN} --format json`], true);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'stdin', source: 'stdin', quotes: [] });
  });
});

describe('output to a closed pipe', () => {
  it('| head -1 on a batch of 300 files: exits 0, quietly', async () => {
    const r = await run(
      [`set -o pipefail; node ${BIN} ${tmp}/*.txt --format json 2>${tmp}/err.txt | head -1 >${tmp}/out.txt; echo "status=$?"; cat ${tmp}/err.txt`],
      true,
    );
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it('| head -1 with the table format, and with stderr closed too', async () => {
    const r = await run([`set -o pipefail; node ${BIN} ${tmp}/*.txt --format table 2>&1 | head -1 >/dev/null; echo "status=$?"`], true);
    expect(r.stdout.trim()).toBe('status=0');
  });
});

function spawnCli(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const firstLine = new Promise<void>((resolve) => child.stdout.on('data', () => stdout.includes('\n') && resolve()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, firstLine, done, out: () => ({ stdout, stderr }) };
}

describe('interrupts', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} in the middle of a batch (waiting on stdin): "whosaid: interrupted", exit ${code}, no stack trace`, async () => {
      const cli = spawnCli([SEED, '-', SEED, '--format', 'json']);
      cli.child.stdin.write('"We are ahead of schedule," Mayor Lena Ortiz said.\n'); // stdin stays open
      await cli.firstLine;
      cli.child.kill(signal);
      const end = await cli.done;
      expect(end).toEqual({ code, signal: null });
      const { stdout, stderr } = cli.out();
      expect(stderr).toBe('whosaid: interrupted\n');
      expect(stdout.trim().split('\n')).toHaveLength(1); // the first file's result, nothing after
    });
  }
});

describe('src/interrupt.ts', () => {
  it('runs clean-ups newest first, once, past one that throws; unregistered ones do not run', () => {
    const calls: string[] = [];
    onInterrupt(() => calls.push('pool'));
    onInterrupt(() => {
      throw new Error('boom');
    });
    const off = onInterrupt(() => calls.push('gone'));
    onInterrupt(() => calls.push('tmp'));
    off();
    runInterruptCleanups();
    runInterruptCleanups();
    expect(calls).toEqual(['tmp', 'pool']);
  });

  it('the handler runs the clean-ups, writes one line and exits 130 (143 on SIGTERM)', () => {
    const written: string[] = [];
    const codes: number[] = [];
    const calls: string[] = [];
    const before = process.listenerCount('SIGINT');
    const uninstall = installInterruptHandler({ write: (s: string) => written.push(s) } as unknown as NodeJS.WritableStream, (c) => codes.push(c));
    try {
      expect(process.listenerCount('SIGINT')).toBe(before + 1);
      onInterrupt(() => calls.push('workers terminated'));
      // The default action comes back for synchronous work, so a Ctrl-C during it is not held back.
      uninterruptedSync(() => expect(process.listenerCount('SIGINT')).toBe(before));
      expect(process.listenerCount('SIGINT')).toBe(before + 1);
      process.emit('SIGINT', 'SIGINT');
      process.emit('SIGINT', 'SIGINT'); // a second Ctrl-C while ending does nothing more
    } finally {
      uninstall();
    }
    expect(process.listenerCount('SIGINT')).toBe(before);
    expect(calls).toEqual(['workers terminated']);
    expect(written).toEqual(['whosaid: interrupted\n']);
    expect(codes).toEqual([130]);
  });
});
