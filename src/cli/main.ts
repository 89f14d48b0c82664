/** The command line: the program, its commands, and the map from errors to exit codes. */
import { Command, CommanderError, Option } from 'commander';
import { installInterruptHandler } from '../batch/interrupt.js';
import { OutputWriteError } from '../batch/run.js';
import { escapeForTerminal } from '../output/escape.js';
import { evalCommand } from './eval.js';
import { addBatchOptions, type MainOptions, runExtract } from './extract.js';
import { reportCommand } from './report.js';
import { defaultIo, describeWriteError, EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, EXIT_WRITE_FAILED, type Io, tuneV8ForBatch, UsageError } from './shell.js';
import { statsCommand } from './stats.js';

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('whosaid');
  program
    .description('Find who said what in news articles: quotes, cues, speakers and outlets, with exact offsets.')
    .version('0.1.0')
    .argument('[files...]', 'article files, directories, globs, JSONL archives; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(['json', 'table', 'csv']))
    .option('--explain', 'add the rule ids that found each quote and named its speaker')
    .option('--summary', 'at the end, who is quoted how often and the counts, on stderr')
    .option('--csv-raw', "CSV: keep cells that start with = + - @ as they are (by default they get a leading ' so spreadsheets do not run them as formulas)")
    .option('--csv-bom', 'CSV: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8')
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
  program.addCommand(reportCommand(io, setCode).copyInheritedSettings(program));
  return program;
}

export async function main(argv: string[], given?: Io): Promise<number> {
  const io = given ?? defaultIo();
  // The real process (not a test's streams): Ctrl-C ends with "whosaid: interrupted" and exit 130, workers
  // terminated first (see src/batch/interrupt.ts).
  if (!given) {
    installInterruptHandler(io.stderr, undefined, process.stdout);
    // V8 flags are per process: the command line sets them, for its own process only (see tuneV8ForBatch).
    const gc = tuneV8ForBatch();
    if (gc) io.collectGarbage = gc;
  }
  // One line for output that cannot be written, however it is noticed (a batch write, or commander's help).
  let writeReported = false;
  const writeFailed = (err: unknown): number => {
    if (!writeReported) io.stderr.write(`whosaid: writing output failed: ${describeWriteError(err)}\n`);
    writeReported = true;
    return EXIT_WRITE_FAILED;
  };
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A reader that goes away (`| head`) is a normal end, not a crash.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // A full disk is not: the output is incomplete, and a script must not take it for a finished run.
    const code = writeFailed(err);
    if (!given) process.exit(code);
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
    if (err instanceof OutputWriteError) return writeFailed(err.cause);
    if (err instanceof UsageError) {
      io.stderr.write(`whosaid: ${err.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`whosaid: internal error: ${escapeForTerminal(err instanceof Error ? err.message : String(err))}\n`);
    return EXIT_INPUT_FAILED;
  }
}
