/** The trailing attribution rules: `"…," said X`, `"…," X said`, `"…," according to X`, `"…" — X`. */

import { cueAt, sourcePhraseAt } from '../../grammar/cues.js';
import { phraseAfter } from '../../grammar/noun-phrases.js';
import { subjectBefore } from '../../grammar/subjects.js';
import { isVerbWord, MODIFIER_BREAKS } from '../../lexicon/index.js';
import type { ArticleContext } from '../article.js';
import { DIRECT_CLASSES } from '../candidate.js';
import { TERMINAL, type Token } from '../segment.js';
import { attributed, type DirectRule, type Found, type Frame, type Slot } from './frame.js';

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
const TRAILING_PUNCT = new Set([',', '?', '!', '—', '–', '-', '…', ':', ';']);

// --- After the quote: `"…," said X`, `"…," X said`, `"…," according to X`, `"…" — X` -------------------------------

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
  // So does any word before a quotation that opens in lower case, continuing the sentence begun outside it ('Voters
  // "think he is honest," she said', 'But "the real issue," he added, …').
  const inner = t[f.o + 1];
  const continues = inner?.kind === 'word' && /^\p{Ll}/u.test(inner.text);
  // After an earlier quotation of the same sentence, only words between ('like “maybe” and “perhaps”, he told
  // reporters'): the sentence runs on through both.
  const runsOn = f.lo > sentFirst && t[f.lo - 1]?.kind === 'close' && wordsOnly(t, f.lo, f.o) && /^\p{Ll}/u.test(t[openBefore(t, f.lo - 1)]?.text ?? '');
  if (f.o > f.lo && before && before.kind === 'word' && (/^\p{Ll}/u.test(before.text) || continues) && (f.lo === sentFirst || runsOn)) cueMayFollow = false;
  return { k, dash, cueMayFollow };
}

/** The tokens [lo, hi) are all words. */
function wordsOnly(t: Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (t[i]!.kind !== 'word') return false;
  return true;
}
/** The word before the quotation whose closing mark is at `close` (-1 when none is found nearby). */
function openBefore(t: Token[], close: number): number {
  const q = t[close]!.quote;
  for (let i = close - 1; i >= 0 && i > close - 60; i--) if (t[i]!.kind === 'open' && t[i]!.quote === q) return i - 1;
  return -1;
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

/** Participles of perception in "can be heard asking", "was seen telling": the speaker is their subject. */
const PERCEPTION_PARTICIPLES = new Set(['heard', 'seen', 'overheard', 'recorded', 'filmed']);

/**
 * `X said`: a subject phrase starting at the slot (or after a few modifiers: "the bespectacled, 71-year-old
 * diplomat said") and a cue within a few words.
 */
function trailingNameCue(a: ArticleContext, f: Frame): Found | null {
  const s = trailingSlot(a, f);
  if (!s?.cueMayFollow) return null;
  const cm = trailingCue(a, f, s.k);
  if (!cm) return null;
  // "…?” a reporter can be heard asking": a verb of perception in the passive before the participle.
  const heard = cm.form === 'gerund' && PERCEPTION_PARTICIPLES.has(a.tokens[cm.first - 1]?.lower ?? '');
  const subj = heard ? subjectBefore(a.tokens, cm.first - 1, s.k, true) : subjectBefore(a.tokens, cm.first, s.k);
  if (subj && (subj.spanFirst === s.k || (subj.spanFirst - s.k <= 4 && onlyModifiers(a.tokens, s.k, subj.spanFirst)))) {
    return attributed(a, cm, subj.np, { first: s.k, last: subj.spanLast }, 'before-cue', f.hi);
  }
  return null;
}

/** "Nora Vint, 41, of Dayton, Ohio, who was among those surveyed, said": a name, then asides, then the cue. */
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

export const TRAILING_RULES: readonly DirectRule[] = [
  { id: 'dash-attribution', find: dashAttribution },
  { id: 'trailing-according-to', find: trailingAccordingTo },
  { id: 'trailing-cue-name', find: trailingCueName },
  { id: 'trailing-name-cue', find: trailingNameCue },
  { id: 'trailing-name-aside-cue', find: trailingNameAsideCue },
];
