/**
 * Extraction over a stream of articles in a pool of worker threads, with results in input order.
 *
 * A producer pulls items from the source into an inbox (inbox.ts); idle workers get whatever is in the inbox
 * (so a line-in/line-out filter never waits for a batch to fill), busy workers get one more full batch queued
 * behind the one they are running (so they never idle between messages). Every item gets a sequence number;
 * results wait in a reorder buffer (reorder.ts) until all earlier ones are out. The producer stops pulling while
 * the number (or size in bytes) of items taken but not yet handed to the consumer is over a window, so memory is
 * bounded by the window, not by the archive, and a slow consumer (a blocked stdout) slows the reading down.
 * Batches travel as transferred buffers (wire.ts); the worker's side is worker-entry.ts.
 */
import { Worker } from 'node:worker_threads';
import { onInterrupt } from '../interrupt.js';
import type { RawArticle, SourceItem } from '../sources.js';
import { debugMem } from './debug-mem.js';
import { Inbox, type WorkItem } from './inbox.js';
import type { Outcome, RenderOptions } from './outcome.js';
import { ReorderBuffer } from './reorder.js';
import { Signal } from './signal.js';
import { type BatchReply, packBatch, unpackReply, type WorkerSetup } from './wire.js';

export { type ArticleOutcome, type ExtractFn, type Outcome, processInline, processItem, type RenderOptions } from './outcome.js';

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
  /** Young-generation size of each worker's heap, in MB (see WORKER_YOUNG_GEN_MB). */
  youngGenerationMb?: number;
  /**
   * Called every 8 MB of buffers through this thread (see BUFFER_GC_BYTES): the CLI passes an asynchronous
   * full GC. A library caller that leaves it out gets V8's own schedule.
   */
  collectGarbage?: () => void;
  /** For tests: a module exporting `extractQuotes`, loaded by the workers instead of the real extractor. */
  extractModule?: string;
  /** For tests: the worker entry (default: worker-entry.js beside this file). */
  workerUrl?: URL;
}

/**
 * Young-generation size of each worker's heap, in MB. V8's default goes up to ~48 MB per isolate, and RSS grows
 * with it; smaller means more scavenges, and more of each article's working set promoted and collected again by
 * full GCs. On a 50 MB archive, 12 MB cost two workers ~1 s more CPU than 24 MB (scavenges and concurrent
 * marking), and 24 MB fits under 200 MB RSS once the main thread's dead buffers are collected (collectGarbage).
 */
export const WORKER_YOUNG_GEN_MB = 24;

/**
 * Article bytes and rendered output pass through this thread as ArrayBuffers. Each lives only until it is sent
 * or written, but that is long enough to be promoted to the old generation, whose ArrayBuffers V8 frees only at a
 * full GC, and it starts one for external memory only every ~64 MB. This thread allocates little else, so ~45 MB
 * of dead buffers sat in the RSS. An asynchronous full GC of this thread's small heap every 8 MB of buffers read
 * or received (~10 ms each) keeps them down (every 32 MB: 190 MB RSS on a 50 MB archive and 210 MB on 200 MB,
 * against 150 and 172), and that room is what lets the workers have a young generation big enough to collect
 * cheaply.
 */
export const BUFFER_GC_BYTES = 8e6;

/** A worker and the batches it has been sent. */
interface Slot {
  worker: Worker;
  /** The worker has loaded the extractor. */
  ready: boolean;
  /** Batches sent and not yet answered, oldest first: a worker answers in order. */
  assigned: { batch: number; items: WorkItem[] }[];
  gone: boolean;
}

/**
 * A pool of `jobs` workers for one run. `run(items)` yields outcomes in input order; the workers are terminated
 * when it finishes, throws, or is closed early by its consumer (`break`, `return()`), and on an interrupt.
 */
