/**
 * Stage 4, direct quotes: each quotation and its attribution, after it ("…," she said), before it (She said: "…"),
 * in the paragraph above or the next sentence, or the previous speaker's for a quote that is a sentence of its own.
 *
 * The attribution rules are an ordered list, read top to bottom like a sieve: the first rule that finds an
 * attribution wins, and its id is the quote's `quoteRule`. Adding a rule is adding an entry (with its example in
 * lexicon/rules.ts, which test/lexicon/rules.test.ts runs).
 */

import { cueAt, sourcePhraseAt } from '../grammar/cues.js';
import { nameBetween, phraseAfter, skipAdverbials, subjectBefore, viaAfter } from '../grammar/noun-phrases.js';
import { CIRCUMSTANCE_OPENERS, isVerbWord, MODIFIER_BREAKS, TITLE_MINOR_WORDS } from '../lexicon/index.js';
import type { QuoteRuleId, SpeakerRuleId } from '../lexicon/rules.js';
import type { NounPhrase } from '../naming/canonical.js';
import { type ArticleContext, addressedOutlet, sentenceSubject, wordCount } from './article.js';
import { type Attribution, type Candidate, candidate, DIRECT_CLASSES } from './candidate.js';
import { TERMINAL, type Token, wordsIn } from './segment.js';

/** A quotation in its sentence: [lo, hi) is the sentence cut at neighbouring quotes; o and c its marks. */
interface Frame {
  lo: number;
  hi: number;
  o: number;
  c: number;
  /** The attribution stands as its own sentence after the quote (the next-sentence rule). */
  own: boolean;
  /** Memos, so that the rules of one frame share their scans: the trailing slot, and the nearest cue before. */
  slot: Slot | null | undefined;
  anchor: Anchor | null | undefined;
}

type Found = Omit<Attribution, 'rule'>;

export interface DirectRule {
  id: QuoteRuleId;
  find(a: ArticleContext, f: Frame): Found | null;
}

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
const TRAILING_PUNCT = new Set([',', '?', '!', '—', '–', '-', '…', ':', ';']);

// --- After the quote: `"…," said X`, `"…," X said`, `"…," according to X`, `"…" — X` -------------------------------

/** Where a trailing attribution starts (`k`), the dash before it if any, and whether a cue may stand there. */
interface Slot {
  k: number;
  dash: number;
  cueMayFollow: boolean;
}

function trailingSlot(a: ArticleContext, f: Frame): Slot | null {
  if (f.slot === undefined) f.slot = findSlot(a, f);
  return f.slot;
}

function findSlot(a: ArticleContext, f: Frame): Slot | null {
  const t = a.tokens;
  const lastInner = t[f.c - 1]!;
  let k = f.c + 1;
  let sawPunct = TRAILING_PUNCT.has(lastInner.text) || f.own;
  let dash = -1;
  while (k < f.hi && t[k]!.kind === 'punct' && (t[k]!.text === ',' || t[k]!.text === '—' || t[k]!.text === '–' || t[k]!.text === '-')) {
    if (t[k]!.text !== ',' && dash < 0) dash = k;
    k++;
    sawPunct = true;
  }
  if (k >= f.hi || !isWord(t[k])) return null;
  // "… win." He said — a full stop inside the marks still allows a lower-case cue right after.
  let cueMayFollow = !(!sawPunct && TERMINAL.has(lastInner.text) && t[k]!.cap);
  // A lower-case word right before the quote makes it part of a sentence ("called it a “root canal,” according
  // to …"); after a colon, a comma, a tag or the attribution of an earlier quote it stands on its own.
  const sentFirst = a.seg.sentences[t[f.o]!.sentence]?.first ?? f.lo;
  const before = t[f.o - 1];
  if (f.o > f.lo && before && before.kind === 'word' && /^\p{Ll}/u.test(before.text) && f.lo === sentFirst) cueMayFollow = false;
  return { k, dash, cueMayFollow };
}

