/**
 * Outcomes arrive in any order (workers finish batches at different speeds) and leave in input order: each
 * item gets a sequence number when read, and an outcome waits here until every earlier one has left. The counts
 * of items (and bytes) read and not yet left are what the producer's window limits.
 */
export class ReorderBuffer<T> {
  private readonly ready = new Map<number, T>();
  private readonly sizes = new Map<number, number>();
  private nextSeq = 0;
  private nextOut = 0;
  /** Bytes of the articles read and not yet left. */
  bytes = 0;

  /** A sequence number for the next item read, of `size` bytes. */
  reserve(size = 0): number {
    const seq = this.nextSeq++;
    if (size > 0) {
      this.sizes.set(seq, size);
      this.bytes += size;
    }
    return seq;
  }

  put(seq: number, value: T): void {
    this.ready.set(seq, value);
  }

  /** The next outcome in input order, if it has arrived. */
  take(): T | undefined {
    const value = this.ready.get(this.nextOut);
    if (value === undefined) return undefined;
    this.ready.delete(this.nextOut);
    this.bytes -= this.sizes.get(this.nextOut) ?? 0;
    this.sizes.delete(this.nextOut);
    this.nextOut++;
    return value;
  }

  /** Items read and not yet left. */
  get inFlight(): number {
    return this.nextSeq - this.nextOut;
  }
}
