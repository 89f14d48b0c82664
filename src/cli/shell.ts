/**
 * What every command shares: the streams, exit codes, usage errors, colour, and the aliases file.
 * Commands import this module; nothing here imports a command.
 */
import { readFile } from 'node:fs/promises';
import { getSystemErrorMap } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Chalk, type ChalkInstance } from 'chalk';
import { EXIT_INTERRUPTED } from '../batch/interrupt.js';
import { escapeForTerminal } from '../output/escape.js';
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
  /** Set by main for the real process (see tuneV8ForBatch); tests' streams run without it. */
  collectGarbage?: () => void;
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
    throw new UsageError(`--aliases: cannot read ${escapeForTerminal(path)}`);
  }
  // Windows editors save UTF-8 with a byte order mark, which JSON.parse rejects as an unexpected token
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`--aliases: ${escapeForTerminal(path)} is not valid JSON (${(err as Error).message.replace(/\s+/g, ' ')})`);
  }
  const ok =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
  if (!ok) throw new UsageError(`--aliases: ${escapeForTerminal(path)} must map each canonical name to an array of strings`);
  return data as AliasTable;
}

/**
 * How far V8 lets an old generation grow past what survived the last full GC, in percent. V8's own factor goes
 * up to 4x when GC is fast, so each worker's old space drifted from ~18 MB live to ~46 MB before a full GC, and
 * three isolates (main + 2 workers) put the process at ~255 MB on the 50 MB bench archive. At 1.5x it stayed at
 * ~190 MB, flat with archive size, for no measurable CPU cost (GC of a small live set is cheap); a 20 MB
 * article still runs (9.4 s instead of 8.9 s, peak 1.3 GB instead of 1.45 GB).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * How much bytecode TurboFan may inline into one function it optimises (V8's default: 920). The extractor is many
 * mid-sized functions called from a few long ones, so at the default each of those compiles into a huge graph:
 * optimising took more than half of all the instructions of a 1 MB run (callgrind), on a compiler thread beside
 * the main one, and again in every worker. At half the budget a run executes 15% fewer instructions in all on
 * 1 MB, 9% on 3 MB and 5% on 10 MB (about 1.1 billion fewer, per isolate), and the warm code costs the same per
 * further MB (3 to 10 MB: 1.357 against 1.349 billion). A quarter (230) cut as much but made the warm code 11%
 * dearer per MB.
 */
export const MAX_INLINED_BYTECODE_CUMULATIVE = 460;

/**
 * V8 settings for a batch run of this process, set by the command line (flags are per process, so a library
 * must not change them behind its caller's back): the heap growing factor above, read by V8 at each GC, so
 * setting it before the workers start is enough; the inlining budget above, read by each optimisation, so
 * setting it before the extractor is hot is enough; and a way to start an asynchronous full GC of the main thread,
 * which the worker pool calls as buffers pass through (see BUFFER_GC_BYTES in src/batch/pool/pool.ts).
 * Returns that GC function, or undefined where V8 refuses.
 */
export function tuneV8ForBatch(): (() => void) | undefined {
  try {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MAX_INLINED_BYTECODE_CUMULATIVE}`);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'async' }) => void;
    return () => gc({ type: 'major', execution: 'async' });
  } catch {
    return undefined;
  }
}

/** "no space left on device" for ENOSPC: the system's own words for an errno, as other tools print them. */
export function describeWriteError(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  if (e && typeof e.errno === 'number') {
    const known = getSystemErrorMap().get(e.errno);
    if (known) return known[1];
  }
  return escapeForTerminal(e?.message ?? String(err));
}

/** The exit code of a run whose output could not be written (as jq: 2). */
export const EXIT_WRITE_FAILED = 2;
