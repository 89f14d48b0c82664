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
  isNegation,
  LINKING_VERBS,
  negations,
  negativeSubjects,
  PERSONAL_PRONOUNS,
  QUANTIFIER_HEADS,
  RAISING_VERBS,
  RELATIVE_ASIDES,
  roleNouns,
  TIME_DETERMINERS,
  timeWords,
} from '../lexicon/index.js';
import type { NounPhrase } from '../naming/canonical.js';
import { skipAdverbials } from './adverbials.js';
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
    if (isNegation(x.lower)) {
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
    // "continue to believe", "seems to support", "are inclined to believe": a verb of continuing or seeming before
    // "to" hands the infinitive its own subject, which holds the belief or the stance.
    if (x.lower === 'to' && j === cue - 1 && j - 1 >= lo && RAISING_VERBS.has(tokens[j - 1]!.lower)) {
      j -= 2;
      // "are inclined to": the "be" before an adjective of inclination makes no passive.
      if (tokens[j + 1]!.lower === 'inclined' && j >= lo && BE.has(tokens[j]!.lower)) j--;
      // "Fans who are inclined to trust the coach will not be swayed": inside a relative clause the infinitive's
      // content cannot be told from the main clause after it; leave it.
      if (j >= lo && /^(?:who|which|that)$/.test(tokens[j]!.lower)) return null;
      continue;
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
    // Asides between commas or dashes, one or more: "Ortiz, meanwhile, who has no backers yet, said".
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
        // "Ortiz, meanwhile, who has no backers yet, said": a lone adverb between commas.
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
      // "Nora T. Vint, 58, a retired nurse, said": an age is an aside of its own.
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
  // "officials who talked to the paper said", "two aides who asked not to be named said": a relative clause with
  // no comma between the subject and its cue; the subject is the phrase before "who", the clause goes with it.
  // A participle after a noun describes that noun ("an investor who has put money into groups backing Cruz").
  const restricted = RELATIVE_ASIDES.has(end.lower) || /ing$/.test(tokens[cue]!.lower) ? null : restrictiveRelativeBefore(tokens, j, lo);
  if (restricted) return restricted;
  // "Officials I spoke with said", "Several people I've talked to in recent weeks say": a relative clause with no
  // pronoun of its own, whose verb's object is the subject (left out, or after a preposition at the clause's end).
  const contact = /ing$/.test(tokens[cue]!.lower) ? null : contactRelativeBefore(tokens, j, lo);
  if (contact) return contact;
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

/** The most tokens from "who" to the cue in a relative clause between a subject and its cue. */
const MAX_RESTRICTIVE = 20;
/**
 * A relative clause that ends at `j`, right before a cue, opened by "who" with no comma before it ("officials who
 * spoke with the paper said", "a woman who works there and who did not want to be named said"): the subject is
 * the phrase before "who" and the span runs to `j`. The clause's own verb must take no clause of its own ("who
 * said the mayor said …" leaves the second cue to "the mayor"); an infinitive after it is fine ("who asked not to
 * be named", "who declined to be identified").
 */
function restrictiveRelativeBefore(tokens: Token[], j: number, lo: number): Subject | null {
  // "who are inclined to trust", "who speaks and tweets": a clause that runs on into the cue is not over before it.
  const last = tokens[j]!.lower;
  if (last === 'to' || CLAUSE_CONJUNCTIONS.has(last) || last === 'or') return null;
  for (let w = j - 1; w >= lo && w > j - MAX_RESTRICTIVE; w--) {
    const x = tokens[w]!;
    if (x.kind !== 'word') return null;
    if (x.lower !== 'who') continue;
    // "who" is the clause's subject: a verb follows it, perhaps after auxiliaries, negations and adverbs.
    let v = w + 1;
    while (v < j && tokens[v]!.kind === 'word' && (auxiliaries.has(tokens[v]!.lower) || isNegation(tokens[v]!.lower) || isAdverbWord(tokens[v]!.lower))) v++;
    const verb = tokens[v]!;
    if (v > j || verb.kind !== 'word' || verb.cap || determiners.has(verb.lower) || PERSONAL_PRONOUNS.has(verb.lower)) return null;
    const cue = cueAt(tokens, v);
    if (cue && cue.verb.class !== 'stance' && cue.verb.class !== 'judgement') {
      const next = tokens[cue.last];
      const infinitive = next?.lower === 'to' || (negations.has(next?.lower ?? '') && tokens[cue.last + 1]?.lower === 'to');
      if (!infinitive) return null;
    }
    // "… here and who did not want …": a second relative clause joined to the first; the subject is before the first.
    const prev = tokens[w - 1];
    if (prev?.lower === 'and' || prev?.lower === 'or') continue;
    const np = phraseEndingAt(tokens, w - 1, lo);
    if (!np) return null;
    return { np, spanFirst: np.first, spanLast: j + 1 };
  }
  return null;
}

/** Subject pronouns that open a relative clause without "who" or "that" ("the people I spoke with"). */
const CONTACT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', "i've", 'i’ve', "we've", 'we’ve']);
/**
 * A relative clause without "who" or "that" that ends at `j`, right before a cue: a noun phrase, a first person
 * pronoun, its verb, then nothing the verb takes but a preposition left at the end ("Officials I spoke with said"),
 * perhaps with a circumstance after it ("people I've talked to over the past few days said"). The
 * subject is the phrase before the pronoun.
 */
function contactRelativeBefore(tokens: Token[], j: number, lo: number): Subject | null {
  for (let w = j - 1; w > lo && w > j - MAX_RESTRICTIVE; w--) {
    const x = tokens[w]!;
    if (x.kind !== 'word') return null;
    if (!CONTACT_PRONOUNS.has(x.lower)) continue;
    let v = w + 1;
    while (v < j && auxiliaries.has(tokens[v]!.lower)) v++;
    // The verb, then a preposition with no object: the next word is the cue, or a circumstance up to it.
    const prep = tokens[v + 1];
    if (v >= j || prep?.kind !== 'word' || !STRANDED_PREPOSITIONS.has(prep.lower)) return null;
    if (v + 1 !== j && skipAdverbials(tokens, v + 2, j + 1) !== j + 1) return null;
    const np = phraseEndingAt(tokens, w - 1, lo);
    if (!np || PERSONAL_PRONOUNS.has(tokens[np.last - 1]!.lower)) return null;
    return { np, spanFirst: np.first, spanLast: j + 1 };
  }
  return null;
}
/** Prepositions left at the end of a relative clause by the verbs of meeting and talking ("spoke with", "talked to"). */
const STRANDED_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to']);

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
