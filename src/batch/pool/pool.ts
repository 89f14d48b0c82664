/**
 * Extraction over a stream of articles, in-process or in a pool of worker threads, with results in input order.
 *
 * The pool: a producer pulls items from the source into an inbox; idle workers get whatever is in the inbox
 * (so a line-in/line-out filter never waits for a batch to fill), busy workers get one more full batch queued
 * behind the one they are running (so they never idle between messages). Every item gets a sequence number;
 * results wait in a reorder buffer until all earlier ones are out. The producer stops pulling while the
 * number (or size in bytes) of items taken but not yet handed to the consumer is over a window, so memory is
 * bounded by the window, not by the archive, and a slow consumer (a blocked stdout) slows the reading down.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { formatCsv } from '../../output/csv.js';
import { formatJson } from '../../output/json.js';
import type { ArticleResult, ExtractOptions, Quote } from '../../types.js';
import { onInterrupt, uninterruptedSync } from '../interrupt.js';
import { decodeRaw, type FieldOptions, type RawArticle, type SourceFailure, type SourceItem, type SourceSkip } from '../sources.js';
import { debugMem } from './debug-mem.js';

export type ExtractFn = (text: string, options?: ExtractOptions) => Quote[];

/** What a worker does with each article's quotes besides counting them. */
export interface RenderOptions {
  extractOptions: ExtractOptions;
  /** Where the text and the id are in a JSONL object. */
  fields: FieldOptions;
  /** Render the output text where the extraction ran: a JSON line (with its newline), CSV rows, or nothing. */
  render: 'json' | 'csv' | 'none';
  pretty?: boolean;
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

/** Decodes, extracts and renders one article; never throws. */
export function processItem(extract: ExtractFn, raw: RawArticle, opts: RenderOptions): Outcome {
  const item = decodeRaw(raw, opts.fields);
  if (item.kind !== 'article') return item;
  let quotes: Quote[];
  try {
    // In the main thread a Ctrl-C during a long article ends the process at once (see src/interrupt.ts); a
    // short one is over before the signal handler would have run anyway, and swapping handlers costs time.
    quotes = item.text.length > LONG_ARTICLE ? uninterruptedSync(() => extract(item.text, opts.extractOptions)) : extract(item.text, opts.extractOptions);
  } catch (err) {
    return {
      kind: 'failure',
      id: item.id,
      source: item.source,
      reason: `extractor failed: ${err instanceof Error ? err.message : String(err)}`,
      bytes: item.bytes,
    };
  }
  const o: ArticleOutcome = { kind: 'article', id: item.id, source: item.source, bytes: item.bytes, warnings: item.warnings, n: quotes.length };
  const result: ArticleResult = item.meta ? { id: item.id, source: item.source, meta: item.meta, quotes } : { id: item.id, source: item.source, quotes };
  if (opts.render === 'json') o.out = `${formatJson(result, opts.pretty)}\n`;
  else if (opts.render === 'csv') o.out = formatCsv(result, opts.fields.keepFields);
  if (item.meta) o.meta = item.meta;
  if (opts.keepQuotes) o.quotes = quotes;
  if (opts.keepText) o.text = item.text;
  return o;
}

/** Extraction in this thread, one article at a time: no worker start-up cost (`--jobs 1`, single inputs). */
export async function* processInline(items: AsyncIterable<SourceItem>, opts: RenderOptions, extractFn?: ExtractFn): AsyncGenerator<Outcome> {
  // loaded here, not at the top: with a pool, only the workers need the extractor (and its lexicon) in memory
  const extract = extractFn ?? (await import('../../extract/index.js')).extractQuotes;
  for await (const item of items) yield item.kind === 'raw' ? processItem(extract, item, opts) : item;
}

export interface PoolOptions extends RenderOptions {
  jobs: number;
  /** Most articles in one message to a worker. */
  batchArticles?: number;
  /** Most article bytes in one message to a worker. */
  batchBytes?: number;
  /** Most items taken from the source but not yet handed on. */
  windowItems?: number;
  /** Most article bytes taken from the source but not yet handed on (one bigger article still goes alone). */
  windowBytes?: number;
  /** For tests: a module exporting `extractQuotes`, loaded by the workers instead of the real extractor. */
  extractModule?: string;
  /** For tests: the worker entry (default: worker-entry.js beside this file). */
  workerUrl?: URL;
}

/** An article on its way through the pool. */
interface WorkItem {
  seq: number;
  raw: RawArticle;
}

/**
 * Young-generation size of each worker's heap, in MB. V8's default goes up to ~48 MB per isolate, and RSS grows
 * with it; smaller means more scavenges, and more of each article's working set promoted and collected again by
 * full GCs. On a 50 MB archive, 12 MB cost two workers ~1 s more CPU than 24 MB (scavenges and concurrent
 * marking), and 24 MB fits under 200 MB RSS once the main thread's dead buffers are collected (collectBuffers).
 */
export const WORKER_YOUNG_GEN_MB = 24;

/** Buffer bytes through this thread (articles read, output received) between two full GCs of it (see collectBuffers). */
const COLLECT_EVERY_BYTES = 8e6;
let gcNow: ((options: { type: 'major'; execution: 'async' }) => unknown) | null | undefined;

/**
 * Article bytes and rendered output pass through this thread as ArrayBuffers. Each lives only until it is sent
 * or written, but that is long enough to be promoted to the old generation, whose ArrayBuffers V8 frees only at a
 * full GC, and it starts one for external memory only every ~64 MB. This thread allocates little else, so ~45 MB
 * of dead buffers sat in the RSS. An asynchronous full GC of this thread's small heap every 8 MB of buffers read
 * or received (~10 ms each) keeps them down, and keeps this thread's young generation from growing to V8's
 * maximum over a long run (every 32 MB: 190 MB RSS on a 50 MB archive and 210 MB on 200 MB, against 150 and 172).
 * That room is what lets the workers have a young generation big enough to collect cheaply.
 */
function collectBuffers(): void {
  if (gcNow === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gcNow = runInNewContext('gc') as typeof gcNow;
    } catch {
      gcNow = null;
    }
  }
  gcNow?.({ type: 'major', execution: 'async' });
}

