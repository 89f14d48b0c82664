/**
 * Pass 3: overlapping candidates reduced to one (a direct quote wins), then each quote's speaker resolved
 * through the sieve, from pronouns and back-references to the fullest earlier mention.
 */

import { organizationNouns } from '../lexicon/index.js';
import type { Mention } from '../naming/resolver.js';
import type { Speaker } from '../types.js';
import { type Candidate, Pass } from './context.js';
import { isInsideQuote } from './segment.js';

export class SpeakerResolution extends Pass {
  /** Names outside quotes, so that "he" or "the company" can reach someone named but not yet quoted. */
  personMentions(): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      if (!x.cap || x.kind !== 'word' || isInsideQuote(x)) continue;
      let j = i;
      while (j + 1 < t.length && t[j + 1]!.cap && t[j + 1]!.kind === 'word' && !t[j + 1]!.newline) j++;
      // One capitalised word is a person only when the article names them in full somewhere ("Rather" is not).
      if (j > i || this.namer.personByLastName(x.lower)) {
        // Named people, and named organizations that a later "the company" or "it" may stand for.
        const info = this.namer.describe(i, j + 1);
        const org = info.kind === 'organization' && info.named && j > i && organizationNouns.has(info.head);
        if ((info.kind === 'person' && info.named && info.pronoun === null) || org) this.resolver.add({ first: i, last: j + 1, info, via: [] });
      }
      i = j;
    }
  }

  /** Direct quotes win over reported speech that overlaps them; among equals, the earlier and longer one. */
  dedupe(): Candidate[] {
    const rank = (c: Candidate): number => (c.type === 'direct' ? 0 : c.type === 'mixed' ? 1 : 2);
    const sorted = [...this.candidates].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
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

  resolveSpeakers(list: Candidate[]): void {
    this.personMentions();
    let previous: Candidate | null = null;
    for (const c of list) {
      if (c.inherit) {
        const near = previous?.resolved && c.paragraph - previous.paragraph <= 2;
        c.resolved = near ? { ...previous!.resolved! } : null;
        if (!near) c.speakerRule = null;
      } else if (c.sameSentenceAs) {
        c.resolved = c.sameSentenceAs.resolved ? { ...c.sameSentenceAs.resolved } : null;
      } else if (c.speaker) {
        c.resolved = this.speakerOf(c);
      } else c.resolved = null;
      if (c.resolved) previous = c;
    }
  }

  speakerOf(c: Candidate): Speaker {
    const sp = c.speaker!;
    const t = this.tokens;
    const info = this.namer.describe(sp.np.first, sp.np.last);
    const local: Mention = { first: sp.first, last: sp.last, info, via: c.via };
    // "The bridge will reopen in May, she said": "she" is never someone named inside what she said.
    const t0 = this.tokens;
    const found = this.resolver.resolve(local, (m) => t0[m.last - 1]!.end <= c.start || t0[m.first]!.start >= c.end);
    if (found) {
      local.antecedent = found.target;
      c.speakerRule = found.rule;
      for (const v of found.target.via) if (!c.via.includes(v)) c.via.push(v);
    }
    this.resolver.add(local);
    const text = (first: number, last: number): string => this.seg.text.slice(t[first]!.start, t[last - 1]!.end);
    if (found) {
      const target = found.target;
      const mention = { text: text(local.first, local.last), start: t[local.first]!.start, end: t[local.last - 1]!.end };
      return {
        text: text(target.first, target.last),
        start: t[target.first]!.start,
        end: t[target.last - 1]!.end,
        name: target.info.name,
        kind: target.info.kind,
        mention,
      };
    }
    return { text: text(local.first, local.last), start: t[local.first]!.start, end: t[local.last - 1]!.end, name: info.name, kind: info.kind };
  }
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
