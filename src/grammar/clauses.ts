/**
 * Clause boundaries: where reported content starts and ends around a cue. Shallow rules over tokens and the
 * compromise word classes; no parse. Shared by the reported-speech stage and its frames.
 */

import { type ArticleContext, clauseTo } from '../extract/article.js';
import { DIRECT_CLASSES } from '../extract/candidate.js';
import type { Token } from '../extract/segment.js';
import {
  ACT_GLOSS_NOUNS,
  APPOSITIVE_OPENERS,
  adverbialPrepositions,
  auxiliaries,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_TURNS,
  CLITIC_S_SUBJECTS,
  CONTINUING_PREPOSITIONS,
  DEICTIC_DAYS,
  determiners,
  FINITE_BE,
  HAVE_DO_MODALS,
  hasVerbTag,
  isAdjectiveWord,
  isAdverbWord,
  isFiniteVerb,
  isIngForm,
  OBJECT_CIRCUMSTANCE_OPENERS,
  OBJECT_CIRCUMSTANCE_PREPOSITIONS,
  OBJECT_END_WORDS,
  OCCASION_NOUNS,
  OCCASION_PREPOSITIONS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONAL_PARTICIPLES,
  QUANTIFIER_HEADS,
  QUANTITY_BOUNDS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TAIL_OPENERS,
  TAIL_WORDS,
  TIME_WORD_DETERMINERS,
  timeWords,
  WEEKDAYS,
} from '../lexicon/index.js';
import type { BoundaryEndId, BoundaryStartId } from '../lexicon/rules.js';
import { skipAdverbials } from './adverbials.js';
import { cueAt } from './cues.js';
import { isAbbrevDot, phraseAfter } from './noun-phrases.js';
import { hyphenPair, subjectBefore } from './subjects.js';

/**
 * The longest reported clause, in tokens. Real sentences stay far below it; a 10 MB line of text without a full
 * stop does not, and every scan for a clause's end or start stops here, so a sentence of many cues stays linear.
 */
export const MAX_CLAUSE = 400;

/**
 * The cue stands in a subordinate clause that opens the sentence ("After Republicans vowed to court Latinos,
 * the party …", "Three years after …"): its content ends at the comma that closes the clause.
 */
export function subordinateBefore(a: ArticleContext, first: number, cue: number): boolean {
  const t = a.tokens;
  // Back from the cue to the clause's start: "Her lead, even after she lost Iowa, shows …".
  for (let i = cue - 1; i >= first && i >= cue - MAX_CLAUSE; i--) {
    const x = t[i]!;
    // "When Trump undermines trust with his "rigged" remark by suggesting …": a quotation inside the clause is
    // stepped over whole; its words and commas are the quoted speaker's, not the clause's.
    if (x.kind === 'close') {
      const open = a.seg.quoteOpenToken[x.quote]!;
      if (open >= first && open < i) {
        i = open;
        continue;
      }
    }
    // "… low since the crisis; she backs …": a semicolon or a colon closes the clause the subordinator opened.
    if (x.text === ',' || x.text === ';' || x.text === ':' || x.kind === 'open' || x.kind === 'close') return false;
    if (x.kind === 'word' && SUBORDINATORS.has(x.lower)) return true;
  }
  return false;
}
/**
 * Where a clause that ends at `end` begins, no earlier than `lo`: after the last colon or semicolon
 * ("…shipping firms: Rotterdam was the hub, according to …"), at most MAX_CLAUSE tokens back.
 */
