/**
 * Stage 3, the article context: what every later stage reads and none changes. The tokens and sentences, the
 * namer (canonical names), the people and organizations named outside quotes (for the resolver), and running
 * counts that make range questions O(1). Built once per article by `buildArticle`; the helpers below are the
 * questions several stages ask of it (content bounds, "is this a statement", the sentence's subject).
 */

import { phraseAfter } from '../grammar/noun-phrases.js';
import {
  anonymousNouns,
  auxiliaries,
  EMPTY_CONTENT,
  FRONTED_OPENERS,
  isAdverbWord,
  isFiniteVerb,
  isVerbWord,
  organizationNouns,
  PERSONAL_PRONOUNS,
  roleNouns,
  timeWords,
} from '../lexicon/index.js';
import type { Boundary } from '../lexicon/rules.js';
import { Namer, type NounPhrase } from '../naming/canonical.js';
import type { Mention } from '../naming/resolver.js';
import type { ExtractOptions, QuoteType } from '../types.js';
import { isInsideQuote, type Segmented, type Token } from './segment.js';

export interface ArticleContext {
  readonly seg: Segmented;
  readonly tokens: Token[];
  readonly namer: Namer;
  readonly options: ExtractOptions;
  /** People and organizations named outside quotes, in document order: what "he" or "the company" may stand for. */
  readonly mentions: readonly Mention[];
  /** Running counts of words and opening marks before each token, so range counts cost O(1) on long sentences. */
  readonly wordsBefore: Int32Array;
  readonly opensBefore: Int32Array;
  /** A memo (not state a stage depends on): per sentence end, the first token of its trailing punctuation. */
  readonly trailingPunct: Map<number, number>;
}

export function buildArticle(seg: Segmented, options: ExtractOptions): ArticleContext {
  const tokens = seg.tokens;
  const namer = new Namer(tokens, options.aliases);
  const n = tokens.length;
  const wordsBefore = new Int32Array(n + 1);
  const opensBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const kind = tokens[i]!.kind;
    wordsBefore[i + 1] = wordsBefore[i]! + (kind === 'word' ? 1 : 0);
    opensBefore[i + 1] = opensBefore[i]! + (kind === 'open' ? 1 : 0);
  }
  return { seg, tokens, namer, options, mentions: namedMentions(tokens, namer), wordsBefore, opensBefore, trailingPunct: new Map() };
}

/** Names outside quotes, so that "he" or "the company" can reach someone named but not yet quoted. */
function namedMentions(t: Token[], namer: Namer): Mention[] {
  const out: Mention[] = [];
  // The last token of the last run read: a capitalised word inside it starts no run of its own.
  let done = -1;
  for (const i of namer.capitals) {
    if (i <= done) continue;
    const x = t[i]!;
    if (isInsideQuote(x)) continue;
    let j = i;
    while (j + 1 < t.length && t[j + 1]!.cap && t[j + 1]!.kind === 'word' && !t[j + 1]!.newline) j++;
    // One capitalised word is a person only when the article names them in full somewhere ("Rather" is not).
    if (j > i || namer.personByLastName(x.lower)) {
      // Named people, and named organizations that a later "the company" or "it" may stand for.
      const info = namer.describe(i, j + 1);
      const org = info.kind === 'organization' && info.named && j > i && organizationNouns.has(info.head);
      if ((info.kind === 'person' && info.named && info.pronoun === null) || org) out.push({ first: i, last: j + 1, info, via: [] });
    }
    done = j;
  }
  return out;
}

/** Words in tokens [a, b). */
export function wordCount(a: ArticleContext, from: number, to: number): number {
  if (to <= from) return 0;
  return a.wordsBefore[to]! - a.wordsBefore[from]!;
}

/** Any opening quote mark in tokens [from, to). */
export function hasOpen(a: ArticleContext, from: number, to: number): boolean {
  return to > from && a.opensBefore[to]! - a.opensBefore[from]! > 0;
}

const isAdverbLike = (lower: string): boolean => lower.length > 4 && lower.endsWith('ly');

/** The subject that opens the sentence: a noun phrase followed by a verb, after any opening adverbial. */
export function sentenceSubject(a: ArticleContext, lo: number, before: number): NounPhrase | null {
  const t = a.tokens;
  let k = lo;
  // "On Tuesday, …", "In a statement, …": an opening phrase ended by a comma.
  for (let i = lo; i < before && i < lo + 8; i++) {
    if (t[i]!.text === ',') {
      const first = t[lo]!;
      // "Walking to the next stall, Ms. Marlow …": a participle clause opening the sentence sets the scene too.
      const participle = /ing$/.test(first.lower) && first.lower.length > 5 && i > lo + 1;
      if (first.kind === 'word' && (FRONTED_OPENERS.has(first.lower) || isAdverbLike(first.lower) || participle)) {
        k = i + 1;
        // `Speaking on "Meet the Press," Ortiz …`: the comma stands inside the quotation that ends the opening phrase.
        while (k < before && t[k]!.kind === 'close') k++;
      }
      break;
    }
  }
  const np = phraseAfter(t, k, before);
  if (!np || np.last >= before) return null;
  const next = t[np.last]!;
  if (next.text === ',') return namedBeforeAside(a, np, before);
  if (next.kind !== 'word' || next.cap) return null;
  const info = a.namer.describe(np.first, np.last);
  if (info.named || info.pronoun === 'male' || info.pronoun === 'female' || info.pronoun === 'plural') return np;
  return anonymousNouns.has(info.head) || roleNouns.has(info.head) || organizationNouns.has(info.head) ? np : null;
}

