/**
 * Speakers: the noun phrase that names who is speaking, found next to a cue, and the sieve that resolves
 * pronouns and back-references to the fuller mention they stand for.
 */

import { isInsideQuote, phraseIndex, phraseMatches, phrasesFrom, type Token } from '../extract/segment.js';
import {
  ASIDE_OPENERS,
  ATTACHING_PREPOSITIONS,
  adverbialPrepositions,
  anonymousNouns,
  auxiliaries,
  BE_FORMS,
  COMPANION_NOUNS,
  CONNECTIVE_ADVERBS,
  determiners,
  hasVerbTag,
  isAdjectiveWord,
  isAdverbWord,
  isVerbWord,
  NEAR_WORDS,
  negations,
  negativeSubjects,
  organizationNouns,
  POLLED_GROUPS,
  POSSESSIVE_PRONOUNS,
  PRONOUN_CONTRACTION,
  PRONOUNS,
  phraseBreaks,
  QUANTIFIER_HEADS,
  roleNouns,
  SUBJECT_PRONOUNS,
  TIME_DETERMINERS,
  TIME_UNITS,
  timeWords,
  VIA_PHRASES,
  viaFillers,
} from '../lexicon/index.js';
import type { Namer, NounPhrase } from '../naming/canonical.js';
import { cueAt } from './cues.js';

const ATTACHING = ATTACHING_PREPOSITIONS;
const BE = BE_FORMS;
const MAX_PHRASE = 16;
/** How many tokens after an attribution may hold its "as quoted by …" / "citing …". */
const VIA_WINDOW = 60;

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
  // A bare number names no one ("475 pledged delegates"), unless it is a share of people ("56 percent").
  if (/^[\d.,]+$/.test(t.text)) return false;
  if (t.cap || /\d/.test(t.text)) return true;
  if (anonymousNouns.has(t.lower) || organizationNouns.has(t.lower) || roleNouns.has(t.lower)) return true;
  if (SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'who' || QUANTIFIER_HEADS.has(t.lower)) return true;
  // "he's advocated", "she'll want": a pronoun with its auxiliary.
  if (PRONOUN_CONTRACTION.test(t.lower)) return true;
  // "the next few months may want": a stretch of time says nothing.
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
function isAbbrevDot(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k]!.text === '.' && prev !== undefined && prev.end === tokens[k]!.start && prev.kind === 'word' && (prev.cap || prev.text.includes('.'));
}

export interface Subject {
  np: NounPhrase;
  /** First token of the whole span, appositive included ("Hugh Hill, a doctor at the clinic,"). */
  spanFirst: number;
  spanLast: number;
  /** The cue belongs to a relative clause ("officials who said …"): its content ends at the next comma. */
  relative?: boolean;
}

/** Tokens [a, b) when they are nothing but a capitalised name of two to four words ("Ana Costa"). */
export function nameBetween(tokens: Token[], a: number, b: number): NounPhrase | null {
  const n = b - a;
  if (n < 2 || n > 4) return null;
  for (let i = a; i < b; i++) if (tokens[i]!.kind !== 'word' || !tokens[i]!.cap) return null;
  return { first: a, last: b };
}

/** Noun phrase ending at token `end` (inclusive), scanning back no further than `lo`. */
function phraseEndingAt(tokens: Token[], end: number, lo: number): NounPhrase | null {
  if (end < lo) return null;
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
    } else if (k !== end && /^(?:But|And|Or|So|Yet|Then|Also|However|Still|Now|Meanwhile|Later)$/.test(x.text)) {
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
  // A determiner alone ("The so called …") names no one.
  if (first === end && determiners.has(tokens[first]!.lower)) return null;
  return { first, last: end + 1 };
}

/**
 * The subject of the cue at `cue`: auxiliaries and adverbs are skipped back over ("has also said"), then the
 * noun phrase, with an appositive or relative clause between commas ("Hugh Hill, a doctor at the clinic,
 * said"). Null for passives ("is said to") and negated cues ("did not say").
 */
