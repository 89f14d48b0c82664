/**
 * Noun phrases: the phrase that names who is speaking, read forwards from a point ("said the Joint Chiefs of
 * Staff (JCS) of South Korea") or backwards from one (the subject before a cue: subjects.ts).
 */

import { isInsideQuote, type Token } from '../extract/segment.js';
import {
  ATTACHING_PREPOSITIONS,
  anonymousNouns,
  auxiliaries,
  COMPANION_NOUNS,
  determiners,
  isAdjectiveWord,
  isAdverbWord,
  isFiniteVerb,
  isVerbWord,
  NEAR_WORDS,
  negations,
  negativeSubjects,
  organizationNouns,
  PHRASE_OPENERS,
  POLLED_GROUPS,
  POSSESSIVE_PRONOUNS,
  PRONOUN_CONTRACTION,
  PRONOUNS,
  phraseBreaks,
  QUANTIFIER_HEADS,
  roleNouns,
  SUBJECT_PRONOUNS,
  TIME_UNITS,
} from '../lexicon/index.js';
import { NUMBER_WORDS } from '../lexicon/names.js';
import type { NounPhrase } from '../naming/canonical.js';
import { cueAt } from './cues.js';

const ATTACHING = ATTACHING_PREPOSITIONS;
const MAX_PHRASE = 16;

const isCount = (x: Token | undefined): boolean => x?.kind === 'word' && (/^\d+$/.test(x.text) || NUMBER_WORDS.has(x.lower));
/**
 * A share of people ending at `end`: "one in five", "nine out of 10", "two of three". Polls report what such shares
 * say ("One in five say …"); the index of its first count, or -1.
 */
export function shareStart(tokens: Token[], end: number, lo: number): number {
  if (!isCount(tokens[end]) || end - 2 < lo) return -1;
  const prep = tokens[end - 1]!.lower;
  if (prep === 'in' || prep === 'of') {
    if (isCount(tokens[end - 2])) return end - 2;
    if (prep === 'of' && tokens[end - 2]!.lower === 'out' && end - 3 >= lo && isCount(tokens[end - 3])) return end - 3;
  }
  return -1;
}

/** Can this word be the last word (head) of a noun phrase naming a speaker? */
function canBeHead(t: Token, prev?: Token): boolean {
  if (t.kind !== 'word') return t.text === ')';
  // "the engineer", "a city guard": a verb form after a determiner or a noun is a noun.
  if (
    prev &&
    prev.kind === 'word' &&
    !t.cap &&
    isVerbWord(t.lower) &&
    (determiners.has(prev.lower) ||
      POSSESSIVE_PRONOUNS.has(prev.lower) ||
      /['’]s$/.test(prev.lower) ||
      isAdjectiveWord(prev.lower) ||
      (!prev.cap && !isVerbWord(prev.lower) && !phraseBreaks.has(prev.lower) && !auxiliaries.has(prev.lower) && !isAdverbWord(prev.lower)))
  )
    return true;
  // A bare number names no one ("310 pledged votes"), unless it is a share of people ("56 percent").
  if (/^[\d.,]+$/.test(t.text)) return false;
  if (t.cap || /\d/.test(t.text)) return true;
  if (anonymousNouns.has(t.lower) || organizationNouns.has(t.lower) || roleNouns.has(t.lower)) return true;
  if (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'who' || QUANTIFIER_HEADS.has(t.lower)) return true;
  // "he's advocated", "she'll want": a pronoun with its auxiliary.
  if (PRONOUN_CONTRACTION.test(t.lower)) return true;
  // "the coming weeks may bring": a stretch of time says nothing.
  if (TIME_UNITS.has(t.lower)) return false;
  if (ATTACHING.has(t.lower) || phraseBreaks.has(t.lower) || determiners.has(t.lower) || isVerbWord(t.lower) || isAdverbWord(t.lower)) return false;
  return true;
}

/** A word that may stand before an attaching preposition inside a phrase ("section of", "spokesman for"). */
function attachesComplement(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return t?.text === ')';
  return t.cap || anonymousNouns.has(t.lower) || organizationNouns.has(t.lower) || roleNouns.has(t.lower);
}

/** Words that join an anonymous source to what it is near: "a source close to", "people familiar with". */

/**
 * A word compromise knows as a verb used as a noun modifier: it stands after a determiner or adjective and
 * before a noun ("the city finance office", "a transport authority").
 */
function isNounModifier(tokens: Token[], k: number, lo: number): boolean {
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next?.kind !== 'word' || next.cap || !(organizationNouns.has(next.lower) || anonymousNouns.has(next.lower) || roleNouns.has(next.lower))) return false;
  if (!prev || k - 1 < lo || prev.kind !== 'word') return false;
  return determiners.has(prev.lower) || prev.cap || !isVerbWord(prev.lower);
}

