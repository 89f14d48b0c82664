/** Shared by the test files: the fixtures, one runner for the built CLI (and one for shell lines), temp trees, spans in code points. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleResult } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'whosaid.js');
export const FIXTURES = join(ROOT, 'fixtures');

/** Every article in fixtures/ (the `.txt` files), by id. */
export function fixtureIds(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

export function readFixture(id: string): string {
  return readFileSync(join(FIXTURES, `${id}.txt`), 'utf8');
}

/** `text` sliced by code points, as the output's offsets count. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export interface Run {
  /** The exit code, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** What the process reads on stdin (nothing by default: stdin is closed at once). */
  input?: string | Buffer;
  cwd?: string;
  /** Added to the environment; NO_COLOR and FORCE_COLOR are removed first so tests control colour. */
  env?: NodeJS.ProcessEnv;
}

function collect(child: ChildProcess, input: string | Buffer | undefined): Promise<Run> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    // A process that exits before reading all of stdin is not a test failure.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input ?? '');
  });
}

function envFor(opts: RunOptions): NodeJS.ProcessEnv {
  const env = { ...process.env, ...opts.env };
  if (!opts.env || !('NO_COLOR' in opts.env)) delete env.NO_COLOR;
  if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
  return env;
}

/** Runs the built CLI, `node bin/whosaid.js ARGS`, with piped stdio (so stdout is not a terminal). */
export function runCli(args: string[], opts: RunOptions = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: envFor(opts), stdio: ['pipe', 'pipe', 'pipe'] });
  return collect(child, opts.input);
}

/** Runs a shell command line with bash (for pipes, globs and redirections), from the repository root by default. */
export function runShell(command: string, opts: RunOptions = {}): Promise<Run> {
  const child = spawn('bash', ['-c', command], { cwd: opts.cwd ?? ROOT, env: envFor(opts), stdio: ['pipe', 'pipe', 'pipe'] });
  return collect(child, opts.input);
}

/** A temp dir with the given files (path -> content); returns its path and a cleanup. */
export function tempTree(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The JSON values of the non-empty lines of `s`. */
export const jsonLines = (s: string): unknown[] =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);

/**
 * The span of the nth occurrence of `sub` in `text`, in code points as the output counts them. Throws when
 * `sub` is not there, so a typo in a test fails loudly instead of matching offset -1.
 */
export function spanOf(text: string, sub: string, nth = 0): { text: string; start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(sub, i + 1);
    if (i < 0) throw new Error(`not in text (occurrence ${nth}): ${sub}`);
  }
  const start = Array.from(text.slice(0, i)).length;
  return { text: sub, start, end: start + Array.from(sub).length };
}

/** The JSON lines the CLI printed. */
export function parseLines(stdout: string): ArticleResult[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ArticleResult);
}
