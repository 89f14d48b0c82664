/**
 * A small glob matcher for the patterns a shell would leave unexpanded (quoted, or on Windows):
 * `*` (any characters but `/`), `?` (one character but `/`), `**` as a whole path segment (any number
 * of directories, including none) and `[abc]` / `[!a-z]` classes. No braces, no extglobs.
 */

const GLOB_CHARS = /[*?[]/;

export function hasGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The pattern, `/`-separated, as a regex that matches whole `/`-separated paths. */
export function globToRegex(pattern: string): RegExp {
  const segments = pattern.split('/');
  let re = '';
  for (const [i, seg] of segments.entries()) {
    const last = i === segments.length - 1;
    if (seg === '**') {
      // zero or more whole segments; as the last segment, anything below
      re += last ? '.*' : '(?:[^/]*/)*';
      continue;
    }
    let j = 0;
    while (j < seg.length) {
      const c = seg[j]!;
      if (c === '*') {
        re += '[^/]*';
        while (seg[j + 1] === '*') j++;
      } else if (c === '?') {
        re += '[^/]';
      } else if (c === '[') {
        const close = seg.indexOf(']', j + 2);
        if (close === -1) {
          re += '\\[';
        } else {
          let body = seg.slice(j + 1, close);
          const negate = body.startsWith('!') || body.startsWith('^');
          if (negate) body = body.slice(1);
          body = body.replace(/[\\\]^]/g, '\\$&');
          re += negate ? `[^/${body}]` : `[${body}]`;
          j = close;
        }
      } else {
        re += escapeRegex(c);
      }
      j++;
    }
    if (!last) re += '/';
  }
  return new RegExp(`^${re}$`);
}

/**
 * Splits a pattern into the directory to start walking from (no wildcards in it) and the rest.
 * `articles/2016/*.txt` -> { base: 'articles/2016', rest: '*.txt' }; `*.txt` -> { base: '.', rest: '*.txt' }.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const normal = pattern;
  const segments = normal.split('/');
  const firstWild = segments.findIndex((s) => hasGlob(s));
  if (firstWild === -1) return { base: normal, rest: '' };
  const baseSegs = segments.slice(0, firstWild);
  let base = baseSegs.join('/');
  if (base === '' && normal.startsWith('/')) base = '/';
  else if (base === '') base = '.';
  return { base, rest: segments.slice(firstWild).join('/') };
}

/** Whether a pattern can match below `relDir` (a `/`-separated directory relative to the base), to prune the walk. */
export function mayMatchBelow(rest: string, relDir: string): boolean {
  const patSegs = rest.split('/');
  const dirSegs = relDir === '' ? [] : relDir.split('/');
  for (const [i, d] of dirSegs.entries()) {
    const p = patSegs[i];
    if (p === undefined) return false;
    if (p === '**') return true;
    if (i === patSegs.length - 1) return false; // the last segment names files, not directories
    if (!globToRegex(p).test(d)) return false;
  }
  return true;
}
