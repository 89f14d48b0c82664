import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { runBatch } from './batch.js';
import { evalCommand } from './eval-command.js';
import { EXIT_INTERRUPTED, installInterruptHandler } from './interrupt.js';
import { parseExts } from './sources.js';
import type { AliasTable, ExtractOptions } from './types.js';

export { EXIT_INTERRUPTED };
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A usage problem found after parsing (bad option value, unreadable alias file): exit 2. */
export class UsageError extends Error {}

interface MainOptions {
  format?: 'json' | 'table' | 'csv';
  pretty?: boolean;
  color: boolean;
  aliases?: string;
  explain?: boolean;
  // archives and batch runs (see addBatchOptions)
  ext: string;
  jsonl?: boolean;
  textField: string;
  idField: string;
  jobs?: string;
  quiet?: boolean;
  summary?: boolean;
}

/** The streams the CLI writes to; tests pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** What "-" (or no file) reads; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
}

const defaultIo = (): Io => ({
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

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs: expected a whole number from 1 to 256, got "${value}"`);
  return n;
}

/** The default command (mode `extract`) and `whosaid stats` (mode `stats`): see src/batch.ts. */
async function runExtract(files: string[], opts: MainOptions, io: Io, mode: 'extract' | 'stats' = 'extract'): Promise<number> {
  if (files.length === 0 && io.stdinIsTTY) throw new UsageError('no input: give article files, or pipe text on stdin');
  const exts = parseExts(opts.ext);
  if (exts.length === 0) throw new UsageError('--ext: give at least one extension, e.g. --ext txt,md');
  if (opts.textField === '' || opts.idField === '') throw new UsageError('--text-field and --id-field must not be empty');
  const jobs = parseJobs(opts.jobs);
  const extractOptions: ExtractOptions = { explain: Boolean(opts.explain) };
  if (opts.aliases) extractOptions.aliases = await loadAliases(opts.aliases);
  return runBatch(
    files.length === 0 ? ['-'] : files,
    {
      mode,
      format: opts.format ?? (io.stdout.isTTY ? 'table' : 'json'),
      pretty: Boolean(opts.pretty),
      explain: Boolean(opts.explain),
      extractOptions,
      chalk: makeChalk(opts.color, io),
      width: io.stdout.columns ?? 120,
      exts,
      jsonl: Boolean(opts.jsonl),
      textField: opts.textField,
      idField: opts.idField,
      jobs,
      quiet: Boolean(opts.quiet),
      summary: Boolean(opts.summary),
      stdin: io.stdin ?? process.stdin,
    },
    io,
  );
}

/** Input and speed options shared by the default command and `stats`. */
function addBatchOptions(cmd: Command): Command {
  return cmd
    .option('--ext <list>', 'extensions picked in directories, comma-separated', 'txt')
    .option('--jsonl', 'read files and stdin as JSONL: one {"id": ..., "text": ...} article per line (automatic for .jsonl/.ndjson)')
    .option('--text-field <path>', 'JSONL field holding the article text (dotted path)', 'text')
    .option('--id-field <path>', 'JSONL field holding the article id (dotted path)', 'id')
    .option('-j, --jobs <n>', `extraction threads (default: the number of cores, ${availableParallelism()} here)`)
    .option('-q, --quiet', 'no progress bar, warnings or final summary on stderr (failures are still reported)')
    .option('--pretty', 'indent JSON output')
    .option('--no-color', 'no colour in tables (also: NO_COLOR=1)')
    .option('--aliases <file>', 'JSON file of extra aliases: {"Canonical": ["variant", ...]}');
}

function statsCommand(io: Io, setCode: (code: number) => void): Command {
  const stats = new Command('stats')
    .description('who is quoted how often over all the inputs: count per canonical name and kind, totals per quote type')
    .argument('[inputs...]', 'article files, directories, globs, JSONL archives; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(['json', 'table']));
  return addBatchOptions(stats).action(async (files: string[], opts: MainOptions) => {
    setCode(await runExtract(files, opts, io, 'stats'));
  });
}

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('whosaid');
  program
    .description('Find who said what in news articles: quotes, cues, speakers and outlets, with exact offsets.')
    .version('0.1.0')
    .argument('[files...]', 'article files, directories, globs, JSONL archives; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(['json', 'table', 'csv']))
    .option('--explain', 'add the rule ids that found each quote and named its speaker')
    .option('--summary', 'at the end, who is quoted how often and the counts, on stderr')
    .showHelpAfterError('(run whosaid --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .enablePositionalOptions()
    .action(async (files: string[], opts: MainOptions) => {
      setCode(await runExtract(files, opts, io));
    });
  addBatchOptions(program);
  // addCommand does not pass on exitOverride and the output streams: copy them
  program.addCommand(statsCommand(io, setCode).copyInheritedSettings(program));
  program.addCommand(evalCommand(io, setCode).copyInheritedSettings(program));
  return program;
}

export async function main(argv: string[], given?: Io): Promise<number> {
  const io = given ?? defaultIo();
  // The real process (not a test's streams): Ctrl-C ends with "whosaid: interrupted" and exit 130, workers
  // terminated first (see src/interrupt.ts).
  if (!given) installInterruptHandler(io.stderr);
  // A reader that goes away (`| head`) is a normal end, not a crash.
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // Nor is a closed stderr (`2>&1 | head`): there is nowhere left to report to.
  io.stderr.on('error', () => {});
  let code = EXIT_OK;
  const program = buildProgram(io, (c) => (code = c));
  if (argv.length <= 2 && io.stdinIsTTY) {
    program.outputHelp({ error: true });
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version throw with exit code 0 under exitOverride
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`whosaid: ${err.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`whosaid: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_INPUT_FAILED;
  }
}
