/**
 * Extraction over a stream of articles, in-process or in a pool of worker threads, with results in input order.
 *
 * The pool: a producer pulls items from the source into an inbox; idle workers get whatever is in the inbox
 * (so a line-in/line-out filter never waits for a batch to fill), busy workers get one more full batch queued
 * behind the one they are running (so they never idle between messages). Every item gets a sequence number;
 * results wait in a reorder buffer until all earlier ones are out. The producer stops pulling while the
 * number (or text size) of items taken but not yet handed to the consumer is over a window, so memory is
 * bounded by the window, not by the archive, and a slow consumer (a blocked stdout) slows the reading down.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { formatCsv } from './csv.js';
import { debugMem } from './debug-mem.js';
import { onInterrupt, uninterruptedSync } from './interrupt.js';
import { wordClassTable, type WordClassTable } from './lexicon/word-classes.js';
import { formatJson } from './output.js';
import type { SourceFailure, SourceItem, SourceSkip } from './sources.js';
import type { ExtractOptions, Quote } from './types.js';

export type ExtractFn = (text: string, options?: ExtractOptions) => Quote[];

/** What a worker does with each article's quotes besides counting them. */
export interface RenderOptions {
  extractOptions: ExtractOptions;
  /** Render the output text where the extraction ran: a JSON line, CSV rows, or nothing. */
  render: 'json' | 'csv' | 'none';
  pretty?: boolean;
  /** Send the Quote objects back (for the table and the stats). */
  keepQuotes: boolean;
}

export interface WorkItem {
  seq: number;
  id: string;
  source: string;
  text: string;
}

export interface WorkResult {
  seq: number;
  /** Number of quotes found. */
  n: number;
  /** Rendered output (JSON line without newline, or CSV rows), when asked for. */
  out?: string;
  quotes?: Quote[];
  /** The extractor threw on this article. */
  error?: string;
}

/** An extracted article, in input order, as the consumer sees it. */
export interface ArticleOutcome {
  kind: 'article';
  id: string;
  source: string;
  bytes: number;
  warnings: string[];
  n: number;
  out?: string;
  quotes?: Quote[];
}

export type Outcome = ArticleOutcome | SourceFailure | SourceSkip;

/** Characters above which an extraction takes long enough (a second or so) that Ctrl-C must not wait for it. */
const LONG_ARTICLE = 1_000_000;