export function subjectBefore(tokens: Token[], cue: number, lo: number, passiveOk = false, negationOk = false): Subject | null {
  let j = cue - 1;
  let sawBe = false;
  while (j >= lo) {
    const x = tokens[j]!;
    if (x.kind !== 'word') break;
    // "did not say" reports nothing; "doesn't believe" still reports a stance.
    if (negations.has(x.lower) || x.lower.endsWith("n't") || x.lower.endsWith('n’t')) {
      if (!negationOk) return null;
      j--;
      continue;
    }
    if (BE.has(x.lower)) sawBe = true;
    if (auxiliaries.has(x.lower) || (isAdverbWord(x.lower) && !x.cap)) {
      j--;
      continue;
    }
    // "Trump on Tuesday said": a day after "on" between subject and verb.
    if (timeWords.has(x.lower) && j - 1 >= lo && TIME_DETERMINERS.has(tokens[j - 1]!.lower)) {
      j -= 2;
      continue;
    }
    break;
  }
  if (sawBe && !passiveOk) return null;
  // "Proponents of the bill, however, say": a parenthetical adverb between commas.
  if (
    j - 2 >= lo &&
    tokens[j]!.text === ',' &&
    tokens[j - 2]!.text === ',' &&
    tokens[j - 1]!.kind === 'word' &&
    !tokens[j - 1]!.cap &&
    (auxiliaries.has(tokens[j - 1]!.lower) || isAdverbWord(tokens[j - 1]!.lower) || CONNECTIVE_ADVERBS.has(tokens[j - 1]!.lower))
  ) {
    j -= 3;
  }
  if (j < lo) return null;
  const end = tokens[j]!;
  // A spaced hyphen is a dash: "Some economists - including some on the committee - warn".
  const spacedHyphen = end.text === '-' && tokens[j - 1] !== undefined && tokens[j - 1]!.end < end.start && (tokens[j + 1]?.start ?? Infinity) > end.end;
  if (end.text === ',' || end.text === '—' || end.text === '–' || spacedHyphen) {
    // Asides between commas or dashes, one or more: "Sanders, meanwhile, who sits at zero endorsements, said".
    let close = j;
    let name: NounPhrase | null = null;
    for (let aside = 0; aside < 3; aside++) {
      const mark = tokens[close]!.text;
      let p = close - 1;
      while (p >= lo && p > close - 45 && tokens[p]!.text !== ',' && tokens[p]!.text !== mark && tokens[p]!.kind !== 'close' && tokens[p]!.kind !== 'open') p--;
      if (p < lo || tokens[p]!.text !== mark || p === close - 1) return null;
      const inner = tokens[p + 1]!;
      const appositive =
        determiners.has(inner.lower) ||
        inner.cap ||
        roleNouns.has(inner.lower) ||
        ASIDE_OPENERS.has(inner.lower) ||
        /(?:ing|ed|ly)$/.test(inner.lower) ||
        /\d/.test(inner.text);
      if (!appositive) return null;
      // "The curator, Ana Costa, said": a name in the appositive names the speaker better than the role.
      name ??= nameBetween(tokens, p + 1, close);
      const np = phraseEndingAt(tokens, p - 1, lo);
      if (np) {
        const named = tokens.slice(np.first, np.last).some((x) => x.cap && x.kind === 'word' && !determiners.has(x.lower));
        return { np: name && !named ? name : np, spanFirst: np.first, spanLast: j };
      }
      // "Roxana M. Leon, 63, an independent voter, said": an age is an aside of its own.
      if (/^\d+$/.test(tokens[p - 1]?.text ?? '') && tokens[p - 2]?.text === ',') {
        const named = phraseEndingAt(tokens, p - 3, lo);
        if (named) return { np: name ?? named, spanFirst: named.first, spanLast: j };
        return null;
      }
      if (tokens[p - 1]?.text !== ',') return null;
      close = p - 1;
    }
    return null;
  }
  // "conservatives who wanted …": the relative pronoun stands for the phrase before it.
  const relative = /^(?:who|which|that)$/.test(end.lower) || /^who['’]/.test(end.lower);
  let r = relative ? j - 1 : j;
  if (relative && tokens[r]?.text === ',') r--;
  const np = phraseEndingAt(tokens, r, lo);
  if (!np) return null;
  // "neither the Pentagon nor the JCS specified": a denied statement has no speaker.
  const before = tokens[np.first - 1];
  if (before && (negations.has(before.lower) || negativeSubjects.has(before.lower))) return null;
  return { np, spanFirst: np.first, spanLast: np.last, relative };
}

/** Noun phrase starting at `from` ("said the Joint Chiefs of Staff (JCS) of South Korea, as quoted by …"). */
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
      // "telling Clinton she had been …": a subject pronoun starts the next clause.
      if (lastWord >= 0 && SUBJECT_PRONOUNS.has(x.lower)) break;
      if (NEAR_WORDS.has(x.lower) && lastWord >= 0 && ATTACHING.has(tokens[k + 1]?.lower ?? '')) {
        lastWord = k;
        k++;
        continue;
      }
      if (phraseBreaks.has(x.lower) || negations.has(x.lower)) break;
      if (isVerbWord(x.lower) && lastWord >= 0 && !isNounModifier(tokens, k, first) && !(canBeHead(x, tokens[k - 1]) && endsPhrase(tokens[k + 1]))) break;
      // "Trump tweeted", "The senator rallied": a past tense after the head, known as a cue or by its ending.
      if (lastWord >= 0 && !determiners.has(tokens[lastWord]!.lower) && (cueAt(tokens, k) !== null || /[^e]ed$/.test(x.lower))) break;
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

/**
 * Adverbials that may stand between a cue and its content or object: "on Tuesday", "in a statement",
 * "at a rally in Iowa", "last week". Returns the index after them.
 */
export function skipAdverbials(tokens: Token[], from: number, hi: number): number {
  let k = from;
  for (let guard = 0; guard < 6 && k < hi; guard++) {
    const x = tokens[k]!;
    if (x.kind !== 'word') break;
    if (timeWords.has(x.lower) || (isAdverbWord(x.lower) && !x.cap)) {
      k++;
      continue;
    }
    if (!adverbialPrepositions.has(x.lower) || x.lower === 'that') break;
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
      m++;
      words++;
    }
    if (words === 0) break;
    k = m;
  }
  return k;
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
