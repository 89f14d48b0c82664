/**
 * One article's way from raw bytes to an outcome: decode (UTF-8, JSON), extract, render. The same function runs
 * in a worker and, for `--jobs 1` and single inputs, in the main thread, so both give the same outcomes.
 */
import { getHeapStatistics } from 'node:v8';
import { formatCsv } from '../../output/csv.js';
import { formatJson } from '../../output/json.js';
import type { ArticleResult, ExtractOptions, Quote } from '../../types.js';
import { uninterruptedSync } from '../interrupt.js';
import { decodeRaw, type FieldOptions, type RawArticle, type SourceFailure, type SourceItem, type SourceSkip } from '../sources.js';

export type ExtractFn = (text: string, options?: ExtractOptions) => Quote[];

/** What a worker does with each article's quotes besides counting them. */
export interface RenderOptions {
  extractOptions: ExtractOptions;
  /** Where the text and the id are in a JSONL object. */
  fields: FieldOptions;
  /** Render the output text where the extraction ran: a JSON line (with its newline), CSV rows, or nothing. */
  render: 'json' | 'csv' | 'none';
  pretty?: boolean;
  /** CSV: leave cells that a spreadsheet would read as formulas as they are (see src/output/csv.ts). */
  csvRaw?: boolean;
  /** Send the Quote objects back (for the table and the stats). */
  keepQuotes: boolean;
  /** Send the article text back too (for `whosaid report`, which shows each quote where it stands). */
  keepText?: boolean;
}

/** An extracted article, in input order, as the consumer sees it. */
export interface ArticleOutcome {
  kind: 'article';
  id: string;
  source: string;
  bytes: number;
  warnings: string[];
  n: number;
  /** The rendered output: a string in this thread, UTF-8 bytes from a worker. */
  out?: string | Uint8Array;
  quotes?: Quote[];
  /** The --keep-fields values (JSONL articles, when fields were asked for). */
  meta?: Record<string, unknown>;
  /** The article text, with `keepText`. */
  text?: string;
}

export type Outcome = ArticleOutcome | SourceFailure | SourceSkip;

/** Characters above which an extraction takes long enough (a second or so) that Ctrl-C must not wait for it. */
const LONG_ARTICLE = 1_000_000;

/** A message for any thrown value, on one line. */
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Decodes, extracts and renders one article; never throws. `fits` says whether this thread has the memory for
 * an article of that many characters (in the main thread an out-of-memory error ends the whole process).
 */
export function processItem(extract: ExtractFn, raw: RawArticle, opts: RenderOptions, fits?: (chars: number) => string | null): Outcome {
  let item: ReturnType<typeof decodeRaw>;
  try {
    item = decodeRaw(raw, opts.fields);
  } catch (err) {
    // e.g. a JSON value nested so deep that a recursive step overflows the stack: this line's failure only
    return { kind: 'failure', id: raw.format === 'jsonl' ? null : raw.id, source: raw.source, reason: `cannot decode: ${messageOf(err)}`, bytes: raw.bytes };
  }
  if (item.kind !== 'article') return item;
  const tooBig = fits?.(item.text.length);
  if (tooBig) return { kind: 'failure', id: item.id, source: item.source, reason: tooBig, bytes: item.bytes };
  let quotes: Quote[];
  try {
    // In the main thread a Ctrl-C during a long article ends the process at once (see src/interrupt.ts); a
    // short one is over before the signal handler would have run anyway, and swapping handlers costs time.
    quotes = item.text.length > LONG_ARTICLE ? uninterruptedSync(() => extract(item.text, opts.extractOptions)) : extract(item.text, opts.extractOptions);
  } catch (err) {
    return { kind: 'failure', id: item.id, source: item.source, reason: `extractor failed: ${messageOf(err)}`, bytes: item.bytes };
  }
  const o: ArticleOutcome = { kind: 'article', id: item.id, source: item.source, bytes: item.bytes, warnings: item.warnings, n: quotes.length };
  const result: ArticleResult = item.meta ? { id: item.id, source: item.source, meta: item.meta, quotes } : { id: item.id, source: item.source, quotes };
  if (opts.render === 'json') o.out = `${formatJson(result, opts.pretty)}\n`;
  else if (opts.render === 'csv') o.out = formatCsv(result, { raw: opts.csvRaw ?? false }, opts.fields.keepFields);
  if (item.meta) o.meta = item.meta;
  if (opts.keepQuotes) o.quotes = quotes;
  if (opts.keepText) o.text = item.text;
  return o;
}

/**
 * Heap an extraction needs per character of article text, about 45 bytes (measured on news text; a run that
 * finds many quotes needs more). In a worker an article that does not fit costs that article ("worker crashed");
 * in the main thread it would end the process, so inline runs check first.
 */
export const HEAP_BYTES_PER_CHAR = 45;

/** Whether this thread's heap has room for an article of `chars` characters; a failure reason if not. */
export function heapRoomFor(chars: number): string | null {
  const need = chars * HEAP_BYTES_PER_CHAR;
  // small articles always fit: skip the statistics call, which is not free
  if (need < 64e6) return null;
  const h = getHeapStatistics();
  const room = h.heap_size_limit - h.used_heap_size;
  if (need <= room) return null;
  const mb = (n: number): string => `${Math.ceil(n / 1e6)} MB`;
  return `article too large for memory here (${mb(chars)} of text needs about ${mb(need)} of heap, ${mb(room)} free); raise it with NODE_OPTIONS=--max-old-space-size=<MB>, or use --jobs 2 or more`;
}

/** Milliseconds of synchronous work after which an inline run lets the event loop deliver signals. */
const YIELD_EVERY_MS = 50;

/**
 * Extraction in this thread, one article at a time: no worker start-up cost (`--jobs 1`, single inputs). Every
 * 50 ms it gives the event loop a turn: an async generator that never waits on I/O runs on microtasks alone, and
 * Node delivers SIGINT and SIGTERM only between macrotasks, so without that Ctrl-C would wait for the whole run.
 */
export async function* processInline(items: AsyncIterable<SourceItem>, opts: RenderOptions, extractFn?: ExtractFn): AsyncGenerator<Outcome> {
  // loaded here, not at the top: with a pool, only the workers need the extractor (and its lexicon) in memory
  const extract = extractFn ?? (await import('../../extract/index.js')).extractQuotes;
  let last = performance.now();
  for await (const item of items) {
    yield item.kind === 'raw' ? processItem(extract, item, opts, heapRoomFor) : item;
    if (performance.now() - last > YIELD_EVERY_MS) {
      await macrotask();
      last = performance.now();
    }
  }
}

/** Resolves after the event loop has had a turn (signals, timers, I/O callbacks). */
export const macrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