/** Words an aside about the subject opens with: "Hugh Hill, who …," "Hugh Hill, a doctor …," "Hugh Hill, 30, …". */
const ASIDE_OPENERS = new Set(['who', 'a', 'an', 'the', 'his', 'her', 'its', 'their']);
/** Longest aside between a subject and its verb, in tokens. */
const MAX_ASIDE = 30;

/**
 * "Michael Petrilli, president of the Fordham Institute, tied …": a named subject with an aside between commas,
 * then its verb; the subject, or null.
 */
function namedBeforeAside(a: ArticleContext, np: NounPhrase, before: number): NounPhrase | null {
  const t = a.tokens;
  const open = t[np.last + 1];
  if (open?.kind !== 'word' || !(ASIDE_OPENERS.has(open.lower) || roleNouns.has(open.lower) || /^\d/.test(open.text))) return null;
  for (let j = np.last + 2; j < before && j <= np.last + MAX_ASIDE; j++) {
    if (t[j]!.kind === 'open') return null;
    if (t[j]!.text !== ',') continue;
    const verb = t[j + 1];
    // The verb: known as finite, an auxiliary, or a past tense by its ending ("tied", "rallied").
    if (verb?.kind !== 'word' || verb.cap || !(isFiniteVerb(verb.lower) || auxiliaries.has(verb.lower) || /[^e]ed$|ied$/.test(verb.lower))) return null;
    const info = a.namer.describe(np.first, np.last);
    return info.named && (info.kind === 'person' || info.kind === 'organization') ? np : null;
  }
  return null;
}

/** "told Reuters", "said in an interview with the BBC": the outlet addressed is an intermediary. */
export function addressedOutlet(a: ArticleContext, cue: { first: number; last: number }): string[] {
  const t = a.tokens;
  if (t[cue.first]?.lower !== 'told' && t[cue.first]?.lower !== 'tells' && t[cue.first]?.lower !== 'telling') return [];
  const obj = phraseAfter(t, cue.last, t.length);
  const alias = obj ? a.namer.aliasWithin(obj.first, obj.last) : null;
  return alias?.outlet ? [alias.name] : [];
}

/** Content bounds [from, to) of a clause running to the end of the sentence, without its final punctuation. */
export function clauseTo(a: ArticleContext, from: number, sentLast: number): number {
  const t = a.tokens;
  // The trailing punctuation run is found once per sentence: a sentence with many cues does not rescan it.
  let to = a.trailingPunct.get(sentLast);
  if (to === undefined) {
    to = sentLast;
    while (to > 0 && t[to - 1]!.kind === 'punct') to--;
    a.trailingPunct.set(sentLast, to);
  }
  return Math.max(from, to);
}

/** Signs that belong to the word they touch: "$1 trillion", "€40", "#MeToo", "@senator". */
const WORD_PREFIX_SIGN = /^[\p{Sc}#@]$/u;

/** A sign written against the word after it is part of what was said, not punctuation to trim. */
function opensWord(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  return WORD_PREFIX_SIGN.test(t[i]!.text) && next !== undefined && next.kind === 'word' && next.start === t[i]!.end;
}

/** The content of tokens [first, last) without edge punctuation, its quote marks balanced, typed by its marks. */
export function makeContent(
  a: ArticleContext,
  first: number,
  last: number,
  boundary?: Boundary,
): { start: number; end: number; type: QuoteType; boundary?: Boundary } | null {
  const t = a.tokens;
  while (first < last && t[first]!.kind === 'punct' && !opensWord(t, first)) first++;
  while (last > first && t[last - 1]!.kind === 'punct') last--;
  // Keep a quote's marks balanced: extend to the closing mark when the content ends inside a quotation.
  if (last > first && isInsideQuote(t[last - 1]!)) {
    const close = a.seg.quoteCloseToken[t[last - 1]!.quote]!;
    if (close >= last) last = close + 1;
  }
  if (first >= last) return null;
  const mixed = hasOpen(a, first, last);
  const start = t[first]!.kind === 'open' && mixed && a.seg.quoteCloseToken[t[first]!.quote]! >= last - 1 ? t[first + 1]!.start : t[first]!.start;
  let end = t[last - 1]!.end;
  if (t[last - 1]!.kind === 'close' && t[first]!.kind === 'open' && t[last - 1]!.quote === t[first]!.quote) end = t[last - 1]!.start;
  const type = mixed ? 'mixed' : 'indirect';
  return boundary ? { start, end, type, boundary } : { start, end, type };
}

/** A reported clause must say something: more than a word or two, and not "nothing" or "so". */
export function isStatement(a: ArticleContext, first: number, last: number, minWords: number): boolean {
  // Only the first three words matter; stop there, so a clause running over a huge sentence costs little.
  const words: Token[] = [];
  for (let i = first; i < last && words.length < 3; i++) if (a.tokens[i]!.kind === 'word') words.push(a.tokens[i]!);
  if (words.length < minWords) return false;
  if (words.length <= 2 && EMPTY_CONTENT.has(words[0]!.lower) && !demonstrativePhrase(words)) return false;
  return true;
}
/**
 * "this proposal", "that idea": a demonstrative before a noun names a thing (what a stance is about), unlike "this"
 * or "that" alone, or before a time ("this week") or a verb ("that is").
 */
function demonstrativePhrase(words: readonly Token[]): boolean {
  const [d, n] = words;
  if (words.length !== 2 || !n || (d!.lower !== 'this' && d!.lower !== 'that') || n.cap) return false;
  return !timeWords.has(n.lower) && !isVerbWord(n.lower) && !auxiliaries.has(n.lower) && !PERSONAL_PRONOUNS.has(n.lower) && !isAdverbWord(n.lower);
}
