/**
 * Interrupts (Ctrl-C, `kill`): the CLI ends with a one-line notice and exit code 130 (SIGINT) or 143 (SIGTERM),
 * never a stack trace. Whatever holds resources that must not outlive the process (a worker pool, temporary
 * files) registers a clean-up with `onInterrupt`; clean-ups run once, newest first, and must be synchronous
 * (`worker.terminate()` may be called without awaiting it: the process exits right after).
 *
 * Node delivers signals on the event loop, so a long synchronous extraction would hold the notice back until it
 * finished. `uninterruptedSync` runs such work with the default signal action restored instead: a Ctrl-C then
 * ends the process at once (killed by SIGINT, which a shell reports as 130), and worker threads go with it.
 */

type Cleanup = () => void;

const cleanups: Cleanup[] = [];

/** Registers a clean-up for an interrupt; returns a function that unregisters it (call it once the resource is gone). */
export function onInterrupt(cb: Cleanup): () => void {
  cleanups.push(cb);
  return () => {
    const i = cleanups.indexOf(cb);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** Runs and forgets every registered clean-up; an exception in one does not stop the others. */
export function runInterruptCleanups(): void {
  while (cleanups.length > 0) {
    const cb = cleanups.pop()!;
    try {
      cb();
    } catch {
      // An interrupt is no time to report a failed clean-up: the process is ending anyway.
    }
  }
}

export const EXIT_INTERRUPTED = 130;
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof SIGNAL_CODES;

let installed: { handler: (signal: HandledSignal) => void } | null = null;

/**
 * Installs the SIGINT/SIGTERM handler for this process: clean-ups, then `whosaid: interrupted` on `stderr`, then
 * exit 130 (143 for SIGTERM). Installing twice is a no-op. Returns a function that removes the handler.
 */
export function installInterruptHandler(stderr: NodeJS.WritableStream = process.stderr, exit: (code: number) => void = (c) => process.exit(c)): () => void {
  if (installed) return uninstall;
  let fired = false;
  const handler = (signal: HandledSignal): void => {
    if (fired) return;
    fired = true;
    runInterruptCleanups();
    try {
      stderr.write('whosaid: interrupted\n');
    } catch {
      // stderr may be gone too
    }
    exit(SIGNAL_CODES[signal]);
  };
  installed = { handler };
  for (const s of Object.keys(SIGNAL_CODES) as HandledSignal[]) process.on(s, handler);
  return uninstall;
}

function uninstall(): void {
  if (!installed) return;
  for (const s of Object.keys(SIGNAL_CODES) as HandledSignal[]) process.removeListener(s, installed.handler);
  installed = null;
}

/**
 * Runs synchronous work with the default signal actions, so an interrupt during it ends the process at once
 * instead of waiting for the work to finish; the handler is back afterwards.
 */
export function uninterruptedSync<T>(work: () => T): T {
  const active = installed;
  if (!active) return work();
  for (const s of Object.keys(SIGNAL_CODES) as HandledSignal[]) process.removeListener(s, active.handler);
  try {
    return work();
  } finally {
    for (const s of Object.keys(SIGNAL_CODES) as HandledSignal[]) process.on(s, active.handler);
  }
}
