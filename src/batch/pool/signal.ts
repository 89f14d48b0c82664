/** Wakes one waiter; a wake-up with nobody waiting is kept for the next wait. */
export class Signal {
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