/** A finite verb whose every reading is a verb and that is no third person in "-s": "spoke", "went", "wrote". */
const irregularPast = (lower: string): boolean => isVerbWord(lower) && isFiniteVerb(lower) && !lower.endsWith('s');

/** Nothing more of the phrase follows: punctuation, the end, or a word that starts something else. */
function endsPhrase(t: Token | undefined): boolean {
  return t?.kind !== 'word' || phraseBreaks.has(t.lower) || ATTACHING.has(t.lower);
}

/** Index just past a balanced "( … )" starting at `i`, or -1. */
function closingParen(tokens: Token[], i: number, hi: number): number {
  for (let k = i + 1; k < hi && k < i + 12; k++) {
    if (tokens[k]!.text === ')') return k + 1;
    if (tokens[k]!.text === '(' || isInsideQuote(tokens[k]!) || tokens[k]!.kind === 'open') return -1;
  }
  return -1;
}

function openingParen(tokens: Token[], i: number, lo: number): number {
  for (let k = i - 1; k >= lo && k > i - 12; k--) {
    if (tokens[k]!.text === '(') return k;
    if (tokens[k]!.text === ')' || tokens[k]!.kind === 'close') return -1;
  }
  return -1;
}

/** A dot that belongs to a word before it: "Sen.", "U.S.", "Inc.". */
export function isAbbrevDot(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k]!.text === '.' && prev !== undefined && prev.end === tokens[k]!.start && prev.kind === 'word' && (prev.cap || prev.text.includes('.'));
}

/** Tokens [a, b) when they are nothing but a capitalised name of two to four words ("Ana Costa"). */
export function nameBetween(tokens: Token[], a: number, b: number): NounPhrase | null {
  const n = b - a;
  if (n < 2 || n > 4) return null;
  for (let i = a; i < b; i++) if (tokens[i]!.kind !== 'word' || !tokens[i]!.cap) return null;
  return { first: a, last: b };
}

