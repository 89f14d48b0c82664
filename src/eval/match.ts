/** Matching found quotes to gold ones (trimmed spans, best overlap first) and comparing speakers, names and cues. */
import type { Quote, Span } from '../types.js';
import type { GoldSpeaker } from './gold.js';

export interface Range {
  start: number;
  end: number;
}

const EDGE = /^[\p{White_Space}\p{P}]$/u;

/**
 * What may follow the complementizer: a space, or the comma, dash or quotation mark that opens what was said
 * ("asserted that, in retrospect, …", `said that"…`). Not an apostrophe ("that's" is a pronoun and its verb).
 */
const AFTER_THAT = /^[\p{White_Space},;:—–(“"]$/u;

/** "that" and a space (or a comma, a dash, a quotation mark) at s: the complementizer of "said that X", which the README trims like punctuation. */
function leadingThat(chars: readonly string[], s: number, e: number): boolean {
  return e - s > 5 && chars[s] === 't' && chars[s + 1] === 'h' && chars[s + 2] === 'a' && chars[s + 3] === 't' && AFTER_THAT.test(chars[s + 4] ?? '');
}

/**
 * Narrows [start, end) past spaces and punctuation at both edges and past a leading complementizer "that" ("said
 * that X" and "said X" report the same X); offsets out of the article are clamped. Only a lower-case "that" is a
 * complementizer here: a quote that opens a sentence with "That" is a demonstrative.
 */
export function trimRange(chars: readonly string[], start: number, end: number): Range {
  let s = Number.isFinite(start) ? Math.max(0, Math.min(chars.length, Math.trunc(start))) : 0;
  let e = Number.isFinite(end) ? Math.max(s, Math.min(chars.length, Math.trunc(end))) : s;
  while (s < e && EDGE.test(chars[s] ?? '')) s++;
  while (e > s && EDGE.test(chars[e - 1] ?? '')) e--;
  if (leadingThat(chars, s, e)) {
    s += 4;
    while (s < e && EDGE.test(chars[s] ?? '')) s++;
  }
  return { start: s, end: e };
}

export function trimString(s: string): string {
  const chars = Array.from(s);
  const r = trimRange(chars, 0, chars.length);
  return chars.slice(r.start, r.end).join('');
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The README's matching rule on trimmed ranges: overlap of at least half the longer one (and not empty). */
export function spansMatch(a: Range, b: Range): boolean {
  const ov = overlap(a, b);
  return ov > 0 && 2 * ov >= Math.max(a.end - a.start, b.end - b.start);
}

/** Best overlap first, one to one. Ties go to the closer fit, then to document order, so results are stable. */
export function pairGreedy(found: readonly Range[], foundIds: readonly number[], gold: readonly Range[]): Map<number, number> {
  const candidates: { f: number; g: number; ov: number; fit: number }[] = [];
  for (const f of foundIds) {
    const fr = found[f]!;
    for (const [g, gr] of gold.entries()) {
      if (!spansMatch(fr, gr)) continue;
      const ov = overlap(fr, gr);
      candidates.push({ f, g, ov, fit: ov / Math.max(fr.end - fr.start, gr.end - gr.start) });
    }
  }
  candidates.sort((a, b) => b.ov - a.ov || b.fit - a.fit || a.g - b.g || a.f - b.f);
  const byFound = new Map<number, number>();
  const goldTaken = new Set<number>();
  for (const c of candidates) {
    if (byFound.has(c.f) || goldTaken.has(c.g)) continue;
    byFound.set(c.f, c.g);
    goldTaken.add(c.g);
  }
  return byFound;
}

/** Case, punctuation and a leading "the" do not make names differ: "The Pentagon" = "pentagon", "U.S." = "US". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Pd}/gu, ' ')
    .replace(/\p{P}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export function usableName(name: string | null | undefined): string | null {
  if (typeof name !== 'string') return null;
  const n = normalizeName(name);
  return n === '' ? null : n;
}

/** Tool output is not trusted to be well formed: a speaker may come without usable text or offsets. */
function hasSpan(s: Partial<Span> | null | undefined): boolean {
  return !!s && typeof s.text === 'string' && s.text.trim() !== '' && Number.isFinite(s.start) && Number.isFinite(s.end);
}

/** The README: a speaker that is null, or has neither text nor name, is no speaker. */
export function hasSpeaker(q: Pick<Quote, 'speaker'>): boolean {
  const s = q.speaker;
  return !!s && (hasSpan(s) || usableName(s.name) !== null);
}

function speakerRanges(chars: readonly string[], s: { start: number; end: number; text: string; mention?: Span | undefined }): Range[] {
  const out: Range[] = [];
  for (const span of [s, s.mention]) {
    if (!span || !hasSpan(span)) continue;
    const r = trimRange(chars, span.start, span.end);
    if (r.end > r.start) out.push(r);
  }
  return out;
}

export function speakerRight(chars: readonly string[], gold: GoldSpeaker | null, found: Quote['speaker']): boolean {
  const foundHas = !!found && hasSpeaker({ speaker: found });
  if (gold === null) return !foundHas;
  if (!found || !foundHas) return false;
  const g = speakerRanges(chars, gold);
  const f = speakerRanges(chars, found);
  if (g.some((gr) => f.some((fr) => overlap(gr, fr) > 0))) return true;
  const gn = usableName(gold.name);
  return gn !== null && gn === usableName(found.name);
}

export function normCue(cue: string | null | undefined): string {
  return (cue ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}