export function processArticle(extract: ExtractFn, item: WorkItem, opts: RenderOptions): WorkResult {
  let quotes: Quote[];
  try {
    // In the main thread a Ctrl-C during a long article ends the process at once (see src/interrupt.ts); a
    // short one is over before the signal handler would have run anyway, and swapping handlers costs time.
    quotes = item.text.length > LONG_ARTICLE ? uninterruptedSync(() => extract(item.text, opts.extractOptions)) : extract(item.text, opts.extractOptions);
  } catch (err) {
    return { seq: item.seq, n: 0, error: `extractor failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  const result: WorkResult = { seq: item.seq, n: quotes.length };
  if (opts.render === 'json') result.out = formatJson({ id: item.id, source: item.source, quotes }, opts.pretty);
  else if (opts.render === 'csv') result.out = formatCsv({ id: item.id, quotes });
  if (opts.keepQuotes) result.quotes = quotes;
  return result;
}

interface Meta {
  id: string;
  source: string;
  bytes: number;
  warnings: string[];
  size: number;
}

function toOutcome(meta: Meta, r: WorkResult): Outcome {
  if (r.error !== undefined) return { kind: 'failure', id: meta.id, source: meta.source, reason: r.error, bytes: meta.bytes };
  const o: ArticleOutcome = { kind: 'article', id: meta.id, source: meta.source, bytes: meta.bytes, warnings: meta.warnings, n: r.n };
  if (r.out !== undefined) o.out = r.out;
  if (r.quotes !== undefined) o.quotes = r.quotes;
  return o;
}

/** Extraction in this thread, one article at a time: no worker start-up cost (`--jobs 1`, single inputs). */
export async function* processInline(items: AsyncIterable<SourceItem>, opts: RenderOptions, extractFn?: ExtractFn): AsyncGenerator<Outcome> {
  // loaded here, not at the top: with a pool, only the workers need the extractor (and its lexicon) in memory
  const extract = extractFn ?? (await import('./extract.js')).extractQuotes;
  let seq = 0;
  for await (const item of items) {
    if (item.kind !== 'article') {
      yield item;
      continue;
    }
    const r = processArticle(extract, { seq: seq++, id: item.id, source: item.source, text: item.text }, opts);
    yield toOutcome({ id: item.id, source: item.source, bytes: item.bytes, warnings: item.warnings, size: 0 }, r);
  }
}

export interface PoolOptions extends RenderOptions {
  jobs: number;
  /** Most articles in one message to a worker. */
  batchArticles?: number;
  /** Most text (UTF-16 code units) in one message to a worker. */
  batchChars?: number;
  /** Most items taken from the source but not yet handed on. */
  windowItems?: number;
  /** Most text taken from the source but not yet handed on (one bigger article still goes alone). */
  windowChars?: number;
  /** For tests: a module exporting `extractQuotes`, loaded by the workers instead of the real extractor. */
  extractModule?: string;
  /** For tests: the worker entry (default: worker.js beside this file). */
  workerUrl?: URL;
}

/** Young-generation size of each worker's heap, in MB (see spawn). */
export const WORKER_YOUNG_GEN_MB = 12;

/**
 * How far V8 lets an old generation grow past what survived the last full GC, in percent. V8's own factor goes
 * up to 4x when GC is fast, so each worker's old space drifted from ~18 MB live to ~46 MB before a full GC, and
 * three isolates (main + 2 workers) put the process at ~255 MB on the 50 MB bench archive. At 1.5x it stays at
 * ~190 MB, flat with archive size, for no measurable CPU cost (GC of a small live set is cheap); a 20 MB
 * article still runs (9.4 s instead of 8.9 s, peak 1.3 GB instead of 1.45 GB). Flags are per process, so this
 * also applies to the main thread, read by V8 at each GC: setting it before the workers start is enough.
 */
export const HEAP_GROWING_PERCENT = 50;
let heapGrowingSet = false;

/** Messages between the pool and its workers. */
export interface BatchMessage {
  batch: number;
  items: WorkItem[];
}
export type BatchReply = { batch: number; results: WorkResult[] } | { ready: true };
export interface WorkerSetup extends RenderOptions {
  extractModule?: string;
  /** compromise's word classes, built once here: the workers then never load compromise (45 MB a copy). */
  wordClasses?: WordClassTable;
}

/** Wakes one waiter; a wake-up with nobody waiting is kept for the next wait. */
class Signal {
  private pending = false;
  private resolve: (() => void) | undefined;
  notify(): void {
    const r = this.resolve;
    if (r) {
      this.resolve = undefined;
      r();
    } else this.pending = true;
  }
  wait(): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((r) => (this.resolve = r));
  }
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the extractor. */
  ready: boolean;
  /** Batches sent and not yet answered, oldest first: a worker answers in order. */
  assigned: { batch: number; items: WorkItem[] }[];
  gone: boolean;
}

/**
 * Extraction in `jobs` worker threads; yields outcomes in input order. The workers are terminated when the
 * generator finishes, throws, or is closed early by its consumer (`break`, `return()`), and on an interrupt.
 */
export async function* processPool(items: AsyncIterable<SourceItem>, opts: PoolOptions): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, Math.floor(opts.jobs));
  const batchArticles = opts.batchArticles ?? 64;
  const batchChars = opts.batchChars ?? 256 * 1024;
  const windowItems = opts.windowItems ?? Math.max(256, jobs * batchArticles * 4);
  const windowChars = opts.windowChars ?? jobs * batchChars * 4;
  const workerUrl = opts.workerUrl ?? new URL('./worker.js', import.meta.url);
  const setup: WorkerSetup = {
    extractOptions: opts.extractOptions,
    render: opts.render,
    pretty: opts.pretty ?? false,
    keepQuotes: opts.keepQuotes,
  };
  if (!heapGrowingSet) {
    // before the word-class table is built: compromise is loaded for it and would grow this heap first
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    heapGrowingSet = true;
  }
  if (opts.extractModule !== undefined) setup.extractModule = opts.extractModule;
  else setup.wordClasses = wordClassTable();

  let nextSeq = 0;
  let nextEmit = 0;
  let outstandingChars = 0;
  let sourceDone = false;
  let closed = false;
  let fatal: Error | null = null;
  let nextBatch = 0;
  /** Items of a batch whose worker died, to be run one per batch so only the culprit fails. */
  const isolate: WorkItem[] = [];
  const ready = new Map<number, Outcome>();
  const meta = new Map<number, Meta>();
  const sizes = new Map<number, number>();
  let inbox: WorkItem[] = [];
  let inboxHead = 0;
  let inboxChars = 0;
  const consumer = new Signal();
  const producer = new Signal();
  const slots: Slot[] = [];

  const failItems = (list: WorkItem[], reason: string): void => {
    for (const { seq } of list) {
      const m = meta.get(seq);
      if (!m) continue;
      meta.delete(seq);
      ready.set(seq, { kind: 'failure', id: m.id, source: m.source, reason, bytes: m.bytes });
    }
  };

  const spawn = (): Slot => {
    // a smaller young generation than V8's default (up to ~48 MB per isolate): RSS grows with each
    // worker's young generation, and the extractor's garbage is short-lived (per article)
    const worker = new Worker(workerUrl, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GEN_MB } });
    const slot: Slot = { worker, ready: false, assigned: [], gone: false };
    worker.on('message', (reply: BatchReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const done = slot.assigned.shift();
      if (!done || done.batch !== reply.batch) fatal ??= new Error('worker answered out of order');
      for (const r of reply.results) {
        const m = meta.get(r.seq);
        if (!m) continue;
        meta.delete(r.seq);
        ready.set(r.seq, toOutcome(m, r));
      }
      pump();
      consumer.notify();
    });
    const lost = (why: string): void => {
      if (slot.gone || closed) return;
      slot.gone = true;
      const idx = slots.indexOf(slot);
      if (idx >= 0) slots.splice(idx, 1);
      const [running, ...queued] = slot.assigned;
      slot.assigned = [];
      if (!slot.ready) {
        // it died loading the extractor: a broken set-up, not a bad article
        fatal ??= new Error(`worker failed to start: ${why}`);
      } else {
        // batches queued behind the running one never started: back to the front of the inbox
        const again = queued.flatMap((a) => a.items);
        inbox.splice(inboxHead, 0, ...again);
        for (const it of again) inboxChars += it.text.length;
        // the running batch: fail it if it was one article, else rerun its articles one at a time
        if (running && running.items.length === 1) failItems(running.items, `worker crashed: ${why}`);
        else if (running) isolate.push(...running.items);
        slots.push(spawn());
      }
      pump();
      consumer.notify();
      producer.notify();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exited with code ${code}`));
    return slot;
  };

  const inboxSize = (): number => inbox.length - inboxHead + isolate.length;

  const takeBatch = (): WorkItem[] => {
    if (isolate.length > 0) return [isolate.shift()!];
    const batch: WorkItem[] = [];
    let chars = 0;
    while (inboxHead < inbox.length && batch.length < batchArticles && (batch.length === 0 || chars < batchChars)) {
      const item = inbox[inboxHead]!;
      inbox[inboxHead] = undefined as unknown as WorkItem;
      inboxHead++;
      chars += item.text.length;
      inboxChars -= item.text.length;
      batch.push(item);
    }
    if (inboxHead > 1024 && inboxHead * 2 > inbox.length) {
      inbox = inbox.slice(inboxHead);
      inboxHead = 0;
    }
    return batch;
  };

  const send = (slot: Slot): void => {
    const items = takeBatch();
    const batch = nextBatch++;
    slot.assigned.push({ batch, items });
    slot.worker.postMessage({ batch, items } satisfies BatchMessage);
  };

  /** Idle workers take what there is; a busy one queues a second batch only when a full one is waiting. */
  function pump(): void {
    if (closed || fatal) return;
    for (const slot of slots) if (slot.assigned.length === 0 && inboxSize() > 0) send(slot);
    const full = (): boolean => sourceDone || isolate.length > 0 || inboxSize() >= batchArticles || inboxChars >= batchChars;
    for (const slot of slots) if (slot.assigned.length === 1 && inboxSize() > 0 && full()) send(slot);
  }

  const produce = async (): Promise<void> => {
    try {
      for await (const item of items) {
        while (!closed && !fatal && nextSeq > nextEmit && (nextSeq - nextEmit >= windowItems || outstandingChars >= windowChars)) {
          await producer.wait();
        }
        if (closed || fatal) break;
        const seq = nextSeq++;
        if (item.kind === 'article') {
          const size = item.text.length;
          outstandingChars += size;
          sizes.set(seq, size);
          meta.set(seq, { id: item.id, source: item.source, bytes: item.bytes, warnings: item.warnings, size });
          inbox.push({ seq, id: item.id, source: item.source, text: item.text });
          inboxChars += size;
          pump();
        } else {
          ready.set(seq, item);
          consumer.notify();
        }
      }
    } catch (err) {
      fatal ??= err instanceof Error ? err : new Error(String(err));
    } finally {
      sourceDone = true;
      pump();
      consumer.notify();
    }
  };

  // On Ctrl-C the CLI's handler (src/interrupt.ts) runs this before it exits: no worker outlives the run.
  const forget = onInterrupt(() => {
    closed = true;
    for (const s of slots) void s.worker.terminate();
  });

  try {
    for (let i = 0; i < jobs; i++) slots.push(spawn());
    void produce();
    for (;;) {
      if (fatal) throw fatal;
      const outcome = ready.get(nextEmit);
      if (outcome !== undefined) {
        ready.delete(nextEmit);
        outstandingChars -= sizes.get(nextEmit) ?? 0;
        sizes.delete(nextEmit);
        nextEmit++;
        producer.notify();
        debugMem();
        yield outcome;
        continue;
      }
      if (sourceDone && nextEmit === nextSeq) break;
      await consumer.wait();
    }
  } finally {
    closed = true;
    producer.notify();
    forget();
    await Promise.allSettled(slots.map((s) => s.worker.terminate()));
  }
}
