import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type Io, makeChalk } from '../../src/cli/shell.js';
import { extractQuotes as extractFromSource } from '../../src/index.js';
import { BIN, FIXTURES, parseLines, readFixture, runCli, runShell } from '../helpers/index.js';

const SEED = join(FIXTURES, 'north-korea-reinforcements.txt');
const CUP = join(FIXTURES, 'harbor-cup-final.txt');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'whosaid-cli-'));
  await writeFile(join(tmp, 'aliases.json'), JSON.stringify({ HDA: ['Harbour Development Agency'] }));
  await writeFile(join(tmp, 'not-json.json'), 'HDA = Harbour Development Agency\n');
  await writeFile(join(tmp, 'wrong-shape.json'), JSON.stringify({ HDA: 'Harbour Development Agency' }));
  await writeFile(join(tmp, 'agency.txt'), '"We will build it," the Harbour Development Agency said.\n');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A fake terminal or pipe for `main`. */
function fakeIo(opts: { stdoutIsTTY?: boolean; stdinIsTTY?: boolean; env?: NodeJS.ProcessEnv } = {}): Io & { out: () => string; err: () => string } {
  const stdout = Object.assign(new PassThrough(), { isTTY: opts.stdoutIsTTY ?? false, columns: 100 });
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdout, stderr, stdinIsTTY: opts.stdinIsTTY ?? false, env: opts.env ?? {}, out: () => out, err: () => err };
}