/** "We will win." — Jane Doe: a name after a dash, closing the paragraph, signs the quote. */
function dashAttribution(a: ArticleContext, f: Frame): Found | null {
  const t = a.tokens;
  const s = trailingSlot(a, f);
  if (!s || s.dash < 0 || f.lo !== a.seg.sentences[t[f.o]!.sentence]!.first || !t[s.k]!.cap) return null;
  const np = phraseAfter(t, s.k, f.hi);
  let end = np ? np.last : s.k;
  while (end < t.length && t[end]!.kind === 'punct' && !t[end]!.newline && t[end]!.kind !== 'open') end++;
  const closesParagraph = end >= t.length || t[end]!.newline;
  const info = np ? a.namer.describe(np.first, np.last) : null;
  if (np && closesParagraph && info?.named && (info.kind === 'person' || info.kind === 'organization')) {
    return attributed(a, { first: s.dash, last: s.dash + 1 }, np, np, 'after-cue', f.hi);
  }
  return null;
}

function trailingAccordingTo(a: ArticleContext, f: Frame): Found | null {
  const s = trailingSlot(a, f);
  if (!s?.cueMayFollow) return null;
  const accordingEnd = sourcePhraseAt(a.tokens, s.k);
  if (accordingEnd < 0) return null;
  const np = phraseAfter(a.tokens, accordingEnd, f.hi);
  return np ? attributed(a, { first: s.k, last: accordingEnd }, np, np, 'according-to', f.hi) : null;
}

function trailingCueName(a: ArticleContext, f: Frame): Found | null {
  const s = trailingSlot(a, f);
  if (!s?.cueMayFollow) return null;
  const cue = cueAt(a.tokens, s.k);
  if (!cue || !DIRECT_CLASSES.has(cue.verb.class)) return null;
  const np = phraseAfter(a.tokens, cue.last, f.hi);
  return np ? attributed(a, cue, np, np, 'after-cue', f.hi) : null;
}

/** The first cue within a few words of the slot, where `X said` may end: the subject's rules look only there. */
function trailingCue(a: ArticleContext, f: Frame, k: number): ReturnType<typeof cueAt> {
  const t = a.tokens;
  for (let m = k + 1; m < f.hi && m < k + 30; m++) {
    const cm = cueAt(t, m);
    if (cm && DIRECT_CLASSES.has(cm.verb.class) && !t[m]!.cap) return cm;
  }
  return null;
}

/**
 * `X said`: a subject phrase starting at the slot (or after a few modifiers: "the bespectacled, 71-year-old
 * diplomat said") and a cue within a few words.
 */
function trailingNameCue(a: ArticleContext, f: Frame): Found | null {
  const s = trailingSlot(a, f);
  if (!s?.cueMayFollow) return null;
  const cm = trailingCue(a, f, s.k);
  if (!cm) return null;
  const subj = subjectBefore(a.tokens, cm.first, s.k);
  if (subj && (subj.spanFirst === s.k || (subj.spanFirst - s.k <= 4 && onlyModifiers(a.tokens, s.k, subj.spanFirst)))) {
    return attributed(a, cm, subj.np, { first: s.k, last: subj.spanLast }, 'before-cue', f.hi);
  }
  return null;
}

/** "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": a name, then asides, then the cue. */
function trailingNameAsideCue(a: ArticleContext, f: Frame): Found | null {
  const t = a.tokens;
  const s = trailingSlot(a, f);
  if (!s?.cueMayFollow) return null;
  const cm = trailingCue(a, f, s.k);
  if (!cm) return null;
  const m = cm.first;
  const np = phraseAfter(t, s.k, m);
  if (np && np.first === s.k && t[np.last]?.text === ',' && t[m - 1]?.text === ',') {
    return attributed(a, cm, np, { first: s.k, last: m - 1 }, 'before-cue', f.hi);
  }
  return null;
}

/** Adjectives, numbers and commas only: what may stand before a subject's head inside one phrase. */
function onlyModifiers(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const x = t[i]!;
    if (x.kind === 'punct' ? x.text !== ',' && x.text !== '-' : isVerbWord(x.lower) || MODIFIER_BREAKS.has(x.lower)) return false;
  }
  return true;
}

const TRAILING_RULES: readonly DirectRule[] = [
  { id: 'dash-attribution', find: dashAttribution },
  { id: 'trailing-according-to', find: trailingAccordingTo },
  { id: 'trailing-cue-name', find: trailingCueName },
  { id: 'trailing-name-cue', find: trailingNameCue },
  { id: 'trailing-name-aside-cue', find: trailingNameAsideCue },
];

