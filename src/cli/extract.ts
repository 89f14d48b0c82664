/** The default command (extract) and the options it shares with `stats`: inputs, JSONL fields, jobs. */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { type BatchOptions, runBatch } from '../batch/run.js';
import { parseExts, parseFieldList } from '../batch/sources.js';
import type { ExtractOptions } from '../types.js';
import { ACTS_HELP, parseActs } from './acts.js';
import { type Io, loadAliases, makeChalk, UsageError } from './shell.js';

export interface MainOptions {
  format?: 'json' | 'table' | 'csv';
  pretty?: boolean;
  color: boolean;
  aliases?: string;
  explain?: boolean;
  acts?: string;
  // archives and batch runs (see addBatchOptions)
  ext: string;
  jsonl?: boolean;
  textField: string;
  idField: string;
  keepFields?: string;
  jobs?: string;
  quiet?: boolean;
  summary?: boolean;
  maxArticleBytes: string;
  lineOffset?: string;
  csvRaw?: boolean;
  csvBom?: boolean;
}

function parseLineOffset(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`--line-offset: expected a whole number of lines, got "${value}"`);
  return n;
}

/** The default --max-article-bytes: far above any news article, far below what would exhaust memory. */
export const DEFAULT_MAX_ARTICLE_BYTES = '64MiB';

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1e3, kb: 1e3, kib: 1024, m: 1e6, mb: 1e6, mib: 1024 ** 2, g: 1e9, gb: 1e9, gib: 1024 ** 3 };

/** "64MiB", "10M", "500k", "1000000" to bytes: a size option's value, or a usage error. */
export function parseSize(value: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  const n = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : Number.NaN;
  // 2 GiB: a string in V8 holds at most ~1 GiB of text, so a larger article could never be extracted anyway
  if (!Number.isSafeInteger(n) || n < 1 || n > 2 * 1024 ** 3) {
    throw new UsageError(`${option}: expected a size from 1 byte to 2GiB, such as 64MiB, 500k or 1000000; got "${value}"`);
  }
  return n;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs: expected a whole number from 1 to 256, got "${value}"`);
  return n;
}

/** The default command (mode `extract`), `whosaid stats` and `whosaid report`: see src/batch/run.ts. */
export async function runExtract(
  files: string[],
  opts: MainOptions,
  io: Io,
  mode: BatchOptions['mode'] = 'extract',
  more: Partial<BatchOptions> = {},
): Promise<number> {
  if (files.length === 0 && io.stdinIsTTY) throw new UsageError('no input: give article files, or pipe text on stdin');
  const exts = parseExts(opts.ext);
  if (exts.length === 0) throw new UsageError('--ext: give at least one extension, e.g. --ext txt,md');
  if (opts.textField === '' || opts.idField === '') throw new UsageError('--text-field and --id-field must not be empty');
  const jobs = parseJobs(opts.jobs);
  const keepFields = parseFieldList(opts.keepFields ?? '');
  if (opts.keepFields !== undefined && keepFields.length === 0) throw new UsageError('--keep-fields: give at least one field, e.g. --keep-fields outlet,date');
  const extractOptions: ExtractOptions = { explain: Boolean(opts.explain), acts: parseActs(opts.acts) };
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
      maxArticleBytes: parseSize(opts.maxArticleBytes, '--max-article-bytes'),
      lineOffset: parseLineOffset(opts.lineOffset),
      csvRaw: Boolean(opts.csvRaw),
      csvBom: Boolean(opts.csvBom),
      stdin: io.stdin ?? process.stdin,
      ...(io.collectGarbage ? { collectGarbage: io.collectGarbage } : {}),
      ...more,
      keepFields: [...new Set([...keepFields, ...(more.keepFields ?? [])])],
    },
    io,
  );
}

/** Input and speed options shared by the default command and `stats`. */
export function addBatchOptions(cmd: Command): Command {
  return cmd
    .option('--ext <list>', 'extensions picked in directories, comma-separated', 'txt')
    .option('--jsonl', 'read files and stdin as JSONL: one {"id": ..., "text": ...} article per line (automatic for .jsonl/.ndjson)')
    .option('--text-field <path>', 'JSONL field holding the article text (dotted path)', 'text')
    .option('--id-field <path>', 'JSONL field holding the article id (dotted path)', 'id')
    .option('--keep-fields <paths>', 'JSONL fields copied into each article\'s "meta" and CSV columns, comma-separated dotted paths (e.g. outlet,date,url)')
    .option('-j, --jobs <n>', `extraction threads (default: the number of cores, ${availableParallelism()} here)`)
    .option('-q, --quiet', 'no progress bar, warnings or final summary on stderr (failures are still reported)')
    .option('--pretty', 'indent JSON output')
    .option('--no-color', 'no colour in tables (also: NO_COLOR=1)')
    .option('--aliases <file>', 'JSON file of extra aliases: {"Canonical": ["variant", ...]}')
    .option('--acts <list>', ACTS_HELP)
    .option(
      '--max-article-bytes <size>',
      'largest article read (a file, a JSONL line, stdin text); a bigger one fails alone, e.g. 16MiB, 500k',
      DEFAULT_MAX_ARTICLE_BYTES,
    )
    .option('--line-offset <n>', 'JSONL on stdin is a part of a larger archive that starts after line n: number its lines as the whole archive would');
}