export function clauseStart(a: ArticleContext, lo: number, end: number): number {
  return clauseStartBy(a, lo, end).start;
}
/** clauseStart with the rule that decided the start: the sentence's start, or a colon or dateline before. */
export function clauseStartBy(a: ArticleContext, lo: number, end: number): { start: number; rule: BoundaryStartId } {
  const t = a.tokens;
  const from = Math.max(lo, end - MAX_CLAUSE);
  for (let i = end - 1; i > from; i--) {
    if (t[i]!.text === ':' || t[i]!.text === ';') return { start: i + 1, rule: 'after-colon' };
    // "… the old contract (the terms of which, many tenants say, remain …)": an attribution inside a
    // parenthesis reports only what the parenthesis holds; one that closed before the attribution is stepped over.
    if (t[i]!.text === ')') {
      let o = i - 1;
      while (o > from && t[o]!.text !== '(' && t[o]!.text !== ')') o--;
      if (t[o]?.text === '(') i = o;
      continue;
    }
    if (t[i]!.text === '(') return { start: i + 1, rule: 'after-colon' };
    // "WASHINGTON (Reuters) — …": a dateline ends at the dash after the agency's name.
    if ((t[i]!.text === '—' || t[i]!.text === '–' || t[i]!.text === '-') && t[i - 1]?.text === ')') return { start: i + 1, rule: 'after-colon' };
  }
  return { start: from, rule: 'sentence-start' };
}
/** Index of the comma before the subject at `i` (stepping over closing marks: `…,'' he said`), or -1. */
export function commaBefore(a: ArticleContext, i: number, lo: number): number {
  const t = a.tokens;
  let k = i;
  while (k > lo && (t[k]!.kind === 'close' || /^['’"”]$/.test(t[k]!.text))) k--;
  return k > lo && (t[k]!.text === ',' || t[k]!.text === '—' || t[k]!.text === '–') ? k : -1;
}
/**
 * Where a reported clause ends: the sentence's end, or earlier where the sentence moves on to something the
 * speaker did not say — a relative or concessive clause, an appositive, a participle ("…, which includes",
 * "…, even though", "…, saying"), or a second verb of the subject ("said X and promised to …").
 */
export function clauseEnd(a: ArticleContext, from: number, last: number, cue: { first: number } | null): number {
  return clauseEndBy(a, from, last, cue).end;
}
/** An end of content and the rule that put it there (`--explain`'s `boundaryRule`). */
export interface EndBy {
  end: number;
  rule: BoundaryEndId;
}
/** clauseEnd with the rule that decided the end. */
export function clauseEndBy(a: ArticleContext, from: number, last: number, cue: { first: number } | null): EndBy {
  const t = a.tokens;
  const cueWord = cue ? t[cue.first]!.lower : '';
  if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
  for (let i = from + 1; i < last; i++) {
    const x = t[i]!;
    if (x.kind === 'open') {
      const close = a.seg.quoteCloseToken[x.quote]!;
      if (close > i) i = close;
      // `… "a terrible mistake," although …`: a comma inside the closing quotation counts too.
      const inner = t[i - 1];
      if (inner?.text === ',' && movesOn(a, i + 1)) return { end: i + 1, rule: 'clause-turn' };
      if (inner?.text === ',' && attributionTail(a, i + 1, last)) return { end: i + 1, rule: 'attribution-tail' };
      continue;
    }
    // "…: A Quinnipiac poll found …": after a colon a new attribution starts; other colons ("for one reason: The
    // pride he feels …", "two options: Vote for …") go on with what was said.
    if (x.text === ':' && t[i + 1]?.cap && t[i + 1]!.kind === 'word' && cueSoonAfter(t, i + 1, last)) return { end: i, rule: 'semicolon' };
    // "he may be fined (the size of which, many lawyers say, remains …)": a parenthesis that holds
    // an attribution of its own is the writer's aside, not part of what was said.
    if (x.text === '(' && attributedParenthesis(t, i, last)) return { end: i, rule: 'clause-turn' };
    // "…; that's a sure ticket to …": a semicolon joins a clause of the writer's own to what was said.
    if (x.text === ';' && !semicolonSeries(t, i, last)) return { end: i, rule: 'semicolon' };
    // "…, the report said.": a second attribution closes the sentence; what it attributes is not this cue's.
    if (x.text === ',' && attributionTail(a, i + 1, last)) return { end: i, rule: 'attribution-tail' };
    // "…, as the newspaper first reported.": "as" before an attribution that closes the sentence names who else
    // reported it; it is not what was said.
    if (x.text === ',' && t[i + 1]?.lower === 'as' && attributionTail(a, i + 2, last)) return { end: i, rule: 'attribution-tail' };
    // "…, reflecting the party's attempts to unify": a participle after a comma tells about the act of saying.
    if (x.text === ',' && participleTail(t[i + 1])) return { end: i, rule: 'participle-tail' };
    // "said he supports the bill, which includes …": after a whole clause, ", which" comments on its last noun.
    if (x.text === ',' && relativeAfterClause(a, from, i)) return { end: i, rule: 'clause-turn' };
    // "said the bridge should come first, while the council opposed it": a contrast with another subject.
    if (x.text === ',' && contrastClause(a, from, i)) return { end: i, rule: 'clause-turn' };
    // "said they will not support her, as has the governor": "as" + an auxiliary + a subject adds someone else who did
    // the same; it is the writer's comparison.
    if (x.text === ',' && likewiseClause(t, i + 1)) return { end: i, rule: 'clause-turn' };
    // "was the fruit of months of planning — a gamble that worked": a phrase after a dash describes the
    // noun before it and goes on with what was said (after a comma, "a …" glosses the saying instead).
    const dashAppositive = (x.text === '—' || x.text === '–') && /^an?$/.test(t[i + 1]?.lower ?? '') && !actGlossAt(t, i + 2);
    if ((x.text === ',' || x.text === '—' || x.text === '–' || x.text === ';') && !dashAppositive) {
      const rule: BoundaryEndId | null = movesOn(a, i + 1) ? 'clause-turn' : newClause(a, i + 1) ? 'new-clause' : null;
      if (rule) {
        // "the driver, who fled on foot, had a record": a relative clause inside the content's
        // subject is closed by a comma and followed by the subject's verb.
        // "turn the old mill, a ruin for decades, into a museum": so is an appositive that the clause goes on after.
        const embedded = Math.max(embeddedRelative(a, i + 1, last), embeddedAppositive(a, i + 1, last));
        if (embedded < 0) return { end: i, rule };
        i = embedded;
      }
    }
    // "claimed the win in a post", "announced his bid in a video": after a content with no finite verb of its own,
    // a phrase of medium or occasion tells where it was said, as after a stance's object.
    if (i > from + 2 && occasionAt(t, i, last) && !hasFiniteVerb(a, from, i) && !quotedBefore(t, from, i))
      return { end: timeBefore(t, from + 2, i), rule: 'object-end' };
    // "proposed closing the bridge and has since called for …", "wants to run, but would not say …": after a content
    // with no finite verb of its own (a gerund, an infinitive, a thing), "and"/"but" with a finite verb and no
    // subject is the next predicate of the cue's subject; the content cannot take it.
    if ((x.lower === 'and' || x.lower === 'but') && secondPredicate(a, from, i)) return { end: t[i - 1]!.text === ',' ? i - 1 : i, rule: 'second-predicate' };
    // "said he regretted his words and vowed to step back": a second reporting act of the subject.
    if ((x.lower === 'and' || x.lower === 'but') && cueWord !== '') {
      const next = cueAt(t, i + 1);
      if (next && !t[i + 1]!.cap && next.form === 'past' && DIRECT_CLASSES.has(next.verb.class)) return { end: i, rule: 'second-cue' };
    }
  }
  return { end: clauseTo(a, from, last), rule: 'sentence-end' };
}
/** The most tokens a parenthesis may hold for 'attributedParenthesis' to look into it. */
const MAX_PARENTHESIS = 40;
/** The parenthesis opened at `open` holds a cue of saying in a finite form, lower case: an attribution of its own. */
function attributedParenthesis(t: Token[], open: number, last: number): boolean {
  for (let i = open + 1; i < last && i < open + MAX_PARENTHESIS; i++) {
    const x = t[i]!;
    if (x.text === ')') return false;
    if (x.kind !== 'word' || x.cap) continue;
    const m = cueAt(t, i);
    if (m && DIRECT_CLASSES.has(m.verb.class) && (m.form === 'past' || m.form === 'third' || m.form === 'base')) return true;
  }
  return false;
}

/**
 * "and"/"but" at `i` is followed by a finite verb or a tensed auxiliary ("and has", "but would", "and urged") while
 * the content from `from` has no finite verb yet, outside quotations: a second predicate of the cue's subject.
 */
function secondPredicate(a: ArticleContext, from: number, i: number): boolean {
  const t = a.tokens;
  const v = t[i + 1];
  if (v?.kind !== 'word' || v.cap || isIngForm(v.lower)) return false;
  // A past in "-ed" ("and urged"), not a present in "-s", which may be a plural noun ("and hikes").
  // A cue in the past counts whether or not the word classes know it ("and chided him", "and defended").
  const pastCue = cueAt(t, i + 1)?.form === 'past';
  if (!(FINITE_BE.has(v.lower) || HAVE_DO_MODALS.has(v.lower) || (isFiniteVerb(v.lower) && v.lower.endsWith('ed')) || pastCue)) return false;
  for (let k = from; k < i; k++) {
    const x = t[k]!;
    if (x.kind === 'open' || x.quote >= 0) return false;
    if (x.kind === 'word' && !x.cap && (isFiniteVerb(x.lower) || FINITE_BE.has(x.lower) || HAVE_DO_MODALS.has(x.lower))) return false;
  }
  return true;
}
/**
 * "… Tuesday evening in the last forum", "… on Monday in a statement": a time right before a phrase of occasion
 * dates the same act, so the content ends before it too. Returns where the time starts (not before `lo`), else `i`.
 */
function timeBefore(t: Token[], lo: number, i: number): number {
  let j = i;
  while (j - 1 >= lo && t[j - 1]!.kind === 'word' && timeWords.has(t[j - 1]!.lower)) j--;
  if (j < i && j - 1 >= lo && t[j - 1]!.lower === 'on') j--;
  return j;
}
/** A quotation opens in [from, i): the words are someone's own, whose phrases the occasion rule leaves alone. */
function quotedBefore(t: Token[], from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (t[k]!.kind === 'open' || t[k]!.quote >= 0) return true;
  return false;
}
/** The most adjectives before the noun of a gloss ("a rare and costly move"). */
const MAX_GLOSS_MODIFIERS = 3;
/**
 * A noun of ACT_GLOSS_NOUNS at `i` after a few adjectives ("a message that …", "an apparent reference to …"): the
 * phrase names the act of saying itself, so it glosses the attribution, not the content's last noun.
 */
function actGlossAt(t: Token[], i: number): boolean {
  for (let k = i; k < i + MAX_GLOSS_MODIFIERS + 1; k++) {
    const x = t[k];
    if (x?.kind !== 'word' || x.cap) return false;
    if (ACT_GLOSS_NOUNS.has(x.lower)) return true;
    if (!isAdjectiveWord(x.lower) && !isAdverbWord(x.lower) && x.lower !== 'and') return false;
  }
  return false;
}
/**
 * The semicolon at `i` separates the items of a series that a later "; and" or "; or" closes ("spoke at hearings;
 * helped marshal protesters; and put together open-mike nights"): the series is one content.
 */
function semicolonSeries(t: Token[], i: number, last: number): boolean {
  for (let k = i; k + 1 < last; k++) if (t[k]!.text === ';' && (t[k + 1]!.lower === 'and' || t[k + 1]!.lower === 'or')) return true;
  return false;
}
/**
 * A cue of saying or finding whose subject opens at `j`: "…: A Quinnipiac poll found …" starts an attribution of its own, while
 * "…for one reason: The trust Ms. Ortiz earns …" and "…two choices: Back Hale, whom she called …" go on
 * with what was said.
 */
function cueSoonAfter(t: Token[], j: number, last: number): boolean {
  for (let m = j + 1; m < last && m < j + 8; m++) {
    const cue = t[m]!.cap || t[m]!.kind !== 'word' ? null : cueAt(t, m);
    if (!cue) continue;
    // Something said or found; a thought or a feeling after a colon ("The pride he feels") is the writer's gloss.
    return (DIRECT_CLASSES.has(cue.verb.class) || cue.verb.class === 'evidence') && subjectBefore(t, m, j)?.spanFirst === j;
  }
  return false;
}
/** A participle in "-ing" that opens a tail clause ("reflecting", "putting"), not a preposition ("including"). */
function participleTail(x: Token | undefined): boolean {
  return x !== undefined && x.kind === 'word' && !x.cap && isIngForm(x.lower) && hasVerbTag(x.lower) && !PREPOSITIONAL_PARTICIPLES.has(x.lower);
}

/**
 * "Though she has lived here for years, the program is new to her, she said": a fronted subordinate clause sets
 * the scene; the statement is the main clause after its comma. Returns where the content starts.
 */
export function afterFrontedClause(a: ArticleContext, from: number, end: number): number {
  const t = a.tokens;
  const first = t[from];
  if (first?.kind !== 'word' || !SUBORDINATORS.has(first.lower) || first.lower === 'as') return from;
  for (let i = from + 1; i < end && i < from + MAX_CLAUSE; i++) {
    const x = t[i]!;
    if (x.kind === 'open') return from;
    if (x.text === ',') return i + 1 < end ? i + 1 : from;
  }
  return from;
}

/**
 * From `j` to the sentence's end there is nothing but an attribution: "she said", "the campaign told Reuters",
 * "former Gov. Ann Lee said last week at a forum", "said Smith".
 */
export function attributionTail(a: ArticleContext, j: number, last: number): boolean {
  const t = a.tokens;
  const first = t[j];
  if (first?.kind !== 'word') return false;
  let cue = cueAt(t, j);
  if (cue && !first.cap) {
    const np = phraseAfter(t, cue.last, last);
    return np !== null && onlyTail(a, np.last, last);
  }
  // The first cue within a few words, with a subject that starts right at `j`.
  for (let m = j + 1; m < last && m < j + 12 && !cue; m++) {
    const c = cueAt(t, m);
    if (c && !t[m]!.cap && DIRECT_CLASSES.has(c.verb.class)) cue = c;
  }
  if (!cue || subjectBefore(t, cue.first, j)?.spanFirst !== j) return false;
  if (onlyTail(a, cue.last, last)) return true;
  // "the campaign told Reuters": an addressee, then the end.
  const addressee = cue.verb.class === 'object' ? phraseAfter(t, cue.last, last) : null;
  return addressee !== null && onlyTail(a, addressee.last, last);
}

/** Index of the comma that closes a relative clause starting at `i` when a verb follows it, else -1. */
export function embeddedRelative(a: ArticleContext, i: number, last: number): number {
  const t = a.tokens;
  const w = t[i]?.lower;
  if (w !== 'who' && w !== 'whose') return -1;
  for (let k = i + 1; k < last && k < i + 30; k++) {
    if (t[k]!.text !== ',') continue;
    const v = t[k + 1];
    return v && v.kind === 'word' && !v.cap && hasVerbTag(v.lower) && !isIngForm(v.lower) && !determiners.has(v.lower) ? k : -1;
  }
  return -1;
}
/** The most tokens in an appositive inside a clause ("the old mill, a ruin for decades, …"). */
const MAX_APPOSITIVE = 20;
/**
 * Index of the comma that closes an appositive opening with "a"/"an" at `i` when the clause goes on after it
 * with its verb or with a complement ("the bridge, a city landmark, is unsafe", "turn the mill, a ruin for decades,
 * into a museum"), else -1. An appositive that runs to the sentence's end, or is followed by anything else (a
 * participle, a name, another attribution), glosses the content and ends it.
 */
export function embeddedAppositive(a: ArticleContext, i: number, last: number): number {
  const t = a.tokens;
  const w = t[i]?.lower;
  if (w !== 'a' && w !== 'an') return -1;
  for (let k = i + 1; k < last && k < i + MAX_APPOSITIVE; k++) {
    const x = t[k]!;
    if (x.kind === 'open' || x.kind === 'close') return -1;
    if (x.kind === 'word') continue;
    if (isAbbrevDot(t, k) || x.text === '-' || x.text === '$') continue;
    if (x.text !== ',') return -1;
    const v = t[k + 1];
    if (v?.kind !== 'word' || v.cap || isIngForm(v.lower) || attributionTail(a, k + 1, last)) return -1;
    const verb = (FINITE_BE.has(v.lower) || HAVE_DO_MODALS.has(v.lower) || isFiniteVerb(v.lower)) && !determiners.has(v.lower);
    return verb || CONTINUING_PREPOSITIONS.has(v.lower) ? k : -1;
  }
  return -1;
}
/**
 * "and council staff later said": "and" or "but", then a subject of its own and a verb of saying in the past or
 * present; the clause after it is another speaker's attribution.
 */
function coordinatedAttribution(a: ArticleContext, i: number): boolean {
  const t = a.tokens;
  const conj = t[i]!;
  if (conj.lower !== 'and' && conj.lower !== 'but') return false;
  const subject = t[i + 1];
  if (subject?.kind !== 'word') return false;
  const np = SUBJECT_PRONOUNS.has(subject.lower) ? { last: i + 2 } : phraseAfter(t, i + 1, Math.min(t.length, i + 10));
  if (!np) return false;
  let k = np.last;
  while (t[k]?.kind === 'word' && (auxiliaries.has(t[k]!.lower) || isAdverbWord(t[k]!.lower))) k++;
  const cue = t[k]?.cap ? null : cueAt(t, k);
  return cue !== null && (cue.form === 'past' || cue.form === 'third' || cue.form === 'base') && DIRECT_CLASSES.has(cue.verb.class);
}

/** ", but the report cited …": a coordinated clause with a subject of its own. */
export function newClause(a: ArticleContext, i: number): boolean {
  const t = a.tokens;
  const conj = t[i];
  if (!conj || !CLAUSE_CONJUNCTIONS.has(conj.lower)) return false;
  const subject = t[i + 1];
  if (subject?.kind !== 'word' || !(subject.cap || determiners.has(subject.lower) || PERSONAL_PRONOUNS.has(subject.lower))) return false;
  if (subject.lower === 'that') return false;
  // The subject's phrase, then straight away its verb ("but the report cited"); a comma first means the
  // coordination was inside the content's own subject ("the two men, and Mr. Cruz in particular, must").
  const np = PERSONAL_PRONOUNS.has(subject.lower) ? { last: i + 2 } : phraseAfter(t, i + 1, Math.min(t.length, i + 10));
  if (!np) return false;
  return verbFollows(t, np.last);
}
/**
 * A finite verb follows at `k`, after auxiliaries and adverbs that are no finite verb themselves: what comes after
 * a clause's subject ("the report cited", "officials had").
 */
export function verbFollows(t: Token[], k: number): boolean {
  while (t[k]?.kind === 'word' && (auxiliaries.has(t[k]!.lower) || isAdverbWord(t[k]!.lower)) && !isFiniteVerb(t[k]!.lower)) k++;
  const v = t[k];
  return v !== undefined && v.kind === 'word' && !v.cap && isFiniteVerb(v.lower);
}
/** The word at `i` starts a clause that is no longer the reported content. */
export function movesOn(a: ArticleContext, i: number): boolean {
  const x = a.tokens[i];
  if (x?.kind !== 'word') return false;
  // "even" only strengthens the subordinator after it: "…, even though it lost" turns like "though", while
  // "…, even if they disagree" and "…, even as rates rise" stay part of the claim.
  if (x.lower === 'even') return a.tokens[i + 1]?.kind === 'word' && CLAUSE_TURNS.has(a.tokens[i + 1]!.lower);
  return CLAUSE_TURNS.has(x.lower);
}
/**
 * The word after "to" makes an infinitive: a verb, or a bare lower-case word that is no determiner, pronoun,
 * number or plural ("to talk", but not "to cheers", "to the crowd", "to 40 percent").
 */
function infinitiveAfter(y: Token | undefined): boolean {
  if (y?.kind !== 'word' || y.cap || /\d/.test(y.text)) return false;
  if (hasVerbTag(y.lower)) return true;
  return !determiners.has(y.lower) && !PERSONAL_PRONOUNS.has(y.lower) && !y.lower.endsWith('s') && !isAdjectiveWord(y.lower);
}
/** "a professor at UCLA", "the Cruz campaign's Iowa director": a noun phrase describing the speaker. */
export function appositiveAt(a: ArticleContext, i: number, last: number): boolean {
  const x = a.tokens[i];
  if (x?.kind !== 'word') return false;
  if (APPOSITIVE_OPENERS.has(x.lower)) return true;
  // "It is her duty, she said, to brief the board": an infinitive goes on with the statement; it describes no one.
  if (x.lower === 'to' && infinitiveAfter(a.tokens[i + 1])) return false;
  // "the lead author of the study" has no finite verb; "the steel market was over-supplied" has one;
  // "the expert who has published books" has one only inside a relative clause.
  for (let k = i; k < last && k < i + MAX_CLAUSE; k++) {
    const y = a.tokens[k]!;
    if (y.kind === 'word' && RELATIVE_PRONOUNS.has(y.lower)) return true;
    // "the Cruz campaign's Iowa director": a noun with a possessive "'s" is no verb ("he's", "it's" are).
    const possessor = /['’]s$/.test(y.lower) && !isCliticVerb(y.lower);
    if (y.kind === 'word' && !y.cap && isFiniteVerb(y.lower) && !determiners.has(a.tokens[k - 1]?.lower ?? '') && !possessor) return false;
  }
  return true;
}
/** "he's", "that's": a subject with "'s" for "is" or "has", not a possessive. */
export function isCliticVerb(lower: string): boolean {
  const m = /^(.*)['’]s$/.exec(lower);
  return m !== null && CLITIC_S_SUBJECTS.has(m[1]!);
}
export function nextComma(a: ArticleContext, from: number, last: number): number {
  return nextCommaBy(a, from, last).end;
}
export function nextCommaBy(a: ArticleContext, from: number, last: number): EndBy {
  if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
  for (let i = from; i < last; i++) {
    if (a.tokens[i]!.text === ',' || a.tokens[i]!.text === ';') return { end: i, rule: 'next-comma' };
    // "Although the firm declined to comment and council staff later said …, it …": in a clause that ends at its
    // comma, another speaker's attribution ends it sooner. (In a main clause "and" more often joins two subjects
    // of the content: "said both she and Hale agreed …".)
    if (i > from && coordinatedAttribution(a, i)) return { end: i, rule: 'second-cue' };
  }
  return { end: clauseTo(a, from, last), rule: 'sentence-end' };
}
/** End of what a stance verb takes: its object, up to a comma or a clause about circumstances. */
export function objectEnd(a: ArticleContext, from: number, last: number): number {
  return objectEndBy(a, from, last).end;
}
export function objectEndBy(a: ArticleContext, from: number, last: number): EndBy {
  const t = a.tokens;
  if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
  const named = nameObjectEnd(a, from, last);
  if (named >= 0) return { end: named, rule: 'name-object-end' };
  // An object that opens as a noun phrase, not an infinitive, a gerund or a clause ("eager to say the plan is …").
  const head = t[from];
  const nounObject =
    head?.kind === 'word' && head.lower !== 'to' && !CLAUSE_CONJUNCTIONS.has(head.lower) && !isIngForm(head.lower) && !CLAUSE_OBJECT_OPENERS.has(head.lower);
  let clauseInside = false;
  // A relative pronoun or an indirect question opened inside the object: what follows may be that clause's.
  let relativeInside = false;
  for (let i = from; i < last; i++) {
    const x = t[i]!;
    if (x.kind === 'open') {
      const close = a.seg.quoteCloseToken[x.quote]!;
      if (close > i) i = close;
      // `called it "a mistake," the report said`: a comma inside the closing mark ends the object as one outside does.
      if (t[i - 1]?.text === ',' && i > from) return { end: i + 1, rule: 'object-end' };
      continue;
    }
    if (x.text === ',') {
      // "praised nurses, teachers and farmers": a series of short phrases closed by "and" or "or" is one object.
      const series = seriesEnd(t, i, last);
      if (series > i) {
        // A circumstance after the series ends the object ("… and farmers in a long speech").
        // "workers in Albany, Buffalo and Utica who demanded a raise": a relative clause after the last item
        // describes the whole series, and the object goes on through it.
        if (t[series]?.kind === 'word' && !RELATIVE_PRONOUNS.has(t[series]!.lower)) return { end: series, rule: 'object-end' };
        i = series - 1;
        continue;
      }
      // "a letter by the auditor, an outside reviewer, as pointing to fraud": an appositive that the object
      // goes on after is inside it.
      const appositive = embeddedAppositive(a, i + 1, last);
      if (appositive > i) {
        i = appositive;
        continue;
      }
    }
    // "opposed the new levy -- she has …": two hyphens, or a hyphen with spaces around it, are a dash typed
    // without one ("pro-Trump" keeps its hyphen).
    const dash = x.text === '—' || x.text === '–' || (x.text === '-' && i > from && (spacedHyphen(t, i) || hyphenPair(t, i)));
    // "urged all towns - large and small - to join": a few words between a pair of dashes are an aside inside the
    // object, which goes on after it.
    if (dash && i > from) {
      const close = asideDashEnd(t, i, last);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (x.text === ',' || x.text === ';' || x.text === ':' || dash) return { end: i, rule: 'object-end' };
    // "school choice and tax relief", "farmers and a group of grocers": "and" before another
    // phrase goes on with the object; before a verb ("and voted …") or a clause of its own it ends it.
    if (i > from && x.lower === 'and' && coordinatedPhrase(a, i)) continue;
    if (i > from && x.kind === 'word' && OBJECT_END_WORDS.has(x.lower)) return { end: i, rule: 'object-end' };
    // "backed the levy for their own reasons", "rejected it on those grounds": after a noun phrase, a preposition
    // whose phrase points back to known grounds or occasions places the act; it is not part of what is held. Inside a
    // relative clause the phrase is that clause's ("a bill that passed in their chamber").
    if (
      i > from &&
      nounObject &&
      !clauseInside &&
      x.kind === 'word' &&
      OBJECT_CIRCUMSTANCE_PREPOSITIONS.has(x.lower) &&
      OBJECT_CIRCUMSTANCE_OPENERS.has(t[i + 1]?.lower ?? '')
    )
      return { end: i, rule: 'object-end' };
    // "claimed the win in a post", "backed the bid of Gov. Lee last year": a phrase of medium or occasion,
    // or a time, after a noun-phrase object tells when or how the act was done. Not after a participle or inside a
    // relative clause, which it may belong to ("the law passed last year", "a bill that died in a hearing").
    if (i > from && nounObject && !relativeInside && x.kind === 'word' && !participleBefore(t, i) && (occasionAt(t, i, last) || timeAt(t, i)))
      return { end: i, rule: 'object-end' };
    // "Senators backing the levy have said …", "farmers who oppose the pipeline will meet …": a finite
    // auxiliary after a noun phrase object is the main clause's verb, unless a relative or an indirect question
    // inside the object owns it ("the plan that was passed", "critical of how the agency has acted").
    if (x.kind === 'word' && !x.cap && (RELATIVE_PRONOUNS.has(x.lower) || CLAUSE_OBJECT_OPENERS.has(x.lower))) {
      clauseInside = true;
      relativeInside = true;
    }
    // "the steps Ortiz has set out …", "the bind a mayor might be in": a second phrase opening inside the
    // object is the subject of a relative clause without "that".
    if (i > from && x.kind === 'word' && (determiners.has(x.lower) || PERSONAL_PRONOUNS.has(x.lower) || (x.cap && t[i - 1]!.kind === 'word' && !t[i - 1]!.cap)))
      clauseInside = true;
    if (
      i > from &&
      nounObject &&
      !clauseInside &&
      x.kind === 'word' &&
      !x.cap &&
      (FINITE_BE.has(x.lower) || HAVE_DO_MODALS.has(x.lower)) &&
      t[i - 1]!.kind === 'word'
    )
      return { end: i, rule: 'main-clause-verb' };
    // "described the delay as a disgrace", "his role as mediator": "as" with a phrase is part of the object; with a
    // clause ("criticized the plan as they debated it") it tells a circumstance.
    if (i > from && x.lower === 'as' && (SUBJECT_PRONOUNS.has(t[i + 1]?.lower ?? '') || asClause(t, i + 1, last))) return { end: i, rule: 'object-end' };
  }
  return { end: clauseTo(a, from, last), rule: 'sentence-end' };
}
/** The most words between the preposition and the noun of a phrase of medium or occasion ("on Wednesday's CNN broadcast"). */
const MAX_OCCASION_WORDS = 4;
/**
 * A phrase of medium or occasion opens at `i`: a preposition, a few modifiers, then a noun of OCCASION_NOUNS ("in a
 * tweet", "on social media", "from the Senate floor", "during a televised debate").
 */
export function occasionAt(t: Token[], i: number, last: number): boolean {
  if (!OCCASION_PREPOSITIONS.has(t[i]?.lower ?? '')) return false;
  for (let m = i + 1; m < last && m <= i + MAX_OCCASION_WORDS; m++) {
    const y = t[m]!;
    if (y.kind !== 'word') return false;
    if (OCCASION_NOUNS.has(y.lower)) return true;
    // "in a manner that …", "on the bill he …": a verb or a clause word ends the phrase before any such noun.
    if (!y.cap && (isFiniteVerb(y.lower) || RELATIVE_PRONOUNS.has(y.lower) || adverbialPrepositions.has(y.lower) || y.lower === 'of')) return false;
  }
  return false;
}
/**
 * A time opens at `i`: "last year", "this week", "Monday", "on Monday", "yesterday", "in 2012", "in March". Only a time that is
 * one by itself: "the March primary" or "an earlier version" stay nouns of the object.
 */
export function timeAt(t: Token[], i: number): boolean {
  const x = t[i];
  const y = t[i + 1];
  if (x?.kind !== 'word') return false;
  if (TIME_WORD_DETERMINERS.has(x.lower)) return y?.kind === 'word' && timeWords.has(y.lower) && !TIME_WORD_DETERMINERS.has(y.lower);
  // "Tuesday", "on Tuesday": a weekday is a time by itself, or after "on" (not after another preposition it ends).
  if (x.cap && WEEKDAYS.has(x.lower))
    return !adverbialPrepositions.has(t[i - 1]?.lower ?? '') && (y?.kind !== 'word' || timeWords.has(y.lower) || y.lower === 'and');
  if (x.lower === 'on' && y?.cap && WEEKDAYS.has(y.lower)) return true;
  if (DEICTIC_DAYS.has(x.lower)) return true;
  // "in 2012", "in 2008 and 2012", "in March".
  if (x.lower === 'in' && y?.kind === 'word') return /^(?:19|20)\d\d$/.test(y.text) || (y.cap && timeWords.has(y.lower) && !WEEKDAYS.has(y.lower));
  return false;
}
/** The word before `i` is a participle that the phrase at `i` may belong to ("the law passed last year"). */
function participleBefore(t: Token[], i: number): boolean {
  const p = t[i - 1];
  return p?.kind === 'word' && !p.cap && /(?:ed|en)$/.test(p.lower) && hasVerbTag(p.lower);
}
/** The most words an aside between two dashes inside an object holds ("- rich and poor -"). */
const MAX_DASH_ASIDE = 4;
/** From the dash at `i`, the index of the dash that closes a short aside of words, followed by a word; or -1. */
function asideDashEnd(t: Token[], i: number, last: number): number {
  const open = t[i]!.text;
  let k = open === '-' && t[i + 1]?.text === '-' ? i + 2 : i + 1;
  const first = k;
  while (k < last && k - first < MAX_DASH_ASIDE && t[k]!.kind === 'word') k++;
  if (k === first || t[k]?.text !== open) return -1;
  const end = open === '-' && t[k + 1]?.text === '-' ? k + 1 : k;
  return t[end + 1]?.kind === 'word' ? end : -1;
}
/** The hyphen at `i` stands apart from the words on both sides ("the war - he said"): a dash. */
function spacedHyphen(t: Token[], i: number): boolean {
  const x = t[i]!;
  const prev = t[i - 1];
  const next = t[i + 1];
  return prev !== undefined && next !== undefined && prev.end < x.start && x.end < next.start;
}
/** "and" at `i` joins a second noun phrase to the object: no verb after it and no clause with its own subject. */
function coordinatedPhrase(a: ArticleContext, i: number): boolean {
  const t = a.tokens;
  const y = t[i + 1];
  if (y?.kind !== 'word' || newClause(a, i)) return false;
  // "and the mayor sending an aide", "and the mayor vetoed it": a phrase with a verb of its own
  // ("-ing" or "-ed" after a noun) is a clause, not an object.
  for (let k = i + 2; k < i + 7 && k < t.length; k++) {
    const z = t[k]!;
    if (z.kind !== 'word') break;
    const prev = t[k - 1]!.lower;
    if (
      !z.cap &&
      /(?:ing|ed)$/.test(z.lower) &&
      (hasVerbTag(z.lower) || z.lower.endsWith('ed')) &&
      !determiners.has(prev) &&
      !isAdjectiveWord(prev) &&
      prev !== 'and'
    )
      return false;
  }
  if (y.cap) return true;
  const verbLike = isFiniteVerb(y.lower) || cueAt(t, i + 1) !== null || (hasVerbTag(y.lower) && /(?:ed|ing)$/.test(y.lower));
  if (verbLike || isAdverbWord(y.lower) || PERSONAL_PRONOUNS.has(y.lower)) return false;
  return determiners.has(y.lower) || POSSESSIVE_PRONOUNS.has(y.lower) || isAdjectiveWord(y.lower) || !y.lower.endsWith('ed');
}
/** The longest item of a series in an object ("the mayor, the council and the police chief"), in tokens. */
const MAX_SERIES_ITEM = 5;
/**
 * From the comma at `comma`, the end of a series that continues the object: items of a few words with no verb,
 * separated by commas, the last after "and" or "or" ("women, Mexicans and Muslims"), then the sentence's end or
 * punctuation. Returns the index after the last item, or -1 when what follows is no such series (a clause, a
 * participle, an appositive that goes on).
 */
function seriesEnd(t: Token[], comma: number, last: number): number {
  let k = comma + 1;
  let items = 0;
  while (k < last && items < 8) {
    const conj = t[k]?.lower === 'and' || t[k]?.lower === 'or';
    const from = conj ? k + 1 : k;
    let e = from;
    while (e < last && e - from < MAX_SERIES_ITEM) {
      const y = t[e]!;
      if (y.kind !== 'word' && !(y.text === '.' && isAbbrevDot(t, e)) && y.text !== '-' && y.text !== '$') break;
      // A verb after the item's first word starts a clause ("nurses" may head an item; "the mayor said" may not).
      if (
        y.kind === 'word' &&
        !y.cap &&
        (y.lower === 'and' || y.lower === 'or' || RELATIVE_PRONOUNS.has(y.lower) || (e > from && (isFiniteVerb(y.lower) || hasVerbTag(y.lower))))
      )
        break;
      // "nurses, teachers and farmers in a long speech": a circumstance after an item ends it.
      if (e > from && y.kind === 'word' && !y.cap && y.lower !== 'of' && adverbialPrepositions.has(y.lower)) break;
      e++;
    }
    // "$100,000": a comma inside a number separates no items.
    if (e === from || t[from]!.start === t[from - 1]!.end) return -1;
    items++;
    if (conj) {
      // The last item ends the object: the sentence or a punctuation mark other than a comma follows ("…, and Robert
      // Arnott, a California investor" goes on with an appositive). "X, and Y" alone joins two clauses or phrases
      // of the sentence; a series has three items at least.
      const next = t[e];
      const ends =
        e >= last ||
        (next?.kind === 'word' && RELATIVE_PRONOUNS.has(next.lower) && next.lower !== 'that') ||
        (next !== undefined && next.kind === 'punct' && next.text !== '(' && next.text !== ',') ||
        (next?.kind === 'word' && adverbialPrepositions.has(next.lower) && next.lower !== 'of');
      return ends && items >= 2 ? e : -1;
    }
    if (t[e]?.text === ',') k = e + 1;
    else if (t[e]?.lower === 'and' || t[e]?.lower === 'or') k = e;
    else return -1;
  }
  return -1;
}
/** Words that open a clause inside an object: an indirect question or a free relative ("critical of how …"). */
const CLAUSE_OBJECT_OPENERS = new Set(['what', 'how', 'why', 'where', 'when', 'whether', 'if', 'whom', 'whoever', 'whatever']);
/**
 * Prepositions that go on with an object that is a name, as its complement: "endorsed Cruz for president", "compared
 * Trump to Clinton", "agreed with Trump on the issue", "accused him of lying", "described her as a leader".
 */
const NAME_OBJECT_COMPLEMENTS = new Set(['for', 'to', 'on', 'of', 'as', 'with', 'over', 'about', 'against', 'into']);
/** Personal pronouns that can stand alone as an object ("endorsed him"); "her" only when no noun follows ("her plan"). */
const OBJECT_PRONOUN_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);
/**
 * The end of an object that is a name or a personal pronoun ("endorsed Mr. Cruz", "opposed him"), or -1. A name
 * takes no modifier after it but "of" ("Gov. Ann Lee of Oregon") or a possessive ("Clinton's plan", not ended
 * here), so a circumstance after it is not the object: "criticized Ortiz during a speech", "backed Trump 57
 * percent to 22 percent", "pastors supporting Mr. Cruz were …" (the main clause's verb). Only a word that cannot go
 * on with the object ends it (a preposition of place or time, a number, a finite auxiliary, an adverb, a conjunction
 * before a lower-case word); a complement ("endorsed Cruz for president", "urged him to run") and anything else
 * ("Republican lawmakers", "her plan") is left to the other rules.
 */
export function nameObjectEnd(a: ArticleContext, from: number, last: number): number {
  const t = a.tokens;
  const x = t[from];
  if (x?.kind !== 'word') return -1;
  let j = from;
  const pronoun = !x.cap && OBJECT_PRONOUN_WORDS.has(x.lower);
  if (pronoun) j = from + 1;
  else if (x.cap) {
    while (j < last) {
      const y = t[j]!;
      if (y.kind === 'word' && y.cap) {
        // "Clinton's": a possessive opens a longer noun phrase.
        if (/['’]s?$/.test(y.text)) return -1;
        // "endorsed Trump Monday": a day is a circumstance.
        if (j > from && timeWords.has(y.lower)) break;
        j++;
      } else if (isAbbrevDot(t, j) || (y.text === '-' && t[j + 1]?.cap && t[j + 1]!.start === y.end)) j++;
      // "John Kasich of Ohio", "Bill and Hillary Clinton": a name goes on after "of", "and" or "&" before a capital.
      else if ((y.lower === 'of' || y.lower === 'and' || y.text === '&') && t[j + 1]?.kind === 'word' && t[j + 1]!.cap) j++;
      else break;
    }
  } else return -1;
  const y = t[j];
  if (j >= last || y?.kind !== 'word') return -1;
  if (/^\d/.test(y.text) || timeWords.has(y.lower)) return j;
  // "endorsed her early over two rivals": an adverb and a preposition after the pronoun place the act in time or
  // against others ("her early work" goes on: a noun follows).
  const z = t[j + 1];
  if (pronoun && (isAdverbWord(y.lower) || isAdjectiveWord(y.lower)) && z?.kind === 'word' && !z.cap && adverbialPrepositions.has(z.lower)) return j;
  // "oppose her on the council", "endorsed Ruiz on Thursday", "attacked her on the Senate floor": "on" before a name
  // or a day places the act; before a topic ("attacked him on trade") it goes on.
  if (y.lower === 'on' && placeOrDayAfter(t, j + 1)) return j;
  if (NAME_OBJECT_COMPLEMENTS.has(y.lower) || y.cap) return -1;
  if (y.lower === 'and' || y.lower === 'but' || y.lower === 'or') return t[j + 1]?.kind === 'word' && !t[j + 1]!.cap ? j : -1;
  // "would not back Ortiz if she loses": a subordinate clause after the name is a circumstance too.
  // "who backs Ana Ruiz spoke first": a finite verb after the name is the main clause's.
  if (
    adverbialPrepositions.has(y.lower) ||
    SUBORDINATORS.has(y.lower) ||
    FINITE_BE.has(y.lower) ||
    HAVE_DO_MODALS.has(y.lower) ||
    isAdverbWord(y.lower) ||
    (isFiniteVerb(y.lower) && !isAdjectiveWord(y.lower))
  )
    return j;
  // "endorsed him to help …", "oppose him met …": a verb after a pronoun is another clause's ("call it shameful",
  // "call her their leader" go on; "her plan" is a possessive).
  return pronoun && x.lower !== 'her' && hasVerbTag(y.lower) && !determiners.has(y.lower) && !POSSESSIVE_PRONOUNS.has(y.lower) ? j : -1;
}
/**
 * "as scrutiny heats up", "as the session ended": after "as", a noun phrase and straight away its finite verb make a
 * clause of time or manner, not the "as" phrase of a description ("described it as a disgrace").
 */
function asClause(t: Token[], k: number, last: number): boolean {
  const np = phraseAfter(t, k, Math.min(last, k + 8));
  const v = np ? t[np.last] : undefined;
  return np !== null && np.first === k && v?.kind === 'word' && !v.cap && isFiniteVerb(v.lower) && !isAdjectiveWord(v.lower);
}
/** At `k`, a capitalised name ("Capitol Hill", "Fox News"), a day or a time word, maybe after "the": a place or a time. */
function placeOrDayAfter(t: Token[], k: number): boolean {
  const x = t[k]?.lower === 'the' ? t[k + 1] : t[k];
  return x?.kind === 'word' && (x.cap || timeWords.has(x.lower));
}
/** Nothing but adverbials, via phrases and punctuation from `k` to the sentence end. */
export function onlyTail(a: ArticleContext, k: number, last: number): boolean {
  const t = a.tokens;
  let i = skipAdverbials(t, k, last);
  if (t[i]?.text === ';') return true;
  while (i < last && t[i]!.kind === 'punct' && t[i]!.kind !== 'open') i++;
  if (i >= last) return true;
  // ", citing …", ", as quoted by …": an intermediary may follow.
  // "…, she says, at least nine members …": "at" with a quantity bound opens a subject, no circumstance.
  if (t[i]?.lower === 'at' && QUANTITY_BOUNDS.has(t[i + 1]?.lower ?? '')) return false;
  if (t[i - 1]?.text === ',' || TAIL_OPENERS.has(t[i]?.lower ?? '')) return TAIL_WORDS.has(t[i]!.lower);
  // "… said this week — an apparent reference to the exam": a phrase after a dash glosses the attribution.
  const dash = t[i - 1]?.text;
  return (dash === '—' || dash === '–' || dash === '-') && appositiveAt(a, i, last);
}
/**
 * ", which" after content that is already a clause with a finite verb ("he supports the final bill, which includes
 * …"): a non-restrictive relative about the clause's last noun, the writer's gloss, not what was said. After a
 * phrase with no verb yet ("said the bill, which passed, would …") the relative sits inside the content's subject.
 */
export function relativeAfterClause(a: ArticleContext, from: number, comma: number): boolean {
  const t = a.tokens;
  return t[comma + 1]?.lower === 'which' && hasFiniteVerb(a, from, comma);
}
/** A lower-case finite verb in [first, last) that no determiner makes a noun ("the run"). */
export function hasFiniteVerb(a: ArticleContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const x = a.tokens[i]!;
    if (x.kind === 'word' && !x.cap && isFiniteVerb(x.lower) && !determiners.has(a.tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}
/**
 * ", while" + a subject of its own + its verb ("…, while Republican candidates went after …", "…, while others have
 * slipped …"): a contrast the writer draws with someone else. Not when the content holds a figure: "leads 46 to 40
 * percent, while Sanders would lead by 8" sets two results side by side in one finding. Not "…, while troublesome,
 * …" (no subject) nor "…, while trying to …" (no subject of its own).
 */
export function contrastClause(a: ArticleContext, from: number, comma: number, needVerb = true): boolean {
  const t = a.tokens;
  const i = comma + 1;
  const n = t[i + 1];
  if (t[i]?.lower !== 'while' || n?.kind !== 'word') return false;
  // The subject's head: a name, a determiner, a pronoun or a noun ("council members"); not a participle ("while
  // trying"), an adverb or a verb.
  if (!n.cap && (isIngForm(n.lower) || isAdverbWord(n.lower) || isFiniteVerb(n.lower))) return false;
  for (let k = from; k < comma; k++) if (/\d/.test(t[k]!.text)) return false;
  // A contrast between two clauses: the content before the comma has its own verb ("sought bankruptcy protection,
  // while others …" is an object, which the object rules end); a judgement's object needs none (`needVerb`).
  if (needVerb && !hasFiniteVerb(a, from, comma)) return false;
  // The subject's few words, then its verb: finite, an auxiliary, or a past in "-ed" the word classes leave open
  // ("defended", "booed"); a word after a determiner is the subject's noun.
  for (let k = i + 2; k < i + 9 && k < t.length; k++) {
    const w = t[k]!;
    if (w.kind !== 'word') return false;
    if (w.cap || determiners.has(t[k - 1]!.lower)) continue;
    if (isFiniteVerb(w.lower) || auxiliaries.has(w.lower) || w.lower.endsWith('ed')) return true;
  }
  return false;
}
/** Auxiliaries that "as" inverts with its subject in a comparison of acts ("as did the mayor", "as have others"). */
const INVERTED_AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'will', 'would']);
/** "…, as has Carlos Gimenez", "…, as did the council": "as", an inverted auxiliary, then its subject. */
function likewiseClause(t: Token[], i: number): boolean {
  const aux = t[i + 1];
  const subject = t[i + 2];
  if (t[i]?.lower !== 'as' || aux?.kind !== 'word' || aux.cap || !INVERTED_AUXILIARIES.has(aux.lower)) return false;
  // "as did others", "as have several": a quantifier that stands for people is a subject too.
  return subject?.kind === 'word' && (subject.cap || determiners.has(subject.lower) || QUANTIFIER_HEADS.has(subject.lower));
}
