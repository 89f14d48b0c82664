/**
 * Stage 4, direct quotes: each quotation and its attribution, after it ("…," she said), before it (She said: "…"),
 * in the paragraph above or the next sentence, or the previous speaker's for a quote that is a sentence of its own.
 *
 * The attribution rules are an ordered list, read top to bottom like a sieve: the first rule that finds an
 * attribution wins, and its id is the quote's `quoteRule`. Adding a rule is adding an entry (with its example in
 * lexicon/rules.ts, which test/lexicon/rules.test.ts runs).
 */

import { skipAdverbials } from '../../grammar/adverbials.js';
import { appositiveAt } from '../../grammar/clauses.js';
import { cueAt } from '../../grammar/cues.js';
import { CIRCUMSTANCE_OPENERS, isAdverbWord, TITLE_MINOR_WORDS } from '../../lexicon/index.js';
import { type ArticleContext, sentenceSubject, wordCount } from '../article.js';
import { type Attribution, type Candidate, candidate } from '../candidate.js';
import { TERMINAL, type Token, wordsIn } from '../segment.js';
import { attributed, type DirectRule, type Found, type Frame, frame, withRule } from './frame.js';
import { LEADING_RULES, leadingIn, leadingRule, tailAfter } from './leading.js';
import { TRAILING_RULES } from './trailing.js';

export type { DirectRule } from './frame.js';

/** A quote opening a paragraph after one that ends `… X said:` (the attribution stands above it). */
function colonParagraph(a: ArticleContext, f: Frame): Found | null {
  const t = a.tokens;
  if (f.o !== f.lo || wordCount(a, f.c + 1, f.hi) > 0) return null;
  const prev = t[f.o - 1];
  if (prev?.text !== ':') return null;
  return leadingIn(a, a.seg.sentences[prev.sentence]!.first, f.o - 1);
}

/** `"… win." He said.` — an attribution that stands as its own short sentence right after the quote. */
function nextSentence(a: ArticleContext, f: Frame): Found | null {
  const t = a.tokens;
  if (wordCount(a, f.c + 1, f.hi) > 0 || wordCount(a, f.lo, f.o) > 0) return null;
  const next = a.seg.sentences[t[f.c]!.sentence + 1];
  if (!next || a.seg.paragraphOf[next.first] !== a.seg.paragraphOf[f.c]) return null;
  let hi = next.first;
  while (hi < next.last && t[hi]!.kind !== 'open') hi++;
  const own: Frame = { lo: next.first, hi, o: next.first - 2, c: next.first - 1, own: true, slot: undefined, anchor: undefined };
  const found = firstFound(TRAILING_RULES, a, own);
  if (!found?.cue || !found.speaker) return null;
  // The short sentence only attributes: after "He said" comes its end or a circumstance, not a new clause.
  const after = skipAdverbials(t, Math.max(found.cue.last, found.speaker.last), hi);
  const x = t[after];
  if (after < hi && x && !(x.kind === 'punct' || CIRCUMSTANCE_OPENERS.has(x.lower))) return null;
  // "She said, again, that she …", "Perhaps, he said, this …": a clause after the comma makes it a sentence of its
  // own, which reports its own content; an appositive (", a line she often repeats") or a participle (",
  // alluding to …") only tells about the saying.
  if (x?.text === ',') {
    let m = after + 1;
    while (m < next.last && (t[m]!.text === ',' || (t[m]!.kind === 'word' && !t[m]!.cap && isAdverbWord(t[m]!.lower)))) m++;
    const y = t[m];
    if (y?.kind === 'word' && (y.lower === 'that' || (!/ing$/.test(y.lower) && !appositiveAt(a, m, next.last)))) return null;
  }
  return found;
}

/**
 * `"We've had offices there since April," said Dana Reyes, the campaign's spokeswoman, "and we have built
 * ties."`: the second half of a quotation split by its attribution, when the attribution has an aside that the
 * leading rules do not read through. The gap holds the attribution and ends with a comma before the mark.
 */
function splitQuote(a: ArticleContext, trailing: { c: number; found: Attribution } | null, o: number): Attribution | null {
  const t = a.tokens;
  if (!trailing?.found.cue || t[o - 1]?.text !== ',' || t[trailing.c]!.sentence !== t[o]!.sentence) return null;
  const last = Math.max(trailing.found.cue.last, trailing.found.speaker?.last ?? 0);
  // Only the attribution and its aside between the halves: no other quotation, no full stop.
  for (let i = trailing.c + 1; i < o; i++) if (t[i]!.kind === 'open' || TERMINAL.has(t[i]!.text)) return null;
  if (last > o) return null;
  return withRule(trailing.found, 'split-quote');
}