/**
 * How far V8 lets an old generation grow past what survived the last full GC, in percent. V8's own factor goes
 * up to 4x when GC is fast, so each worker's old space drifted from ~18 MB live to ~46 MB before a full GC, and
 * three isolates (main + 2 workers) put the process at ~255 MB on the 50 MB bench archive. At 1.5x it stayed at
 * ~190 MB, flat with archive size, for no measurable CPU cost (GC of a small live set is cheap); a 20 MB
 * article still runs (9.4 s instead of 8.9 s, peak 1.3 GB instead of 1.45 GB). Flags are per process, so this
 * also applies to the main thread, read by V8 at each GC: setting it before the workers start is enough.
 */
export const HEAP_GROWING_PERCENT = 50;
let heapGrowingSet = false;

/** Messages between the pool and its workers. */
export interface WireItem {
  format: RawArticle['format'];
  id: string;
  source: string;
  line: number;
  bytes: number;
  /** The article's bytes in the batch's `data`. */
  start: number;
  end: number;
}
/** A batch's articles travel as one transferred buffer: no copy, and no string on either heap on the way. */
export interface BatchMessage {
  batch: number;
  data: ArrayBuffer;
  items: WireItem[];
}
/**
 * The outcomes of a batch's items, in their order, without their rendered output: that is in `out`, article i's
 * ending at `outEnds[i]` (-1: none). `data` is the batch's own buffer, handed back for a later batch.
 */
export type BatchReply = { batch: number; results: Outcome[]; outEnds: number[]; out: ArrayBuffer; data: ArrayBuffer } | { ready: true };
export interface WorkerSetup extends RenderOptions {
  extractModule?: string;
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
  const batchBytes = opts.batchBytes ?? 256 * 1024;
  const windowItems = opts.windowItems ?? Math.max(256, jobs * batchArticles * 4);
  const windowBytes = opts.windowBytes ?? jobs * batchBytes * 4;
  const workerUrl = opts.workerUrl ?? new URL('./worker-entry.js', import.meta.url);
  const setup: WorkerSetup = {
    extractOptions: opts.extractOptions,
    fields: opts.fields,
    render: opts.render,
    pretty: opts.pretty ?? false,
    keepQuotes: opts.keepQuotes,
    keepText: opts.keepText ?? false,
  };
  if (!heapGrowingSet) {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    heapGrowingSet = true;
  }
  if (opts.extractModule !== undefined) setup.extractModule = opts.extractModule;

  let nextSeq = 0;
  let nextEmit = 0;
  let outstandingBytes = 0;
  let sourceDone = false;
  let closed = false;
  let fatal: Error | null = null;
  let nextBatch = 0;
  /** Items of a batch whose worker died, to be run one per batch so only the culprit fails. */
  const isolate: WorkItem[] = [];
  const ready = new Map<number, Outcome>();
  /** The articles sent and not yet answered. */
  const pending = new Map<number, RawArticle>();
  const sizes = new Map<number, number>();
  let inbox: WorkItem[] = [];
  let inboxHead = 0;
  let inboxBytes = 0;
  const consumer = new Signal();
  const producer = new Signal();
  const slots: Slot[] = [];
  /**
   * Batch buffers come back with the replies and carry the next batches: in a steady run no new one is made, on
   * either side (a buffer sent and dropped by a worker waited there for a full GC, like the main thread's).
   */
  const spares: ArrayBuffer[] = [];
  const spareBuffer = (size: number): ArrayBuffer => {
    const i = spares.findIndex((b) => b.byteLength >= size);
    if (i >= 0) return spares.splice(i, 1)[0]!;
    return new ArrayBuffer(Math.max(size, batchBytes + batchBytes / 4));
  };
  let bufferBytes = 0;
  const noteBuffers = (n: number): void => {
    bufferBytes += n;
    if (bufferBytes >= COLLECT_EVERY_BYTES) {
      bufferBytes = 0;
      collectBuffers();
    }
  };

