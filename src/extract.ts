/**
 * The pipeline: quote marks → segments → direct quotes and their attribution → reported speech → speaker
 * resolution → output records with code-point offsets. Passes run in a fixed order, each recording the rule
 * that fired so `--explain` can say why a quote is there.
 */
import { Namer, type NounPhrase } from './canonical.js';
import { cueAt, sourcePhraseAt, type CueMatch } from './cues.js';
import {
  anonymousNouns,
  auxiliaries,
  determiners,
  hasVerbTag,
  isFiniteVerb,
  STANCE_ADJECTIVES,
  STANCE_NOUNS,
  INFINITIVE_CUES as INFINITIVE_LIST,
  CUE_NOUNS,
  isAdjectiveWord,
  isAdverbWord,
  isVerbWord,
  organizationNouns,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  roleNouns,
} from './lexicon/index.js';
import { findQuoteSpans } from './quote-marks.js';
import { isInsideQuote, phraseIndex, phraseMatches, phrasesFrom, segment, wordsIn, type Segmented, type Token } from './segment.js';
import { nameBetween, phraseAfter, Resolver, skipAdverbials, subjectBefore, viaAfter, type Mention } from './speakers.js';
import type { QuoteRuleId, SpeakerRuleId } from './lexicon/rules.js';
import type { ExtractOptions, Quote, QuoteType, Speaker } from './types.js';

/** A quote found by one of the passes, in UTF-16 offsets, before its speaker is resolved. */
interface Candidate {
  type: QuoteType;
  start: number;
  end: number;
  /** Token range of the cue, or null (inherited speaker). */
  cue: { first: number; last: number } | null;
  /** The local speaker span (appositive included) and the phrase that names it. */
  speaker: { first: number; last: number; np: NounPhrase } | null;
  via: string[];
  rule: QuoteRuleId;
  speakerRule: SpeakerRuleId | null;
  /** Take the speaker of the previous quote. */
  inherit: boolean;
  /** For gerund continuations ("…, adding that"): take the speaker of the quote that owns this sentence. */
  sameSentenceAs?: Candidate;
  sentence: number;
  paragraph: number;
  resolved?: Speaker | null;
}

/** What the direct-quote attribution rules return. */
type Attribution = Pick<Candidate, 'cue' | 'speaker' | 'via' | 'rule' | 'speakerRule'>;

/**
 * A candidate, built field by field so that every candidate has one object shape: spreading
 * objects of varied shapes into a literal made V8 create each one on a slow path (4% of the run time).
 */
function candidate(content: { start: number; end: number; type: QuoteType }, at: { sentence: number; paragraph: number }, a: Attribution, sameSentenceAs?: Candidate): Candidate {
  return {
    type: content.type,
    start: content.start,
    end: content.end,
    cue: a.cue,
    speaker: a.speaker,
    via: a.via,
    rule: a.rule,
    speakerRule: a.speakerRule,
    inherit: false,
    sameSentenceAs,
    sentence: at.sentence,
    paragraph: at.paragraph,
    resolved: undefined,
  };
}

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
const isAdverbLike = (lower: string): boolean => lower.length > 4 && lower.endsWith('ly');
const isAbbrevDotToken = (t: Token[], k: number): boolean => t[k]!.text === '.' && t[k - 1]?.end === t[k]!.start && t[k - 1]!.cap;
/**
 * The longest reported clause, in tokens. Real sentences stay far below it; a 10 MB line of text without a full
 * stop does not, and every scan for a clause's end or start stops here, so a sentence of many cues stays linear.
 */
const MAX_CLAUSE = 400;
const TRAILING_PUNCT = new Set([',', '?', '!', '—', '–', '-', '…', ':', ';']);
const TERMINAL = new Set(['.', '!', '?', '…']);
const INFINITIVE_CUES = new Set(INFINITIVE_LIST);
const STANCE_FRAMES = phraseIndex(STANCE_ADJECTIVES);
const NOUN_CUES = new Set(CUE_NOUNS);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', "'s", '’s']);

/** Cue classes that may introduce or follow a verbatim quote. Beliefs and stances do not ("…," he believes). */
const DIRECT_CLASSES = new Set(['speech', 'object']);

class Extraction {
  readonly tokens: Token[];
  readonly namer: Namer;
  readonly candidates: Candidate[] = [];
  readonly usedCue = new Set<number>();
  readonly resolver: Resolver;
  /** Running counts of words and opening marks before each token, so range counts cost O(1) on long sentences. */
  readonly wordsBefore: Int32Array;
  readonly opensBefore: Int32Array;
  /** Per sentence end: the first token of the trailing punctuation run (see clauseTo). */
  readonly trailingPunct = new Map<number, number>();

