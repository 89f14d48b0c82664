/**
 * WHOSAID_DEBUG_MEM=1: each thread (main and workers) logs its V8 heap and the process RSS to stderr at most
 * once a second, to see which thread's memory grows with the archive. Off (and free) otherwise.
 */
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { isMainThread, threadId } from 'node:worker_threads';

const ON = Boolean(process.env.WHOSAID_DEBUG_MEM);
const t0 = performance.now();
let last = -Infinity;

const mb = (n: number): string => (n / 1e6).toFixed(0);

/** Call often; logs when a second has passed since the last line from this thread. */
export function debugMem(force = false): void {
  if (!ON) return;
  const now = performance.now();
  if (!force && now - last < 1000) return;
  last = now;
  const h = getHeapStatistics();
  const spaces = getHeapSpaceStatistics()
    .filter((s) => s.space_size > 0)
    .map((s) => `${s.space_name.replace(/_space$/, '')}=${mb(s.space_size)}`)
    .join(' ');
  const who = isMainThread ? 'main' : `worker${threadId}`;
  process.stderr.write(
    `mem ${((now - t0) / 1000).toFixed(1)}s ${who}: rss=${mb(process.memoryUsage.rss())} heap=${mb(h.total_heap_size)} used=${mb(h.used_heap_size)} ` +
      `malloced=${mb(h.malloced_memory)} external=${mb(h.external_memory)} [${spaces}]\n`,
  );
}
