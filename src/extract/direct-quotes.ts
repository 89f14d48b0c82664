/**
 * Pass 1, direct quotes: each quotation and its attribution, after it ("…," she said), before it (She said: "…"),
 * in the next sentence, or the previous speaker's for a quote that is a sentence of its own.
 */

import { cueAt, sourcePhraseAt } from '../grammar/cues.js';
import { nameBetween, phraseAfter, skipAdverbials, subjectBefore, viaAfter } from '../grammar/noun-phrases.js';
import { isVerbWord } from '../lexicon/index.js';
import type { QuoteRuleId, SpeakerRuleId } from '../lexicon/rules.js';
import type { NounPhrase } from '../naming/canonical.js';
import { type Attribution, candidate, DIRECT_CLASSES, Pass } from './context.js';
import { TERMINAL, type Token, wordsIn } from './segment.js';

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
const TRAILING_PUNCT = new Set([',', '?', '!', '—', '–', '-', '…', ':', ';']);

export class DirectQuotes extends Pass {
  /** Bounds of the frame around quote `qi`: its sentence, cut at neighbouring quotes. */
  frame(qi: number): { lo: number; hi: number; o: number; c: number } {
    const o = this.seg.quoteOpenToken[qi]!;
    const c = this.seg.quoteCloseToken[qi]!;
    const sent = this.seg.sentences[this.tokens[o]!.sentence]!;
    let lo = sent.first;
    for (let i = o - 1; i >= sent.first; i--) {
      if (this.tokens[i]!.kind === 'close') {
        lo = i + 1;
        break;
      }
    }
    let hi = sent.last;
    for (let i = c + 1; i < sent.last; i++) {
      if (this.tokens[i]!.kind === 'open') {
        hi = i;
        break;
      }
    }
    return { lo, hi, o, c };
  }

  directQuotes(): void {
    const { quotes } = this.seg;
    for (let qi = 0; qi < quotes.length; qi++) {
      const o = this.seg.quoteOpenToken[qi]!;
      const c = this.seg.quoteCloseToken[qi]!;
      if (o < 0 || c < 0 || c - o < 2) continue;
      const q = quotes[qi]!;
      const f = this.frame(qi);
      const found = this.trailing(f) ?? this.leading(f) ?? this.colonBefore(f) ?? this.nextSentence(f);
      const sentence = this.tokens[o]!.sentence;
      const paragraph = this.seg.paragraphOf[o]!;
      if (found) {
        if (found.cue) for (let i = found.cue.first; i < found.cue.last; i++) this.usedCue.add(i);
        this.candidates.push(candidate({ type: 'direct', start: q.contentStart, end: q.contentEnd }, { sentence, paragraph }, found));
        continue;
      }
      // A quote that is a whole sentence on its own continues the previous speaker; one inside a sentence
      // without attribution is a term, a title or scare quotes, and no statement.
      const standalone = this.x.wordCount(f.lo, o) === 0 && this.x.wordCount(c + 1, f.hi) === 0;
      if (standalone && this.x.wordCount(o + 1, c) >= 3 && !this.isTitle(o + 1, c)) {
        const inherited = candidate(
          { type: 'direct', start: q.contentStart, end: q.contentEnd },
          { sentence, paragraph },
          { cue: null, speaker: null, via: [], rule: 'quote-only-sentence', speakerRule: 'previous-speaker' },
        );
        inherited.inherit = true;
        this.candidates.push(inherited);
      }
    }
  }

  /** All words capitalised and no sentence punctuation: a title, not a statement. */
  isTitle(a: number, b: number): boolean {
    const words = wordsIn(this.tokens, a, b);
    if (words.length > 8) return false;
    const minor = /^(?:a|an|the|of|and|or|in|on|to|for|at|by|with|from)$/;
    return (
      words.every((w) => w.cap || minor.test(w.lower) || /^\d/.test(w.text)) && !this.tokens.slice(a, b).some((t) => TERMINAL.has(t.text) || t.text === ',')
    );
  }