describe('whosaid (end to end)', () => {
  it('prints JSON by default when stdout is a pipe', async () => {
    const r = await runCli([SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [line] = parseLines(r.stdout);
    expect(line!.quotes.length).toBeGreaterThan(0);
  });

  it('prints one JSON object per line, one per file, with the file name as id', async () => {
    const r = await runCli([SEED, CUP]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const parsed = lines.map((l) => JSON.parse(l) as { id: string; source: string });
    expect(parsed.map((p) => p.id)).toEqual(['north-korea-reinforcements', 'harbor-cup-final']);
    expect(parsed.map((p) => p.source)).toEqual([SEED, CUP]);
  });

  it('reads stdin for "-" and for no arguments, with id "stdin"', async () => {
    const text = readFixture('harbor-cup-final');
    for (const args of [['-'], []]) {
      const r = await runCli(args, { input: text });
      expect(r.code).toBe(0);
      const [line] = parseLines(r.stdout);
      expect(line).toMatchObject({ id: 'stdin', source: 'stdin' });
      expect(line!.quotes.map((q) => q.speaker?.name)).toEqual(['Maria Santos', 'Daniel Reyes', 'Maria Santos', 'Peter Lind']);
    }
  });

  it('indents with --pretty, to the same data', async () => {
    const [plain, pretty] = await Promise.all([runCli([CUP]), runCli(['--pretty', CUP])]);
    expect(pretty.stdout).toContain('\n  "quotes": [\n');
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('adds explain only with --explain', async () => {
    const [plain, explained] = await Promise.all([runCli([CUP]), runCli(['--explain', CUP])]);
    expect(parseLines(plain.stdout)[0]!.quotes.every((q) => !('explain' in q))).toBe(true);
    expect(parseLines(explained.stdout)[0]!.quotes[0]!.explain).toEqual({
      quoteRule: 'trailing-name-cue',
      speakerRule: 'before-cue',
      actRule: 'verbatim',
      boundaryRule: 'quote-marks/quote-marks',
      nameRule: 'full-name',
    });
  });

  describe('table format', () => {
    it('shows the speaker names, with no colour when piped', async () => {
      const r = await runCli(['--format', 'table', SEED]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^north-korea-reinforcements {2}6 quote\(s\)/);
      for (const name of ['JCS', 'Pentagon', 'BBC', 'Earlier reports']) expect(r.stdout).toContain(name);
      expect(r.stdout).not.toMatch(ANSI);
    });

    it('has no escape codes with --no-color or NO_COLOR=1', async () => {
      const [flag, env] = await Promise.all([
        runCli(['--format', 'table', '--no-color', SEED], { env: { FORCE_COLOR: '3' } }),
        runCli(['--format', 'table', SEED], { env: { NO_COLOR: '1', FORCE_COLOR: '3' } }),
      ]);
      for (const r of [flag, env]) {
        expect(r.stdout).toContain('JCS');
        expect(r.stdout).not.toMatch(ANSI);
      }
    });

    it('is the default on a terminal, in colour', async () => {
      const io = fakeIo({ stdoutIsTTY: true });
      expect(await main(['node', 'whosaid', CUP], io)).toBe(0);
      expect(io.out()).toContain('Maria Santos');
      expect(io.out()).toMatch(ANSI);
    });

    it('has no colour on a terminal with NO_COLOR or --no-color', async () => {
      for (const [args, env] of [
        [[], { NO_COLOR: '1' }],
        [['--no-color'], {}],
      ] as const) {
        const io = fakeIo({ stdoutIsTTY: true, env });
        expect(await main(['node', 'whosaid', ...args, CUP], io)).toBe(0);
        expect(io.out()).toContain('Maria Santos');
        expect(io.out()).not.toMatch(ANSI);
      }
    });
  });

  describe('makeChalk: colour only on a terminal, and not when asked for none', () => {
    it.each([
      // [--color (not --no-color), stdout is a TTY, env, expected level]
      [true, true, {}, 2],
      [true, false, {}, 0],
      [false, true, {}, 0],
      [true, true, { NO_COLOR: '1' }, 0],
      [true, true, { NO_COLOR: '' }, 2],
      [true, false, { FORCE_COLOR: '3' }, 0],
    ] as const)('color=%s tty=%s env=%j → level %i', (color, tty, env, level) => {
      expect(makeChalk(color, fakeIo({ stdoutIsTTY: tty, env })).level).toBe(level);
    });
  });

  it('a missing file: exit 1, one stderr line naming it, the other file still printed, then the counts', async () => {
    const r = await runCli(['no-such-article.txt', CUP]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('whosaid: no-such-article.txt: no such file');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^whosaid: 2 article\(s\) read, 1 succeeded, 1 failed, \d+ quote\(s\) found/);
    expect(parseLines(r.stdout).map((l) => l.id)).toEqual(['harbor-cup-final']);
  });

  it.each([
    [['--bogus', CUP], /unknown option '--bogus'/],
    [['--format', 'xml', CUP], /argument 'xml' is invalid/],
  ])('usage error %j: exit 2, no output', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('no input and stdin a terminal: usage on stderr, exit 2', async () => {
    const io = fakeIo({ stdinIsTTY: true });
    expect(await main(['node', 'whosaid'], io)).toBe(2);
    expect(io.err()).toMatch(/^Usage: whosaid \[options\] \[command\] \[files\.\.\.\]/);
    expect(io.out()).toBe('');
  });

  it('ends quietly when the reader goes away (| head -1)', async () => {
    const many = Array.from({ length: 200 }, () => JSON.stringify(SEED)).join(' ');
    const r = await runShell(`node ${JSON.stringify(BIN)} ${many} | head -1`);
    expect(r.stderr).toBe('');
    expect(parseLines(r.stdout)).toHaveLength(1);
    const two = await runShell(`node ${JSON.stringify(BIN)} ${JSON.stringify(SEED)} ${JSON.stringify(CUP)} | head -1`);
    // Both articles may be written before head exits; then the run ends normally with its counts line,
    // never with an error or a stack trace.
    expect(two.stderr).not.toMatch(/Error|EPIPE|\n\s+at /);
    for (const line of two.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^whosaid: 2 article\(s\) read/);
    expect(parseLines(two.stdout).map((l) => l.id)).toEqual(['north-korea-reinforcements']);
  });

  describe('--aliases', () => {
    it('names a speaker by the canonical name in the file', async () => {
      const [without, withAliases] = await Promise.all([
        runCli([join(tmp, 'agency.txt')]),
        runCli(['--aliases', join(tmp, 'aliases.json'), join(tmp, 'agency.txt')]),
      ]);
      expect(parseLines(without.stdout)[0]!.quotes[0]!.speaker!.name).toBe('Harbour Development Agency');
      expect(parseLines(withAliases.stdout)[0]!.quotes[0]!.speaker!.name).toBe('HDA');
    });

    it.each([
      ['missing.json', /^whosaid: --aliases: cannot read .*missing\.json\n$/],
      ['not-json.json', /^whosaid: --aliases: .*not-json\.json is not valid JSON \(.*\)\n$/],
      ['wrong-shape.json', /^whosaid: --aliases: .*wrong-shape\.json must map each canonical name to an array of strings\n$/],
    ])('a bad file (%s): exit 2 with one clear line', async (file, message) => {
      const r = await runCli(['--aliases', join(tmp, file), CUP]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    });
  });

  it("the library import 'whosaid' returns the same quotes as the CLI", async () => {
    // Self-reference through package.json "exports": the built dist/index.js, as a user imports it.
    const lib = (await import('whosaid')) as typeof import('../../src/index.js');
    const r = await runCli([SEED]);
    const cli = parseLines(r.stdout)[0]!.quotes;
    expect(lib.extractQuotes(readFixture('north-korea-reinforcements'))).toEqual(cli);
    expect(extractFromSource(readFixture('north-korea-reinforcements'))).toEqual(cli);
  });
});
