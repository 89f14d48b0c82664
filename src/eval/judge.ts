/**
 * Scoring whosaid against hand-made gold (format and judging rules: shared/eval/README.md).
 * Pure functions only: the caller reads files and runs the extractor, this module judges and counts.
 *
 * Decisions the README leaves open, made here once so every figure agrees with them:
 * - Offsets are code points, like the tool's output; spans are re-read from the article (not from `text`)
 *   so a found quote whose `text` disagrees with its offsets is judged by where it points.
 * - Matching is done in two rounds. Round 1 pairs found quotes with required gold quotes; round 2 lets the
 *   optional gold quotes absorb what is left. Doing required first is the fair order: a found quote that
 *   overlaps both a required quote and an optional one nested in it is credited to the required one, so an
 *   optional entry can never steal a true positive (and turn it into a miss); and a tool that finds a nested
 *   statement as well is not punished for it. Both rounds are one to one, so a duplicate of an absorbed
 *   quote is still a false positive.
 * - A found quote that hits a `notQuotes` entry is a false positive unless it matched a required gold quote
 *   (the gold author marked that span as a statement, which is more specific than a string located anywhere
 *   in the article). It is kept out of round 2, so an optional entry cannot hide it, and it is counted once.
 * - Gold speaker null (a statement without a source): a found quote without speaker is right, any speaker
 *   is wrong (the tool invented one). The README says such quotes go to `optional`, so this rarely matters.
 * - Per-type figures follow the README to the letter: recall over the gold quotes of type T (matched to any
 *   found quote), precision over the found quotes of type T (matched to any gold quote). Matching never looks
 *   at types; `typeAcc` reports type agreement on its own. Per-type F1 is the harmonic mean of the two (0 when
 *   only one side has quotes). Per-type speakerAcc is over the matched quotes whose gold type is T, whatever
 *   type the tool gave them.
 * - Fractions whose denominator is 0 are null (nothing to measure), never 0 or 1. F1 is 2TP / (gold + found),
 *   so it is 0, not null, when only one side is empty: finding nothing in an article with quotes is a real 0.
 */
import { codePointIndexer } from '../extract/code-points.js';
import type { Quote, QuoteType, Span } from '../types.js';

export const QUOTE_TYPES: readonly QuoteType[] = ['direct', 'indirect', 'mixed'];

// ---------------------------------------------------------------------------------------------------------
// Gold

export interface GoldSpeaker extends Span {
  name: string | null;
  /** PolNeAR gold uses kinds outside the tool's model ("pronoun", null); the judge never reads it. */
  kind?: string | null;
  mention?: Span;
}

export interface GoldQuote extends Span {
  type: QuoteType;
  cue: string | null;
  speaker: GoldSpeaker | null;
}

export interface NotQuote {
  text: string;
  reason?: string;
}

export interface GoldArticle {
  quotes: GoldQuote[];
  optional: GoldQuote[];
  notQuotes: NotQuote[];
}

export class GoldFormatError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseSpan(v: unknown, where: string, chars: string[] | undefined): Span {
  if (!isObject(v)) throw new GoldFormatError(`${where}: not an object`);
  const { text, start, end } = v;
  if (typeof text !== 'string') throw new GoldFormatError(`${where}: "text" must be a string`);
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) > (end as number) || (start as number) < 0) {
    throw new GoldFormatError(`${where}: "start"/"end" must be integers with 0 <= start <= end`);
  }
  const span = { text, start: start as number, end: end as number };
  // Wrong offsets would make every figure quietly wrong, so they are a format error, not a warning.
  if (chars && chars.slice(span.start, span.end).join('') !== text) {
    throw new GoldFormatError(`${where}: article text at ${span.start}-${span.end} is not "text"`);
  }
  return span;
}

