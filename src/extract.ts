/**
 * The pipeline: quote marks → segments → direct quotes and their attribution → reported speech → speaker
 * resolution → output records with code-point offsets. Passes run in a fixed order, each recording the rule
 * that fired so `--explain` can say why a quote is there.
 */
import { Namer, type NounPhrase } from './canonical.js';
import { cueAt, sourcePhraseAt, type CueMatch } from './cues.js';
import { determiners, isVerbWord, PERSONAL_PRONOUNS } from './lexicon/index.js';
import { findQuoteSpans } from './quote-marks.js';
import { segment, type Segmented, type Token } from './segment.js';
import { phraseAfter, Resolver, skipAdverbials, subjectBefore, viaAfter, type Mention } from './speakers.js';
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
  rule: string;
  speakerRule: string | null;
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

const isInside = (t: Token): boolean => t.quote >= 0 && t.kind !== 'open' && t.kind !== 'close';
const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
const TRAILING_PUNCT = new Set([',', '?', '!', '—', '–', '-', '…', ':', ';']);
const TERMINAL = new Set(['.', '!', '?', '…']);

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
        this.candidates.push({ type: 'direct', start: q.contentStart, end: q.contentEnd, inherit: false, sentence, paragraph, ...found });
        continue;
      }
      // A quote that is a whole sentence on its own continues the previous speaker; one inside a sentence
      // without attribution is a term, a title or scare quotes, and no statement.
      const standalone = this.wordCount(f.lo, o) === 0 && this.wordCount(c + 1, f.hi) === 0;
      if (standalone && this.wordCount(o + 1, c) >= 3 && !this.isTitle(o + 1, c)) {
        this.candidates.push({ type: 'direct', start: q.contentStart, end: q.contentEnd, cue: null, speaker: null, via: [], rule: 'quote-only-sentence', speakerRule: 'previous-speaker', inherit: true, sentence, paragraph });
      }
    }
  }

  /** All words capitalised and no sentence punctuation: a title, not a statement. */
  isTitle(a: number, b: number): boolean {
    const words = this.tokens.slice(a, b).filter((t) => t.kind === 'word');
    if (words.length > 8) return false;
    const minor = /^(?:a|an|the|of|and|or|in|on|to|for|at|by|with|from)$/;
    return words.every((w) => w.cap || minor.test(w.lower) || /^\d/.test(w.text)) && !this.tokens.slice(a, b).some((t) => TERMINAL.has(t.text) || t.text === ',');
  }

  /** `"…," said X` / `"…," X said` / `"…," according to X`. */
  trailing(f: { lo: number; hi: number; o: number; c: number }): Attribution | null {
    const t = this.tokens;
    const lastInner = t[f.c - 1]!;
    let k = f.c + 1;
    let sawPunct = TRAILING_PUNCT.has(lastInner.text);
    while (k < f.hi && t[k]!.kind === 'punct' && (t[k]!.text === ',' || t[k]!.text === '—' || t[k]!.text === '–')) {
      k++;
      sawPunct = true;
    }
    if (k >= f.hi || !isWord(t[k])) return null;
    // "… win." He said — a full stop inside the marks still allows a lower-case cue right after.
    if (!sawPunct && TERMINAL.has(lastInner.text) && t[k]!.cap) return null;
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
    // `X said`: a subject phrase starting right here and a cue within a few words.
    for (let m = k + 1; m < f.hi && m < k + 24; m++) {
      const cm = cueAt(t, m);
      if (!cm || !DIRECT_CLASSES.has(cm.verb.class)) continue;
      const subj = subjectBefore(t, m, k);
      if (subj && subj.spanFirst === k) return this.attributed(cm, subj.np, { first: subj.spanFirst, last: subj.spanLast }, 'trailing-name-cue', 'before-cue', f.hi);
      break;
    }
    return null;
  }

  /** `X said: "…"` / `X told reporters "…"` / `According to X, "…"`, with nothing but the quote after it. */
  leading(f: { lo: number; hi: number; o: number; c: number }): Attribution | null {
    const t = this.tokens;
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
      const subj = subjectBefore(t, m, lo);
      if (subj) return this.attributed(cue, subj.np, { first: subj.spanFirst, last: subj.spanLast }, 'leading-name-cue', 'before-cue', end);
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
    if (!next || this.seg.paragraphOf[next.first] !== this.seg.paragraphOf[f.c] || this.wordCount(next.first, next.last) > 8) return null;
    if (this.hasOpen(next.first, next.last)) return null;
    const found = this.trailing({ lo: next.first, hi: next.last, o: next.first - 2, c: next.first - 1 });
    return found ? { ...found, rule: 'next-sentence' } : null;
  }

  attributed(
    cue: { first: number; last: number },
    np: NounPhrase,
    span: { first: number; last: number },
    rule: string,
    speakerRule: string,
    hi: number,
  ): Attribution {
    for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
    const via = viaAfter(this.tokens, this.namer, Math.max(span.last, cue.last), hi);
    return { cue, speaker: { first: span.first, last: span.last, np }, via, rule, speakerRule };
  }

  // ---- Pass 2: reported speech ---------------------------------------------------------------------------

  reportedSpeech(): void {
    const t = this.tokens;
    for (let s = 0; s < this.seg.sentences.length; s++) {
      const sent = this.seg.sentences[s]!;
      let lastInSentence: Candidate | undefined;
      for (let i = sent.first; i < sent.last; i++) {
        const x = t[i]!;
        if (x.kind !== 'word' || isInside(x) || this.usedCue.has(i)) continue;
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
        const cue = cueAt(t, i);
        if (!cue) continue;
        const c = this.fromCue(sent, cue, lastInSentence);
        if (c) {
          this.candidates.push(c);
          lastInSentence = c;
          i = cue.last - 1;
        }
      }
      this.transcript(s);
    }
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
    while (first < last && t[first]!.kind === 'punct' && t[first]!.kind !== 'open' as string) first++;
    while (last > first && t[last - 1]!.kind === 'punct') last--;
    // Keep a quote's marks balanced: extend to the closing mark when the content ends inside a quotation.
    if (last > first && isInside(t[last - 1]!) ) {
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

  fromCue(sent: { first: number; last: number }, cue: CueMatch, lastInSentence: Candidate | undefined): Candidate | null {
    const t = this.tokens;
    const before = t[cue.first - 1];
    // "the said contract", "so-called": not a cue.
    if (before && (determiners.has(before.lower) && before.lower !== 'that' || before.text === '-')) return null;
    if (cue.form === 'participle' || cue.form === 'past') {
      if (t[cue.last]?.lower === 'by' && before && /^(?:was|were|is|are|been|be|being)$/.test(before.lower)) {
        this.passiveAgent(cue.last + 1, sent.last);
        return null;
      }
    }
    const sentence = t[cue.first]!.sentence;
    const paragraph = this.seg.paragraphOf[cue.first]!;
    const minWords = cue.verb.class === 'stance' ? 1 : 3;
    const lo = this.frameStart(sent.first, cue.first);

    // "…, adding that …": the participle continues the sentence's earlier attribution.
    if (cue.form === 'gerund' && before?.text === ',' && lastInSentence) {
      let k = skipAdverbials(t, this.skipObject(cue), sent.last);
      if (t[k]?.lower === 'that') k++;
      const to = this.clauseTo(k, sent.last);
      const content = this.isStatement(k, to, minWords) ? this.makeContent(k, to) : null;
      if (!content) return null;
      return { ...content, cue, speaker: null, via: [], rule: 'gerund-continuation', speakerRule: 'same-sentence', inherit: false, sameSentenceAs: lastInSentence, sentence, paragraph };
    }

    const subj = subjectBefore(t, cue.first, lo);
    if (subj) {
      const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
      let k = skipAdverbials(t, this.skipObject(cue), sent.last);
      while (t[k]?.text === ',' || t[k]?.text === ':') k++;
      if (t[k]?.lower === 'that') k++;
      const to = this.clauseTo(k, sent.last);
      if (this.isStatement(k, to, minWords) && !this.startsNonClause(k)) {
        const content = this.makeContent(k, to);
        if (content) {
          for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
          return { ...content, cue, speaker, via: viaAfter(t, this.namer, subj.spanLast, cue.first), rule: 'name-cue-clause', speakerRule: 'before-cue', inherit: false, sentence, paragraph };
        }
      }
      // "The plan will fail, Trump said." — the clause stands before the subject.
      if (DIRECT_CLASSES.has(cue.verb.class) && this.onlyTail(k, sent.last)) {
        const comma = subj.spanFirst - 1;
        if (comma > lo && (t[comma]!.text === ',' || t[comma]!.text === '—') && this.isStatement(lo, comma, 3)) {
          const content = this.makeContent(lo, comma);
          if (content) {
            return { ...content, cue, speaker, via: viaAfter(t, this.namer, cue.last, sent.last), rule: 'clause-name-cue', speakerRule: 'before-cue', inherit: false, sentence, paragraph };
          }
        }
      }
      return null;
    }
    // "The plan will fail, said Trump."
    if (DIRECT_CLASSES.has(cue.verb.class) && before && (before.text === ',' || before.text === '—')) {
      const np = phraseAfter(t, cue.last, sent.last);
      if (np && this.onlyTail(np.last, sent.last) && this.isStatement(lo, cue.first - 1, 3)) {
        const content = this.makeContent(lo, cue.first - 1);
        if (content) {
          return { ...content, cue, speaker: { first: np.first, last: np.last, np }, via: viaAfter(t, this.namer, np.last, sent.last), rule: 'clause-cue-name', speakerRule: 'after-cue', inherit: false, sentence, paragraph };
        }
      }
    }
    return null;
  }

  /** Start of the reported material in a sentence: after the last quotation that closes before `cue`. */
  frameStart(first: number, cue: number): number {
    return first;
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
    return !x || x.lower === 'to' || x.lower === 'by' || x.lower === 'of' || x.lower === 'as';
  }

  /** Nothing but adverbials, via phrases and punctuation from `k` to the sentence end. */
  onlyTail(k: number, last: number): boolean {
    const t = this.tokens;
    let i = skipAdverbials(t, k, last);
    while (i < last && t[i]!.kind === 'punct' && t[i]!.kind !== 'open') i++;
    if (i >= last) return true;
    // ", citing …", ", as quoted by …": an intermediary may follow.
    if (t[i - 1]?.text === ',' || t[i]?.lower === 'as' || t[i]?.lower === 'citing') return /^(?:as|citing|quoted|according|in|on|at|who|which|adding|noting|saying)$/.test(t[i]!.lower);
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
      if (content) return { ...content, cue, speaker, via, rule: 'according-to-clause', speakerRule: 'according-to', inherit: false, sentence, paragraph };
      return null;
    }
    // "CLAUSE, according to X."
    const end = t[i - 1]!.text === ',' ? i - 1 : i;
    if (!this.isStatement(sent.first, end, 3)) return null;
    const content = this.makeContent(sent.first, end);
    if (!content) return null;
    return { ...content, cue, speaker, via, rule: 'clause-according-to', speakerRule: 'according-to', inherit: false, sentence, paragraph };
  }

  /** "Chris Matthews: Seriously, …" — a transcript line opens with the speaker's name and a colon. */
  transcript(s: number): void {
    const t = this.tokens;
    const sent = this.seg.sentences[s]!;
    const firstTok = t[sent.first]!;
    if (!(firstTok.newline || sent.first === 0) || !firstTok.cap) return;
    let colon = -1;
    for (let i = sent.first; i < sent.last && i < sent.first + 6; i++) {
      if (t[i]!.text === ':') {
        colon = i;
        break;
      }
      if (t[i]!.kind !== 'word' && t[i]!.text !== '.' || !t[i]!.cap && t[i]!.kind === 'word') return;
    }
    if (colon < 0) return;
    const np = phraseAfter(t, sent.first, colon);
    if (!np || np.last !== colon) return;
    // "Q:" and "A:" in an interview mark question and answer, they name nobody.
    if (np.last - np.first === 1 && Array.from(t[np.first]!.text).length === 1) return;
    const info = this.namer.describe(np.first, np.last);
    if (info.kind !== 'person' || !info.named) return;
    const to = this.clauseTo(colon + 1, sent.last);
    if (!this.isStatement(colon + 1, to, 3)) return;
    const content = this.makeContent(colon + 1, to);
    if (!content) return;
    this.candidates.push({ ...content, cue: { first: colon, last: colon + 1 }, speaker: { first: np.first, last: np.last, np }, via: [], rule: 'transcript-colon', speakerRule: 'before-colon', inherit: false, sentence: s, paragraph: this.seg.paragraphOf[colon]! });
  }

  /** "reported by a high-ranking U.S. Department of Defense source, quoted by the NYT": a mention for later "the source". */
  passiveAgent(from: number, hi: number): void {
    const np = phraseAfter(this.tokens, from, hi);
    if (!np) return;
    const info = this.namer.describe(np.first, np.last);
    this.resolver.add({ first: np.first, last: np.last, info, via: viaAfter(this.tokens, this.namer, np.last, hi) });
  }

  /** Every full person name outside quotes, so that "he" can reach someone named but not yet quoted. */
  personMentions(): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      if (!x.cap || x.kind !== 'word' || isInside(x)) continue;
      let j = i;
      while (j + 1 < t.length && t[j + 1]!.cap && t[j + 1]!.kind === 'word' && !t[j + 1]!.newline) j++;
      const info = this.namer.describe(i, j + 1);
      if (info.kind === 'person' && info.named && info.pronoun === null) this.resolver.add({ first: i, last: j + 1, info, via: [] });
      i = j;
    }
  }

  // ---- Pass 3: overlaps, speakers, output ----------------------------------------------------------------

  /** Direct quotes win over reported speech that overlaps them; among equals, the earlier and longer one. */
  dedupe(): Candidate[] {
    const rank = (c: Candidate): number => (c.type === 'direct' ? 0 : c.type === 'mixed' ? 1 : 2);
    const sorted = [...this.candidates].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start));
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
    const found = this.resolver.resolve(local);
    if (found) {
      local.antecedent = found.target;
      c.speakerRule = found.rule;
      for (const v of found.target.via) if (!c.via.includes(v)) c.via.push(v);
    }
    this.resolver.add(local);
    const span = (first: number, last: number) => ({ text: this.seg.text.slice(t[first]!.start, t[last - 1]!.end), start: t[first]!.start, end: t[last - 1]!.end });
    if (found) {
      const target = found.target;
      return { ...span(target.first, target.last), name: target.info.name, kind: target.info.kind, mention: span(local.first, local.last) };
    }
    return { ...span(local.first, local.last), name: info.name, kind: info.kind };
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

export { PERSONAL_PRONOUNS, isVerbWord };