/**
 * `She went back to her stock phrases: "…"`: a quotation after a colon that ends a clause with no cue; the clause's
 * subject said it, when it names or stands for someone (sentenceSubject).
 */
function colonSubject(a: ArticleContext, f: Frame): Found | null {
  const t = a.tokens;
  const colon = f.o - 1;
  if (t[colon]?.text !== ':' || colon <= f.lo || (wordCount(a, f.c + 1, f.hi) > 0 && !tailAfter(a, f))) return null;
  // A cue in the clause ("He also suggested acting against the judge: “…”") makes the clause reported speech
  // that quotes, which the reported-speech stage finds whole.
  for (let i = f.lo; i < colon; i++) if (cueAt(t, i)) return null;
  const np = sentenceSubject(a, f.lo, colon);
  return np ? attributed(a, { first: colon, last: colon + 1 }, np, np, 'sentence-subject', f.hi) : null;
}

/** The attribution sieve for a direct quote, in order: the first rule that answers wins. */
export const DIRECT_ATTRIBUTION: readonly DirectRule[] = [
  ...TRAILING_RULES,
  ...LEADING_RULES.map((r) => ({ id: r.id, find: leadingRule(r) })),
  { id: 'colon-paragraph', find: colonParagraph },
  // After the leading rules: a cue before the colon ("said:") is theirs.
  { id: 'colon-subject', find: colonSubject },
  { id: 'next-sentence', find: nextSentence },
];

function firstFound(rules: readonly DirectRule[], a: ArticleContext, f: Frame): Attribution | null {
  for (const rule of rules) {
    const found = rule.find(a, f);
    if (found) return withRule(found, rule.id);
  }
  return null;
}

/**
 * All words capitalised and no sentence punctuation: a title, not a statement. `trailingComma`: a comma closing the
 * title inside its marks ("“This Week,”") still makes one.
 */
function isTitle(t: Token[], from: number, to: number, trailingComma = false): boolean {
  const words = wordsIn(t, from, to);
  if (words.length > 8) return false;
  const end = trailingComma && t[to - 1]?.text === ',' ? to - 1 : to;
  return (
    words.every((w) => w.cap || TITLE_MINOR_WORDS.has(w.lower) || /^\d/.test(w.text)) && !t.slice(from, end).some((x) => TERMINAL.has(x.text) || x.text === ',')
  );
}

/** Prepositions before a title in quotation marks: "on “Meet the Press”", "in “The Art of the Deal”". */
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'of']);

/** Every quotation with its attribution, or inheriting the previous speaker when it stands alone. */
export function findDirectQuotes(a: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const { quotes } = a.seg;
  // The last quote with an attribution after it, which the second half of a split quotation shares.
  let trailing: { c: number; found: Attribution } | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    const o = a.seg.quoteOpenToken[qi]!;
    const c = a.seg.quoteCloseToken[qi]!;
    if (o < 0 || c < 0 || c - o < 2) continue;
    const q = quotes[qi]!;
    // "on ABC's “This Week,”", "in “The Art of the Deal”": a title named after a possessive or a preposition is a
    // show or a book, no statement; its cue ("…,” Carson admitted that …) stays free for the clause it reports.
    const before = a.tokens[o - 1];
    if (before?.kind === 'word' && (TITLE_PREPOSITIONS.has(before.lower) || /['’]s$/.test(before.text)) && isTitle(a.tokens, o + 1, c, true)) {
      trailing = null;
      continue;
    }
    const f = frame(a, qi);
    const found: Attribution | null = firstFound(DIRECT_ATTRIBUTION, a, f) ?? splitQuote(a, trailing, o);
    const at = { sentence: a.tokens[o]!.sentence, paragraph: a.seg.paragraphOf[o]! };
    const content = { type: 'direct' as const, start: q.contentStart, end: q.contentEnd };
    trailing = found?.cue && found.cue.first > c ? { c, found } : null;
    if (found) {
      out.push(candidate(content, at, found));
      continue;
    }
    // A quote that is a whole sentence on its own continues the previous speaker; one inside a sentence
    // without attribution is a term, a title or scare quotes, and no statement.
    const standalone = wordCount(a, f.lo, o) === 0 && (wordCount(a, c + 1, f.hi) === 0 || tailAfter(a, f));
    if (standalone && wordCount(a, o + 1, c) >= 3 && !isTitle(a.tokens, o + 1, c)) {
      const inherited = { cue: null, speaker: null, via: [], rule: 'quote-only-sentence', speakerRule: 'previous-speaker' } as const;
      out.push(candidate(content, at, { ...inherited, via: [] }, undefined, true));
    }
  }
  return out;
}