// --- Before the quote: `X said: "…"`, `According to X, "…"` --------------------------------------------------------

/** The nearest attribution ending just before token `end` (a quote's opening mark, or a colon before one). */
type Anchor = { kind: 'according'; m: number; after: number; np: NounPhrase } | { kind: 'cue'; cue: NonNullable<ReturnType<typeof cueAt>> };

function leadingAnchor(a: ArticleContext, lo: number, end: number): Anchor | null {
  const t = a.tokens;
  for (let m = end - 1; m >= lo && m > end - 30; m--) {
    if (t[m]!.kind !== 'word') continue;
    const according = sourcePhraseAt(t, m);
    if (according > 0) {
      const np = phraseAfter(t, according, end);
      if (np && onlyGlue(t, np.last, end)) return { kind: 'according', m, after: according, np };
      continue;
    }
    const cue = cueAt(t, m);
    if (!cue || !DIRECT_CLASSES.has(cue.verb.class)) continue;
    let k = cue.last;
    if (cue.verb.class === 'object' || cue.verb.lemma === 'ask') {
      const obj = phraseAfter(t, k, end);
      if (obj) k = obj.last;
    }
    k = skipAdverbials(t, k, end);
    if (onlyGlue(t, k, end)) return { kind: 'cue', cue };
  }
  return null;
}

/** Only punctuation and "that" between a cue and its quote. */
function onlyGlue(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const x = t[i]!;
    if (x.kind === 'word' && x.lower !== 'that') return false;
  }
  return true;
}

/** A leading rule: the bounds it looks in, and the nearest attribution found there (leadingAnchor). */
type LeadingFind = (a: ArticleContext, lo: number, end: number, x: Anchor | null) => Found | null;

const leadingAccordingTo: LeadingFind = (a, _lo, end, x) => {
  return x?.kind === 'according' ? attributed(a, { first: x.m, last: x.after }, x.np, x.np, 'according-to', end) : null;
};

const leadingNameCue: LeadingFind = (a, lo, end, x) => {
  if (x?.kind !== 'cue') return null;
  const subj = subjectBefore(a.tokens, x.cue.first, lo, x.cue.form === 'gerund');
  return subj ? attributed(a, x.cue, subj.np, { first: subj.spanFirst, last: subj.spanLast }, 'before-cue', end) : null;
};

/** "Silverman took the stage and joked, “…”", "…, writing “…”": the cue's subject is the sentence's. */
const leadingCue: LeadingFind = (a, lo, end, x) => {
  if (x?.kind !== 'cue' || subjectBefore(a.tokens, x.cue.first, lo, x.cue.form === 'gerund')) return null;
  const main = sentenceSubject(a, lo, x.cue.first);
  return main ? attributed(a, x.cue, main, main, 'sentence-subject', end) : null;
};

const LEADING_RULES: readonly { id: QuoteRuleId; find: LeadingFind }[] = [
  { id: 'leading-according-to', find: leadingAccordingTo },
  { id: 'leading-name-cue', find: leadingNameCue },
  { id: 'leading-cue', find: leadingCue },
];

/** The leading rules on [lo, end): the first that finds an attribution, with its id. */
function leadingIn(a: ArticleContext, lo: number, end: number): Attribution | null {
  const x = leadingAnchor(a, lo, end);
  for (const rule of LEADING_RULES) {
    const found = rule.find(a, lo, end, x);
    if (found) return { ...found, rule: rule.id };
  }
  return null;
}

/** `X said: "…"` / `X told reporters "…"` / `According to X, "…"`, with nothing but the quote after it. */
const leadingRule =
  (rule: (typeof LEADING_RULES)[number]): DirectRule['find'] =>
  (a, f) => {
    if (f.o <= f.lo || wordCount(a, f.c + 1, f.hi) > 0) return null;
    if (f.anchor === undefined) f.anchor = leadingAnchor(a, f.lo, f.o);
    return rule.find(a, f.lo, f.o, f.anchor);
  };

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
  return found;
}

/** The attribution sieve for a direct quote, in order: the first rule that answers wins. */
export const DIRECT_ATTRIBUTION: readonly DirectRule[] = [
  ...TRAILING_RULES,
  ...LEADING_RULES.map((r) => ({ id: r.id, find: leadingRule(r) })),
  { id: 'colon-paragraph', find: colonParagraph },
  { id: 'next-sentence', find: nextSentence },
];

