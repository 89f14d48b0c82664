/** The command line: the program, its commands, and the map from errors to exit codes. */
import { Command, CommanderError, Option } from 'commander';
import { installInterruptHandler } from '../batch/interrupt.js';
import { evalCommand } from './eval.js';
import { addBatchOptions, type MainOptions, runExtract } from './extract.js';
import { reportCommand } from './report.js';
import { defaultIo, EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, type Io, UsageError } from './shell.js';
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
