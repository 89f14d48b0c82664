/**
 * One run over any number of inputs: sources -> extraction (in-process or worker pool) -> output in input
 * order, with every input accounted for on stderr. The CLI's default command and `whosaid stats` both end here.
 */
import { stat } from 'node:fs/promises';
import type { ChalkInstance } from 'chalk';
import { CSV_BOM, csvHeader } from '../output/csv.js';
import { escapeForTerminal, escapeJsonSeparators } from '../output/escape.js';
import { formatStatsCsv, formatStatsJson, formatStatsTable, missingByFields, StatsAggregator, type StatsOptions, type StatsReport } from '../output/stats.js';
import { formatTable } from '../output/table.js';
import { loadWidth } from '../output/width.js';
import type { ExtractOptions } from '../types.js';
import { onInterrupt } from './interrupt.js';
import { type ArticleOutcome, type Outcome, type PoolOptions, processInline, processPool, type RenderOptions } from './pool/pool.js';
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
  /** CSV: leave cells that start like a formula as they are (see src/output/csv.ts). */
  csvRaw?: boolean;
  /** CSV: start the output with a UTF-8 byte order mark, for Excel. */
  csvBom?: boolean;
  /** Passed to the worker pool (see PoolOptions.collectGarbage): the CLI's V8 tuning. */
  collectGarbage?: () => void;
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

/** Output could not be written (a full disk, an I/O error): not a closed pipe, which is a normal end. */
export class OutputWriteError extends Error {
  constructor(override readonly cause: unknown) {
    super(`writing output failed: ${(cause as Error | undefined)?.message ?? String(cause)}`);
  }
}

/**
 * Writes; resolves 'ok', 'closed' once the reader has gone away (`| head`, EPIPE), so the caller can stop
 * quietly, or the write error itself (ENOSPC...), which the caller must report.
 */
export function writeOut(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<'ok' | 'closed' | Error> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: 'ok' | 'closed' | Error): void => {
      if (settled) return;
      settled = true;
      stream.removeListener('drain', onDrain);
      resolve(r);
    };
    const onDrain = (): void => done('ok');
    const ok = stream.write(text, (err) => {
      if (err) done((err as NodeJS.ErrnoException).code === 'EPIPE' ? 'closed' : err);
      else done('ok');
    });
    // a full buffer: go on at 'drain' (the callback comes only once this chunk is flushed, which may be later)
    if (ok) done('ok');
    else stream.once('drain', onDrain);
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
  // file names and ids come from the input: shown with visible escapes, so they cannot forge lines or control the terminal
  return escapeForTerminal(/:\d+$/.test(source) && id && id !== source ? `${source} (id ${id})` : source);
}

/** The report with speaker names (text from the articles) as visible escapes, for a table on a terminal or stderr. */
function shownOnTerminal(report: StatsReport): StatsReport {
  return { ...report, speakers: report.speakers.map((sp) => ({ ...sp, name: escapeForTerminal(sp.name) })) };
}

function poolOptions(render: RenderOptions, opts: BatchOptions): PoolOptions {
  const p: PoolOptions = { ...render, jobs: opts.jobs };
  if (opts.collectGarbage) p.collectGarbage = opts.collectGarbage;
  return p;
}

