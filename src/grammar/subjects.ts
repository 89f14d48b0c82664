/**
 * The subject of a cue: the noun phrase before it, with appositives and asides between commas ("Hugh Hill, a
 * doctor at the clinic, said"), relative clauses ("officials who said") and auxiliaries skipped back over.
 */

import type { Token } from '../extract/segment.js';
import {
  ASIDE_OPENERS,
  auxiliaries,
  BE_FORMS,
  CLAUSE_CONJUNCTIONS,
  CONNECTIVE_ADVERBS,
  determiners,
  isAdverbWord,
  LINKING_VERBS,
  negations,
  negativeSubjects,
  QUANTIFIER_HEADS,
  RELATIVE_ASIDES,
  roleNouns,
  TIME_DETERMINERS,
  timeWords,
} from '../lexicon/index.js';
import type { NounPhrase } from '../naming/canonical.js';
import { cueAt } from './cues.js';
import { nameBetween, phraseEndingAt } from './noun-phrases.js';

const BE = BE_FORMS;

export interface Subject {
  np: NounPhrase;
  /** First token of the whole span, appositive included ("Hugh Hill, a doctor at the clinic,"). */
  spanFirst: number;
  spanLast: number;
  /** The cue belongs to a relative clause ("officials who said …"): its content ends at the next comma. */
  relative?: boolean;
}

/**
 * The subject of the cue at `cue`: auxiliaries and adverbs are skipped back over ("has also said"), then the
 * noun phrase, with an appositive or relative clause between commas ("Hugh Hill, a doctor at the clinic,
 * said"). Null for passives ("is said to") and negated cues ("did not say").
 */
// One piece: a backward scan (auxiliaries, asides, relatives, then the phrase) over one shared position.
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
    // "The ads seemed intended to …", "it remained expected": a participle after a copula other than "be" is a
    // passive too (the clitic "'s" is a form of "be" already).
    if (BE.has(x.lower) || (LINKING_VERBS.has(x.lower) && /^[a-z]+$/.test(x.lower))) {
      sawBe = true;
      if (!BE.has(x.lower)) {
        j--;
        continue;
      }
    }
    // "They both said" skips "both"; "Both said", "And all agreed": with no phrase before it, the quantifier is the subject.
    if (quantifierOpens(tokens, j, lo)) break;
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
  // `Hale, who calls the mayor a "fraud," said`: the aside's comma stands inside the quotation that ends it.
  const quotedComma = end.kind === 'close' && tokens[j - 1]?.text === ',';
  // "The justice -- who has been in a dispute with him -- said": two hyphens typed for a dash.
  const doubleHyphen = end.text === '-' && hyphenPair(tokens, j - 1);
  if (end.text === ',' || end.text === '—' || end.text === '–' || spacedHyphen || quotedComma || doubleHyphen) {
    // Asides between commas or dashes, one or more: "Sanders, meanwhile, who sits at zero endorsements, said".
    // `close` is the first token of the mark that closes the aside.
    let close = doubleHyphen ? j - 1 : j;
    // The speaker's span ends before the aside's last comma, or after the quotation that holds it.
    const asideEnd = quotedComma ? j + 1 : doubleHyphen ? j - 1 : j;
    let name: NounPhrase | null = null;
    for (let aside = 0; aside < 3; aside++) {
      const mark = tokens[close]!.kind === 'close' ? ',' : tokens[close]!.text;
      let quoted = tokens[close]!.kind === 'close';
      let p = quoted ? openOf(tokens, close, lo) - 1 : close - 1;
      while (p >= lo && p > close - 45 && tokens[p]!.text !== ',' && tokens[p]!.text !== mark && tokens[p]!.kind !== 'open') {
        // A quotation inside the aside ("who called it "a fraud" on Monday") is stepped over whole.
        if (tokens[p]!.kind === 'close') {
          const o = openOf(tokens, p, lo);
          if (o < 0) break;
          p = o;
          quoted = true;
        }
        p--;
      }
      if (p < lo || tokens[p]!.text !== mark || p === close - 1) return null;
      const inner = tokens[p + 1]!;
      // Only a relative clause is surely an aside with a quotation in it; after `…,'' said` or `"…," is` the
      // quotation is more often what was said, or the subject's own clause.
      if (quoted && !RELATIVE_ASIDES.has(inner.lower)) return null;
      const appositive =
        determiners.has(inner.lower) ||
        inner.cap ||
        roleNouns.has(inner.lower) ||
        ASIDE_OPENERS.has(inner.lower) ||
        /(?:ing|ed|ly)$/.test(inner.lower) ||
        /\d/.test(inner.text) ||
        // "Sanders, meanwhile, who sits at zero endorsements, said": a lone adverb between commas.
        (p + 2 === close && (isAdverbWord(inner.lower) || CONNECTIVE_ADVERBS.has(inner.lower)));
      if (!appositive) return null;
      // "The curator, Ana Costa, said": a name in the appositive names the speaker better than the role.
      name ??= nameBetween(tokens, p + 1, close);
      // The aside's opening mark may be a pair of hyphens too.
      if (mark === '-' && hyphenPair(tokens, p - 1)) p--;
      const np = phraseEndingAt(tokens, p - 1, lo);
      if (np) {
        const named = tokens.slice(np.first, np.last).some((x) => x.cap && x.kind === 'word' && !determiners.has(x.lower));
        return { np: name && !named ? name : np, spanFirst: np.first, spanLast: asideEnd };
      }
      // "Roxana M. Leon, 63, an independent voter, said": an age is an aside of its own.
      if (/^\d+$/.test(tokens[p - 1]?.text ?? '') && tokens[p - 2]?.text === ',') {
        const named = phraseEndingAt(tokens, p - 3, lo);
        if (named) return { np: name ?? named, spanFirst: named.first, spanLast: asideEnd };
        return null;
      }
      // No phrase before this aside: it follows another one ("Sanders, meanwhile, who …, said"), which ends at its
      // opening comma.
      close = p;
    }
    return null;
  }
  // "conservatives who wanted …": the relative pronoun stands for the phrase before it.
  const relative = /^(?:who|which|that)$/.test(end.lower) || /^who['’]/.test(end.lower);
  let r = relative ? j - 1 : j;
  if (relative && tokens[r]?.text === ',') r--;
  const object = phraseEndingAt(tokens, r, lo);
  if (!object) return null;
  // "Donors backing the governor say": a participle of stance or saying after a noun is a reduced relative
  // clause, and the noun before it is the subject (its object names no one the cue is about: no role).
  const np = (relative ? null : participleOwner(tokens, object.first, lo)) ?? object;
  // "neither the Pentagon nor the JCS specified": a denied statement has no speaker.
  const before = tokens[np.first - 1];
  if (before && (negations.has(before.lower) || negativeSubjects.has(before.lower))) return null;
  return { np, spanFirst: np.first, spanLast: np.last, relative };
}