function firstFound(rules: readonly DirectRule[], a: ArticleContext, f: Frame): Attribution | null {
  for (const rule of rules) {
    const found = rule.find(a, f);
    if (found) return { ...found, rule: rule.id };
  }
  return null;
}

/** The speaker and intermediaries of an attribution, with a closing appositive name taken as the name. */
function attributed(
  a: ArticleContext,
  cue: { first: number; last: number },
  np: NounPhrase,
  span: { first: number; last: number },
  speakerRule: SpeakerRuleId,
  hi: number,
): Found {
  const t = a.tokens;
  // "said the mayor, Anne Dupont.": a name in apposition after the speaker, closing the sentence.
  if (span.first === np.first && t[span.last]?.text === ',' && cue.last <= span.first) {
    const after = phraseAfter(t, span.last + 1, hi);
    const name = after ? nameBetween(t, after.first, after.last) : null;
    const end = t[after?.last ?? -1];
    if (name && after && (!end || (end.kind === 'punct' && end.text !== '(') || after.last >= hi)) {
      span = { first: span.first, last: after.last };
      np = name;
    }
  }
  const via = addressedOutlet(a, cue);
  for (const v of viaAfter(t, a.namer, Math.max(span.last, cue.last), hi)) if (!via.includes(v)) via.push(v);
  return { cue, speaker: { first: span.first, last: span.last, np }, via, speakerRule };
}

/** Bounds of the frame around quote `qi`: its sentence, cut at neighbouring quotes. */
function frame(a: ArticleContext, qi: number): Frame {
  const t = a.tokens;
  const o = a.seg.quoteOpenToken[qi]!;
  const c = a.seg.quoteCloseToken[qi]!;
  const sent = a.seg.sentences[t[o]!.sentence]!;
  let lo = sent.first;
  for (let i = o - 1; i >= sent.first; i--) {
    if (t[i]!.kind === 'close') {
      lo = i + 1;
      break;
    }
  }
  let hi = sent.last;
  for (let i = c + 1; i < sent.last; i++) {
    if (t[i]!.kind === 'open') {
      hi = i;
      break;
    }
  }
  return { lo, hi, o, c, own: false, slot: undefined, anchor: undefined };
}

/** All words capitalised and no sentence punctuation: a title, not a statement. */
function isTitle(t: Token[], from: number, to: number): boolean {
  const words = wordsIn(t, from, to);
  if (words.length > 8) return false;
  return (
    words.every((w) => w.cap || TITLE_MINOR_WORDS.has(w.lower) || /^\d/.test(w.text)) && !t.slice(from, to).some((x) => TERMINAL.has(x.text) || x.text === ',')
  );
}

/** Every quotation with its attribution, or inheriting the previous speaker when it stands alone. */
export function findDirectQuotes(a: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const { quotes } = a.seg;
  for (let qi = 0; qi < quotes.length; qi++) {
    const o = a.seg.quoteOpenToken[qi]!;
    const c = a.seg.quoteCloseToken[qi]!;
    if (o < 0 || c < 0 || c - o < 2) continue;
    const q = quotes[qi]!;
    const f = frame(a, qi);
    const found = firstFound(DIRECT_ATTRIBUTION, a, f);
    const at = { sentence: a.tokens[o]!.sentence, paragraph: a.seg.paragraphOf[o]! };
    const content = { type: 'direct' as const, start: q.contentStart, end: q.contentEnd };
    if (found) {
      out.push(candidate(content, at, found));
      continue;
    }
    // A quote that is a whole sentence on its own continues the previous speaker; one inside a sentence
    // without attribution is a term, a title or scare quotes, and no statement.
    const standalone = wordCount(a, f.lo, o) === 0 && wordCount(a, c + 1, f.hi) === 0;
    if (standalone && wordCount(a, o + 1, c) >= 3 && !isTitle(a.tokens, o + 1, c)) {
      const inherited = { cue: null, speaker: null, via: [], rule: 'quote-only-sentence', speakerRule: 'previous-speaker' } as const;
      out.push(candidate(content, at, { ...inherited, via: [] }, undefined, true));
    }
  }
  return out;
}
