/**
 * Articles read and not yet sent to a worker, oldest first, with their total size; and the articles of a batch
 * whose worker died, which go out again one per batch so that only the culprit fails.
 */
import type { RawArticle } from '../sources.js';

/** An article on its way through the pool: its sequence number in the input order. */
export interface WorkItem {
  seq: number;
  raw: RawArticle;
}

export class Inbox {
  /** A queue as an array and a head index: shift() on a long array costs a copy each time. */
  private items: WorkItem[] = [];
  private head = 0;
  private readonly isolated: WorkItem[] = [];
  /** Bytes of the queued articles (not the isolated ones). */
  bytes = 0;

  get size(): number {
    return this.items.length - this.head + this.isolated.length;
  }

  /** Whether some article waits alone after a worker crash. */
  get hasIsolated(): boolean {
    return this.isolated.length > 0;
  }

  push(item: WorkItem): void {
    this.items.push(item);
    this.bytes += item.raw.data.length;
  }

  /** Puts items back at the front, in their order (batches queued behind one that crashed). */
  unshift(list: WorkItem[]): void {
    this.items.splice(this.head, 0, ...list);
    for (const it of list) this.bytes += it.raw.data.length;
  }

  /** Items to be sent one per batch. */
  isolate(list: WorkItem[]): void {
    this.isolated.push(...list);
  }

  /** The next batch: an isolated item alone, else up to `maxArticles` items and about `maxBytes` (at least one). */
  takeBatch(maxArticles: number, maxBytes: number): WorkItem[] {
    const alone = this.isolated.shift();
    if (alone) return [alone];
    const batch: WorkItem[] = [];
    let bytes = 0;
    while (this.head < this.items.length && batch.length < maxArticles && (batch.length === 0 || bytes < maxBytes)) {
      const item = this.items[this.head]!;
      this.items[this.head] = undefined as unknown as WorkItem;
      this.head++;
      bytes += item.raw.data.length;
      batch.push(item);
    }
    this.bytes -= bytes;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return batch;
  }
}