/** Noun phrase ending at token `end` (inclusive), scanning back no further than `lo`. */
// One piece: a backward scan whose branches share the position and the last word seen.
export function phraseEndingAt(tokens: Token[], end: number, lo: number): NounPhrase | null {
  if (end < lo) return null;
  const share = shareStart(tokens, end, lo);
  if (share >= 0) return { first: share, last: end + 1 };
  let k = end;
  const head = tokens[end]!;
  // "those surveyed say", "voters polled said": a participle naming the group is the head.
  const group = head.kind === 'word' && /ed$/.test(head.lower) && end - 1 >= lo && POLLED_GROUPS.has(tokens[end - 1]!.lower);
  if (!canBeHead(head, end - 1 >= lo ? tokens[end - 1] : undefined) && !group) return null;
  if (head.text === ')') {
    const open = openingParen(tokens, end, lo);
    if (open < 0) return null;
    k = open - 1;
  } else k = end - 1;
  if ((SUBJECT_PRONOUNS.has(head.lower) || PRONOUN_CONTRACTION.test(head.lower)) && head.kind === 'word') {
    return { first: end, last: end + 1 };
  }
  while (k >= lo && end - k < MAX_PHRASE) {
    const x = tokens[k]!;
    if (x.kind === 'open' || x.kind === 'close' || isInsideQuote(x)) break;
    if (x.kind === 'punct') {
      if (x.text === ')') {
        const open = openingParen(tokens, k, lo);
        if (open < 0) break;
        k = open - 1;
        continue;
      }
      if (isAbbrevDot(tokens, k) || x.text === '&' || x.text === '-') {
        k--;
        continue;
      }
      break;
    }
    if (!x.cap) {
      if (ATTACHING.has(x.lower)) {
        // "a spokesman for the ministry", "a source close to the council", "people familiar with the talks"
        if (k - 1 >= lo && (attachesComplement(tokens[k - 1]) || NEAR_WORDS.has(tokens[k - 1]!.lower))) {
          k--;
          continue;
        }
        break;
      }
      if (x.lower === 'and' && tokens[k - 1]?.cap && tokens[k + 1]?.cap) {
        k--;
        continue;
      }
      if (NEAR_WORDS.has(x.lower) && ATTACHING.has(tokens[k + 1]?.lower ?? '')) {
        k--;
        continue;
      }
      if (phraseBreaks.has(x.lower) || negations.has(x.lower)) break;
      // A verb form inside a noun compound ("the city finance office", "the regional transport authority").
      if (isVerbWord(x.lower) && !determiners.has(x.lower) && !isNounModifier(tokens, k, lo)) break;
      if (isAdverbWord(x.lower)) break;
    } else if (
      k !== end &&
      /^(?:But|And|Or|So|Yet|Then|Also|However|Still|Now|Meanwhile|Later|As|While|When|If|Although|Though|Because|Since|Unless|Whether)$/.test(x.text)
    ) {
      break;
    }
    k--;
  }
  let first = k + 1;
  // The phrase never starts with a preposition or conjunction left over from the scan.
  while (first <= end && tokens[first]!.kind === 'word' && (ATTACHING.has(tokens[first]!.lower) || tokens[first]!.lower === 'and')) first++;
  while (first <= end && tokens[first]!.kind === 'punct' && tokens[first]!.text !== '(') first++;
  if (first > end) return null;
  if (negativeSubjects.has(tokens[first]!.lower)) return null;
  // A determiner alone ("The so called …") names no one; a quantifier alone stands for people ("Both said").
  if (first === end && determiners.has(tokens[first]!.lower) && !QUANTIFIER_HEADS.has(tokens[first]!.lower)) return null;
  return { first, last: end + 1 };
}