/**
 * A quantifier that can stand for people ("both", "many") opens its clause at `j`, no word of a phrase before it
 * (the clause's start, punctuation, a conjunction): it is a subject of its own ("Both said", "And many argue"), not
 * a word inside one ("they both said", "the many calls").
 */
export function quantifierOpens(tokens: Token[], j: number, lo: number): boolean {
  if (!QUANTIFIER_HEADS.has(tokens[j]?.lower ?? '')) return false;
  const x = tokens[j - 1];
  return j - 1 < lo || x === undefined || x.kind !== 'word' || CLAUSE_CONJUNCTIONS.has(x.lower) || x.lower === 'or';
}

/** Tokens `i` and `i + 1` are two hyphens written together ("--"), which stand for a dash. */
export function hyphenPair(tokens: Token[], i: number): boolean {
  const x = tokens[i];
  const y = tokens[i + 1];
  return x !== undefined && y !== undefined && x.text === '-' && y.text === '-' && x.end === y.start;
}

/** The opening mark of the quotation that the mark at `close` closes, no earlier than `lo`; -1 if none. */
function openOf(tokens: Token[], close: number, lo: number): number {
  const q = tokens[close]!.quote;
  // No further back than an aside reaches: a long run of marks stays linear.
  for (let i = close - 1; i >= lo && i > close - 45; i--) if (tokens[i]!.kind === 'open' && tokens[i]!.quote === q) return i;
  return -1;
}

/** The noun phrase before a cue participle that ends at `object` ("Donors backing | the governor"), or null. */
function participleOwner(tokens: Token[], object: number, lo: number): NounPhrase | null {
  for (const at of [object - 1, object - 2]) {
    const m = at >= lo ? cueAt(tokens, at) : null;
    if (m?.form !== 'gerund' || m.last !== object || tokens[at]!.cap) continue;
    return phraseEndingAt(tokens, at - 1, lo);
  }
  return null;
}