  constructor(
    readonly seg: Segmented,
    readonly options: ExtractOptions,
  ) {
    this.tokens = seg.tokens;
    this.namer = new Namer(seg.tokens, options.aliases);
    this.resolver = new Resolver(seg.tokens);
    const n = seg.tokens.length;
    this.wordsBefore = new Int32Array(n + 1);
    this.opensBefore = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const kind = seg.tokens[i]!.kind;
      this.wordsBefore[i + 1] = this.wordsBefore[i]! + (kind === 'word' ? 1 : 0);
      this.opensBefore[i + 1] = this.opensBefore[i]! + (kind === 'open' ? 1 : 0);
    }
  }

  /** Words in tokens [a, b). */
  wordCount(a: number, b: number): number {
    if (b <= a) return 0;
    return this.wordsBefore[b]! - this.wordsBefore[a]!;
  }

  /** Any opening quote mark in tokens [a, b). */
  hasOpen(a: number, b: number): boolean {
    return b > a && this.opensBefore[b]! - this.opensBefore[a]! > 0;
  }

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

  // ---- Pass 1: direct quotes ----------------------------------------------------------------------------

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
      const standalone = this.wordCount(f.lo, o) === 0 && this.wordCount(c + 1, f.hi) === 0;
      if (standalone && this.wordCount(o + 1, c) >= 3 && !this.isTitle(o + 1, c)) {
        const inherited = candidate({ type: 'direct', start: q.contentStart, end: q.contentEnd }, { sentence, paragraph }, { cue: null, speaker: null, via: [], rule: 'quote-only-sentence', speakerRule: 'previous-speaker' });
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
    return words.every((w) => w.cap || minor.test(w.lower) || /^\d/.test(w.text)) && !this.tokens.slice(a, b).some((t) => TERMINAL.has(t.text) || t.text === ',');
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
    if (this.wordCount(f.c + 1, f.hi) > 0) return null;
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
      const main = this.sentenceSubject(lo, m);
      if (main) return this.attributed(cue, main, main, 'leading-cue', 'sentence-subject', end);
      return null;
    }
    return null;
  }

  /** The subject that opens the sentence: a noun phrase followed by a verb, after any opening adverbial. */
  sentenceSubject(lo: number, before: number): NounPhrase | null {
    const t = this.tokens;
    let k = lo;
    // "On Tuesday, …", "In a statement, …": an opening phrase ended by a comma.
    for (let i = lo; i < before && i < lo + 8; i++) {
      if (t[i]!.text === ',') {
        const first = t[lo]!;
        if (first.kind === 'word' && (/^(?:on|in|at|after|before|during|later|earlier|meanwhile|still|but|and|then|asked|speaking|when|while)$/i.test(first.lower) || isAdverbLike(first.lower))) k = i + 1;
        break;
      }
    }
    const np = phraseAfter(t, k, before);
    if (!np || np.last >= before) return null;
    const next = t[np.last]!;
    if (next.kind !== 'word' || next.cap) return null;
    const info = this.namer.describe(np.first, np.last);
    if (info.named || info.pronoun === 'male' || info.pronoun === 'female' || info.pronoun === 'plural') return np;
    return anonymousNouns.has(info.head) || roleNouns.has(info.head) || organizationNouns.has(info.head) ? np : null;
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
    if (f.o !== f.lo || this.wordCount(f.c + 1, f.hi) > 0) return null;
    const prev = t[f.o - 1];
    if (!prev || prev.text !== ':') return null;
    const sent = this.seg.sentences[prev.sentence]!;
    const found = this.leadingIn(sent.first, f.o - 1);
    return found ? { ...found, rule: 'colon-paragraph' } : null;
  }

  /** `"… win." He said.` — an attribution that stands as its own short sentence right after the quote. */
  nextSentence(f: { lo: number; hi: number; o: number; c: number }): Attribution | null {
    const t = this.tokens;
    if (this.wordCount(f.c + 1, f.hi) > 0 || this.wordCount(f.lo, f.o) > 0) return null;
    const next = this.seg.sentences[t[f.c]!.sentence + 1];
    if (!next || this.seg.paragraphOf[next.first] !== this.seg.paragraphOf[f.c]) return null;
    let hi = next.first;
    while (hi < next.last && t[hi]!.kind !== 'open') hi++;
    const found = this.trailing({ lo: next.first, hi, o: next.first - 2, c: next.first - 1 }, true);
    if (!found || !found.cue || !found.speaker) return null;
    // The short sentence only attributes: after "He said" comes its end or a circumstance, not a new clause.
    const after = skipAdverbials(t, Math.max(found.cue.last, found.speaker.last), hi);
    const x = t[after];
    if (after < hi && x && !(x.kind === 'punct' || /^(?:when|as|after|before|while|of|about|in|on|at|during|to|from|with|because|since)$/.test(x.lower))) return null;
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
      if (name && after && (!end || end.kind === 'punct' && end.text !== '(' || after.last >= hi)) {
        span = { first: span.first, last: after.last };
        np = name;
      }
    }
    const via = this.addressedOutlet(cue);
    for (const v of viaAfter(t, this.namer, Math.max(span.last, cue.last), hi)) if (!via.includes(v)) via.push(v);
    return { cue, speaker: { first: span.first, last: span.last, np }, via, rule, speakerRule };
  }

  /** "told Reuters", "said in an interview with the BBC": the outlet addressed is an intermediary. */
  addressedOutlet(cue: { first: number; last: number }): string[] {
    const t = this.tokens;
    if (t[cue.first]?.lower !== 'told' && t[cue.first]?.lower !== 'tells' && t[cue.first]?.lower !== 'telling') return [];
    const obj = phraseAfter(t, cue.last, t.length);
    const alias = obj ? this.namer.aliasWithin(obj.first, obj.last) : null;
    return alias?.outlet ? [alias.name] : [];
  }

  // ---- Pass 2: reported speech ---------------------------------------------------------------------------

  reportedSpeech(): void {
    const t = this.tokens;
    // The last direct quote of each sentence: "…," she said, adding that … continues its speaker.
    const directIn = new Map<number, Candidate>();
    for (const c of this.candidates) if (c.speaker && !c.inherit) directIn.set(c.sentence, c);
    for (let s = 0; s < this.seg.sentences.length; s++) {
      const sent = this.seg.sentences[s]!;
      let lastInSentence: Candidate | undefined = directIn.get(s);
      for (let i = sent.first; i < sent.last; i++) {
        const x = t[i]!;
        if (x.kind !== 'word' || isInsideQuote(x) || this.usedCue.has(i)) continue;
        const according = sourcePhraseAt(t, i);
        if (according > 0) {
          const c = this.accordingTo(sent, i, according);
          if (c) {
            this.candidates.push(c);
            lastInSentence = c;
            i = according;
          }
          continue;
        }
        const frame = this.stanceFrame(sent, i);
        if (frame) {
          this.candidates.push(frame);
          while (i + 1 < sent.last && t[i + 1]!.start < frame.end) i++;
          continue;
        }
        if (NOUN_CUES.has(x.lower)) {
          const c = this.nounCue(sent, i);
          if (c) {
            this.candidates.push(c);
            while (i + 1 < sent.last && t[i + 1]!.start < c.end) i++;
            continue;
          }
        }
        const cue = cueAt(t, i);
        if (!cue) continue;
        const found = this.fromCue(sent, cue, lastInSentence);
        if (found.length > 0) {
          this.candidates.push(...found);
          lastInSentence = found[0];
          // Attributions inside the reported content are nested in it, not statements of their own.
          const end = Math.max(...found.map((c) => c.end));
          i = cue.last - 1;
          while (i + 1 < sent.last && t[i + 1]!.start < end) i++;
        }
      }
    }
    this.transcripts();
  }

  /** Content bounds [from, to) of a clause running to the end of the sentence, without its final punctuation. */
  clauseTo(from: number, sentLast: number): number {
    const t = this.tokens;
    // The trailing punctuation run is found once per sentence: a sentence with many cues does not rescan it.
    let to = this.trailingPunct.get(sentLast);
    if (to === undefined) {
      to = sentLast;
      while (to > 0 && t[to - 1]!.kind === 'punct') to--;
      this.trailingPunct.set(sentLast, to);
    }
    return Math.max(from, to);
  }

  makeContent(first: number, last: number): { start: number; end: number; type: QuoteType } | null {
    const t = this.tokens;
    while (first < last && t[first]!.kind === 'punct') first++;
    while (last > first && t[last - 1]!.kind === 'punct') last--;
    // Keep a quote's marks balanced: extend to the closing mark when the content ends inside a quotation.
    if (last > first && isInsideQuote(t[last - 1]!)) {
      const close = this.seg.quoteCloseToken[t[last - 1]!.quote]!;
      if (close >= last) last = close + 1;
    }
    if (first >= last) return null;
    const mixed = this.hasOpen(first, last);
    const start = t[first]!.kind === 'open' && mixed && this.seg.quoteCloseToken[t[first]!.quote]! >= last - 1 ? t[first + 1]!.start : t[first]!.start;
    let end = t[last - 1]!.end;
    if (t[last - 1]!.kind === 'close' && t[first]!.kind === 'open' && t[last - 1]!.quote === t[first]!.quote) end = t[last - 1]!.start;
    return { start, end, type: mixed ? 'mixed' : 'indirect' };
  }

  /** A reported clause must say something: more than a word or two, and not "nothing" or "so". */
  isStatement(first: number, last: number, minWords: number): boolean {
    // Only the first three words matter; stop there, so a clause running over a huge sentence costs little.
    const words: Token[] = [];
    for (let i = first; i < last && words.length < 3; i++) if (this.tokens[i]!.kind === 'word') words.push(this.tokens[i]!);
    if (words.length < minWords) return false;
    const head = words[0]!.lower;
    if (words.length <= 2 && /^(?:nothing|so|it|this|that|yes|no|anything|something|much|little|otherwise|hello|goodbye)$/.test(head)) return false;
    return true;
  }

  fromCue(sent: { first: number; last: number; paragraph: number }, cue: CueMatch, lastInSentence: Candidate | undefined): Candidate[] {
    const t = this.tokens;
    // Reporting verbs are not capitalised mid-sentence ("the United States"), except in a title-case headline
    // ("Carly Fiorina Endorses Ted Cruz").
    const headline = this.isHeadline(sent);
    if (t[cue.first]!.cap && !headline) return [];
    const before = t[cue.first - 1];
    if (before && this.nounBefore(before)) return [];
    // "the states’ votes": a possessive after the word makes it a noun.
    const after = t[cue.last];
    if (after && after.start === t[cue.last - 1]!.end && /^['’]/.test(after.text)) return [];
    if ((cue.form === 'participle' || cue.form === 'past') && t[cue.last]?.lower === 'by' && before && BE.has(before.lower)) {
      this.passiveAgent(cue.last + 1, sent.last);
      return [];
    }
    const sentence = t[cue.first]!.sentence;
    const paragraph = this.seg.paragraphOf[cue.first]!;
    const base = { sentence, paragraph, inherit: false };
    const lo = sent.first;
    // "a class called “Perception”": a thing named, not a statement.
    if (cue.verb.lemma === 'call' && before && before.kind === 'word' && !before.cap && !PERSONAL_PRONOUNS.has(before.lower) && !auxiliaries.has(before.lower) && !isAdverbWord(before.lower)) return [];

    // "…, citing data from X" names an intermediary (see `via`), not a statement.
    if (cue.verb.lemma === 'cite' && cue.form === 'gerund') return [];
    if (cue.form === 'gerund' && before?.text === ',') {
      // "…, adding that …": the participle continues the sentence's earlier attribution, or its subject's.
      const content = this.contentAfter(cue, sent.last, false);
      if (!content) return [];
      if (lastInSentence) return [candidate(content, base, { cue, speaker: null, via: [], rule: 'gerund-continuation', speakerRule: 'same-sentence' }, lastInSentence)];
      const main = this.sentenceSubject(lo, cue.first);
      if (!main) return [];
      return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'gerund-clause', speakerRule: 'sentence-subject' })];
    }
    // "rallied thousands by promising to …": a participle after a preposition has the sentence's subject.
    if (cue.form === 'gerund' && before && /^(?:by|while|after|before|without|in|when|through)$/.test(before.lower)) {
      const main = this.sentenceSubject(lo, cue.first);
      const content = main ? this.contentAfter(cue, sent.last, false) : null;
      if (!main || !content) return [];
      return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'gerund-clause', speakerRule: 'sentence-subject' })];
    }
    // "polls showing …", "a project advocating …": a participle after a noun describes it, it does not report —
    // except for stances: "pastors supporting Mr. Cruz" tells whom the pastors support.
    if (cue.form === 'gerund' && !(before && BE.has(before.lower)) && cue.verb.class !== 'stance') return [];

    // "tweeted on Friday to say he had never suggested …": the infinitive's subject is the sentence's.
    if (before?.lower === 'to' && DIRECT_CLASSES.has(cue.verb.class)) {
      const main = this.sentenceSubject(lo, cue.first - 1);
      const content = main ? this.contentAfter(cue, sent.last, false) : null;
      if (!main || !content) return [];
      for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
      return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'to-cue-clause', speakerRule: 'sentence-subject' })];
    }
    const subj = subjectBefore(t, cue.first, lo, cue.form === 'gerund', cue.verb.class === 'belief');
    if (subj) {
      const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
      // "Hadley, who voted against the plan, said …": an action told about the speaker in passing.
      if (subj.relative && (cue.verb.class === 'stance' || cue.verb.class === 'judgement')) return [];
      const subjectWord = t[subj.np.first]!.lower;
      if (subj.np.last - subj.np.first === 1 && (subjectWord === 'we' || subjectWord === 'you') && cue.verb.class !== 'speech' && cue.verb.class !== 'object') return [];
      // "which critics said was discriminatory": the relative pronoun is the content's subject, so the
      // content opens with its verb.
      const objectRelative = /^(?:which|that|what)$/.test(t[subj.spanFirst - 1]?.lower ?? '');
      const content = this.contentAfter(cue, sent.last, subj.relative === true, headline, objectRelative);
      if (content) {
        for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
        const via = this.addressedOutlet(cue);
        for (const v of viaAfter(t, this.namer, subj.spanLast, cue.first)) if (!via.includes(v)) via.push(v);
        return [candidate(content, base, { cue, speaker, via, rule: 'name-cue-clause', speakerRule: 'before-cue' })];
      }
      // "The plan will fail, Trump said." and "The plan, Trump said, will fail."
      if (!DIRECT_CLASSES.has(cue.verb.class)) return [];
      const comma = this.commaBefore(subj.spanFirst - 1, lo);
      if (comma < 0) return [];
      return this.aroundAttribution(lo, comma, Math.max(this.skipObject(cue), subj.spanLast), sent.last, cue, speaker, 'clause-name-cue', 'before-cue', base);
    }
    // "The plan will fail, said Trump." (also after a quotation: `… “very assertive,” said Orfield`)
    const comma = DIRECT_CLASSES.has(cue.verb.class) ? this.commaBefore(cue.first - 1, lo) : -1;
    if (comma >= 0) {
      const np = phraseAfter(t, cue.last, sent.last);
      if (np) return this.aroundAttribution(lo, comma, np.last, sent.last, cue, { first: np.first, last: np.last, np }, 'clause-cue-name', 'after-cue', base);
    }
    // "Ebeling grew up … and said she planned …": the second verb of the sentence's subject.
    if (before && (before.lower === 'and' || before.lower === 'but')) {
      const main = this.sentenceSubject(lo, cue.first);
      const content = main ? this.contentAfter(cue, sent.last, false) : null;
      if (main && content) {
        for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
        return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'and-cue-clause', speakerRule: 'sentence-subject' })];
      }
    }
    return [];
  }

  /** A word right before a cue that makes the cue a noun: "the said", "his claims", "Trump's comments", "greatest support". */
  nounBefore(x: Token): boolean {
    if (x.text === '-' || x.lower === 'so') return true;
    if (x.kind !== 'word') return false;
    if (determiners.has(x.lower) && x.lower !== 'that' && x.lower !== 'all' && x.lower !== 'both') return true;
    if (POSSESSIVE_PRONOUNS.has(x.lower) || /['’]s?$/.test(x.lower) && !/^(?:it|he|she|that|who|there|what)['’]s$/.test(x.lower)) return true;
    if (x.cap || anonymousNouns.has(x.lower) || roleNouns.has(x.lower) || organizationNouns.has(x.lower)) return false;
    return isAdjectiveWord(x.lower) && !auxiliaries.has(x.lower) && !isAdverbWord(x.lower);
  }

  /** The content clause after a cue: object and adverbials skipped, "that" dropped, checked to be a statement. */
  /** The article's first line in title case: a headline, where verbs are capitalised and clauses clipped. */
  isHeadline(sent: { first: number; last: number; paragraph: number }): boolean {
    if (sent.paragraph !== 0) return false;
    const known = this.headlines.get(sent.first);
    if (known !== undefined) return known;
    const answer = this.titleCase(sent);
    this.headlines.set(sent.first, answer);
    return answer;
  }

  private readonly headlines = new Map<number, boolean>();

  private titleCase(sent: { first: number; last: number }): boolean {
    let words = 0;
    let caps = 0;
    for (let i = sent.first; i < sent.last; i++) {
      const x = this.tokens[i]!;
      if (x.kind !== 'word' || x.text.length < 4) continue;
      words++;
      if (x.cap) caps++;
    }
    return words >= 2 && caps / words >= 0.7;
  }

  contentAfter(cue: CueMatch, sentLast: number, relative: boolean, headline = false, verbFirst = false): { start: number; end: number; type: QuoteType } | null {
    const t = this.tokens;
    let k = skipAdverbials(t, this.skipObject(cue), sentLast);
    // "He believes, for example, that …": a short aside between commas.
    if (t[k]?.text === ',') {
      let e = k + 1;
      while (e < sentLast && e < k + 5 && t[e]!.kind === 'word') e++;
      if (e > k + 1 && t[e]?.text === ',' && /^(?:for|in|of|however|though|too|also|moreover|indeed|perhaps|again|now|then|at)$/.test(t[k + 1]!.lower)) k = e + 1;
    }
    // "she said, was a question …": after a comma the sentence goes on, it is not what was said — unless a
    // colon or a quotation opens there. After a semicolon a new sentence starts.
    if ((t[k]?.text === ',' && t[k + 1]?.kind !== 'open') || t[k]?.text === ';') return null;
    while (t[k]?.text === ',' || t[k]?.text === ':') k++;
    // "believes that is because …": a "that" followed by its verb is the content's subject, not a conjunction.
    const thatIsSubject = t[k]?.lower === 'that' && t[k + 1] !== undefined && (BE.has(t[k + 1]!.lower) || auxiliaries.has(t[k + 1]!.lower) || t[k + 1]!.lower.endsWith('’s') || t[k + 1]!.lower.endsWith("'s") || /^(?:won['’]t|can['’]t|would|will|could|should|may|might|makes|means|sounds|seems)$/.test(t[k + 1]!.lower));
    const hadThat = t[k]?.lower === 'that' && !thatIsSubject;
    if (hadThat) k++;
    // "showed up", "has written off": a particle makes another verb, which reports nothing.
    if (!hadThat && !cue.verb.particle && /^(?:up|out|off|down|away|over|back)$/.test(t[k]?.lower ?? '')) return null;
    // "told him and his fellow associates to …": the addressee goes on, the content has not begun.
    if (k > cue.last && /^(?:and|or)$/.test(t[k]?.lower ?? '')) return null;
    const stance = cue.verb.class === 'stance';
    // "After the party vowed to court Latinos, it did the opposite": a fronted subordinate clause ends at its comma.
    const sent = this.seg.sentences[t[cue.first]!.sentence]!;
    const fronted = this.subordinateBefore(sent.first, cue.first);
    const to = relative || fronted ? this.nextComma(k, sentLast) : stance ? this.objectEnd(k, sentLast) : this.clauseEnd(k, sentLast, cue);
    const infinitive = t[k]?.lower === 'to' && INFINITIVE_CUES.has(cue.verb.lemma);
    if (!this.isStatement(k, to, stance || infinitive || cue.verb.class === 'judgement' ? 1 : 3) || (!infinitive && !verbFirst && this.startsNonClause(k))) return null;
    if (cue.verb.class === 'belief' && !hadThat && !infinitive && !headline && !this.clauseLike(k, to)) return null;
    // What a poll or study found is a clause: "the Brujas have found a support system" reports nothing.
    // "reiterated that approach": "that" before a phrase with no verb is a determiner, and no clause follows.
    const afterThat = t[k];
    if (hadThat && afterThat?.kind === 'word' && !afterThat.cap && !determiners.has(afterThat.lower) && !PERSONAL_PRONOUNS.has(afterThat.lower) && !this.hasFiniteVerb(k, to) && !this.hasOpen(k, to)) return null;
    if (cue.verb.class === 'evidence' && !hadThat && !infinitive && !headline && !this.hasVerb(k, to) && !this.tokens.slice(k, to).some((x) => x.kind === 'word' && x.lower.endsWith('ing')) && t[k]?.kind !== 'open') return null;
    return this.makeContent(k, to);
  }

  /**
   * The cue stands in a subordinate clause that opens the sentence ("After Republicans vowed to court Latinos,
   * the party …", "Three years after …"): its content ends at the comma that closes the clause.
   */
  subordinateBefore(first: number, cue: number): boolean {
    const t = this.tokens;
    // Back from the cue to the clause's start: "His popularity, even after he criticized Bush, shows …".
    for (let i = cue - 1; i >= first && i >= cue - MAX_CLAUSE; i--) {
      const x = t[i]!;
      if (x.text === ',' || x.kind === 'open' || x.kind === 'close') return false;
      if (x.kind === 'word' && /^(?:after|although|though|while|when|since|because|if|as|before|once|until|unless|whereas)$/i.test(x.lower)) return true;
    }
    return false;
  }

  /**
   * Where a clause that ends at `end` begins, no earlier than `lo`: after the last colon or semicolon
   * ("…financial firms: London was the capital, according to …"), at most MAX_CLAUSE tokens back.
   */
  clauseStart(lo: number, end: number): number {
    const t = this.tokens;
    const from = Math.max(lo, end - MAX_CLAUSE);
    for (let i = end - 1; i > from; i--) if (t[i]!.text === ':' || t[i]!.text === ';') return i + 1;
    return from;
  }

  /** Index of the comma before the subject at `i` (stepping over closing marks: `…,'' he said`), or -1. */
  commaBefore(i: number, lo: number): number {
    const t = this.tokens;
    let k = i;
    while (k > lo && (t[k]!.kind === 'close' || /^['’"”]$/.test(t[k]!.text))) k--;
    return k > lo && (t[k]!.text === ',' || t[k]!.text === '—' || t[k]!.text === '–') ? k : -1;
  }

  /**
   * Reported speech around a mid-sentence attribution: the clause before it ("…, Trump said.") and, when the
   * sentence goes on after a comma, the clause after it ("The plan, Trump said, will fail.").
   */
  aroundAttribution(
    lo: number,
    comma: number,
    attributionEnd: number,
    sentLast: number,
    cue: { first: number; last: number },
    speaker: { first: number; last: number; np: NounPhrase },
    rule: 'clause-name-cue' | 'clause-cue-name',
    speakerRule: SpeakerRuleId,
    base: { sentence: number; paragraph: number; inherit: boolean },
  ): Candidate[] {
    const t = this.tokens;
    const k = skipAdverbials(t, attributionEnd, sentLast);
    const out: Candidate[] = [];
    const via = viaAfter(t, this.namer, attributionEnd, sentLast);
    const tail = this.onlyTail(k, sentLast);
    // After the attribution a comma may continue the statement ("The plan, he said, will fail") or open an
    // appositive about the speaker ("said Gary Orfield, a professor at UCLA"), which does not.
    const goesOn = !tail && t[k]?.text === ',' && this.isStatement(k + 1, this.clauseEnd(k + 1, sentLast, null), 3) && !this.appositiveAt(k + 1, this.clauseEnd(k + 1, sentLast, null));
    if (!tail && !goesOn) return out;
    lo = this.clauseStart(lo, comma);
    if (this.isStatement(lo, comma, 2)) {
      const content = this.makeContent(lo, comma);
      if (content) out.push(candidate(content, base, { cue, speaker, via, rule, speakerRule }));
    }
    if (goesOn) {
      const content = this.makeContent(k + 1, this.clauseEnd(k + 1, sentLast, null));
      if (content) out.push(candidate(content, base, { cue, speaker, via, rule: rule === 'clause-name-cue' ? 'clause-name-cue-clause' : 'clause-cue-name-clause', speakerRule }));
    }
    if (out.length > 0) for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
    return out;
  }

  /**
   * Where a reported clause ends: the sentence's end, or earlier where the sentence moves on to something the
   * speaker did not say — a relative or concessive clause, an appositive, a participle ("…, which includes",
   * "…, even though", "…, saying"), or a second verb of the subject ("said X and promised to …").
   */
  clauseEnd(from: number, last: number, cue: { first: number } | null): number {
    const t = this.tokens;
    const cueWord = cue ? t[cue.first]!.lower : '';
    if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
    for (let i = from + 1; i < last; i++) {
      const x = t[i]!;
      if (x.kind === 'open') {
        const close = this.seg.quoteCloseToken[x.quote]!;
        if (close > i) i = close;
        // `… "a terrible mistake," although …`: a comma inside the closing quotation counts too.
        const inner = t[i - 1];
        if (inner?.text === ',' && this.movesOn(i + 1)) return i + 1;
        continue;
      }
      // "…: A Quinnipiac poll found …": after a colon a new statement starts.
      if (x.text === ':' && t[i + 1]?.cap && t[i + 1]!.kind === 'word') return i;
      if ((x.text === ',' || x.text === '—' || x.text === '–' || x.text === ';') && (this.movesOn(i + 1) || this.newClause(i + 1))) {
        // "the bomber, who detonated in the square, had Syrian roots": a relative clause inside the content's
        // subject is closed by a comma and followed by the subject's verb.
        const embedded = this.embeddedRelative(i + 1, last);
        if (embedded < 0) return i;
        i = embedded;
      }
      // "said she regretted her remarks and promised to stay out": a second reporting act of the subject.
      if ((x.lower === 'and' || x.lower === 'but') && cueWord !== '') {
        const next = cueAt(t, i + 1);
        if (next && !t[i + 1]!.cap && next.form === 'past' && DIRECT_CLASSES.has(next.verb.class)) return i;
      }
    }
    return this.clauseTo(from, last);
  }

  /** Index of the comma that closes a relative clause starting at `i` when a verb follows it, else -1. */
  embeddedRelative(i: number, last: number): number {
    const t = this.tokens;
    if (!/^(?:who|whose)$/.test(t[i]?.lower ?? '')) return -1;
    for (let k = i + 1; k < last && k < i + 30; k++) {
      if (t[k]!.text !== ',') continue;
      const v = t[k + 1];
      return v && v.kind === 'word' && !v.cap && hasVerbTag(v.lower) && !v.lower.endsWith('ing') && !determiners.has(v.lower) ? k : -1;
    }
    return -1;
  }

  /** ", but the report cited …": a coordinated clause with a subject of its own. */
  newClause(i: number): boolean {
    const t = this.tokens;
    const conj = t[i];
    if (!conj || !/^(?:but|and|yet|so)$/.test(conj.lower)) return false;
    const subject = t[i + 1];
    if (!subject || subject.kind !== 'word' || !(subject.cap || determiners.has(subject.lower) || PERSONAL_PRONOUNS.has(subject.lower))) return false;
    if (subject.lower === 'that') return false;
    // The subject's phrase, then straight away its verb ("but the report cited"); a comma first means the
    // coordination was inside the content's own subject ("the two men, and Mr. Cruz in particular, must").
    const np = PERSONAL_PRONOUNS.has(subject.lower) ? { last: i + 2 } : phraseAfter(t, i + 1, Math.min(t.length, i + 10));
    if (!np) return false;
    let k = np.last;
    while (t[k]?.kind === 'word' && (auxiliaries.has(t[k]!.lower) || isAdverbWord(t[k]!.lower)) && !isFiniteVerb(t[k]!.lower)) k++;
    const v = t[k];
    return v !== undefined && v.kind === 'word' && !v.cap && isFiniteVerb(v.lower);
  }

  /** The word at `i` starts a clause that is no longer the reported content. */
  movesOn(i: number): boolean {
    const x = this.tokens[i];
    if (!x || x.kind !== 'word') return false;
    return /^(?:who|whose|where|although|though|even|despite|saying|adding|telling|noting|according|whereas|a|an|rather|unlike|like|citing|referring)$/.test(x.lower);
  }

  /** "a professor at UCLA", "the Cruz campaign's Iowa director": a noun phrase describing the speaker. */
  appositiveAt(i: number, last: number): boolean {
    const x = this.tokens[i];
    if (!x || x.kind !== 'word') return false;
    if (/^(?:who|whose|which|a|an)$/.test(x.lower)) return true;
    // "the chief economist for the survey" has no finite verb; "the golf industry was over-supplied" has one;
    // "the expert who has published books" has one only inside a relative clause.
    for (let k = i; k < last && k < i + MAX_CLAUSE; k++) {
      const y = this.tokens[k]!;
      if (y.kind === 'word' && /^(?:who|which|that|whose)$/.test(y.lower)) return true;
      if (y.kind === 'word' && !y.cap && isFiniteVerb(y.lower) && !determiners.has(this.tokens[k - 1]?.lower ?? '')) return false;
    }
    return true;
  }

  nextComma(from: number, last: number): number {
    if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
    for (let i = from; i < last; i++) if (this.tokens[i]!.text === ',' || this.tokens[i]!.text === ';') return i;
    return this.clauseTo(from, last);
  }

  /** End of what a stance verb takes: its object, up to a comma or a clause about circumstances. */
  objectEnd(from: number, last: number): number {
    const t = this.tokens;
    if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
    for (let i = from; i < last; i++) {
      const x = t[i]!;
      if (x.kind === 'open') {
        const close = this.seg.quoteCloseToken[x.quote]!;
        if (close > i) i = close;
        continue;
      }
      if (x.text === ',' || x.text === ';' || x.text === ':' || x.text === '—' || x.text === '–') return i;
      if (i > from && x.kind === 'word' && /^(?:while|when|because|after|before|during|as|since|but|although|though|despite|amid|saying|calling|and)$/.test(x.lower)) return i;
    }
    return this.clauseTo(from, last);
  }

  hasFiniteVerb(first: number, last: number): boolean {
    for (let i = first; i < last; i++) {
      const x = this.tokens[i]!;
      if (x.kind === 'word' && !x.cap && isFiniteVerb(x.lower) && !determiners.has(this.tokens[i - 1]?.lower ?? '')) return true;
    }
    return false;
  }

  hasVerb(first: number, last: number): boolean {
    for (let i = first; i < last; i++) {
      const x = this.tokens[i]!;
      if (x.kind === 'word' && !x.cap && hasVerbTag(x.lower) && !determiners.has(x.lower)) return true;
    }
    return false;
  }

  /** Looks like a clause: opens with a subject-like word and has a verb in it ("believes Trump will win"). */
  clauseLike(first: number, last: number): boolean {
    const t = this.tokens;
    const head = t[first];
    if (!head || head.kind !== 'word') return head?.kind === 'open';
    const subjectLike = head.cap || determiners.has(head.lower) || PERSONAL_PRONOUNS.has(head.lower) || /^\d/.test(head.text) || /^(?:there|this|that|these|those|everyone|nobody|people)$/.test(head.lower);
    if (!subjectLike) return false;
    for (let i = first + 1; i < last; i++) if (t[i]!.kind === 'word' && hasVerbTag(t[i]!.lower)) return true;
    return false;
  }

  /** The addressee of "told reporters", "warned Congress": skipped before the content. */
  skipObject(cue: CueMatch): number {
    const t = this.tokens;
    let k = cue.last;
    if (cue.verb.class === 'object' || cue.verb.lemma === 'ask') {
      const np = phraseAfter(t, k, t.length);
      if (np && np.last - np.first <= 6) k = np.last;
    }
    return k;
  }

  /** Clause-like content does not open with "to" (an infinitive: "said to be") or a bare preposition. */
  startsNonClause(k: number): boolean {
    const x = this.tokens[k];
    if (!x || x.lower === 'to' || x.lower === 'by' || x.lower === 'of' || x.lower === 'as') return true;
    // "The jobs report cheered Democrats": a finite verb right after the "cue" means the cue was a noun.
    if (x.kind !== 'word' || x.cap || x.lower.endsWith('ing')) return false;
    return BE.has(x.lower) || /^(?:has|have|had|will|would|could|should|may|might|must|can|did|does|do|shall)$/.test(x.lower) || (x.lower.endsWith('ed') && isVerbWord(x.lower));
  }

  /** Nothing but adverbials, via phrases and punctuation from `k` to the sentence end. */
  onlyTail(k: number, last: number): boolean {
    const t = this.tokens;
    let i = skipAdverbials(t, k, last);
    if (t[i]?.text === ';') return true;
    while (i < last && t[i]!.kind === 'punct' && t[i]!.kind !== 'open') i++;
    if (i >= last) return true;
    // ", citing …", ", as quoted by …": an intermediary may follow.
    if (t[i - 1]?.text === ',' || /^(?:as|citing|who|which|whose)$/.test(t[i]?.lower ?? '')) return /^(?:as|citing|quoted|according|in|on|at|who|which|whose|adding|noting|saying)$/.test(t[i]!.lower);
    return false;
  }

  accordingTo(sent: { first: number; last: number }, i: number, after: number): Candidate | null {
    const t = this.tokens;
    const np = phraseAfter(t, after, sent.last);
    if (!np) return null;
    const sentence = t[i]!.sentence;
    const paragraph = this.seg.paragraphOf[i]!;
    const cue = { first: i, last: after };
    const speaker = { first: np.first, last: np.last, np };
    const via = viaAfter(t, this.namer, np.last, sent.last);
    // "According to X, CLAUSE."
    let k = np.last;
    while (k < sent.last && t[k]!.kind === 'punct' && t[k]!.kind !== 'open') k++;
    if (i === sent.first || t[i - 1]!.kind === 'punct' && t[i - 1]!.text !== ',') {
      const to = this.clauseTo(k, sent.last);
      const content = this.isStatement(k, to, 3) ? this.makeContent(k, to) : null;
      if (content) return candidate(content, { sentence, paragraph }, { cue, speaker, via, rule: 'according-to-clause', speakerRule: 'according-to' });
      return null;
    }
    // "CLAUSE, according to X."
    const end = t[i - 1]!.text === ',' ? i - 1 : i;
    const from = this.clauseStart(sent.first, end);
    if (!this.isStatement(from, end, 3)) return null;
    const content = this.makeContent(from, end);
    if (!content) return null;
    return candidate(content, { sentence, paragraph }, { cue, speaker, via, rule: 'clause-according-to', speakerRule: 'according-to' });
  }

  /**
   * A noun of saying with its owner and content: "Mr. Trump's decision to seize on immigration", "his claim that
   * …", "a report by Politico that he …".
   */
  nounCue(sent: { first: number; last: number }, i: number): Candidate | null {
    const t = this.tokens;
    let k = i + 1;
    let speaker: { first: number; last: number; np: NounPhrase } | null = null;
    const owner = t[i - 1];
    if (owner && owner.kind === 'word' && (POSSESSIVE_PRONOUNS.has(owner.lower) || /['’]s?$/.test(owner.text) && owner.cap)) {
      const np = POSSESSIVE_PRONOUNS.has(owner.lower) ? { first: i - 1, last: i } : this.ownerPhrase(i - 1, sent.first);
      if (np) speaker = { first: np.first, last: np.last, np };
    }
    if (t[k]?.lower === 'by') {
      const np = phraseAfter(t, k + 1, sent.last);
      if (np) {
        speaker = { first: np.first, last: np.last, np };
        k = np.last;
      }
    }
    if (!speaker) return null;
    const marker = t[k]?.lower;
    if (marker !== 'that' && marker !== 'to' && !(marker === 'not' && t[k + 1]?.lower === 'to')) return null;
    const from = marker === 'that' ? k + 1 : k;
    const to = this.clauseEnd(from, sent.last, null);
    if (!this.isStatement(from, to, 2)) return null;
    const content = this.makeContent(from, to);
    if (!content) return null;
    const sentence = t[i]!.sentence;
    return candidate(content, { sentence, paragraph: this.seg.paragraphOf[i]! }, { cue: { first: i, last: i + 1 }, speaker, via: [], rule: 'noun-cue', speakerRule: 'owner' });
  }

  /**
   * Stances told with an adjective or a noun: "Clinton was especially critical of the man leading the race",
   * "Trump's attacks on Curiel". The content is the object of the preposition.
   */
  stanceFrame(sent: { first: number; last: number }, i: number): Candidate | null {
    const t = this.tokens;
    const x = t[i]!;
    let cueLast = -1;
    let speaker: { first: number; last: number; np: NounPhrase } | null = null;
    for (const frame of phrasesFrom(t, i, STANCE_FRAMES)) {
      if (!phraseMatches(t, i, frame)) continue;
      // The adjective must be predicated of a subject: "X was (especially) critical of".
      let b = i - 1;
      while (b >= sent.first && t[b]!.kind === 'word' && (isAdverbWord(t[b]!.lower) || /^(?:very|so|too|also|more|most|less|increasingly|openly|especially|particularly|deeply|highly|not|never|still|always|often|become|became|remains|remained|seemed|seems|appeared|grew)$/.test(t[b]!.lower))) b--;
      if (b < sent.first || !BE.has(t[b]!.lower) && !/^(?:become|became|remains|remained|seemed|seems|grew|'re|’re|'s|’s)$/.test(t[b]!.lower)) return null;
      const subj = subjectBefore(t, b + 1, sent.first, true);
      if (!subj) return null;
      speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
      cueLast = i + frame.length;
      break;
    }
    if (!speaker) {
      const preps = STANCE_NOUNS.get(x.lower);
      const owner = t[i - 1];
      if (!preps || !preps.includes(t[i + 1]?.lower ?? '') || !owner || owner.kind !== 'word') return null;
      if (!(POSSESSIVE_PRONOUNS.has(owner.lower) || /['’]s?$/.test(owner.text) && owner.cap)) return null;
      const np = POSSESSIVE_PRONOUNS.has(owner.lower) ? { first: i - 1, last: i } : this.ownerPhrase(i - 1, sent.first);
      if (!np) return null;
      speaker = { first: np.first, last: np.last, np };
      cueLast = i + 2;
    }
    const to = this.objectEnd(cueLast, sent.last);
    if (!this.isStatement(cueLast, to, 1)) return null;
    const content = this.makeContent(cueLast, to);
    if (!content) return null;
    return candidate(content, { sentence: x.sentence, paragraph: this.seg.paragraphOf[i]! }, { cue: { first: i, last: cueLast }, speaker, via: [], rule: 'stance-frame', speakerRule: 'before-cue' });
  }

  /** "Mr. Trump's" before a noun cue: the owner's phrase, possessive included. */
  ownerPhrase(end: number, lo: number): NounPhrase | null {
    let first = end;
    const t = this.tokens;
    while (first - 1 >= lo && (t[first - 1]!.cap && t[first - 1]!.kind === 'word' || isAbbrevDotToken(t, first - 1))) first--;
    return { first, last: end + 1 };
  }

  /**
   * Transcripts: "Chris Matthews: Seriously, …", "TAPPER: And obviously, …". A paragraph that opens with a name
   * and a colon is that speaker's turn. When the article has several such labels it is an interview, and a turn
   * runs on over the following paragraphs until the next label.
   */
  transcripts(): void {
    const t = this.tokens;
    const labels: { np: NounPhrase; colon: number }[] = [];
    const answers: number[] = [];
    const questions: number[] = [];
    for (const sent of this.seg.sentences) {
      const first = t[sent.first]!;
      if (!(first.newline || sent.first === 0) || !first.cap || first.kind !== 'word') continue;
      let colon = -1;
      for (let i = sent.first; i < sent.last && i < sent.first + 6; i++) {
        const x = t[i]!;
        if (x.text === ':') {
          colon = i;
          break;
        }
        if ((x.kind === 'word' && !x.cap) || (x.kind !== 'word' && x.text !== '.')) break;
      }
      if (colon <= sent.first) continue;
      // "Q:" and "A:" in an interview mark question and answer: they name nobody; the answers are the
      // interviewee's (see below).
      if (colon - sent.first === 1 && /^(?:q|a|question|answer)$/.test(t[sent.first]!.lower)) {
        (/^a/.test(t[sent.first]!.lower) ? answers : questions).push(colon);
        continue;
      }
      if (colon - sent.first === 1 && Array.from(t[sent.first]!.text).length === 1) continue;
      const np = phraseAfter(t, sent.first, colon);
      if (!np || np.last !== colon || determiners.has(t[np.first]!.lower)) continue;
      // "Contributing:", "Tuesday’s Morning Email:": a heading, not a speaker.
      if (t.slice(np.first, np.last).some((x) => /['’]s?$/.test(x.text) && x.kind === 'word')) continue;
      if (np.last - np.first === 1 && hasVerbTag(t[np.first]!.lower)) continue;
      const info = this.namer.describe(np.first, np.last);
      // Interview transcripts label turns in capitals ("TAPPER:"); otherwise the label must name a person.
      const capsLabel = colon - np.first <= 3 && t.slice(np.first, colon).every((x) => x.kind !== 'word' || /^[\p{Lu}\d.'’-]+$/u.test(x.text));
      if (!(info.kind === 'person' && info.named) && !capsLabel) continue;
      labels.push({ np, colon });
    }
    // Labels in capitals ("TAPPER:") mark an interview, where a turn runs on over paragraphs; named section
    // headings ("Bernie Sanders: Credit scores") do not.
    const interview = labels.length >= 2 && (labels.every(({ np, colon }) => t.slice(np.first, colon).every((x) => x.kind !== 'word' || /^[\p{Lu}\d.'’-]+$/u.test(x.text))));
    for (const [n, { np, colon }] of labels.entries()) {
      let end = colon + 1;
      while (end < t.length && !t[end]!.newline) end++;
      if (interview) {
        const next = labels[n + 1];
        const stop = next ? next.np.first : t.length;
        // A turn ends at the next label (or after 2,000 tokens: a transcript's turns are shorter).
        while (end < stop && end - colon < 2000) {
          let e = end + 1;
          while (e < stop && !t[e]!.newline) e++;
          end = e;
        }
      }
      const to = this.clauseTo(colon + 1, end);
      if (!this.isStatement(colon + 1, to, 3)) continue;
      const content = this.makeContent(colon + 1, to);
      if (!content) continue;
      this.candidates.push(candidate(content, { sentence: t[colon]!.sentence, paragraph: this.seg.paragraphOf[colon]! }, { cue: { first: colon, last: colon + 1 }, speaker: { first: np.first, last: np.last, np }, via: [], rule: 'transcript-colon', speakerRule: 'before-colon' }));
    }
    if (questions.length > 0 && answers.length > 0) this.answers(answers, Math.min(questions[0]!, answers[0]!) - 1);
  }

  /** Q&A: each "A:" line is the interviewee's, the person named last before the first question or answer. */
  answers(colons: number[], before: number): void {
    const t = this.tokens;
    let interviewee: NounPhrase | null = null;
    for (let i = before - 1; i >= 0 && i >= before - 300 && !interviewee; i--) {
      if (!t[i]!.cap || t[i]!.kind !== 'word' || isInsideQuote(t[i]!)) continue;
      let first = i;
      while (first > 0 && t[first - 1]!.cap && t[first - 1]!.kind === 'word') first--;
      const info = this.namer.describe(first, i + 1);
      if (info.kind === 'person' && info.named) interviewee = { first, last: i + 1 };
      i = first;
    }
    if (!interviewee) return;
    for (const colon of colons) {
      let end = colon + 1;
      while (end < t.length && !t[end]!.newline) end++;
      const to = this.clauseTo(colon + 1, end);
      if (!this.isStatement(colon + 1, to, 1)) continue;
      const content = this.makeContent(colon + 1, to);
      if (!content) continue;
      const speaker = { first: interviewee.first, last: interviewee.last, np: interviewee };
      this.candidates.push(candidate(content, { sentence: t[colon]!.sentence, paragraph: this.seg.paragraphOf[colon]! }, { cue: { first: colon, last: colon + 1 }, speaker, via: [], rule: 'qa-answer', speakerRule: 'interviewee' }));
    }
  }

  /** "reported by a high-ranking U.S. Department of Defense source, quoted by the NYT": a mention for later "the source". */
  passiveAgent(from: number, hi: number): void {
    const np = phraseAfter(this.tokens, from, hi);
    if (!np) return;
    const info = this.namer.describe(np.first, np.last);
    this.resolver.add({ first: np.first, last: np.last, info, via: viaAfter(this.tokens, this.namer, np.last, hi) });
  }

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

  // ---- Pass 3: overlaps, speakers, output ----------------------------------------------------------------

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
        const near = previous && previous.resolved && c.paragraph - previous.paragraph <= 2;
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
      return { text: text(target.first, target.last), start: t[target.first]!.start, end: t[target.last - 1]!.end, name: target.info.name, kind: target.info.kind, mention };
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

/** UTF-16 index -> code point index, cheap when the text has no astral characters (most news). */
function codePointIndexer(text: string): (i: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a pair shares its code point with the high half.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else map[i] = cp - 1;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}

export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const seg = segment(text, findQuoteSpans(text));
  const run = new Extraction(seg, options);
  run.directQuotes();
  run.reportedSpeech();
  const list = run.dedupe();
  run.resolveSpeakers(list);
  const cp = codePointIndexer(text);
  const t = seg.tokens;
  const out: Quote[] = [];
  for (const c of list) {
    const speaker = c.resolved ?? null;
    const q: Quote = {
      text: text.slice(c.start, c.end),
      start: cp(c.start),
      end: cp(c.end),
      type: c.type,
      cue: c.cue ? text.slice(t[c.cue.first]!.start, t[c.cue.last - 1]!.end) : null,
      speaker: speaker ? convertSpeaker(speaker, cp) : null,
      via: c.via,
    };
    if (options.explain) q.explain = { quoteRule: c.rule, speakerRule: speaker ? c.speakerRule : null };
    out.push(q);
  }
  return out;
}

function convertSpeaker(s: Speaker, cp: (i: number) => number): Speaker {
  const out: Speaker = { text: s.text, start: cp(s.start), end: cp(s.end), name: s.name, kind: s.kind };
  if (s.mention) out.mention = { text: s.mention.text, start: cp(s.mention.start), end: cp(s.mention.end) };
  return out;
}

