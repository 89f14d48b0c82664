/**
 * A small glob matcher for the patterns a shell would leave unexpanded (quoted, or on Windows):
 * `*` (any characters but `/`), `?` (one character but `/`), `**` as a whole path segment (any number
 * of directories, including none) and `[abc]` / `[!a-z]` classes. No braces, no extglobs.
 *
 * Matching never backtracks more than once per star: a regular expression built from `*a*a*a*a*a*b` takes
 * exponential time on a long name without a `b` (103 s for one 200-character name), so the pattern is compiled to
 * a list of parts and matched with the classic wildcard algorithm, which on a failure resumes only from the most
 * recent star. That is correct for globs (a star matches any run, so an earlier star never needs to take back
 * what it gave up) and costs at most the name's length times the pattern's. `**` segments are matched the same
 * way over the path's segments.
 */

const GLOB_CHARS = /[*?[]/;

/** A pattern that is no glob (a class range written backwards, `[z-a]`): that pattern's failure, not the run's. */
export class GlobError extends Error {}

export function hasGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** One character of a segment pattern: a literal code point, `?`, a class, or `*`. */
type Part = { t: 'lit'; c: string } | { t: 'one' } | { t: 'class'; negate: boolean; ranges: [number, number][] } | { t: 'star' };

/** A `[...]` class starting at `seg[open]`; the index of its `]`, or -1 when it has none (then `[` is literal). */
function parseClass(seg: string[], open: number): { part: Part; close: number } | null {
  // a `]` right after `[` (or `[!`) is a member, as in POSIX shells
  let j = open + 1;
  const negate = seg[j] === '!' || seg[j] === '^';
  if (negate) j++;
  const first = j;
  while (j < seg.length && (seg[j] !== ']' || j === first)) j++;
  if (j >= seg.length) return null;
  const body = seg.slice(first, j);
  const ranges: [number, number][] = [];
  for (let k = 0; k < body.length; k++) {
    const lo = body[k]!.codePointAt(0)!;
    if (body[k + 1] === '-' && k + 2 < body.length) {
      const hi = body[k + 2]!.codePointAt(0)!;
      if (hi < lo) throw new GlobError(`invalid pattern: range ${body[k]}-${body[k + 2]} is out of order`);
      ranges.push([lo, hi]);
      k += 2;
    } else ranges.push([lo, lo]);
  }
  return { part: { t: 'class', negate, ranges }, close: j };
}

function compileSegment(segment: string): Part[] {
  const seg = Array.from(segment);
  const parts: Part[] = [];
  for (let j = 0; j < seg.length; j++) {
    const c = seg[j]!;
    if (c === '*') {
      if (parts[parts.length - 1]?.t !== 'star') parts.push({ t: 'star' });
    } else if (c === '?') parts.push({ t: 'one' });
    else if (c === '[') {
      const cls = parseClass(seg, j);
      if (cls) {
        parts.push(cls.part);
        j = cls.close;
      } else parts.push({ t: 'lit', c });
    } else parts.push({ t: 'lit', c });
  }
  return parts;
}

function partMatches(p: Part, c: string): boolean {
  if (p.t === 'lit') return p.c === c;
  if (p.t === 'one') return true;
  if (p.t === 'star') return false;
  const code = c.codePointAt(0)!;
  const inside = p.ranges.some(([lo, hi]) => code >= lo && code <= hi);
  return inside !== p.negate;
}

/**
 * The wildcard algorithm over any sequence: `isStar(i)` says whether pattern item i matches any run of items,
 * `one(i, k)` whether it matches item k alone. On a mismatch it goes back to the last star and lets it take one
 * more item; earlier stars are never revisited.
 */
function wildMatch(patternLength: number, textLength: number, isStar: (i: number) => boolean, one: (i: number, k: number) => boolean): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < textLength) {
    if (p < patternLength && isStar(p)) {
      starP = p++;
      starT = t;
    } else if (p < patternLength && one(p, t)) {
      p++;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (p < patternLength && isStar(p)) p++;
  return p === patternLength;
}

/** A compiled segment pattern (no `/`): whether a name matches it. */
function segmentMatcher(segment: string): (name: string) => boolean {
  const parts = compileSegment(segment);
  if (parts.every((p) => p.t === 'lit')) return (name) => name === segment;
  return (name) => {
    const chars = Array.from(name);
    return wildMatch(
      parts.length,
      chars.length,
      (i) => parts[i]!.t === 'star',
      (i, k) => partMatches(parts[i]!, chars[k]!),
    );
  };
}

/** A compiled `/`-separated pattern. */
export interface Glob {
  /** Whether a whole `/`-separated relative path matches. */
  test(path: string): boolean;
  /** Whether the pattern can match below `relDir` (a `/`-separated directory), to prune the walk. */
  mayMatchBelow(relDir: string): boolean;
}

/** Compiles a pattern; a GlobError if it is malformed. */
export function compileGlob(pattern: string): Glob {
  const segs = pattern.split('/');
  const matchers = segs.map((s) => (s === '**' ? null : segmentMatcher(s)));
  return {
    test(path) {
      const names = path.split('/');
      return wildMatch(
        matchers.length,
        names.length,
        (i) => matchers[i] === null,
        (i, k) => matchers[i]!(names[k]!),
      );
    },
    mayMatchBelow(relDir) {
      const dirs = relDir === '' ? [] : relDir.split('/');
      for (const [i, d] of dirs.entries()) {
        if (i >= matchers.length) return false;
        const m = matchers[i];
        if (m === null) return true;
        if (i === matchers.length - 1) return false; // the last segment names files, not directories
        if (!m!(d)) return false;
      }
      return true;
    },
  };
}

/**
 * Splits a pattern into the directory to start walking from (no wildcards in it) and the rest.
 * `articles/2016/*.txt` -> { base: 'articles/2016', rest: '*.txt' }; `*.txt` -> { base: '.', rest: '*.txt' }.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstWild = segments.findIndex((s) => hasGlob(s));
  if (firstWild === -1) return { base: pattern, rest: '' };
  let base = segments.slice(0, firstWild).join('/');
  if (base === '' && pattern.startsWith('/')) base = '/';
  else if (base === '') base = '.';
  return { base, rest: segments.slice(firstWild).join('/') };
}