  /** `"…," said X` / `"…," X said` / `"…," according to X`. */
  trailing(f: { lo: number; hi: number; o: number; c: number }, ownSentence = false): Attribution | null {
    const t = this.tokens;
    const lastInner = t[f.c - 1]!;
    let k = f.c + 1;
    let sawPunct = TRAILING_PUNCT.has(lastInner.text) || ownSentence;
    let dash = -1;
    while (k < f.hi && t[k]!.kind === 'punct' && (t[k]!.text === ',' || t[k]!.text === '—' || t[k]!.text === '–' || t[k]!.text === '-')) {
      if (t[k]!.text !== ',' && dash < 0) dash = k;
      k++;
      sawPunct = true;
    }
    if (k >= f.hi || !isWord(t[k])) return null;
    // "We will win." — Jane Doe: a name after a dash, closing the paragraph, signs the quote.
    if (dash >= 0 && f.lo === this.seg.sentences[t[f.o]!.sentence]!.first && t[k]!.cap) {
      const np = phraseAfter(t, k, f.hi);
      let end = np ? np.last : k;
      while (end < t.length && t[end]!.kind === 'punct' && !t[end]!.newline && t[end]!.kind !== 'open') end++;
      const closesParagraph = end >= t.length || t[end]!.newline;
      const info = np ? this.namer.describe(np.first, np.last) : null;
      if (np && closesParagraph && info?.named && (info.kind === 'person' || info.kind === 'organization')) {
        return this.attributed({ first: dash, last: dash + 1 }, np, np, 'dash-attribution', 'after-cue', f.hi);
      }
    }
    // "… win." He said — a full stop inside the marks still allows a lower-case cue right after.
    if (!sawPunct && TERMINAL.has(lastInner.text) && t[k]!.cap) return null;
    // A lower-case word right before the quote makes it part of a sentence ("called it a “root canal,” according
    // to …"); after a colon, a comma, a tag or the attribution of an earlier quote it stands on its own.
    const sentFirst = this.seg.sentences[t[f.o]!.sentence]?.first ?? f.lo;
    const before = t[f.o - 1];
    if (f.o > f.lo && before && before.kind === 'word' && /^\p{Ll}/u.test(before.text) && f.lo === sentFirst) return null;
    const accordingEnd = sourcePhraseAt(t, k);
    if (accordingEnd > 0) {
      const np = phraseAfter(t, accordingEnd, f.hi);
      if (np) return this.attributed({ first: k, last: accordingEnd }, np, np, 'trailing-according-to', 'according-to', f.hi);
    }
    const cue = cueAt(t, k);
    if (cue && DIRECT_CLASSES.has(cue.verb.class)) {
      const np = phraseAfter(t, cue.last, f.hi);
      if (np) return this.attributed(cue, np, np, 'trailing-cue-name', 'after-cue', f.hi);
    }
    // `X said`: a subject phrase starting here (or after a few modifiers: "the bespectacled, 71-year-old
    // diplomat said") and a cue within a few words.
    for (let m = k + 1; m < f.hi && m < k + 30; m++) {
      const cm = cueAt(t, m);
      if (!cm || !DIRECT_CLASSES.has(cm.verb.class) || t[m]!.cap) continue;
      const subj = subjectBefore(t, m, k);
      if (subj && (subj.spanFirst === k || (subj.spanFirst - k <= 4 && this.onlyModifiers(k, subj.spanFirst)))) {
        return this.attributed(cm, subj.np, { first: k, last: subj.spanLast }, 'trailing-name-cue', 'before-cue', f.hi);
      }
      // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": a name, then asides, then the cue.
      const np = phraseAfter(t, k, m);
      if (np && np.first === k && t[np.last]?.text === ',' && t[m - 1]?.text === ',') {
        return this.attributed(cm, np, { first: k, last: m - 1 }, 'trailing-name-aside-cue', 'before-cue', f.hi);
      }
      break;
    }
    return null;
  }

  /** Adjectives, numbers and commas only: what may stand before a subject's head inside one phrase. */
  onlyModifiers(a: number, b: number): boolean {
    for (let i = a; i < b; i++) {
      const x = this.tokens[i]!;
      if (x.kind === 'punct' ? x.text !== ',' && x.text !== '-' : isVerbWord(x.lower) || /^(?:and|or|but|that|who|which)$/.test(x.lower)) return false;
    }
    return true;
  }