function parseGoldQuote(v: unknown, where: string, chars: string[] | undefined): GoldQuote {
  const span = parseSpan(v, where, chars);
  const q = v as Record<string, unknown>;
  if (!QUOTE_TYPES.includes(q.type as QuoteType)) {
    throw new GoldFormatError(`${where}: "type" must be one of ${QUOTE_TYPES.join(', ')}`);
  }
  if (q.cue !== undefined && q.cue !== null && typeof q.cue !== 'string') {
    throw new GoldFormatError(`${where}: "cue" must be a string or null`);
  }
  let speaker: GoldSpeaker | null = null;
  if (q.speaker !== undefined && q.speaker !== null) {
    const s = q.speaker as Record<string, unknown>;
    const sSpan = parseSpan(s, `${where}.speaker`, chars);
    if (s.name !== undefined && s.name !== null && typeof s.name !== 'string') {
      throw new GoldFormatError(`${where}.speaker: "name" must be a string or null`);
    }
    speaker = { ...sSpan, name: (s.name as string | null | undefined) ?? null, kind: (s.kind as string | null | undefined) ?? null };
    if (s.mention !== undefined && s.mention !== null) speaker.mention = parseSpan(s.mention, `${where}.speaker.mention`, chars);
  }
  return { ...span, type: q.type as QuoteType, cue: (q.cue as string | null | undefined) ?? null, speaker };
}

/**
 * Checks a parsed `<id>.gold.json` and keeps what the judge needs. With `articleText`, every offset is
 * checked against the article. Throws GoldFormatError with a one-line reason.
 */
export function parseGold(data: unknown, articleText?: string): GoldArticle {
  if (!isObject(data)) throw new GoldFormatError('not a JSON object');
  const chars = articleText === undefined ? undefined : Array.from(articleText);
  const list = (key: string, required: boolean): unknown[] => {
    const v = data[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) throw new GoldFormatError(`"${key}" must be an array`);
    return v;
  };
  const quotes = list('quotes', true).map((q, i) => parseGoldQuote(q, `quotes[${i}]`, chars));
  const optional = list('optional', false).map((q, i) => parseGoldQuote(q, `optional[${i}]`, chars));
  const notQuotes = list('notQuotes', false).map((n, i) => {
    if (!isObject(n) || typeof n.text !== 'string') throw new GoldFormatError(`notQuotes[${i}]: "text" must be a string`);
    return typeof n.reason === 'string' ? { text: n.text, reason: n.reason } : { text: n.text };
  });
  return { quotes, optional, notQuotes };
}

// ---------------------------------------------------------------------------------------------------------
// Spans

interface Range {
  start: number;
  end: number;
}

const EDGE = /^[\p{White_Space}\p{P}]$/u;

