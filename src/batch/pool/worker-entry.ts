/** Worker-thread entry: extracts each batch it is sent and answers with the results, in order (see wire.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { debugMem } from './debug-mem.js';
import { type ExtractFn, type Outcome, processItem } from './outcome.js';
import { type BatchMessage, type BatchReply, unpackBatch, type WorkerSetup } from './wire.js';

const setup = workerData as WorkerSetup;
const mod = (await import(setup.extractModule ?? '../../extract/index.js')) as { extractQuotes: ExtractFn };
const extract = mod.extractQuotes;

/**
 * A batch's rendered output as UTF-8, encoded as each article is done: output strings die young instead of
 * waiting for the whole batch (and being promoted to the old generation on the way). One buffer, reused for
 * every batch; what a batch wrote is copied out into a buffer of its own, which goes to the main thread.
 */
class OutputBytes {
  private buf = new Uint8Array(512 * 1024);
  length = 0;
  private readonly encoder = new TextEncoder();
  reset(): void {
    this.length = 0;
    // a huge article's output grew it: let that go rather than keep it for every later batch
    if (this.buf.length > 8 * 1024 * 1024) this.buf = new Uint8Array(512 * 1024);
  }
  append(s: string): void {
    const need = this.length + s.length * 3;
    if (need > this.buf.length) {
      const bigger = new Uint8Array(Math.max(need, this.buf.length * 2));
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
    }
    this.length += this.encoder.encodeInto(s, this.buf.subarray(this.length)).written;
  }
  take(): ArrayBuffer {
    return this.buf.buffer.slice(0, this.length);
  }
}

const out = new OutputBytes();

parentPort!.on('message', (msg: BatchMessage) => {
  out.reset();
  const results: Outcome[] = [];
  const outEnds: number[] = [];
  for (const raw of unpackBatch(msg)) {
    const o = processItem(extract, raw, setup);
    if (o.kind === 'article' && o.out !== undefined) {
      out.append(o.out as string);
      delete o.out;
      outEnds.push(out.length);
    } else outEnds.push(-1);
    results.push(o);
  }
  const bytes = out.take();
  parentPort!.postMessage({ batch: msg.batch, results, outEnds, out: bytes, data: msg.data } satisfies BatchReply, [bytes, msg.data]);
  debugMem();
});
parentPort!.postMessage({ ready: true } satisfies BatchReply);
