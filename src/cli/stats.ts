/** `whosaid stats`: who is quoted how often over all the inputs. */
import { Command, Option } from 'commander';
import { addBatchOptions, type MainOptions, runExtract } from './extract.js';
import type { Io } from './shell.js';

export function statsCommand(io: Io, setCode: (code: number) => void): Command {
  const stats = new Command('stats')
    .description('who is quoted how often over all the inputs: count per canonical name and kind, totals per quote type')
    .argument('[inputs...]', 'article files, directories, globs, JSONL archives; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(['json', 'table']));
  return addBatchOptions(stats).action(async (files: string[], opts: MainOptions) => {
    setCode(await runExtract(files, opts, io, 'stats'));
  });
}
