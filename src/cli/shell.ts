/**
 * What every command shares: the streams, exit codes, usage errors, colour, and the aliases file.
 * Commands import this module; nothing here imports a command.
 */
import { readFile } from 'node:fs/promises';
import { Chalk, type ChalkInstance } from 'chalk';
import { EXIT_INTERRUPTED } from '../batch/interrupt.js';
import type { AliasTable } from '../types.js';

export { EXIT_INTERRUPTED };
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A usage problem found after parsing (bad option value, unreadable alias file): exit 2. */
export class UsageError extends Error {}

/** The streams the CLI writes to; tests pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** What "-" (or no file) reads; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
}

export const defaultIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
  stdin: process.stdin,
});

export function makeChalk(colorFlag: boolean, io: Io): ChalkInstance {
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const level = !colorFlag || noColorEnv || !io.stdout.isTTY ? 0 : 2;
  return new Chalk({ level });
}

export async function loadAliases(path: string): Promise<AliasTable> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`--aliases: cannot read ${path}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`--aliases: ${path} is not valid JSON (${(err as Error).message.replace(/\s+/g, ' ')})`);
  }
  const ok =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
  if (!ok) throw new UsageError(`--aliases: ${path} must map each canonical name to an array of strings`);
  return data as AliasTable;
}