/** Narrows [start, end) past spaces and punctuation at both edges; offsets out of the article are clamped. */
export function trimRange(chars: readonly string[], start: number, end: number): Range {
  let s = Number.isFinite(start) ? Math.max(0, Math.min(chars.length, Math.trunc(start))) : 0;
  let e = Number.isFinite(end) ? Math.max(s, Math.min(chars.length, Math.trunc(end))) : s;
  while (s < e && EDGE.test(chars[s] ?? '')) s++;
  while (e > s && EDGE.test(chars[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

function trimString(s: string): string {
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
function pairGreedy(found: readonly Range[], foundIds: readonly number[], gold: readonly Range[]): Map<number, number> {
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

// ---------------------------------------------------------------------------------------------------------
// Speakers, names, cues

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

function usableName(name: string | null | undefined): string | null {
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

function normCue(cue: string | null | undefined): string {
  return (cue ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Judging one article

export interface TypeCounts {
  gold: number;
  /** Found quotes of this type that count (not absorbed by an optional gold quote). */
  found: number;
  /** Gold quotes of this type that matched a found quote (of any type). */
  goldMatched: number;
  /** Found quotes of this type that matched a gold quote (of any type). */
  foundMatched: number;
  /** Matches whose gold quote is of this type, and of those, the ones with the right speaker. */
  speakerJudged: number;
  speakerRight: number;
}

/** Everything the figures are computed from; sums over articles give the micro-average. */
export interface Counts {
  gold: number;
  /** Every quote the tool returned. */
  found: number;
  /** Found quotes taken by an optional gold quote: they count neither way. */
  absorbed: number;
  matched: number;
  falsePositives: number;
  /** Of the false positives, those that hit a notQuotes entry. */
  notQuoteHits: number;
  exact: number;
  speakerRight: number;
  nameJudged: number;
  nameRight: number;
  cueRight: number;
  typeRight: number;
  noSpeaker: number;
  byType: Record<QuoteType, TypeCounts>;
}

export type ErrorKind = 'MISS' | 'FP' | 'SPKR' | 'TYPE';

/** One thing to look at when tuning rules. Offsets are of the gold quote, or the found one for FP. */
export interface ErrorItem {
  kind: ErrorKind;
  type: QuoteType;
  start: number;
  end: number;
  context: string;
  gold?: GoldQuote;
  found?: Quote;
  /** The notQuotes text an FP hit. */
  notQuote?: string;
}

export interface ArticleJudgement {
  counts: Counts;
  errors: ErrorItem[];
}

function emptyTypeCounts(): TypeCounts {
  return { gold: 0, found: 0, goldMatched: 0, foundMatched: 0, speakerJudged: 0, speakerRight: 0 };
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    found: 0,
    absorbed: 0,
    matched: 0,
    falsePositives: 0,
    notQuoteHits: 0,
    exact: 0,
    speakerRight: 0,
    nameJudged: 0,
    nameRight: 0,
    cueRight: 0,
    typeRight: 0,
    noSpeaker: 0,
    byType: { direct: emptyTypeCounts(), indirect: emptyTypeCounts(), mixed: emptyTypeCounts() },
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof Counts)[]) {
    if (key === 'byType') continue;
    out[key] = a[key] + b[key];
  }
  for (const t of QUOTE_TYPES) {
    for (const key of Object.keys(out.byType[t]) as (keyof TypeCounts)[]) {
      out.byType[t][key] = a.byType[t][key] + b.byType[t][key];
    }
  }
  return out;
}

const CONTEXT_CHARS = 40;
const LONG_SPAN = 160;

/** `…left[span]right…` on one line: newlines as ⏎, tabs as spaces, very long spans cut in the middle. */
export function contextOf(chars: readonly string[], start: number, end: number): string {
  const s = Math.max(0, Math.min(chars.length, start));
  const e = Math.max(s, Math.min(chars.length, end));
  const from = Math.max(0, s - CONTEXT_CHARS);
  const to = Math.min(chars.length, e + CONTEXT_CHARS);
  let span = chars.slice(s, e);
  if (span.length > LONG_SPAN) span = [...span.slice(0, LONG_SPAN / 2 - 10), ' … ', ...span.slice(-(LONG_SPAN / 2 - 10))];
  const flat = (xs: readonly string[]) =>
    xs
      .join('')
      .replace(/\r\n|\r|\n/g, '⏎')
      .replace(/\t/g, ' ');
  return `${(from > 0 ? '…' : '') + flat(chars.slice(from, s))}[${flat(span)}]${flat(chars.slice(e, to))}${to < chars.length ? '…' : ''}`;
}

function isQuoteType(t: unknown): t is QuoteType {
  return QUOTE_TYPES.includes(t as QuoteType);
}

/** Judges the quotes the tool found in one article against its gold. */
export function judgeArticle(articleText: string, gold: GoldArticle, found: readonly Quote[]): ArticleJudgement {
  const chars = Array.from(articleText);
  const counts = emptyCounts();
  const errors: ErrorItem[] = [];

  const goldRanges = gold.quotes.map((q) => trimRange(chars, q.start, q.end));
  const optionalRanges = gold.optional.map((q) => trimRange(chars, q.start, q.end));
  const foundRanges = found.map((q) => trimRange(chars, q.start, q.end));
  const allFound = found.map((_, i) => i);

  const required = pairGreedy(foundRanges, allFound, goldRanges);

  const notQuoteHit = new Map<number, string>();
  const targets = gold.notQuotes.map((n) => ({ text: n.text, trimmed: trimString(n.text), places: [] as Range[] })).filter((n) => n.trimmed !== '');
  const cp = codePointIndexer(articleText);
  for (const n of targets) {
    for (let i = articleText.indexOf(n.text); i !== -1; i = articleText.indexOf(n.text, i + 1)) {
      const start = cp(i);
      n.places.push(trimRange(chars, start, start + Array.from(n.text).length));
    }
  }
  for (const [f, fr] of foundRanges.entries()) {
    if (required.has(f) || fr.end === fr.start) continue;
    const text = chars.slice(fr.start, fr.end).join('');
    const hit = targets.find((n) => n.trimmed === text || n.places.some((p) => 2 * overlap(fr, p) >= fr.end - fr.start));
    if (hit) notQuoteHit.set(f, hit.text);
  }

  const leftover = allFound.filter((f) => !required.has(f) && !notQuoteHit.has(f));
  const absorbed = pairGreedy(foundRanges, leftover, optionalRanges);

  counts.gold = gold.quotes.length;
  counts.found = found.length;
  counts.absorbed = absorbed.size;
  counts.matched = required.size;
  counts.falsePositives = found.length - required.size - absorbed.size;
  counts.notQuoteHits = notQuoteHit.size;
  counts.noSpeaker = found.filter((q) => !hasSpeaker(q)).length;
  for (const q of gold.quotes) counts.byType[q.type].gold++;
  for (const [f, q] of found.entries()) {
    if (!absorbed.has(f) && isQuoteType(q.type)) counts.byType[q.type].found++;
  }

  const matchedGold = new Set(required.values());
  for (const [g, q] of gold.quotes.entries()) {
    if (matchedGold.has(g)) continue;
    errors.push({ kind: 'MISS', type: q.type, start: q.start, end: q.end, context: contextOf(chars, q.start, q.end), gold: q });
  }
  for (const [f, q] of found.entries()) {
    if (required.has(f) || absorbed.has(f)) continue;
    const item: ErrorItem = { kind: 'FP', type: q.type, start: q.start, end: q.end, context: contextOf(chars, q.start, q.end), found: q };
    const nq = notQuoteHit.get(f);
    if (nq !== undefined) item.notQuote = nq;
    errors.push(item);
  }

  for (const [f, g] of required) {
    const fq = found[f]!;
    const gq = gold.quotes[g]!;
    const fr = foundRanges[f]!;
    const gr = goldRanges[g]!;
    if (fr.start === gr.start && fr.end === gr.end) counts.exact++;
    const spk = speakerRight(chars, gq.speaker, fq.speaker);
    if (spk) counts.speakerRight++;
    counts.byType[gq.type].speakerJudged++;
    if (spk) counts.byType[gq.type].speakerRight++;
    const goldName = usableName(gq.speaker?.name);
    if (goldName !== null) {
      counts.nameJudged++;
      if (goldName === usableName(fq.speaker?.name)) counts.nameRight++;
    }
    if (normCue(gq.cue) === normCue(fq.cue)) counts.cueRight++;
    counts.byType[gq.type].goldMatched++;
    if (isQuoteType(fq.type)) counts.byType[fq.type].foundMatched++;
    if (gq.type === fq.type) counts.typeRight++;
    const at = { start: gq.start, end: gq.end, context: contextOf(chars, gq.start, gq.end), gold: gq, found: fq };
    if (!spk) errors.push({ kind: 'SPKR', type: gq.type, ...at });
    if (gq.type !== fq.type) errors.push({ kind: 'TYPE', type: gq.type, ...at });
  }

  errors.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  return { counts, errors };
}

// ---------------------------------------------------------------------------------------------------------
// Figures

export interface PRF {
  p: number | null;
  r: number | null;
  f1: number | null;
}

export interface TypeReport extends PRF {
  speakerAcc: number | null;
}

/** One set's figures, printed as one JSON line. Fractions in 0..1; null where the denominator is 0. */
export interface SetReport {
  set: string;
  articles: number;
  gold: number;
  found: number;
  quote: PRF;
  exactF1: number | null;
  speakerAcc: number | null;
  nameAcc: number | null;
  cueAcc: number | null;
  unknownSpeakerRate: number | null;
  endToEnd: PRF;
  byType: Record<QuoteType, TypeReport>;
  typeAcc: number | null;
  counts: Omit<Counts, 'byType'>;
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/** P over counted found, R over gold, F1 = 2TP / (found + gold). */
export function prf(tp: number, found: number, gold: number): PRF {
  return { p: ratio(tp, found), r: ratio(tp, gold), f1: ratio(2 * tp, found + gold) };
}

/** Figures from (summed) counts: summing first and dividing once is the micro-average. */
export function report(set: string, articles: number, c: Counts): SetReport {
  const counted = c.found - c.absorbed;
  const byType = {} as Record<QuoteType, TypeReport>;
  for (const t of QUOTE_TYPES) {
    const tc = c.byType[t];
    const p = ratio(tc.foundMatched, tc.found);
    const r = ratio(tc.goldMatched, tc.gold);
    const f1 = p === null || r === null ? (tc.found + tc.gold > 0 ? 0 : null) : p + r > 0 ? (2 * p * r) / (p + r) : 0;
    byType[t] = { p, r, f1, speakerAcc: ratio(tc.speakerRight, tc.speakerJudged) };
  }
  const { byType: _omit, ...flat } = c;
  void _omit;
  return {
    set,
    articles,
    gold: c.gold,
    found: c.found,
    quote: prf(c.matched, counted, c.gold),
    exactF1: prf(c.exact, counted, c.gold).f1,
    speakerAcc: ratio(c.speakerRight, c.matched),
    nameAcc: ratio(c.nameRight, c.nameJudged),
    cueAcc: ratio(c.cueRight, c.matched),
    unknownSpeakerRate: ratio(c.noSpeaker, c.found),
    endToEnd: prf(c.speakerRight, counted, c.gold),
    byType,
    typeAcc: ratio(c.typeRight, c.matched),
    counts: flat,
  };
}

/** Judges each article and sums the counts: the set's micro-averaged figures. */
export function scoreSet(
  set: string,
  articles: readonly { text: string; gold: GoldArticle; found: readonly Quote[] }[],
): { report: SetReport; judgements: ArticleJudgement[] } {
  const judgements = articles.map((a) => judgeArticle(a.text, a.gold, a.found));
  const total = judgements.reduce((sum, j) => addCounts(sum, j.counts), emptyCounts());
  return { report: report(set, articles.length, total), judgements };
}

// ---------------------------------------------------------------------------------------------------------
// Error lines

function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ');
}

function describeSpeaker(s: { text?: string; name?: string | null; mention?: Span | undefined } | null | undefined): string {
  if (!s || !hasSpeaker({ speaker: s as Quote['speaker'] })) return 'none';
  const parts: string[] = [];
  if (typeof s.text === 'string' && s.text !== '') parts.push(`"${oneLine(s.text)}"`);
  if (s.mention?.text) parts.push(`("${oneLine(s.mention.text)}")`);
  if (s.name) parts.push(`=${oneLine(s.name)}`);
  return parts.join(' ');
}

/**
 * One tab-separated line per item, built for grep and cut:
 * KIND, set/id, type, start-end, context, then key=value fields (speaker, cue, found type, notQuote).
 */
export function formatErrorLine(where: string, e: ErrorItem): string {
  const fields: string[] = [e.kind, where, e.type, `${e.start}-${e.end}`, e.context];
  const cue = (q: { cue: string | null } | undefined) => (q?.cue == null ? '-' : oneLine(q.cue));
  switch (e.kind) {
    case 'MISS':
      fields.push(`speaker=${describeSpeaker(e.gold?.speaker)}`, `cue=${cue(e.gold)}`);
      break;
    case 'FP':
      fields.push(`speaker=${describeSpeaker(e.found?.speaker)}`, `cue=${cue(e.found)}`);
      if (e.notQuote !== undefined) fields.push(`notQuote="${oneLine(e.notQuote)}"`);
      break;
    case 'SPKR':
      fields.push(`gold=${describeSpeaker(e.gold?.speaker)}`, `found=${describeSpeaker(e.found?.speaker)}`, `cue=${cue(e.gold)}/${cue(e.found)}`);
      break;
    case 'TYPE':
      fields.push(`found=${e.found?.type ?? '-'}`, `cue=${cue(e.gold)}/${cue(e.found)}`);
      break;
  }
  return fields.join('\t');
}

// ---------------------------------------------------------------------------------------------------------
// Floors

export type FloorOp = '>=' | '>' | '<=' | '<';

export interface Floor {
  set: string;
  /** Dotted path into SetReport: "quote.f1", "byType.direct.speakerAcc". */
  metric: string;
  op: FloorOp;
  bound: number;
}

export interface FloorResult extends Floor {
  value: number | null;
  ok: boolean;
}

export class FloorsFormatError extends Error {}

/** Every path a floor may name: the numeric leaves of a report. */
export const METRIC_PATHS: readonly string[] = (() => {
  const paths: string[] = [];
  const walk = (v: unknown, prefix: string) => {
    if (isObject(v)) for (const [k, sub] of Object.entries(v)) walk(sub, prefix ? `${prefix}.${k}` : k);
    else if (v === null || typeof v === 'number') paths.push(prefix);
  };
  walk(report('', 0, emptyCounts()), '');
  return paths;
})();

const FLOOR_KEY = /^\s*([A-Za-z][\w.]*)\s*(>=|<=|>|<)?\s*$/;

/**
 * Floors file: `{ "<set>": { "<metric path>[op]": number } }`. The op after the path is `>=` when left out
 * (a floor: at least), `>` , `<=` or `<` (a ceiling: "unknownSpeakerRate<": 0.05 means under 5 %).
 */
export function parseFloors(data: unknown): Floor[] {
  if (!isObject(data)) throw new FloorsFormatError('must be a JSON object mapping set names to floors');
  const floors: Floor[] = [];
  for (const [set, entries] of Object.entries(data)) {
    if (!isObject(entries)) throw new FloorsFormatError(`"${set}" must map metric paths to numbers`);
    for (const [key, bound] of Object.entries(entries)) {
      const m = FLOOR_KEY.exec(key);
      if (!m || !METRIC_PATHS.includes(m[1]!)) {
        throw new FloorsFormatError(`"${set}": unknown metric "${key}" (known: ${METRIC_PATHS.join(', ')}; append <, <=, > to change the default >=)`);
      }
      if (typeof bound !== 'number' || !Number.isFinite(bound)) throw new FloorsFormatError(`"${set}": "${key}" must be a number`);
      floors.push({ set, metric: m[1]!, op: (m[2] as FloorOp | undefined) ?? '>=', bound });
    }
  }
  return floors;
}

export function metricValue(r: SetReport, path: string): number | null {
  let v: unknown = r;
  for (const part of path.split('.')) v = isObject(v) ? v[part] : undefined;
  return typeof v === 'number' ? v : null;
}

/** A floor whose figure is null (nothing to measure) fails: a floor that cannot be checked is not met. */
export function checkFloor(r: SetReport, f: Floor): FloorResult {
  const value = metricValue(r, f.metric);
  const ok = value !== null && (f.op === '>=' ? value >= f.bound : f.op === '>' ? value > f.bound : f.op === '<=' ? value <= f.bound : value < f.bound);
  return { ...f, value, ok };
}
