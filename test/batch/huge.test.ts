import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASES, PATHOLOGICAL } from '../helpers/huge-child.mjs';

// Huge and adversarial input, each run in a child process on the built library (npm test builds first) under a
// hang guard: a case that takes longer than the guard is killed and fails the test instead of freezing the suite.
// The guard is the only timing assertion; it is generous (minutes of slack for what takes seconds), so a slow CI
// machine passes and a quadratic step (hours at these sizes) does not.

const CHILD = fileURLToPath(new URL('../helpers/huge-child.mjs', import.meta.url));
// 3 minutes: a 20 MB case takes ~10 s alone, but over 60 s on the 2-vCPU VM shared by five test runs.
const HANG_GUARD_MS = 180_000;
const PATHOLOGICAL_GUARD_MS = 240_000;

interface Outcome {
  timedOut: boolean;
  code: number | null;
  results: { name: string; chars: number; ms: number; quotes: number }[];
  lastStarted: string | undefined;
  stderr: string;
}

function runChild(args: string[], guardMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=6144', CHILD, ...args],
      { timeout: guardMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        const lines = stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        const started = lines.filter((l) => 'start' in l).map((l) => l.start as string);
        resolve({
          timedOut: Boolean(err && (err as { killed?: boolean }).killed),
          code: err ? (typeof err.code === 'number' ? err.code : null) : 0,
          results: lines.filter((l) => 'name' in l) as Outcome['results'],
          lastStarted: started[started.length - 1],
          stderr,
        });
      },
    );
  });
}

const HUGE = [
  'article-5mb',
  'article-one-line-20mb',
  'line-of-a-20mb',
  'line-of-quote-marks-20mb',
  'line-of-alternating-quote-a-5mb',
  'line-of-alternating-apostrophe-a-5mb',
  'line-of-words-and-spaces-20mb',
] as const;

describe('huge input finishes (hang guard, no other timing assertion)', () => {
  it('knows every case it runs', () => {
    for (const name of HUGE) expect(Object.keys(CASES)).toContain(name);
  });

  for (const name of HUGE) {
    it(name, { timeout: HANG_GUARD_MS + 30_000 }, async () => {
      const out = await runChild([name], HANG_GUARD_MS);
      expect(out.timedOut, `${name} still running after ${HANG_GUARD_MS / 1000} s`).toBe(false);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(out.results).toHaveLength(1);
      const r = out.results[0]!;
      expect(r.chars).toBeGreaterThanOrEqual(5_000_000);
      // The big articles are made of quoted paragraphs: their quotes are found all the way through.
      if (name.startsWith('article')) expect(r.quotes).toBeGreaterThan(r.chars / 1000);
    });
  }
});

describe('pathological inputs for every regular expression and loop in src/', () => {
  it('all finish under the guard', { timeout: PATHOLOGICAL_GUARD_MS + 30_000 }, async () => {
    const out = await runChild(['--pathological'], PATHOLOGICAL_GUARD_MS);
    expect(out.timedOut, `hung on "${out.lastStarted}"`).toBe(false);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.results.map((r) => r.name)).toEqual(Object.keys(PATHOLOGICAL));
  });
});