/** Noun phrase starting at `from` ("said the Federal Aviation Administration (FAA) of the U.S., as quoted by …"). */
// One piece: a forward scan whose branches share the position and the last word seen.
export function phraseAfter(tokens: Token[], from: number, hi: number): NounPhrase | null {
  let k = from;
  while (
    k < hi &&
    tokens[k]!.kind === 'word' &&
    ((auxiliaries.has(tokens[k]!.lower) && !determiners.has(tokens[k]!.lower)) || (isAdverbWord(tokens[k]!.lower) && !tokens[k]!.cap))
  )
    k++;
  const first = k;
  // A pronoun is a whole phrase: "said he", "told them".
  if (k < hi && tokens[k]!.kind === 'word' && PRONOUNS.has(tokens[k]!.lower)) return { first: k, last: k + 1 };
  let lastWord = -1;
  while (k < hi && k - first < MAX_PHRASE) {
    const x = tokens[k]!;
    if (x.kind === 'open' || x.kind === 'close' || isInsideQuote(x)) break;
    if (x.kind === 'punct') {
      if (x.text === '(') {
        const close = closingParen(tokens, k, hi);
        if (close < 0 || lastWord < 0) break;
        k = close;
        lastWord = close - 1;
        continue;
      }
      if (isAbbrevDot(tokens, k) && tokens[k + 1]?.cap && tokens[k + 1]!.start === x.end + 1) {
        k++;
        continue;
      }
      if ((x.text === '-' || x.text === '&') && lastWord >= 0) {
        k++;
        continue;
      }
      break;
    }
    if (!x.cap) {
      if (ATTACHING.has(x.lower)) {
        const nxt = tokens[k + 1];
        const described = lastWord >= 0 && tokens[lastWord]!.kind === 'word' && !tokens[lastWord]!.cap && attachesComplement(tokens[lastWord]);
        // After a role or source noun a complement may be common: "a lawyer for the family".
        const okNext =
          nxt !== undefined &&
          (nxt.cap ||
            (determiners.has(nxt.lower) && (tokens[k + 2]?.cap === true || described)) ||
            (x.lower === 'of' && nxt.kind === 'word' && !phraseBreaks.has(nxt.lower)));
        const near = lastWord >= 0 && NEAR_WORDS.has(tokens[lastWord]!.lower);
        if (lastWord >= 0 && (attachesComplement(tokens[lastWord]) || near) && okNext) {
          k++;
          continue;
        }
        break;
      }
      // "Doyle and others", "Smith and Jones": one speaker phrase.
      if (x.lower === 'and' && tokens[k - 1]?.cap && (tokens[k + 1]?.cap || COMPANION_NOUNS.has(tokens[k + 1]?.lower ?? ''))) {
        k++;
        continue;
      }
      // "telling Hale he had been …", "told Politico he’ll work …": a subject pronoun, alone or with its
      // auxiliary, starts the next clause.
      if (lastWord >= 0 && (SUBJECT_PRONOUNS.has(x.lower) || PRONOUN_CONTRACTION.test(x.lower))) break;
      // "told reporters the vote would be close": an article or a possessive after a word starts the next phrase.
      if (lastWord >= 0 && lastWord === k - 1 && PHRASE_OPENERS.has(x.lower) && !determiners.has(tokens[lastWord]!.lower)) break;
      if (NEAR_WORDS.has(x.lower) && lastWord >= 0 && ATTACHING.has(tokens[k + 1]?.lower ?? '')) {
        lastWord = k;
        k++;
        continue;
      }
      if (phraseBreaks.has(x.lower) || negations.has(x.lower)) break;
      if (isVerbWord(x.lower) && lastWord >= 0 && !isNounModifier(tokens, k, first) && !(canBeHead(x, tokens[k - 1]) && endsPhrase(tokens[k + 1]))) break;
      // "Trump tweeted", "The senator rallied", "The mayor spoke to …": a past tense after the head, known as a cue, by its
      // ending or, for an irregular past, by the word classes (a finite form with only verb readings, not in "-s",
      // which may be a plural noun: "city guards").
      if (lastWord >= 0 && !determiners.has(tokens[lastWord]!.lower) && (cueAt(tokens, k) !== null || /[^e]ed$/.test(x.lower) || irregularPast(x.lower))) break;
      if (isAdverbWord(x.lower) && lastWord >= 0) break;
    }
    lastWord = k;
    k++;
  }
  if (lastWord < first) return null;
  // Drop a trailing abbreviation dot that is the sentence's full stop ("said Mrs. Smith." keeps "Mrs.").
  let last = lastWord + 1;
  while (last > first && !canBeHead(tokens[last - 1]!, last - 2 >= first ? tokens[last - 2] : undefined)) last--;
  if (last <= first) return null;
  if (negativeSubjects.has(tokens[first]!.lower)) return null;
  if (tokens.slice(first, last).every((t) => t.kind !== 'word' || determiners.has(t.lower) || (!t.cap && isVerbWord(t.lower)))) return null;
  return { first, last };
}
