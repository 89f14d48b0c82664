/** `whosaid stats`: who is quoted how often over all the inputs, optionally by outlet, month, kind, gender or act. */
import { Command, Option } from 'commander';
import { parseFieldList } from '../batch/sources.js';
import { BUILTIN_KEYS } from '../output/stats.js';
import { addBatchOptions, type MainOptions, runExtract } from './extract.js';
import { type Io, UsageError } from './shell.js';

interface StatsCliOptions extends MainOptions {
  by?: string;
  dateField: string;
  json?: boolean;
}

/** The `--by` keys, checked: one or two, no repeats. A key that is not built in is a kept JSONL field. */
export function parseBy(value: string | undefined): string[] {
  if (value === undefined) return [];
  const keys = parseFieldList(value);
  if (keys.length < 1 || keys.length > 2) {
    throw new UsageError(`--by: give one or two keys (${BUILTIN_KEYS.join(', ')}, or a JSONL field such as outlet), got "${value}"`);
  }
  return keys;
}

export function statsCommand(io: Io, setCode: (code: number) => void): Command {
  const stats = new Command('stats')
    .description(
      'who is quoted how often over all the inputs: quotes and articles per speaker (names merged across articles), its kind and gender, totals per quote type',
    )
    .argument('[inputs...]', 'article files, directories, globs, JSONL archives; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(['json', 'table', 'csv']))
    .option('--json', 'the same as -f json')
    .option(
      '--by <keys>',
      `group by one or two keys, comma-separated: ${BUILTIN_KEYS.join(', ')} (month and year from the date field), or any JSONL field (outlet...), which is then kept`,
    )
    .option('--date-field <path>', 'the JSONL field that --by month and year read', 'date');
  return addBatchOptions(stats).action(async (files: string[], opts: StatsCliOptions) => {
    const by = parseBy(opts.by);
    if (opts.json && opts.format !== undefined && opts.format !== 'json') throw new UsageError(`--json and -f ${opts.format} contradict each other`);
    if (opts.json) opts.format = 'json';
    if (opts.dateField === '') throw new UsageError('--date-field must not be empty');
    // Fields the groups are read from are kept from the archive without a separate --keep-fields.
    const fields = by.filter((k) => !(BUILTIN_KEYS as readonly string[]).includes(k));
    if (by.includes('month') || by.includes('year')) fields.push(opts.dateField);
    setCode(await runExtract(files, opts, io, 'stats', { keepFields: fields, statsOptions: { by, dateField: opts.dateField } }));
  });
}