  /** `X said: "…"` / `X told reporters "…"` / `According to X, "…"`, with nothing but the quote after it. */
  leading(f: { lo: number; hi: number; o: number; c: number }): Attribution | null {
    if (f.o <= f.lo) return null;
    if (this.x.wordCount(f.c + 1, f.hi) > 0) return null;
    return this.leadingIn(f.lo, f.o);
  }

  /** The cue and subject ending just before token `end` (a quote's opening mark, or a colon before one). */
  leadingIn(lo: number, end: number): Attribution | null {
    const t = this.tokens;
    for (let m = end - 1; m >= lo && m > end - 30; m--) {
      const x = t[m]!;
      if (x.kind !== 'word') continue;
      const according = sourcePhraseAt(t, m);
      if (according > 0) {
        const np = phraseAfter(t, according, end);
        if (np && this.onlyGlue(np.last, end)) return this.attributed({ first: m, last: according }, np, np, 'leading-according-to', 'according-to', end);
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
      if (!this.onlyGlue(k, end)) continue;
      const subj = subjectBefore(t, m, lo, cue.form === 'gerund');
      if (subj) return this.attributed(cue, subj.np, { first: subj.spanFirst, last: subj.spanLast }, 'leading-name-cue', 'before-cue', end);
      // "Silverman took the stage and joked, “…”", "…, writing “…”": the cue's subject is the sentence's.
      const main = this.x.sentenceSubject(lo, m);
      if (main) return this.attributed(cue, main, main, 'leading-cue', 'sentence-subject', end);
      return null;
    }
    return null;
  }

  /** Only punctuation and "that" between a cue and its quote. */
  onlyGlue(a: number, b: number): boolean {
    for (let i = a; i < b; i++) {
      const x = this.tokens[i]!;
      if (x.kind === 'word' && x.lower !== 'that') return false;
    }
    return true;
  }

  /** A quote opening a paragraph after one that ends `… X said:` (the attribution stands above it). */
  colonBefore(f: { lo: number; hi: number; o: number; c: number }): Attribution | null {
    const t = this.tokens;
    if (f.o !== f.lo || this.x.wordCount(f.c + 1, f.hi) > 0) return null;
    const prev = t[f.o - 1];
    if (prev?.text !== ':') return null;
    const sent = this.seg.sentences[prev.sentence]!;
    const found = this.leadingIn(sent.first, f.o - 1);
    return found ? { ...found, rule: 'colon-paragraph' } : null;
  }

  /** `"… win." He said.` — an attribution that stands as its own short sentence right after the quote. */
  nextSentence(f: { lo: number; hi: number; o: number; c: number }): Attribution | null {
    const t = this.tokens;
    if (this.x.wordCount(f.c + 1, f.hi) > 0 || this.x.wordCount(f.lo, f.o) > 0) return null;
    const next = this.seg.sentences[t[f.c]!.sentence + 1];
    if (!next || this.seg.paragraphOf[next.first] !== this.seg.paragraphOf[f.c]) return null;
    let hi = next.first;
    while (hi < next.last && t[hi]!.kind !== 'open') hi++;
    const found = this.trailing({ lo: next.first, hi, o: next.first - 2, c: next.first - 1 }, true);
    if (!found?.cue || !found.speaker) return null;
    // The short sentence only attributes: after "He said" comes its end or a circumstance, not a new clause.
    const after = skipAdverbials(t, Math.max(found.cue.last, found.speaker.last), hi);
    const x = t[after];
    if (after < hi && x && !(x.kind === 'punct' || /^(?:when|as|after|before|while|of|about|in|on|at|during|to|from|with|because|since)$/.test(x.lower)))
      return null;
    return { ...found, rule: 'next-sentence' };
  }

  attributed(
    cue: { first: number; last: number },
    np: NounPhrase,
    span: { first: number; last: number },
    rule: QuoteRuleId,
    speakerRule: SpeakerRuleId,
    hi: number,
  ): Attribution {
    const t = this.tokens;
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
    const via = this.x.addressedOutlet(cue);
    for (const v of viaAfter(t, this.namer, Math.max(span.last, cue.last), hi)) if (!via.includes(v)) via.push(v);
    return { cue, speaker: { first: span.first, last: span.last, np }, via, rule, speakerRule };
  }
}
