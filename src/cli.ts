import { readFile } from 'node:fs/promises';
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { evalCommand } from './eval-command.js';
import { extractQuotes } from './extract.js';
import { InputError, readArticleFile, readStdin, type ArticleInput } from './input.js';
import { EXIT_INTERRUPTED, installInterruptHandler, uninterruptedSync } from './interrupt.js';
import { formatJson, formatTable } from './output.js';
import type { AliasTable, ExtractOptions } from './types.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
export { EXIT_INTERRUPTED };

/** A usage problem found after parsing (bad option value, unreadable alias file): exit 2. */
export class UsageError extends Error {}

interface MainOptions {
  format?: 'json' | 'table';
  pretty?: boolean;
  color: boolean;
  aliases?: string;
  explain?: boolean;
}

/** The streams the CLI writes to; tests pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
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
    throw new UsageError(`--aliases: ${path} is not valid JSON (${(err as Error).message})`);
  }
  const ok =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
  if (!ok) throw new UsageError(`--aliases: ${path} must map each canonical name to an array of strings`);
  return data as AliasTable;
}

/** Writes a line; resolves false once the reader has gone away (`| head`), so the caller can stop quietly. */
function writeLine(stream: NodeJS.WritableStream, line: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ok = stream.write(line + '\n', (err) => {
      if (err) resolve(false);
    });
    if (ok) resolve(true);
    else stream.once('drain', () => resolve(true));
  });
}

async function runExtract(files: string[], opts: MainOptions, io: Io): Promise<number> {
  const useStdin = files.length === 0 || files.includes('-');
  if (files.length === 0 && io.stdinIsTTY) throw new UsageError('no input: give article files, or pipe text on stdin');
  const format = opts.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const chalk = makeChalk(opts.color, io);
  const extractOptions: ExtractOptions = { explain: Boolean(opts.explain) };
  if (opts.aliases) extractOptions.aliases = await loadAliases(opts.aliases);
  const width = io.stdout.columns ?? 120;

  let failed = 0;
  const sources = useStdin && files.length === 0 ? ['-'] : files;
  for (const [i, file] of sources.entries()) {
    let article: ArticleInput;
    try {
      article = file === '-' ? await readStdin() : await readArticleFile(file);
    } catch (err) {
      failed++;
      io.stderr.write(`whosaid: ${err instanceof InputError ? err.message : String(err)}\n`);
      continue;
    }
    for (const w of article.warnings) io.stderr.write(`whosaid: warning: ${w}\n`);
    let quotes;
    try {
      quotes = uninterruptedSync(() => extractQuotes(article.text, extractOptions));
    } catch (err) {
      // A bug met on one article must not cost the rest of the run: report it on one line and go on.
      failed++;
      io.stderr.write(`whosaid: ${article.source}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      continue;
    }
    const result = { id: article.id, source: article.source, quotes };
    const out =
      format === 'json'
        ? formatJson(result, opts.pretty)
        : (i > 0 ? '\n' : '') + formatTable(result, chalk, width, opts.explain);
    if (!(await writeLine(io.stdout, out))) return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('whosaid');
  program
    .description('Find who said what in news articles: quotes, cues, speakers and outlets, with exact offsets.')
    .version('0.1.0')
    .argument('[files...]', 'article text files; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(['json', 'table']))
    .option('--pretty', 'indent JSON output')
    .option('--no-color', 'no colour in the table (also: NO_COLOR=1)')
    .option('--aliases <file>', 'JSON file of extra aliases: {"Canonical": ["variant", ...]}')
    .option('--explain', 'add the rule ids that found each quote and named its speaker')
    .showHelpAfterError('(run whosaid --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .action(async (files: string[], opts: MainOptions) => {
      setCode(await runExtract(files, opts, io));
    });
  program.addCommand(evalCommand(io, setCode));
  return program;
}

export async function main(argv: string[], given?: Io): Promise<number> {
  const io = given ?? defaultIo();
  // The real process (not a test's streams): Ctrl-C ends with "whosaid: interrupted" and exit 130.
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