export class WorkerPool {
  private readonly jobs: number;
  private readonly batchArticles: number;
  private readonly batchBytes: number;
  private readonly windowItems: number;
  private readonly windowBytes: number;
  private readonly setup: WorkerSetup;
  private readonly slots: Slot[] = [];
  private readonly inbox = new Inbox();
  private readonly order = new ReorderBuffer<Outcome>();
  /** The articles read and not yet answered for: a crash fails only those still here. */
  private readonly pending = new Map<number, RawArticle>();
  /** Batch buffers handed back by workers, to carry later batches: in a steady run no new one is made. */
  private readonly spares: ArrayBuffer[] = [];
  /** Wakes the consumer (an outcome is ready, or the run is over) and the producer (the window has room). */
  private readonly consumer = new Signal();
  private readonly producer = new Signal();
  private sourceDone = false;
  private closed = false;
  private fatal: Error | null = null;
  private nextBatch = 0;
  private bufferBytes = 0;

  constructor(private readonly opts: PoolOptions) {
    this.jobs = Math.max(1, Math.floor(opts.jobs));
    this.batchArticles = opts.batchArticles ?? 64;
    this.batchBytes = opts.batchBytes ?? 256 * 1024;
    this.windowItems = opts.windowItems ?? Math.max(256, this.jobs * this.batchArticles * 4);
    this.windowBytes = opts.windowBytes ?? this.jobs * this.batchBytes * 4;
    // Every render option goes to the workers: one left out here would be ignored with --jobs 2 and honoured
    // with --jobs 1 (it happened to csvRaw).
    this.setup = {
      extractOptions: opts.extractOptions,
      fields: opts.fields,
      render: opts.render,
      pretty: opts.pretty ?? false,
      csvRaw: opts.csvRaw ?? false,
      keepQuotes: opts.keepQuotes,
      keepText: opts.keepText ?? false,
    };
    if (opts.csvRaw !== undefined) this.setup.csvRaw = opts.csvRaw;
    if (opts.extractModule !== undefined) this.setup.extractModule = opts.extractModule;
  }

  async *run(items: AsyncIterable<SourceItem>): AsyncGenerator<Outcome> {
    // On Ctrl-C the CLI's handler (src/batch/interrupt.ts) runs this before it exits: no worker outlives the run.
    const forget = onInterrupt(() => {
      this.closed = true;
      for (const s of this.slots) void s.worker.terminate();
    });
    try {
      for (let i = 0; i < this.jobs; i++) this.slots.push(this.spawn());
      void this.produce(items);
      for (;;) {
        if (this.fatal) throw this.fatal;
        const outcome = this.order.take();
        if (outcome !== undefined) {
          this.producer.notify();
          debugMem();
          yield outcome;
          continue;
        }
        if (this.sourceDone && this.order.inFlight === 0) break;
        await this.consumer.wait();
      }
    } finally {
      this.closed = true;
      this.producer.notify();
      forget();
      await Promise.allSettled(this.slots.map((s) => s.worker.terminate()));
    }
  }

  /** Pulls items from the source while the window has room. */
  private async produce(items: AsyncIterable<SourceItem>): Promise<void> {
    try {
      for await (const item of items) {
        while (!this.closed && !this.fatal && this.order.inFlight > 0 && (this.order.inFlight >= this.windowItems || this.order.bytes >= this.windowBytes)) {
          await this.producer.wait();
        }
        if (this.closed || this.fatal) break;
        if (item.kind === 'raw') {
          const seq = this.order.reserve(item.data.length);
          this.pending.set(seq, item);
          this.noteBuffers(item.data.length);
          this.inbox.push({ seq, raw: item });
          this.pump();
        } else {
          this.order.put(this.order.reserve(), item);
          this.consumer.notify();
        }
      }
    } catch (err) {
      this.fatal ??= err instanceof Error ? err : new Error(String(err));
    } finally {
      this.sourceDone = true;
      this.pump();
      this.consumer.notify();
    }
  }

  private spawn(): Slot {
    const url = this.opts.workerUrl ?? new URL('./worker-entry.js', import.meta.url);
    const worker = new Worker(url, {
      workerData: this.setup,
      resourceLimits: { maxYoungGenerationSizeMb: this.opts.youngGenerationMb ?? WORKER_YOUNG_GEN_MB },
    });
    const slot: Slot = { worker, ready: false, assigned: [], gone: false };
    worker.on('message', (reply: BatchReply) => this.onReply(slot, reply));
    worker.on('error', (err) => this.onLost(slot, err.message));
    worker.on('exit', (code) => this.onLost(slot, `exited with code ${code}`));
    return slot;
  }

