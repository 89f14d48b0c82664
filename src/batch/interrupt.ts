/**
 * Interrupts (Ctrl-C, `kill`): the CLI ends with a one-line notice and exit code 130 (SIGINT) or 143 (SIGTERM),
 * never a stack trace. Whatever holds resources that must not outlive the process (a worker pool, temporary
 * files) registers a clean-up with `onInterrupt`; clean-ups run once, newest first, and must be synchronous
 * (`worker.terminate()` may be called without awaiting it: the process exits right after).
 *
 * Node delivers signals on the event loop, so a long synchronous extraction would hold the notice back until it
 * finished. `uninterruptedSync` runs such work with the default signal action restored instead: a Ctrl-C then
 * ends the process at once (killed by SIGINT, which a shell reports as 130), and worker threads go with it.
 *
 * Whatever was printed must be whole lines. A line bigger than a pipe's buffer, written to a slow reader, is only
 * partly in the pipe when the signal comes; the rest waits in the stream. So the handler stops all output and
 * exits once the stream has handed that rest on (a second Ctrl-C exits at once), and `uninterruptedSync` keeps
 * the handler while output is pending.
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

/** The output stream, as far as the handler needs it: how much is written and not yet handed on. */
export interface PendingOutput {
  readonly writableLength: number;
  readonly destroyed?: boolean;
}

let installed: { handler: (signal: HandledSignal) => void; stdout: PendingOutput | undefined } | null = null;

/** How often the handler looks whether the output's last line has gone out. */
const DRAIN_POLL_MS = 10;

/** Whether the output stream still holds bytes of a line it has started to write. */
function outputPending(stdout: PendingOutput | undefined): boolean {
  return stdout !== undefined && !stdout.destroyed && stdout.writableLength > 0;
}

/**
 * Installs the SIGINT/SIGTERM handler for this process: clean-ups, then `whosaid: interrupted` on `stderr`, then
 * exit 130 (143 for SIGTERM), once `stdout` (when given) has written out what it holds. Installing twice is a
 * no-op. Returns a function that removes the handler.
 */
export function installInterruptHandler(
  stderr: NodeJS.WritableStream = process.stderr,
  exit: (code: number) => void = (c) => process.exit(c),
  stdout?: PendingOutput,
): () => void {
  if (installed) return uninstall;
  let fired = false;
  let exited = false;
  const end = (code: number): void => {
    if (exited) return;
    exited = true;
    exit(code);
  };
  const handler = (signal: HandledSignal): void => {
    const code = SIGNAL_CODES[signal];
    // a second signal while the last line drains: the user does not want to wait
    if (fired) {
      end(code);
      return;
    }
    fired = true;
    runInterruptCleanups();
    try {
      stderr.write('whosaid: interrupted\n');
    } catch {
      // stderr may be gone too
    }
    if (!outputPending(stdout)) {
      end(code);
      return;
    }
    const poll = setInterval(() => {
      if (outputPending(stdout)) return;
      clearInterval(poll);
      end(code);
    }, DRAIN_POLL_MS);
  };
  installed = { handler, stdout };
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
  // with part of a line still waiting to be written, a signal must go through the handler (see above)
  if (!active || outputPending(active.stdout)) return work();
  for (const s of Object.keys(SIGNAL_CODES) as HandledSignal[]) process.removeListener(s, active.handler);
  try {
    return work();
  } finally {
    for (const s of Object.keys(SIGNAL_CODES) as HandledSignal[]) process.on(s, active.handler);
  }
}
