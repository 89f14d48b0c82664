/**
 * Judging one article: the counts every figure is computed from (format and judging rules:
 * shared/eval/README.md). Pure functions only: the caller reads files and runs the extractor.
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
 * - Sources per article: the set of distinct normalised names among all the found quotes (absorbed ones too:
 *   the user sees them) against the set among the required gold quotes, for articles whose gold names at least
 *   one speaker; the counts are summed over articles, which is the micro-average.
 * - Gender accuracy is over the matched quotes whose gold speaker is a person with a gender and to which the
 *   tool gave a gender (how often a gender it states is right); coverage is the share of those quotes where it
 *   gives one. A found quote without `act` (output of an older version) counts as a statement.
 */
import { codePointIndexer } from '../extract/code-points.js';
import { ACTS, type Act, type Quote, type QuoteType } from '../types.js';
import { contextOf, type ErrorItem } from './errors.js';
import { GOLD_ACTS, type GoldAct, type GoldArticle, QUOTE_TYPES } from './gold.js';
import { hasSpeaker, normCue, overlap, pairGreedy, type Range, speakerRight, trimRange, trimString, usableName } from './match.js';

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
  /** Matches whose gold speaker has a kind (person, organization, anonymous), and of those the ones the tool agrees with. */
  kindJudged: number;
  kindRight: number;
  /** Matches whose gold speaker is a person with a gender; of those, where the tool gives one, and gives the right one. */
  genderJudged: number;
  genderGiven: number;
  genderRight: number;
  /** Sources per article: distinct names found, in the gold, and in both (summed over articles). */
  sourcesFound: number;
  sourcesGold: number;
  sourcesRight: number;
  byType: Record<QuoteType, TypeCounts>;
  byAct: Record<GoldAct, ActCounts>;
}

/** Like TypeCounts, per act: recall over the required gold quotes of the act, precision over found quotes of the act. */
export interface ActCounts {
  gold: number;
  found: number;
  goldMatched: number;
  foundMatched: number;
}

const GOLD_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'anonymous']);
const GENDERS: ReadonlySet<string> = new Set(['female', 'male']);

export interface ArticleJudgement {
  counts: Counts;
  errors: ErrorItem[];
}

function emptyTypeCounts(): TypeCounts {
  return { gold: 0, found: 0, goldMatched: 0, foundMatched: 0, speakerJudged: 0, speakerRight: 0 };
}

function emptyActCounts(): ActCounts {
  return { gold: 0, found: 0, goldMatched: 0, foundMatched: 0 };
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
    kindJudged: 0,
    kindRight: 0,
    genderJudged: 0,
    genderGiven: 0,
    genderRight: 0,
    sourcesFound: 0,
    sourcesGold: 0,
    sourcesRight: 0,
    byType: { direct: emptyTypeCounts(), indirect: emptyTypeCounts(), mixed: emptyTypeCounts() },
    byAct: Object.fromEntries(GOLD_ACTS.map((a) => [a, emptyActCounts()])) as Record<GoldAct, ActCounts>,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof Counts)[]) {
    if (key === 'byType' || key === 'byAct') continue;
    out[key] = a[key] + b[key];
  }
  for (const t of QUOTE_TYPES) {
    for (const key of Object.keys(out.byType[t]) as (keyof TypeCounts)[]) {
      out.byType[t][key] = a.byType[t][key] + b.byType[t][key];
    }
  }
  for (const act of GOLD_ACTS) {
    for (const key of Object.keys(out.byAct[act]) as (keyof ActCounts)[]) {
      out.byAct[act][key] = a.byAct[act][key] + b.byAct[act][key];
    }
  }
  return out;
}

function isQuoteType(t: unknown): t is QuoteType {
  return QUOTE_TYPES.includes(t as QuoteType);
}

/** The act a found quote is counted under: output without `act` predates acts and held statements only. */
function foundAct(q: Quote): Act {
  return ACTS.includes(q.act) ? q.act : 'statement';
}

/** Distinct normalised names: the sources of an article. */
function namesOf(quotes: readonly { speaker: { name?: string | null } | null }[]): Set<string> {
  const out = new Set<string>();
  for (const q of quotes) {
    const n = usableName(q.speaker?.name);
    if (n !== null) out.add(n);
  }
  return out;
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
  for (const q of gold.quotes) {
    counts.byType[q.type].gold++;
    if (q.act) counts.byAct[q.act].gold++;
  }
  for (const [f, q] of found.entries()) {
    if (absorbed.has(f)) continue;
    if (isQuoteType(q.type)) counts.byType[q.type].found++;
    counts.byAct[foundAct(q)].found++;
  }
  const goldNames = namesOf(gold.quotes);
  if (goldNames.size > 0) {
    const foundNames = namesOf(found);
    counts.sourcesGold = goldNames.size;
    counts.sourcesFound = foundNames.size;
    for (const n of foundNames) if (goldNames.has(n)) counts.sourcesRight++;
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
    const at = { start: gq.start, end: gq.end, context: contextOf(chars, gq.start, gq.end), gold: gq, found: fq };
    const goldName = usableName(gq.speaker?.name);
    if (goldName !== null) {
      counts.nameJudged++;
      if (goldName === usableName(fq.speaker?.name)) counts.nameRight++;
      // Listed only when the speaker is the right one: a wrong speaker is already a SPKR line.
      else if (spk) errors.push({ kind: 'NAME', type: gq.type, ...at });
    }
    const goldKind = gq.speaker?.kind;
    if (typeof goldKind === 'string' && GOLD_KINDS.has(goldKind)) {
      counts.kindJudged++;
      if (fq.speaker?.kind === goldKind) counts.kindRight++;
      else if (spk) errors.push({ kind: 'KIND', type: gq.type, ...at });
    }
    const goldGender = gq.speaker?.gender;
    if (goldKind === 'person' && typeof goldGender === 'string' && GENDERS.has(goldGender)) {
      counts.genderJudged++;
      const given = fq.speaker?.gender;
      if (typeof given === 'string') {
        counts.genderGiven++;
        if (given === goldGender) counts.genderRight++;
      }
    }
    if (normCue(gq.cue) === normCue(fq.cue)) counts.cueRight++;
    counts.byType[gq.type].goldMatched++;
    if (isQuoteType(fq.type)) counts.byType[fq.type].foundMatched++;
    if (gq.type === fq.type) counts.typeRight++;
    if (gq.act) counts.byAct[gq.act].goldMatched++;
    counts.byAct[foundAct(fq)].foundMatched++;
    if (!spk) errors.push({ kind: 'SPKR', type: gq.type, ...at });
    if (gq.type !== fq.type) errors.push({ kind: 'TYPE', type: gq.type, ...at });
  }

  errors.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  return { counts, errors };
}