  private onReply(slot: Slot, reply: BatchReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      return;
    }
    const done = slot.assigned.shift();
    if (!done || done.batch !== reply.batch) {
      this.fatal ??= new Error('worker answered out of order');
      this.consumer.notify();
      return;
    }
    this.noteBuffers(reply.out.byteLength);
    if (this.spares.length < 2 * this.jobs && reply.data.byteLength <= this.batchBytes * 2) this.spares.push(reply.data);
    const outcomes = unpackReply(reply);
    for (const [i, outcome] of outcomes.entries()) this.settle(done.items[i]!.seq, outcome);
    this.pump();
    this.consumer.notify();
  }

  /** A worker died (an article ran it out of memory, or it failed to start). */
  private onLost(slot: Slot, why: string): void {
    if (slot.gone || this.closed) return;
    slot.gone = true;
    const idx = this.slots.indexOf(slot);
    if (idx >= 0) this.slots.splice(idx, 1);
    const [running, ...queued] = slot.assigned;
    slot.assigned = [];
    if (!slot.ready) {
      // it died loading the extractor: a broken set-up, not a bad article
      this.fatal ??= new Error(`worker failed to start: ${why}`);
    } else {
      // batches queued behind the running one never started: back to the front of the inbox
      this.inbox.unshift(queued.flatMap((a) => a.items));
      // the running batch: fail it if it was one article, else rerun its articles one at a time
      if (running && running.items.length === 1) this.failItems(running.items, `worker crashed: ${why}`);
      else if (running) this.inbox.isolate(running.items);
      this.slots.push(this.spawn());
    }
    this.pump();
    this.consumer.notify();
    this.producer.notify();
  }

  /** An item's outcome, unless it already has one (a crash may report an item its worker had answered for). */
  private settle(seq: number, outcome: Outcome): void {
    if (this.pending.delete(seq)) this.order.put(seq, outcome);
  }

  private failItems(list: WorkItem[], reason: string): void {
    // the id a JSONL object gives is not known here: the line (its source) tells which article it was
    for (const { seq, raw } of list)
      this.settle(seq, { kind: 'failure', id: raw.format === 'jsonl' ? null : raw.id, source: raw.source, reason, bytes: raw.bytes });
  }

  /** Idle workers take what there is; a busy one queues a second batch only when a full one is waiting. */
  private pump(): void {
    if (this.closed || this.fatal) return;
    for (const slot of this.slots) if (slot.assigned.length === 0 && this.inbox.size > 0) this.send(slot);
    const full = (): boolean => this.sourceDone || this.inbox.hasIsolated || this.inbox.size >= this.batchArticles || this.inbox.bytes >= this.batchBytes;
    for (const slot of this.slots) if (slot.assigned.length === 1 && this.inbox.size > 0 && full()) this.send(slot);
  }

  private send(slot: Slot): void {
    const items = this.inbox.takeBatch(this.batchArticles, this.batchBytes);
    const batch = this.nextBatch++;
    slot.assigned.push({ batch, items });
    const size = items.reduce((n, it) => n + it.raw.data.length, 0);
    const msg = packBatch(
      batch,
      items.map((it) => it.raw),
      this.spareBuffer(size),
    );
    slot.worker.postMessage(msg, [msg.data]);
  }

  private spareBuffer(size: number): ArrayBuffer {
    const i = this.spares.findIndex((b) => b.byteLength >= size);
    if (i >= 0) return this.spares.splice(i, 1)[0]!;
    return new ArrayBuffer(Math.max(size, this.batchBytes + this.batchBytes / 4));
  }

  private noteBuffers(n: number): void {
    this.bufferBytes += n;
    if (this.bufferBytes >= BUFFER_GC_BYTES) {
      this.bufferBytes = 0;
      this.opts.collectGarbage?.();
    }
  }
}

/** Extraction in `jobs` worker threads; yields outcomes in input order (see WorkerPool). */
export function processPool(items: AsyncIterable<SourceItem>, opts: PoolOptions): AsyncGenerator<Outcome> {
  return new WorkerPool(opts).run(items);
}
