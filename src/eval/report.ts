/** A set's figures from its summed counts (micro-averages), as printed by `whosaid eval` and checked by floors. */
import type { Quote, QuoteType } from '../types.js';
import { GOLD_ACTS, type GoldAct, type GoldArticle, QUOTE_TYPES } from './gold.js';
import { type ArticleJudgement, addCounts, type Counts, emptyCounts, judgeArticle } from './judge.js';

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
  /** Which gold quotes were required: "statements" (the default), "all", or a list of acts. */
  view: string;
  kindAcc: number | null;
  /** Of the quotes whose gold speaker is a person with a gender: right among those the tool gave one, and how many it gave one. */
  genderAcc: number | null;
  genderCoverage: number | null;
  /** Per article, the set of canonical names found against the gold's; micro-averaged over articles. */
  sources: PRF;
  /** Per act: recall over the required gold quotes of the act, precision over the found quotes of the act. */
  byAct: Record<GoldAct, PRF>;
  counts: Omit<Counts, 'byType' | 'byAct'>;
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/** P over counted found, R over gold, F1 = 2TP / (found + gold). */
export function prf(tp: number, found: number, gold: number): PRF {
  return { p: ratio(tp, found), r: ratio(tp, gold), f1: ratio(2 * tp, found + gold) };
}

/** Per-type and per-act figures: P over the found quotes of the class, R over the gold ones, F1 their harmonic mean. */
function classPrf(c: { found: number; gold: number; foundMatched: number; goldMatched: number }): PRF {
  const p = ratio(c.foundMatched, c.found);
  const r = ratio(c.goldMatched, c.gold);
  const f1 = p === null || r === null ? (c.found + c.gold > 0 ? 0 : null) : p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

/** Figures from (summed) counts: summing first and dividing once is the micro-average. */
export function report(set: string, articles: number, c: Counts, view = 'statements'): SetReport {
  const counted = c.found - c.absorbed;
  const byType = {} as Record<QuoteType, TypeReport>;
  for (const t of QUOTE_TYPES) byType[t] = { ...classPrf(c.byType[t]), speakerAcc: ratio(c.byType[t].speakerRight, c.byType[t].speakerJudged) };
  const byAct = {} as Record<GoldAct, PRF>;
  for (const a of GOLD_ACTS) byAct[a] = classPrf(c.byAct[a]);
  const { byType: _types, byAct: _acts, ...flat } = c;
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
    view,
    kindAcc: ratio(c.kindRight, c.kindJudged),
    genderAcc: ratio(c.genderRight, c.genderGiven),
    genderCoverage: ratio(c.genderGiven, c.genderJudged),
    sources: prf(c.sourcesRight, c.sourcesFound, c.sourcesGold),
    byAct,
    counts: flat,
  };
}

/** Judges each article and sums the counts: the set's micro-averaged figures. */
export function scoreSet(
  set: string,
  articles: readonly { text: string; gold: GoldArticle; found: readonly Quote[] }[],
  view = 'statements',
): { report: SetReport; judgements: ArticleJudgement[] } {
  const judgements = articles.map((a) => judgeArticle(a.text, a.gold, a.found));
  const total = judgements.reduce((sum, j) => addCounts(sum, j.counts), emptyCounts());
  return { report: report(set, articles.length, total, view), judgements };
}
