// Issue 12 through the real built CLI (`node bin/whosaid.js`): write errors, interrupts in every mode, the size
// cap, one bad line among good ones, what a terminal and a spreadsheet receive. Every case here failed before.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, FIXTURES, ROOT, readFixture, runCli } from '../helpers/index.js';

// Each case starts real processes, and the machine (2 vCPUs) is shared: time limits well above what a case needs.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the signal to the end of the process. */
  afterSignal: number;
}

/** Runs `bash -c script` in the repository root; `W` is the built CLI. */
function bash(script: string): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', W: `${process.execPath} ${BIN}` } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, afterSignal: 0 }));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the CLI, sends `signal` `busyMs` after its first line on stderr (a warning for the first article: by then
 * whosaid has its signal handlers, and sending earlier, during Node's start-up on a loaded machine, would test
 * Node's default action instead), and resolves when it has ended.
 */
function interrupted(args: string[], signal: NodeJS.Signals, busyMs: number): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sentAt = 0;
    let ended = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let started = false;
    child.stderr.on('data', () => {
      if (started) return;
      started = true;
      void sleep(busyMs).then(() => {
        if (ended) return;
        sentAt = performance.now();
        child.kill(signal);
      });
    });
    child.on('close', (code, sig) => {
      ended = true;
      resolve({ code, signal: sig, stdout, stderr, afterSignal: sentAt ? performance.now() - sentAt : -1 });
    });
  });
}

let tmp: string;
/** A folder of 4,000 small articles: seconds of work for one thread. */
let folder: string;
/** JSONL whose every output line is bigger than a pipe's 64 KiB buffer. */
let bigLines: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'whosaid-safety-'));
  folder = join(tmp, 'many');
  mkdirSync(folder);
  for (let i = 0; i < 4000; i++) copyFileSync(join(FIXTURES, 'city-council-budget.txt'), join(folder, `a${String(i).padStart(4, '0')}.txt`));
  // read first (a "-" sorts before digits): its warning on stderr says the run has started (see interrupted())
  writeFileSync(join(folder, 'a-bad.txt'), Buffer.from([0x22, 0x48, 0x69, 0xff, 0x22]));
  const long = readFixture('city-council-budget').repeat(80);
  bigLines = join(tmp, 'big.jsonl');
  writeFileSync(bigLines, Array.from({ length: 60 }, (_, i) => `${JSON.stringify({ id: `b${i}`, text: long })}\n`).join(''));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 5 }));

describe('1. write errors', () => {
  for (const args of [
    ['-j', '1'],
    ['-j', '2'],
    ['-f', 'csv'],
    ['stats', '-f', 'json'],
  ]) {
    it(`a full disk (${args.join(' ')} > /dev/full): one line on stderr, exit 2`, async () => {
      const r = await bash(`$W ${args.join(' ')} fixtures/*.txt > /dev/full`);
      expect(r.stderr).toBe('whosaid: writing output failed: no space left on device\n');
      expect(r.code).toBe(2);
    });
  }

  it('a reader that goes away (| head -c 10) is a quiet, normal end', async () => {
    const r = await bash(`$W -q -j 1 fixtures/*.txt | head -c 10; echo "exit \${PIPESTATUS[0]}" >&2`);
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).toBe('exit 0\n');
  });
});

