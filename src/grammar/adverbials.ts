/**
 * What stands around an attribution without being its speaker or content: adverbials between a cue and its
 * content ("said on Tuesday in a statement"), and the intermediaries named after it ("as quoted by Yonhap").
 */

import { isInsideQuote, phraseIndex, phraseMatches, phrasesFrom, type Token } from '../extract/segment.js';
import {
  APPROXIMATORS,
  ATTACHING_PREPOSITIONS,
  adverbialPrepositions,
  COMPARATIVE_QUANTIFIERS,
  determiners,
  hasVerbTag,
  isAdjectiveWord,
  isAdverbWord,
  isIngForm,
  isVerbWord,
  PHRASE_OPENERS,
  PRONOUNS,
  phraseBreaks,
  QUANTITY_BOUNDS,
  SUBJECT_PRONOUNS,
  TIME_WORD_DETERMINERS,
  timeWords,
  VIA_PHRASES,
  viaFillers,
} from '../lexicon/index.js';
import { NUMBER_WORDS } from '../lexicon/names.js';
import type { Namer, NounPhrase } from '../naming/canonical.js';
import { isAbbrevDot, phraseAfter } from './noun-phrases.js';

const ATTACHING = ATTACHING_PREPOSITIONS;
/** How many tokens after an attribution may hold its "as quoted by …" / "citing …". */
const VIA_WINDOW = 60;

/**
 * Adverbials that may stand between a cue and its content or object: "on Tuesday", "in a statement",
 * "at a rally in Iowa", "last week". Returns the index after them.
 */
export function skipAdverbials(tokens: Token[], from: number, hi: number): number {
  let k = from;
  for (let guard = 0; guard < 6 && k < hi; guard++) {
    const x = tokens[k]!;
    if (x.kind !== 'word') break;
    // "said this week" skips a time; "said this was a mistake" does not.
    if (TIME_WORD_DETERMINERS.has(x.lower) && !timeWords.has(tokens[k + 1]?.lower ?? '')) break;
    // "claimed nearly 400 delegates took part", "said about 200 people came": a word before a number tells how
    // many; it opens the content, it is no adverbial of the saying.
    if (!x.cap && APPROXIMATORS.has(x.lower) && quantityAt(tokens[k + 1])) break;
    // "demanded more money", "said fewer voters came": a comparative of amount before anything but an adverb is
    // the content's determiner.
    const next = tokens[k + 1];
    if (!x.cap && COMPARATIVE_QUANTIFIERS.has(x.lower) && next?.kind === 'word' && (next.cap || !isAdverbWord(next.lower))) break;
    // "proposed temporarily closing the bridge", "denied ever meeting him": an adverb right before a gerund
    // modifies the gerund, which opens the content.
    // Only an adverb of manner in "-ly" ("said early evening" has a time, not a gerund).
    if (
      !x.cap &&
      x.lower.endsWith('ly') &&
      isAdverbWord(x.lower) &&
      !timeWords.has(x.lower) &&
      next?.kind === 'word' &&
      !next.cap &&
      isIngForm(next.lower) &&
      !timeWords.has(next.lower)
    )
      break;
    if (timeWords.has(x.lower) || (isAdverbWord(x.lower) && !x.cap)) {
      k++;
      continue;
    }
    if (!adverbialPrepositions.has(x.lower) || x.lower === 'that') break;
    // "said at least 10 people died", "at most a third": a bound on a quantity opens the content's subject.
    if (x.lower === 'at' && QUANTITY_BOUNDS.has(tokens[k + 1]?.lower ?? '')) break;
    // "plans to raise rates": an infinitive is content, not a circumstance.
    const after = tokens[k + 1];
    if (
      x.lower === 'to' &&
      after &&
      after.kind === 'word' &&
      !after.cap &&
      !/\d/.test(after.text) &&
      !determiners.has(after.lower) &&
      !PRONOUNS.has(after.lower) &&
      (hasVerbTag(after.lower) || !isAdjectiveWord(after.lower))
    )
      break;
    // A preposition and its phrase: up to the next preposition, comma, colon, "that" or a verb.
    let m = k + 1;
    let words = 0;
    while (m < hi && words < 8) {
      const y = tokens[m]!;
      if (y.kind !== 'word') {
        if (isAbbrevDot(tokens, m) || y.text === '-') {
          m++;
          continue;
        }
        break;
      }
      if (
        y.lower === 'that' ||
        (adverbialPrepositions.has(y.lower) && words > 0) ||
        (phraseBreaks.has(y.lower) && !determiners.has(y.lower) && !ATTACHING.has(y.lower))
      )
        break;
      // "after the vote": a verb form right after a determiner is a noun.
      if (!y.cap && isVerbWord(y.lower) && words > 0 && !determiners.has(tokens[m - 1]!.lower)) break;
      // "said on Tuesday he would …", "said in an interview the plan …": a subject pronoun, or a phrase opener
      // right after a noun, starts the content's subject; a prepositional phrase goes on with "of", not with them.
      if (words > 0 && (SUBJECT_PRONOUNS.has(y.lower) || (PHRASE_OPENERS.has(y.lower) && !determiners.has(tokens[m - 1]!.lower)))) break;
      m++;
      words++;
    }
    if (words === 0) break;
    k = m;
  }
  return k;
}

/** A number: digits, a number word, or a fraction written with one ("one-third", "two-thirds"). */
function quantityAt(y: Token | undefined): boolean {
  if (y?.kind !== 'word') return false;
  return /^\d/.test(y.text) || NUMBER_WORDS.has(y.lower) || NUMBER_WORDS.has(y.lower.split('-')[0] ?? '');
}

/** Intermediaries named after an attribution: "as quoted by Yonhap", "citing data from Western intelligence". */
const VIA_INDEX = phraseIndex(VIA_PHRASES.phrases);

export function viaAfter(tokens: Token[], namer: Namer, from: number, hi: number): string[] {
  const found: string[] = [];
  // An intermediary follows its attribution closely; an unbounded scan to the sentence end is quadratic on a
  // sentence with many cues.
  const end = Math.min(hi, from + VIA_WINDOW);
  for (let k = from; k < end; k++) {
    const x = tokens[k]!;
    if (x.kind === 'open' || isInsideQuote(x)) break;
    if (x.kind !== 'word') continue;
    for (const phrase of phrasesFrom(tokens, k, VIA_INDEX)) {
      if (!phraseMatches(tokens, k, phrase)) continue;
      let s = k + phrase.length;
      while (s < hi && viaFillers.has(tokens[s]!.lower) && !tokens[s]!.cap) s++;
      const np = phraseAfter(tokens, s, hi);
      if (!np) continue;
      const name = viaName(namer, np, phrase[0] === 'told');
      if (name && !found.includes(name)) found.push(name);
      k = np.last - 1;
      break;
    }
  }
  return found;
}

/** An intermediary's name: an outlet or institution from the lexicon, else the phrase as written without fillers. */
function viaName(namer: Namer, np: NounPhrase, outletsOnly: boolean): string | null {
  const alias = namer.aliasWithin(np.first, np.last);
  if (alias) return outletsOnly && !alias.outlet ? null : alias.name;
  if (outletsOnly) return null;
  return namer.plainName(np.first, np.last)?.replace(/\s*\([^)]*\)$/, '') ?? null;
}