export async function runBatch(inputs: string[], opts: BatchOptions, io: BatchStreams): Promise<number> {
  const started = performance.now();
  // stdin JSONL is a line-in, line-out filter: every input line gives exactly one output line
  const filter = opts.jsonl && inputs.length === 1 && inputs[0] === '-' && opts.mode === 'extract' && opts.format === 'json';
  const wantStats = opts.mode === 'stats' || opts.summary;
  // The table and the stats table measure terminal widths: load that code only for them (see width.ts).
  if (opts.format === 'table' || wantStats) await loadWidth();
  const render: RenderOptions = {
    extractOptions: opts.extractOptions,
    fields: { textField: opts.textField, idField: opts.idField, keepFields: opts.keepFields ?? [] },
    render: opts.mode !== 'extract' || opts.format === 'table' ? 'none' : opts.format,
    pretty: opts.pretty,
    csvRaw: opts.csvRaw ?? false,
    keepQuotes: wantStats || opts.mode === 'report' || (opts.mode === 'extract' && opts.format === 'table'),
    keepText: opts.mode === 'report',
  };
  const items = readSources(inputs, opts);
  const inline = opts.jobs <= 1 || (await isSingleArticle(inputs, opts.jsonl));
  const outcomes: AsyncGenerator<Outcome> = inline ? processInline(items, render) : processPool(items, poolOptions(render, opts));

  const showProgress = !opts.quiet && Boolean(io.stderr.isTTY);
  const progress = new Progress(io.stderr, showProgress, showProgress ? await knownTotalBytes(inputs) : undefined);
  const stats = wantStats ? new StatsAggregator(opts.mode === 'extract' ? {} : opts.statsOptions) : undefined;
  const c: BatchCounts = { read: 0, succeeded: 0, failed: 0, quotes: 0, bytes: 0 };
  let open = true;
  let writeError: Error | null = null;
  // On Ctrl-C nothing more is written, and the bar is cleared for the notice (the handler waits for the line
  // being written to go out; see src/batch/interrupt.ts).
  const forget = onInterrupt(() => {
    open = false;
    progress.finish();
  });
  const write = async (text: string | Uint8Array): Promise<void> => {
    if (!open) return;
    const r = await writeOut(io.stdout, text);
    if (r === 'ok') return;
    open = false;
    if (r !== 'closed') writeError = r;
  };

  try {
    if (opts.mode === 'extract' && opts.format === 'csv') await write((opts.csvBom ? CSV_BOM : '') + csvHeader(opts.keepFields));
    for await (const o of outcomes) {
      c.bytes += o.bytes;
      if (o.kind === 'skip') {
        if (filter) await write(`${escapeJsonSeparators(JSON.stringify({ id: null, source: o.source, skipped: o.reason }))}\n`);
      } else if (o.kind === 'failure') {
        c.read++;
        c.failed++;
        stats?.addFailure();
        opts.onFailure?.(failureLabel(o.source, o.id), o.reason);
        progress.log(`whosaid: ${failureLabel(o.source, o.id)}: ${escapeForTerminal(o.reason)}`);
        if (filter) await write(`${escapeJsonSeparators(JSON.stringify({ id: o.id, source: o.source, error: o.reason }))}\n`);
      } else {
        c.read++;
        c.succeeded++;
        c.quotes += o.n;
        stats?.addArticle(o.quotes ?? [], o.meta);
        opts.onArticle?.(o);
        if (!opts.quiet) for (const w of o.warnings) progress.log(`whosaid: warning: ${escapeForTerminal(w)}`);
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
    forget();
  }

  if (open && opts.mode === 'stats' && stats) {
    const report = stats.report();
    for (const k of missingByFields(report)) {
      const what = k === 'month' || k === 'year' ? `the date field "${opts.statsOptions?.dateField ?? 'date'}" (--date-field)` : `a "${k}" field`;
      if (!opts.quiet) io.stderr.write(`whosaid: warning: --by ${k}: no article has ${what} that could be read\n`);
    }
    if (opts.format === 'csv') await write((opts.csvBom ? CSV_BOM : '') + formatStatsCsv(report, { raw: opts.csvRaw ?? false }));
    else await write(`${opts.format === 'json' ? formatStatsJson(report, opts.pretty) : formatStatsTable(shownOnTerminal(report), opts.chalk)}\n`);
  }
  if (writeError) throw new OutputWriteError(writeError);
  const seconds = (performance.now() - started) / 1000;
  if (!opts.quiet && open) {
    if (opts.summary && opts.mode === 'extract' && stats) {
      io.stderr.write(`${formatStatsTable(shownOnTerminal(stats.report()), opts.chalk, 20)}\n`);
    }
    if (opts.summary || c.read > 1) io.stderr.write(`${summaryLine(c, seconds)}\n`);
  }
  return c.failed > 0 ? 1 : 0;
}