  const failItems = (list: WorkItem[], reason: string): void => {
    for (const { seq, raw } of list) {
      if (!pending.delete(seq)) continue;
      // the id a JSONL object gives is not known here: the line (its source) tells which article it was
      ready.set(seq, { kind: 'failure', id: raw.format === 'jsonl' ? null : raw.id, source: raw.source, reason, bytes: raw.bytes });
    }
  };

  const spawn = (): Slot => {
    const worker = new Worker(workerUrl, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GEN_MB } });
    const slot: Slot = { worker, ready: false, assigned: [], gone: false };
    worker.on('message', (reply: BatchReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const done = slot.assigned.shift();
      if (!done || done.batch !== reply.batch) fatal ??= new Error('worker answered out of order');
      noteBuffers(reply.out.byteLength);
      if (spares.length < 2 * jobs && reply.data.byteLength <= batchBytes * 2) spares.push(reply.data);
      let outStart = 0;
      for (let i = 0; i < reply.results.length && done; i++) {
        const outcome = reply.results[i]!;
        const end = reply.outEnds[i]!;
        if (outcome.kind === 'article' && end >= 0) {
          outcome.out = new Uint8Array(reply.out, outStart, end - outStart);
          outStart = end;
        }
        const seq = done.items[i]!.seq;
        if (pending.delete(seq)) ready.set(seq, outcome);
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
        for (const it of again) inboxBytes += it.raw.data.length;
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

  const takeFromInbox = (): WorkItem => {
    const item = inbox[inboxHead]!;
    inbox[inboxHead] = undefined as unknown as WorkItem;
    inboxHead++;
    inboxBytes -= item.raw.data.length;
    if (inboxHead > 1024 && inboxHead * 2 > inbox.length) {
      inbox = inbox.slice(inboxHead);
      inboxHead = 0;
    }
    return item;
  };

  const takeBatch = (): WorkItem[] => {
    if (isolate.length > 0) return [isolate.shift()!];
    const batch: WorkItem[] = [];
    let bytes = 0;
    while (inboxHead < inbox.length && batch.length < batchArticles && (batch.length === 0 || bytes < batchBytes)) {
      const item = takeFromInbox();
      bytes += item.raw.data.length;
      batch.push(item);
    }
    return batch;
  };

  const send = (slot: Slot): void => {
    const items = takeBatch();
    const batch = nextBatch++;
    slot.assigned.push({ batch, items });
    const size = items.reduce((n, it) => n + it.raw.data.length, 0);
    const data = new Uint8Array(spareBuffer(size));
    const wire: WireItem[] = [];
    let at = 0;
    for (const { raw } of items) {
      data.set(raw.data, at);
      wire.push({ format: raw.format, id: raw.id, source: raw.source, line: raw.line, bytes: raw.bytes, start: at, end: at + raw.data.length });
      at += raw.data.length;
    }
    slot.worker.postMessage({ batch, data: data.buffer, items: wire } satisfies BatchMessage, [data.buffer]);
  };

  /** Idle workers take what there is; a busy one queues a second batch only when a full one is waiting. */
  function pump(): void {
    if (closed || fatal) return;
    for (const slot of slots) if (slot.assigned.length === 0 && inboxSize() > 0) send(slot);
    const full = (): boolean => sourceDone || isolate.length > 0 || inboxSize() >= batchArticles || inboxBytes >= batchBytes;
    for (const slot of slots) if (slot.assigned.length === 1 && inboxSize() > 0 && full()) send(slot);
  }

  const produce = async (): Promise<void> => {
    try {
      for await (const item of items) {
        while (!closed && !fatal && nextSeq > nextEmit && (nextSeq - nextEmit >= windowItems || outstandingBytes >= windowBytes)) {
          await producer.wait();
        }
        if (closed || fatal) break;
        const seq = nextSeq++;
        if (item.kind === 'raw') {
          const size = item.data.length;
          outstandingBytes += size;
          sizes.set(seq, size);
          pending.set(seq, item);
          noteBuffers(size);
          inbox.push({ seq, raw: item });
          inboxBytes += size;
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
        outstandingBytes -= sizes.get(nextEmit) ?? 0;
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
