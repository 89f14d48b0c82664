/**
 * Stage 7, overlaps: the candidates of all finding stages reduced to disjoint quotes. A direct quote wins over
 * reported speech that overlaps it; among equals, the longer and then the earlier one.
 */

import type { Candidate } from './candidate.js';

/** The kept candidates in article order. `all` is in stage order (source tags, direct, reported, transcripts): ties keep it. */
export function removeOverlaps(all: readonly Candidate[]): Candidate[] {
  // A quotation standing alone inside an attributed mixed quote ("Gov. Fallin: Trump is ‘trying …,’ ‘That has
  // been part of his message.’") is part of what that speaker said, not a quote of the previous speaker.
  const owners = all.filter((c) => c.type === 'mixed' && c.speaker !== null);
  const candidates =
    owners.length === 0 ? all : all.filter((c) => !(c.inherit && c.type === 'direct' && owners.some((m) => m.start <= c.start && c.end <= m.end)));
  const rank = (c: Candidate): number => (c.type === 'direct' ? 0 : c.type === 'mixed' ? 1 : 2);
  const sorted = [...candidates].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const taken = new KeptSpans(sorted.map((c) => c.start));
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (taken.overlaps(c.start, c.end)) continue;
    taken.add(c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Disjoint spans kept so far, for an O(log n) overlap test (a linear scan per candidate is quadratic on a large
 * article). The kept spans never overlap, so the one with the greatest start before `end` also has the greatest
 * end among them: a Fenwick tree of prefix maxima of `end`, indexed by the sorted distinct starts, answers it.
 */
class KeptSpans {
  private readonly starts: number[];
  private readonly maxEnd: Float64Array;

  constructor(starts: number[]) {
    this.starts = [...new Set(starts)].sort((a, b) => a - b);
    this.maxEnd = new Float64Array(this.starts.length + 1).fill(-Infinity);
  }

  /** Number of distinct starts below `x`. */
  private rank(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    let best = -Infinity;
    for (let i = this.rank(end); i > 0; i -= i & -i) best = Math.max(best, this.maxEnd[i]!);
    return best > start;
  }

  add(start: number, end: number): void {
    for (let i = this.rank(start) + 1; i < this.maxEnd.length; i += i & -i) this.maxEnd[i] = Math.max(this.maxEnd[i]!, end);
  }
}
