/**
 * One run over any number of inputs: sources -> extraction (in-process or worker pool) -> output in input
 * order, with every input accounted for on stderr. The CLI's default command and `whosaid stats` both end here.
 */
import { stat } from 'node:fs/promises';
import type { ChalkInstance } from 'chalk';
import { csvHeader } from '../output/csv.js';
import { formatStatsCsv, formatStatsJson, formatStatsTable, StatsAggregator, type StatsOptions } from '../output/stats.js';
import { formatTable } from '../output/table.js';
import type { ExtractOptions } from '../types.js';
import { type ArticleOutcome, type Outcome, processInline, processPool, type RenderOptions } from './pool/pool.js';
import { Progress } from './progress.js';
import { isJsonlPath, knownTotalBytes, readSources, type SourceOptions } from './sources.js';

export interface BatchStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export interface BatchOptions extends Omit<SourceOptions, 'stdin'> {
  /** `extract`: per-article output; `stats`: the aggregate only; `report`: nothing on stdout, each article to `onArticle`. */
  mode: 'extract' | 'stats' | 'report';
  format: 'json' | 'table' | 'csv';
  pretty: boolean;
  explain: boolean;
  extractOptions: ExtractOptions;
  chalk: ChalkInstance;
  width: number;
  jobs: number;
  /** No progress bar, no warnings, no final summary (failures are still reported). */
  quiet: boolean;
  /** Print the who-is-quoted summary and the counts line on stderr at the end, whatever the input count. */
  summary: boolean;
  stdin: NodeJS.ReadableStream;
  /** `stats --by` and where month and year come from. */
  statsOptions?: StatsOptions;
  /** Mode `report`: called with each extracted article (quotes with explain, text, meta) in input order. */
  onArticle?: (o: ArticleOutcome) => void;
  /** Mode `report`: called with each input that failed (its source and why). */
  onFailure?: (source: string, reason: string) => void;
}

export interface BatchCounts {
  read: number;
  succeeded: number;
  failed: number;
  quotes: number;
  bytes: number;
}

/** Writes; resolves false once the reader has gone away (`| head`), so the caller can stop quietly. */
export function writeOut(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    const ok = stream.write(text, (err) => {
      if (err) resolve(false);
    });
    if (ok) resolve(true);
    else stream.once('drain', () => resolve(true));
  });
}

/** Whether the inputs are one plain article (a text file or stdin text): then workers would only cost start-up time. */
async function isSingleArticle(inputs: string[], jsonl: boolean): Promise<boolean> {
  if (inputs.length !== 1 || jsonl) return false;
  const input = inputs[0]!;
  if (input === '-') return true;
  if (isJsonlPath(input)) return false;
  try {
    return (await stat(input)).isFile();
  } catch {
    return true; // a missing file: one failure, no workers needed
  }
}

export function summaryLine(c: BatchCounts, seconds: number): string {
  const mbps = seconds > 0 ? c.bytes / 1e6 / seconds : 0;
  return (
    `whosaid: ${c.read} article(s) read, ${c.succeeded} succeeded, ${c.failed} failed, ` +
    `${c.quotes} quote(s) found in ${seconds.toFixed(1)}s (${mbps.toFixed(2)} MB/s)`
  );
}

/** "a.txt" for a file; "dump.jsonl:12 (id abc)" for an archive line, whose id the path does not tell. */
function failureLabel(source: string, id: string | null | undefined): string {
  return /:\d+$/.test(source) && id && id !== source ? `${source} (id ${id})` : source;
}

export async function runBatch(inputs: string[], opts: BatchOptions, io: BatchStreams): Promise<number> {
  const started = performance.now();
  // stdin JSONL is a line-in, line-out filter: every input line gives exactly one output line
  const filter = opts.jsonl && inputs.length === 1 && inputs[0] === '-' && opts.mode === 'extract' && opts.format === 'json';
  const wantStats = opts.mode === 'stats' || opts.summary;
  const render: RenderOptions = {
    extractOptions: opts.extractOptions,
    fields: { textField: opts.textField, idField: opts.idField, keepFields: opts.keepFields ?? [] },
    render: opts.mode !== 'extract' || opts.format === 'table' ? 'none' : opts.format,
    pretty: opts.pretty,
    keepQuotes: wantStats || opts.mode === 'report' || (opts.mode === 'extract' && opts.format === 'table'),
    keepText: opts.mode === 'report',
  };
  const items = readSources(inputs, opts);
  const inline = opts.jobs <= 1 || (await isSingleArticle(inputs, opts.jsonl));
  const outcomes: AsyncGenerator<Outcome> = inline ? processInline(items, render) : processPool(items, { ...render, jobs: opts.jobs });

  const showProgress = !opts.quiet && Boolean(io.stderr.isTTY);
  const progress = new Progress(io.stderr, showProgress, showProgress ? await knownTotalBytes(inputs) : undefined);
  const stats = wantStats ? new StatsAggregator(opts.mode === 'extract' ? {} : opts.statsOptions) : undefined;
  const c: BatchCounts = { read: 0, succeeded: 0, failed: 0, quotes: 0, bytes: 0 };
  let open = true;
  const write = async (text: string | Uint8Array): Promise<void> => {
    if (open && !(await writeOut(io.stdout, text))) open = false;
  };

  try {
    if (opts.mode === 'extract' && opts.format === 'csv') await write(csvHeader(opts.keepFields));
    for await (const o of outcomes) {
      c.bytes += o.bytes;
      if (o.kind === 'skip') {
        if (filter) await write(`${JSON.stringify({ id: null, source: o.source, skipped: o.reason })}\n`);
      } else if (o.kind === 'failure') {
        c.read++;
        c.failed++;
        stats?.addFailure();
        opts.onFailure?.(failureLabel(o.source, o.id), o.reason);
        progress.log(`whosaid: ${failureLabel(o.source, o.id)}: ${o.reason}`);
        if (filter) await write(`${JSON.stringify({ id: o.id, source: o.source, error: o.reason })}\n`);
      } else {
        c.read++;
        c.succeeded++;
        c.quotes += o.n;
        stats?.addArticle(o.quotes ?? [], o.meta);
        opts.onArticle?.(o);
        if (!opts.quiet) for (const w of o.warnings) progress.log(`whosaid: warning: ${w}`);
        if (opts.mode === 'extract') {
          if (opts.format === 'table') {
            const result = { id: o.id, source: o.source, ...(o.meta ? { meta: o.meta } : {}), quotes: o.quotes ?? [] };
            await write(`${(c.succeeded > 1 ? '\n' : '') + formatTable(result, opts.chalk, opts.width, opts.explain)}\n`);
          } else if (o.out !== undefined && o.out.length > 0) {
            await write(o.out);
          }
        }
      }
      progress.update(c.read, c.failed, c.bytes);
      if (!open) break; // the reader went away: stop reading, the pool shuts its workers down
    }
  } finally {
    progress.finish();
  }

  if (open && opts.mode === 'stats' && stats) {
    const report = stats.report();
    if (opts.format === 'csv') await write(formatStatsCsv(report));
    else await write(`${opts.format === 'json' ? formatStatsJson(report, opts.pretty) : formatStatsTable(report, opts.chalk)}\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  if (!opts.quiet && open) {
    if (opts.summary && opts.mode === 'extract' && stats) {
      io.stderr.write(`${formatStatsTable(stats.report(), opts.chalk, 20)}\n`);
    }
    if (opts.summary || c.read > 1) io.stderr.write(`${summaryLine(c, seconds)}\n`);
  }
  return c.failed > 0 ? 1 : 0;
}