describe('2. an interrupt with a slow reader leaves whole lines', () => {
  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: Ctrl-C while a 100 KiB line is half in the pipe; what the reader gets ends with a whole line`, async () => {
      // The writer is killed once it has filled most of the pipe's 64 KiB (wchar in /proc/PID/io): with lines of
      // 100 KiB it is then blocked in the middle of one. The reader starts only after the kill, then takes it all.
      const flag = join(tmp, `killed-${jobs}`);
      const r = await bash(
        `($W -q -j ${jobs} ${bigLines} & p=$!; ` +
          `until [ "$(awk '/^wchar/ {print $2}' /proc/$p/io 2>/dev/null || echo 0)" -gt 60000 ]; do sleep 0.05; done; ` +
          `kill -INT $p; touch ${flag}; wait $p; echo "exit $?" >&2) | ` +
          `(until [ -e ${flag} ]; do sleep 0.05; done; sleep 0.3; cat) > ${tmp}/out-${jobs}.json; cat ${tmp}/out-${jobs}.json`,
      );
      expect(r.stderr).toBe('whosaid: interrupted\nexit 130\n');
      expect(r.stdout.length).toBeGreaterThan(65536);
      expect(r.stdout.endsWith('\n')).toBe(true);
      const lines = r.stdout.trimEnd().split('\n');
      for (const l of lines) expect((JSON.parse(l) as { id: string }).id).toMatch(/^b\d+$/);
    });
  }
});

describe('3. signals end every mode at once', () => {
  const modes: [string, string[]][] = [
    ['a folder with -j 1', ['-j', '1']],
    ['a quoted glob with -j 1', ['-j', '1', 'GLOB']],
    ['stats with -j 1', ['stats', '-j', '1']],
    ['a folder with -j 2', ['-j', '2']],
  ];
  for (const [what, args] of modes) {
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGINT', 130],
    ] as const) {
      it(`${what}: ${signal} ends it with ${code} within a second`, async () => {
        const argv = args.includes('GLOB') ? args.map((a) => (a === 'GLOB' ? join(folder, 'a*.txt') : a)) : [...args, folder];
        const r = await interrupted(argv, signal, 300);
        expect(r.stderr).toBe(`whosaid: warning: ${join(folder, 'a-bad.txt')}: invalid UTF-8 bytes replaced with U+FFFD\nwhosaid: interrupted\n`);
        expect({ code: r.code, signal: r.signal }).toEqual({ code, signal: null });
        // before: the run went on to its end (seconds). The bound leaves room for a machine shared with other jobs.
        expect(r.afterSignal).toBeGreaterThan(0);
        expect(r.afterSignal).toBeLessThan(1000);
      });
    }
  }

  it('a FIFO named as an input is refused at once, not waited on; the other inputs are read', async () => {
    const fifo = join(tmp, 'pipe.txt');
    await bash(`mkfifo ${fifo}`);
    const started = performance.now();
    const r = await runCli([fifo, join(FIXTURES, 'ferry-report.txt'), '-f', 'json']);
    expect(performance.now() - started).toBeLessThan(15_000); // before: blocked until killed
    expect(r.stderr.split('\n')[0]).toBe(`whosaid: ${fifo}: not a regular file (a FIFO), skipped`);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.code).toBe(1);
  });
});

describe('4. the size cap, and one article that cannot fit costs that article only', () => {
  it('/dev/zero, an oversized file, an oversized JSONL line: one failure line each, then the rest', async () => {
    writeFileSync(join(tmp, 'big.txt'), 'x'.repeat(5000));
    writeFileSync(join(tmp, 'lines.jsonl'), `{"id":"small","text":"Short."}\n${JSON.stringify({ id: 'long', text: 'y'.repeat(5000) })}\n`);
    const r = await runCli([
      '--max-article-bytes',
      '4k',
      '/dev/zero',
      join(tmp, 'big.txt'),
      join(tmp, 'lines.jsonl'),
      join(FIXTURES, 'ferry-report.txt'),
      '-f',
      'json',
    ]);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'whosaid: /dev/zero: not a regular file (a device), skipped',
      `whosaid: ${join(tmp, 'big.txt')}: 4.9 KiB, over the --max-article-bytes limit of 3.9 KiB, skipped`,
      `whosaid: ${join(tmp, 'lines.jsonl')}:2: line of 4.9 KiB, over the --max-article-bytes limit of 3.9 KiB, skipped`,
    ]);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['small', 'ferry-report']);
    expect(r.code).toBe(1);
  });

  it('stdin text over the cap is that input failure; a bad size is a usage error', async () => {
    const r = await runCli(['--max-article-bytes', '100', '-f', 'json'], { input: 'z'.repeat(1000) });
    expect(r.stderr).toBe('whosaid: stdin: more than 100 bytes, over the --max-article-bytes limit of 100 bytes, skipped\n');
    expect(r.code).toBe(1);
    const bad = await runCli(['--max-article-bytes', 'lots', join(FIXTURES, 'ferry-report.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-article-bytes: expected a size');
  });

  it('in-process (--jobs 1) under a 256 MB heap, a 20 MB article fails with a clear line instead of killing the run', async () => {
    const huge = join(tmp, 'huge.txt');
    writeFileSync(huge, readFixture('city-council-budget').repeat(32_000)); // ~20 MB
    const r = await bash(`${process.execPath} --max-old-space-size=256 ${BIN} -j 1 -f json ${huge} fixtures/ferry-report.txt`);
    expect(r.stderr.split('\n')[0]).toMatch(
      new RegExp(`^whosaid: ${huge}: article too large for memory here \\(21 MB of text needs about \\d+ MB of heap, \\d+ MB free\\)`),
    );
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['ferry-report']);
    expect(r.code).toBe(1);
  });
});

describe('5. one bad JSONL line among good ones', () => {
  it('an id nested 5,000 levels deep: that line error only, and --jobs 1 and --jobs 2 give the same lines', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const input = `{"id":"a","text":"\\"Fine,\\" said Ann Lee."}\n{"id":${deep},"text":"x"}\n{"id":"c","text":"Three."}\n`;
    const one = await runCli(['--jsonl', '-j', '1', '-f', 'json'], { input });
    const two = await runCli(['--jsonl', '-j', '2', '-f', 'json'], { input });
    expect(one.stdout).toBe(two.stdout);
    const lines = one.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toEqual({ id: null, source: 'stdin:2', error: 'the id field nests deeper than 64 levels' });
    expect(one.code).toBe(1);
  });
});

describe('6. what reaches a terminal and stderr', () => {
  it('a JSONL id with a newline and escape sequences cannot forge stderr lines or reach the terminal raw', async () => {
    const input = `${JSON.stringify({ id: 'x\nwhosaid: all good\u001b]0;pwned\u0007\u202e', body: 'no text field' })}\n`;
    const r = await runCli(['--jsonl', '-f', 'json'], { input });
    expect(r.stderr).toBe('whosaid: stdin:1 (id x\\nwhosaid: all good\\e]0;pwned\\x07\\u202e): no "text" field\n');
  });

  it('a file name with control characters is shown escaped in failure and warning lines', async () => {
    const name = join(tmp, 'evil\u001b[2Jname\u0007.txt');
    writeFileSync(name, Buffer.from([0x22, 0x48, 0x69, 0xff, 0x22]));
    // no "[" in the missing name: that would make it a glob pattern
    const r = await runCli([name, join(tmp, 'missing\u001bX\u0007.txt'), '-f', 'json']);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      `whosaid: warning: ${join(tmp, 'evil\\e[2Jname\\x07.txt')}: invalid UTF-8 bytes replaced with U+FFFD`,
      `whosaid: ${join(tmp, 'missing\\eX\\x07.txt')}: no such file`,
    ]);
  });

  it('the table shows escape sequences, controls and bidi overrides in ids and quotes as visible escapes', async () => {
    const text = '"Vote \u001b]8;;http://evil.example\u0007here\u001b]8;;\u0007 now," said Ann Lee. "It is \u202eevil," she said.';
    const input = `${JSON.stringify({ id: 'id\u001b[2J\nforged', text })}\n`;
    const r = await runCli(['--jsonl', '-f', 'table'], { input });
    // what a terminal would receive: no ESC, BEL or bidi override at all, and the header on one line
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    // the table puts the id on one line (white space, the newline included, folded to a space)
    expect(r.stdout.split('\n')[0]).toMatch(/^id\\e\[2J forged {2}2 quote\(s\) {2}stdin:1$/);
    expect(r.stdout).toContain('\\e]8;;http://evil.example\\x07here');
    expect(r.stdout).toContain('\\u202eevil');
  });

  it('JSON output keeps the exact text but escapes U+2028/U+2029, so a line splitter sees one line per article', async () => {
    const text = '"We will build\u2028the bridge\u2029now," said Ann Lee.';
    const r = await runCli(['-f', 'json'], { input: text });
    expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
    expect(r.stdout).toContain('build\\u2028the bridge\\u2029now');
    const [article] = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { quotes: { text: string }[] });
    expect(article!.quotes[0]!.text).toBe('We will build\u2028the bridge\u2029now,');
  });
});

describe('7. what a spreadsheet receives from CSV', () => {
  const text = '"=1+1 is the answer," said Ann Lee. "@SUM(A1) too," she said. "-2 is less," she added. "Plain words," she said.';

  it('cells that start like a formula get a leading apostrophe; numbers and plain cells do not', async () => {
    const r = await runCli(['-f', 'csv'], { input: text });
    const rows = r.stdout.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('id,quote,type,cue,speaker,name,kind,start,end,via');
    expect(rows.slice(1).map((row) => row.split(',')[1])).toEqual(['"\'=1+1 is the answer', '"\'@SUM(A1) too', '"\'-2 is less', '"Plain words']);
    expect(rows[1]).toMatch(/,1,20,$/);
  });

  it('--csv-raw keeps cells exact; --csv-bom starts the file with a UTF-8 byte order mark', async () => {
    const raw = await runCli(['-f', 'csv', '--csv-raw'], { input: text });
    expect(raw.stdout.split('\r\n')[1]!.split(',')[1]).toBe('"=1+1 is the answer');
    const bom = await runCli(['-f', 'csv', '--csv-bom'], { input: text });
    expect(bom.stdout.startsWith('\ufeffid,quote,')).toBe(true);
    expect(raw.stdout.startsWith('id,quote,')).toBe(true);
  });

  it('an id from a file name that starts with = is neutralised too', async () => {
    const name = join(tmp, '=HYPERLINK(1).txt');
    writeFileSync(name, text);
    const r = await runCli(['-f', 'csv', name]);
    expect(r.stdout.split('\r\n')[1]!.startsWith("'=HYPERLINK(1),")).toBe(true);
  });
});

describe('9. globs through the CLI', () => {
  it('a pattern with many stars against a long file name ends at once; [z-a] fails that pattern alone', async () => {
    const g = join(tmp, 'g');
    mkdirSync(g);
    writeFileSync(join(g, `${'a'.repeat(200)}.txt`), 'Text.');
    const started = performance.now();
    const slow = await runCli([join(g, '*a*a*a*a*a*a*b'), '-f', 'json']);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(slow.stderr).toBe(`whosaid: ${join(g, '*a*a*a*a*a*a*b')}: no files match\n`);
    const bad = await runCli(['fixtures/[z-a]*.txt', 'fixtures/ferry-report.txt', '-f', 'json']);
    expect(bad.stderr.split('\n')[0]).toBe('whosaid: fixtures/[z-a]*.txt: invalid pattern: range z-a is out of order');
    expect(bad.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(bad.code).toBe(1);
  });
});

describe('10. aliases files', () => {
  it('an aliases file saved with a byte order mark is accepted', async () => {
    const file = join(tmp, 'aliases.json');
    writeFileSync(file, `\ufeff${JSON.stringify({ 'Ann Lee': ['the mayor'] })}`);
    const r = await runCli(['--aliases', file, '-f', 'json'], { input: '"Fine," said Ann Lee.' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('8. a big aliases table', () => {
  it('is indexed once per table, not once per article (10,000 aliases made a run 17x slower)', async () => {
    const { extractQuotes } = await import('../../src/index.js');
    const aliases: Record<string, string[]> = {};
    for (let i = 0; i < 10_000; i++) aliases[`Agency Number ${i}`] = [`AN${i}`, `the agency of region ${i}`];
    const texts = ['city-council-budget', 'ferry-report', 'gallery-reopening', 'harbor-cup-final'].map(readFixture);
    const time = (options: object): number => {
      const started = performance.now();
      for (let round = 0; round < 10; round++) for (const t of texts) extractQuotes(t, options);
      return performance.now() - started;
    };
    extractQuotes(texts[0]!, { aliases }); // the one build of this table's index
    time({}); // warm-up
    const without = time({});
    const withTable = time({ aliases });
    expect(withTable).toBeLessThan(without * 3 + 100);
    // and the table is used: a variant gives its canonical name
    const q = extractQuotes('"We are ready," said a spokesman for AN42.', { aliases });
    expect(q[0]?.speaker?.name).toBe('Agency Number 42');
  });
});

describe('10. the library with odd arguments', () => {
  it('null options are no options; a string as an alias list or a table that is no object is a clear TypeError', async () => {
    const { extractQuotes } = await import('../../src/index.js');
    const text = '"Fine," said Ann Lee.';
    expect(extractQuotes(text, null)).toEqual(extractQuotes(text));
    expect(() => extractQuotes(text, { aliases: { 'Ann Lee': 'Annie' as unknown as string[] } })).toThrow(
      new TypeError('options.aliases["Ann Lee"] must be an array of strings, got a string'),
    );
    expect(() => extractQuotes(text, { aliases: 'Ann Lee' as unknown as Record<string, string[]> })).toThrow(
      new TypeError('options.aliases must be an object mapping each canonical name to an array of strings'),
    );
  });
});
