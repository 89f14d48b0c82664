/**
 * What the extraction passes share: the article's tokens and sentences, the namer and resolver, the
 * candidates found so far, and the helpers more than one pass needs (content bounds, statements, clauses).
 */

import { phraseAfter } from '../grammar/noun-phrases.js';
import { anonymousNouns, organizationNouns, roleNouns } from '../lexicon/index.js';
import type { QuoteRuleId, SpeakerRuleId } from '../lexicon/rules.js';
import { Namer, type NounPhrase } from '../naming/canonical.js';
import { Resolver } from '../naming/resolver.js';
import type { ExtractOptions, QuoteType, Speaker } from '../types.js';
import { isInsideQuote, type Segmented, type Token } from './segment.js';

/** A quote found by one of the passes, in UTF-16 offsets, before its speaker is resolved. */
export interface Candidate {
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
export type Attribution = Pick<Candidate, 'cue' | 'speaker' | 'via' | 'rule' | 'speakerRule'>;

/**
 * A candidate, built field by field so that every candidate has one object shape: spreading
 * objects of varied shapes into a literal made V8 create each one on a slow path (4% of the run time).
 */
export function candidate(
  content: { start: number; end: number; type: QuoteType },
  at: { sentence: number; paragraph: number },
  a: Attribution,
  sameSentenceAs?: Candidate,
): Candidate {
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

const isAdverbLike = (lower: string): boolean => lower.length > 4 && lower.endsWith('ly');

/** Cue classes that may introduce or follow a verbatim quote. Beliefs and stances do not ("…," he believes). */
export const DIRECT_CLASSES = new Set(['speech', 'object']);

export class Extraction {
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

  /** The subject that opens the sentence: a noun phrase followed by a verb, after any opening adverbial. */
  sentenceSubject(lo: number, before: number): NounPhrase | null {
    const t = this.tokens;
    let k = lo;
    // "On Tuesday, …", "In a statement, …": an opening phrase ended by a comma.
    for (let i = lo; i < before && i < lo + 8; i++) {
      if (t[i]!.text === ',') {
        const first = t[lo]!;
        if (
          first.kind === 'word' &&
          (/^(?:on|in|at|after|before|during|later|earlier|meanwhile|still|but|and|then|asked|speaking|when|while)$/i.test(first.lower) ||
            isAdverbLike(first.lower))
        )
          k = i + 1;
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

  /** "told Reuters", "said in an interview with the BBC": the outlet addressed is an intermediary. */
  addressedOutlet(cue: { first: number; last: number }): string[] {
    const t = this.tokens;
    if (t[cue.first]?.lower !== 'told' && t[cue.first]?.lower !== 'tells' && t[cue.first]?.lower !== 'telling') return [];
    const obj = phraseAfter(t, cue.last, t.length);
    const alias = obj ? this.namer.aliasWithin(obj.first, obj.last) : null;
    return alias?.outlet ? [alias.name] : [];
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
}

/** What every pass reads and adds to: the shared extraction, its parts under short names. */
export abstract class Pass {
  protected readonly tokens: Token[];
  protected readonly seg: Segmented;
  protected readonly namer: Namer;
  protected readonly candidates: Candidate[];
  protected readonly usedCue: Set<number>;
  protected readonly resolver: Resolver;
  protected readonly options: ExtractOptions;

  constructor(protected readonly x: Extraction) {
    this.tokens = x.tokens;
    this.seg = x.seg;
    this.namer = x.namer;
    this.candidates = x.candidates;
    this.usedCue = x.usedCue;
    this.resolver = x.resolver;
    this.options = x.options;
  }
}
