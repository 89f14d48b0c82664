/** The leading attribution rules: `X said: "…"`, `X told reporters "…"`, `According to X, "…"`. */

import { skipAdverbials } from '../../grammar/adverbials.js';
import { cueAt, sourcePhraseAt } from '../../grammar/cues.js';
import { phraseAfter } from '../../grammar/noun-phrases.js';
import { subjectBefore } from '../../grammar/subjects.js';
import { isAdverbWord, RELATIVE_ASIDES } from '../../lexicon/index.js';
import type { QuoteRuleId } from '../../lexicon/rules.js';
import { type ArticleContext, sentenceSubject, wordCount } from '../article.js';
import { type Attribution, DIRECT_CLASSES } from '../candidate.js';
import type { Token } from '../segment.js';
import { type Anchor, attributed, type DirectRule, type Found, type Frame, withRule } from './frame.js';

// --- Before the quote: `X said: "…"`, `According to X, "…"` --------------------------------------------------------

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
    // "She put it bluntly: “…”": "put it" takes an adverb at most, not a circumstance ("put it on the table").
    if (cue.verb.lemma === 'put') while (k < end && t[k]!.kind === 'word' && isAdverbWord(t[k]!.lower)) k++;
    else k = skipAdverbials(t, k, end);
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

export const LEADING_RULES: readonly { id: QuoteRuleId; find: LeadingFind }[] = [
  { id: 'leading-according-to', find: leadingAccordingTo },
  { id: 'leading-name-cue', find: leadingNameCue },
  { id: 'leading-cue', find: leadingCue },
];

/** The leading rules on [lo, end): the first that finds an attribution, with its id. */
export function leadingIn(a: ArticleContext, lo: number, end: number): Attribution | null {
  const x = leadingAnchor(a, lo, end);
  for (const rule of LEADING_RULES) {
    const found = rule.find(a, lo, end, x);
    if (found) return withRule(found, rule.id);
  }
  return null;
}

/**
 * What may follow a quotation that a leading attribution introduces, after a comma: a participle ("…,” drawing
 * jeers from the crowd") or a relative clause ("…,” who then walked on stage") that tells about the moment, not
 * a clause that could be the quote's own attribution.
 */
export function tailAfter(a: ArticleContext, f: Pick<Frame, 'c'>): boolean {
  const t = a.tokens;
  // After a comma inside or after the closing mark, or a dash ("…two-step' " - increasing his …").
  const after = t[f.c + 1]?.text ?? '';
  const comma = t[f.c - 1]?.text === ',' ? f.c + 1 : after === ',' || after === '-' || after === '—' || after === '–' ? f.c + 2 : -1;
  const x = t[comma];
  if (comma < 0 || x?.kind !== 'word' || x.cap) return false;
  return RELATIVE_ASIDES.has(x.lower) || (/ing$/.test(x.lower) && x.lower.length > 5);
}

/** `X said: "…"` / `X told reporters "…"` / `According to X, "…"`, with nothing but the quote after it. */
export const leadingRule =
  (rule: (typeof LEADING_RULES)[number]): DirectRule['find'] =>
  (a, f) => {
    if (f.o <= f.lo || (wordCount(a, f.c + 1, f.hi) > 0 && !tailAfter(a, f))) return null;
    if (f.anchor === undefined) f.anchor = leadingAnchor(a, f.lo, f.o);
    return rule.find(a, f.lo, f.o, f.anchor);
  };
