/** Shared by the test files: the fixtures folder, a runner for the built CLI, and code-point slicing. */
import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/whosaid.js ARGS` with piped stdio (so stdout is not a terminal), feeding `input` on stdin. */
export function runCli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin!.end(opts.input ?? '');
  });
}

/** Runs a shell pipeline from the repository root. */
export function runShell(command: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** The JSON lines the CLI printed. */
export function parseLines(stdout: string): ArticleResult[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ArticleResult);
}
