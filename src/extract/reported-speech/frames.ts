/**
 * Reported speech told without a cue verb: "according to X", a noun of saying with its owner ("his claim that
 * …"), and stances told by an adjective or a noun ("was critical of", "Trump's attacks on").
 */

import { skipAdverbials, viaAfter } from '../../grammar/adverbials.js';
import { clauseEndBy, clauseStartBy, nextCommaBy, objectEndBy, subordinateBefore } from '../../grammar/clauses.js';
import { clauseLike } from '../../grammar/content.js';
import { cueAt } from '../../grammar/cues.js';
import { isAbbrevDot, phraseAfter } from '../../grammar/noun-phrases.js';
import { subjectBefore } from '../../grammar/subjects.js';
import { POLL_NOUNS, RECEIVED_STANCE_NOUNS, RECEIVING_VERBS, SHARE_UNITS, TOPIC_FRAMES, VOTE_OUTCOME_VERBS } from '../../lexicon/acts.js';
import {
  adverbialPrepositions,
  BE_OR_CLITIC,
  BELIEF_ADJECTIVE_OBJECTS,
  BELIEF_ADJECTIVES,
  CLAUSE_CONJUNCTIONS,
  determiners,
  FAVOR_VERBS,
  FINITE_BE,
  HAVE_DO_MODALS,
  INTENT_ADJECTIVES,
  INTENT_NOUNS,
  isAdjectiveWord,
  isAdverbWord,
  isFiniteVerb,
  isIngForm,
  LINKING_VERBS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  STANCE_ADJECTIVES,
  STANCE_DEGREE_WORDS,
  STANCE_NOUNS,
  SUBORDINATORS,
} from '../../lexicon/index.js';
import type { QuoteRuleId } from '../../lexicon/rules.js';
import type { NounPhrase } from '../../naming/canonical.js';
import { type ArticleContext, clauseTo, isStatement, makeContent, sentenceSubject } from '../article.js';
import { type Candidate, candidate, DIRECT_CLASSES } from '../candidate.js';
import { phraseIndex, phraseMatches, phrasesFrom, type Token } from '../segment.js';

const STANCE_FRAMES = phraseIndex(STANCE_ADJECTIVES.phrases);
/** Each adjective of BELIEF_ADJECTIVE_OBJECTS with the prepositions that take its object ("aware" → "of"). */
const BELIEF_OBJECT_PREPOSITIONS: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Set(BELIEF_ADJECTIVE_OBJECTS.phrases.map((p) => p[0]!))].map((w) => [
    w,
    BELIEF_ADJECTIVE_OBJECTS.phrases.filter((p) => p[0] === w).map((p) => p[1]!),
  ]),
);
/** The preposition that takes the topic after each verb of TOPIC_FRAMES: "focused on", "respond to". */
const TOPIC_PREPOSITIONS: ReadonlyMap<string, string> = new Map(TOPIC_FRAMES.phrases.map((p) => [p[0]!, p[1]!]));
/**
 * Every lower-case word that a frame below can start with: a stance or belief adjective's first word, a stance noun
 * (stanceFrame, beliefFrame), a noun of backing received (receivedStance), a verb of a vote's outcome (voteShare), a
 * verb of attention or answer (topicFrame).
 */
export const FRAME_STARTS: ReadonlySet<string> = new Set([
  ...STANCE_FRAMES.keys(),
  ...STANCE_NOUNS.keys(),
  ...BELIEF_ADJECTIVES,
  ...BELIEF_OBJECT_PREPOSITIONS.keys(),
  ...INTENT_ADJECTIVES,
  ...RECEIVED_STANCE_NOUNS,
  ...VOTE_OUTCOME_VERBS,
  ...TOPIC_PREPOSITIONS.keys(),
]);
const isAbbrevDotToken = (t: Token[], k: number): boolean => t[k]!.text === '.' && t[k - 1]?.end === t[k]!.start && t[k - 1]!.cap;

export function accordingTo(a: ArticleContext, sent: { first: number; last: number }, i: number, after: number): Candidate | null {
  const t = a.tokens;
  const np = phraseAfter(t, after, sent.last);
  if (!np) return null;
  const sentence = t[i]!.sentence;
  const paragraph = a.seg.paragraphOf[i]!;
  const cue = { first: i, last: after };
  const speaker = { first: np.first, last: np.last, np };
  const via = viaAfter(t, a.namer, np.last, sent.last);
  // "According to X, CLAUSE."
  let k = np.last;
  while (k < sent.last && t[k]!.kind === 'punct' && t[k]!.kind !== 'open') k++;
  if (i === sent.first || (t[i - 1]!.kind === 'punct' && t[i - 1]!.text !== ',')) {
    const to = clauseTo(a, k, sent.last);
    const content = isStatement(a, k, to, 3) ? makeContent(a, k, to, { start: 'after-according-to', end: 'sentence-end' }) : null;
    if (content) return candidate(content, { sentence, paragraph }, { cue, speaker, via, rule: 'according-to-clause', speakerRule: 'according-to' });
    return null;
  }
  // "CLAUSE, according to X."
  const end = t[i - 1]!.text === ',' ? i - 1 : i;
  const clause = clauseStartBy(a, sent.first, end);
  const from = clause.start;
  if (!isStatement(a, from, end, 3)) return null;
  const content = makeContent(a, from, end, { start: clause.rule, end: 'before-according-to' });
  if (!content) return null;
  return candidate(content, { sentence, paragraph }, { cue, speaker, via, rule: 'clause-according-to', speakerRule: 'according-to' });
}
/**
 * A noun of saying with its owner and content: "Ms. Ortiz's decision to run on housing", "his claim that
 * …", "a report by Reuters that she …".
 */
export function nounCue(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  let k = i + 1;
  let speaker: { first: number; last: number; np: NounPhrase } | null = null;
  const owner = t[i - 1];
  if (owner && owner.kind === 'word' && (POSSESSIVE_PRONOUNS.has(owner.lower) || (/['’]s?$/.test(owner.text) && owner.cap))) {
    const np = POSSESSIVE_PRONOUNS.has(owner.lower) ? { first: i - 1, last: i } : ownerPhrase(a, i - 1, sent.first);
    if (np) speaker = { first: np.first, last: np.last, np };
  }
  // "a warning from the ministry that …": the source after "by" or "from".
  if (t[k]?.lower === 'by' || (t[k]?.lower === 'from' && !speaker)) {
    const np = phraseAfter(t, k + 1, sent.last);
    if (np) {
      speaker = { first: np.first, last: np.last, np };
      k = np.last;
    }
  }
  if (!speaker) return null;
  // "his claim at the hearing that …": a circumstance between the noun and its clause.
  if (t[k]?.lower !== 'that' && t[k]?.lower !== 'to' && adverbialPrepositions.has(t[k]?.lower ?? '')) {
    const after = skipAdverbials(t, k, sent.last);
    if (t[after]?.lower === 'that') k = after;
  }
  const marker = t[k]?.lower;
  if (marker !== 'that' && marker !== 'to' && !(marker === 'not' && t[k + 1]?.lower === 'to')) return null;
  const from = marker === 'that' ? k + 1 : k;
  let ended = clauseEndBy(a, from, sent.last, null);
  // "Ms. Ortiz's decision to run on housing has shown …", "But his plan to run was seen as …": a noun with
  // its owner that opens the clause is the subject, and the first finite auxiliary after the infinitive is the main
  // clause's verb; the infinitive cannot carry one of its own ("to seize … has" is no verb phrase).
  const before = t[speaker.first - 1];
  const opensClause = speaker.first === sent.first || before?.kind === 'punct' || CLAUSE_CONJUNCTIONS.has(before?.lower ?? '');
  if (marker !== 'that' && opensClause) {
    for (let j = from + 2; j < ended.end; j++) {
      const y = t[j]!;
      // A relative or subordinate clause inside the infinitive has its own verbs ("to build homes that are cheap");
      // "as" is more often a preposition there ("to seize on immigration as his issue").
      if (y.kind === 'open' || y.text === ',' || RELATIVE_PRONOUNS.has(y.lower) || (SUBORDINATORS.has(y.lower) && y.lower !== 'as')) break;
      if (y.kind === 'word' && !y.cap && (FINITE_BE.has(y.lower) || HAVE_DO_MODALS.has(y.lower)) && t[j - 1]!.kind === 'word') {
        ended = { end: j, rule: 'main-clause-verb' };
        break;
      }
    }
  }
  const to = ended.end;
  if (!isStatement(a, from, to, 2)) return null;
  const content = makeContent(a, from, to, { start: marker === 'that' ? 'after-that' : 'after-cue', end: ended.rule });
  if (!content) return null;
  const sentence = t[i]!.sentence;
  return candidate(
    content,
    { sentence, paragraph: a.seg.paragraphOf[i]! },
    { cue: { first: i, last: i + 1 }, speaker, via: [], rule: 'noun-cue', speakerRule: 'owner' },
  );
}
/**
 * A hope or a plan the sentence's subject holds, told by a noun without its owner: "…, in the hopes that the board
 * will act" and "…, with plans to return" (the sentence's subject), "The governor has no plans to endorse anyone"
 * (the subject of "have"). The clause after "that" or the infinitive is the belief.
 */
export function intentNoun(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  const x = t[i]!;
  if (!INTENT_NOUNS.has(x.lower) || x.cap) return null;
  const hope = x.lower.startsWith('hope');
  const marker = t[i + 1]?.lower;
  // "in the hopes that …", "in hopes of winning", "with plans to …": what is hoped or planned follows.
  if (!(marker === 'that' || marker === 'to' || (hope && marker === 'of'))) return null;
  if (t[i + 2]?.kind !== 'word') return null;
  let speaker: { first: number; last: number; np: NounPhrase } | null = null;
  let b = i - 1;
  if (t[b]?.lower === 'the') b--;
  const prep = t[b]?.lower;
  if ((hope && prep === 'in') || (!hope && prep === 'with' && b === i - 1)) {
    // The phrase follows the main clause, after a comma or right after it: its subject holds the hope.
    const np = b > sent.first ? sentenceSubject(a, sent.first, b) : null;
    if (np) speaker = { first: np.first, last: np.last, np };
  } else if (!hope && t[i - 1]?.lower === 'no' && /^(?:has|have|had)$/.test(t[i - 2]?.lower ?? '')) {
    // "has no plans to …": the subject of "have", adverbs between ("currently have no plans").
    const subj = subjectBefore(t, i - 2, sent.first, false, true);
    if (subj && !subj.relative) speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
  }
  if (!speaker) return null;
  const from = marker === 'that' ? i + 2 : i + 1;
  // "while we have no plans to back anyone, …": a fronted subordinate clause ends at its comma.
  const ended = subordinateBefore(a, sent.first, i) ? nextCommaBy(a, from, sent.last) : clauseEndBy(a, from, sent.last, null);
  if (!isStatement(a, from, ended.end, 2)) return null;
  const content = makeContent(a, from, ended.end, { start: marker === 'that' ? 'after-that' : 'after-cue', end: ended.rule });
  if (!content) return null;
  return candidate(
    content,
    { sentence: x.sentence, paragraph: a.seg.paragraphOf[i]! },
    { cue: { first: i, last: i + 1 }, speaker, via: [], rule: 'noun-cue', speakerRule: 'sentence-subject' },
  );
}
/**
 * The subject an adjective at `i` is predicated of ("X was (especially) critical of"), or null. With `favor`, the
 * adjective is the "in" of "in favor of", which a verb of voting or speaking takes as well as "be".
 */
function predicatedOf(
  a: ArticleContext,
  sent: { first: number; last: number },
  i: number,
  favor = false,
): { first: number; last: number; np: NounPhrase } | null {
  const t = a.tokens;
  let b = i - 1;
  // "has become critical of" steps back over the linking verb to "has"; "Voters seemed worried" stops at it.
  let link = -1;
  while (b >= sent.first && t[b]!.kind === 'word' && (isAdverbWord(t[b]!.lower) || STANCE_DEGREE_WORDS.has(t[b]!.lower))) {
    if (link < 0 && LINKING_VERBS.has(t[b]!.lower)) link = b;
    b--;
  }
  // "voted in favor of the levy", "spoke out in favor of Ortiz": a vote or a speech in favor is a stance too.
  const favorVerb = (k: number) => k >= sent.first && FAVOR_VERBS.has(t[k]!.lower) && !t[k]!.cap;
  const inFavor = favor && (favorVerb(b) || (t[b]?.lower === 'out' && favorVerb(b - 1)));
  if (inFavor && t[b]!.lower === 'out') b--;
  // The linking verb stands for "be" whatever came before it: an auxiliary ("has become"), the subject ("Voters seemed").
  if (!inFavor && b >= sent.first && !BE_OR_CLITIC.has(t[b]!.lower) && !LINKING_VERBS.has(t[b]!.lower) && link >= 0) b = link;
  if (b < sent.first || (!BE_OR_CLITIC.has(t[b]!.lower) && !LINKING_VERBS.has(t[b]!.lower) && !inFavor)) return null;
  // subjectBefore steps back over "be" and a linking verb itself; the verb of voting or speaking is the subject's own.
  const subj = subjectBefore(t, inFavor ? b : b + 1, sent.first, true);
  return subj ? { first: subj.spanFirst, last: subj.spanLast, np: subj.np } : null;
}
/**
 * The subject an adjective at `i` describes from an aside after the main clause ("Aides fanned out across the
 * state, confident that turnout would be high"; "…, (ever) hopeful that …"), or null: the adjective follows a comma
 * or a dash and belongs to the sentence's subject, the one who holds the belief.
 */
function appositiveOf(a: ArticleContext, sent: { first: number; last: number }, i: number): { first: number; last: number; np: NounPhrase } | null {
  const t = a.tokens;
  let b = i - 1;
  while (b > sent.first && t[b]!.kind === 'word' && isAdverbWord(t[b]!.lower)) b--;
  const mark = t[b]?.text;
  if (b <= sent.first || (mark !== ',' && mark !== '—' && mark !== '–')) return null;
  const np = sentenceSubject(a, sent.first, b);
  return np ? { first: np.first, last: np.last, np } : null;
}
/**
 * Beliefs told with an adjective of feeling or certainty and a clause: "I am glad voters are angry", "Aides are
 * concerned that turnout will be low". Without "that", the words after the adjective must read as a clause.
 */
export function beliefFrame(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  if (t[i]!.cap) return null;
  const object = beliefObject(a, sent, i);
  if (object) return object;
  // "…, eager to show that …": an adjective of wish in an aside, with its infinitive ("to" kept, as after "wants").
  const intent = INTENT_ADJECTIVES.has(t[i]!.lower) && t[i + 1]?.lower === 'to' && t[i + 2]?.kind === 'word' && !t[i + 2]!.cap;
  if (!intent && !BELIEF_ADJECTIVES.has(t[i]!.lower)) return null;
  const hadThat = !intent && t[i + 1]?.lower === 'that';
  const from = hadThat ? i + 2 : i + 1;
  if (t[from]?.kind !== 'word') return null;
  // After "be" the clause may follow without "that" ("I am glad voters are angry"); an aside needs "that" or "to".
  const speaker = intent ? appositiveOf(a, sent, i) : (predicatedOf(a, sent, i) ?? (hadThat ? appositiveOf(a, sent, i) : null));
  if (!speaker) return null;
  const ended = clauseEndBy(a, from, sent.last, null);
  const to = ended.end;
  if (!isStatement(a, from, to, 2) || (!hadThat && !intent && !clauseLike(a, from, to))) return null;
  const content = makeContent(a, from, to, { start: hadThat ? 'after-that' : 'after-cue', end: ended.rule });
  if (!content) return null;
  return candidate(
    content,
    { sentence: t[i]!.sentence, paragraph: a.seg.paragraphOf[i]! },
    { cue: { first: i, last: i + 1 }, speaker, via: [], rule: 'belief-frame', speakerRule: 'before-cue' },
  );
}
/**
 * "Some party elders are confident in the plan", "Tenants are not aware of the fees": an adjective of
 * certainty or awareness predicated of a subject, with the preposition that takes what it is about; the object
 * ends as a stance's does.
 */
function beliefObject(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  if (!BELIEF_OBJECT_PREPOSITIONS.get(t[i]!.lower)?.includes(t[i + 1]?.lower ?? '')) return null;
  const speaker = predicatedOf(a, sent, i);
  if (!speaker) return null;
  const ended = objectEndBy(a, i + 2, sent.last);
  if (!isStatement(a, i + 2, ended.end, 1)) return null;
  const content = makeContent(a, i + 2, ended.end, { start: 'after-cue', end: ended.rule });
  if (!content) return null;
  return candidate(
    content,
    { sentence: t[i]!.sentence, paragraph: a.seg.paragraphOf[i]! },
    { cue: { first: i, last: i + 2 }, speaker, via: [], rule: 'belief-frame', speakerRule: 'before-cue' },
  );
}
/**
 * Stances told with an adjective or a noun: "Ortiz was especially critical of the rival leading the polls",
 * "Trump's attacks on Curiel". The content is the object of the preposition.
 */
export function stanceFrame(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  const x = t[i]!;
  let cueLast = -1;
  let speaker: { first: number; last: number; np: NounPhrase } | null = null;
  for (const frame of phrasesFrom(t, i, STANCE_FRAMES)) {
    if (!phraseMatches(t, i, frame)) continue;
    // The adjective must be predicated of a subject: "X was (especially) critical of".
    speaker = predicatedOf(a, sent, i, x.lower === 'in');
    if (!speaker) return null;
    cueLast = i + frame.length;
    break;
  }
  if (!speaker) {
    const preps = STANCE_NOUNS.get(x.lower);
    if (!preps?.includes(t[i + 1]?.lower ?? '')) return null;
    const o = ownerBefore(t, i, sent.first);
    const owner = t[o];
    if (owner?.kind !== 'word') return null;
    if (!(POSSESSIVE_PRONOUNS.has(owner.lower) || (/['’]s?$/.test(owner.text) && owner.cap))) return null;
    const np = POSSESSIVE_PRONOUNS.has(owner.lower) ? { first: o, last: o + 1 } : ownerPhrase(a, o, sent.first);
    if (!np) return null;
    speaker = { first: np.first, last: np.last, np };
    cueLast = i + 2;
  }
  const ended = objectEndBy(a, cueLast, sent.last);
  const to = ended.end;
  if (!isStatement(a, cueLast, to, 1)) return null;
  const content = makeContent(a, cueLast, to, { start: 'after-cue', end: ended.rule });
  if (!content) return null;
  return candidate(
    content,
    { sentence: x.sentence, paragraph: a.seg.paragraphOf[i]! },
    { cue: { first: i, last: cueLast }, speaker, via: [], rule: 'stance-frame', speakerRule: 'before-cue' },
  );
}
/** The most modifiers between a stance noun and its owner: "Hale's deeply personal, openly hostile attacks on". */
const MAX_STANCE_NOUN_MODIFIERS = 6;
/** Endings of adjectives and participles used as adjectives: personal, repeated, aggressive, famous, public, useless. */
const ADJECTIVE_ENDINGS = /(?:al|ed|ive|ous|ful|ic|less|ary)$/;
/**
 * The index of the owner of the stance noun at `i`: the word before it, or the word before the adjectives, adverbs
 * and years that describe the noun ("his 2007 vote against", "Hale's unusually sharp attacks on"). A comma may
 * stand between two such modifiers.
 */
function ownerBefore(t: Token[], i: number, lo: number): number {
  let k = i - 1;
  while (k > lo && i - k <= MAX_STANCE_NOUN_MODIFIERS) {
    const y = t[k]!;
    const modifier =
      y.kind === 'word' &&
      !y.cap &&
      !POSSESSIVE_PRONOUNS.has(y.lower) &&
      !determiners.has(y.lower) &&
      !adverbialPrepositions.has(y.lower) &&
      (isAdjectiveWord(y.lower) ||
        isAdverbWord(y.lower) ||
        // The word classes miss many adjectives ("personal", "racially tinged"): their endings tell them.
        ADJECTIVE_ENDINGS.test(y.lower) ||
        /^(?:1[89]|20)\d\d$/.test(y.text) ||
        /^[a-z]+-[a-z]+$/.test(y.lower));
    const commaBetween = y.text === ',' && k < i - 1 && t[k - 1]?.kind === 'word';
    if (!modifier && !commaBetween) break;
    k--;
  }
  return k;
}
/** Words that may stand between a receiving verb and the noun of backing: "won [the crucial] endorsement of". */
const MAX_RECEIVED_MODIFIERS = 3;
/**
 * Stances told by backing the subject received: "Ms. Ortiz won the endorsement of the mayor", "Clinton received
 * even stronger support from older voters", "She has the backing of the unions". The giver after "of" or "from" is
 * the speaker; the subject is the stance's object. A possessive before the noun ("won their support") names the
 * giver with no phrase after it and is left alone, as is a subject the words cannot find.
 */
export function receivedStance(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  const x = t[i]!;
  if (!RECEIVED_STANCE_NOUNS.has(x.lower) || x.cap) return null;
  const prep = t[i + 1]?.lower;
  if (prep !== 'from' && prep !== 'of') return null;
  // Back over a few modifiers ("the crucial", "even stronger", "any") to the receiving verb ("picked up").
  let v = i - 1;
  while (v >= sent.first && i - v <= MAX_RECEIVED_MODIFIERS + 1) {
    const y = t[v]!;
    if (y.kind !== 'word' || y.cap || POSSESSIVE_PRONOUNS.has(y.lower)) return null;
    if (RECEIVING_VERBS.has(y.lower)) break;
    if (y.lower === 'up' && RECEIVING_VERBS.has(t[v - 1]?.lower ?? '')) {
      v--;
      break;
    }
    if (isFiniteVerb(y.lower) || cueAt(t, v)) return null;
    v--;
  }
  if (v < sent.first || !RECEIVING_VERBS.has(t[v]!.lower)) return null;
  const giver = phraseAfter(t, i + 2, sent.last);
  if (!giver) return null;
  const subj = subjectBefore(t, v, sent.first, false, true);
  if (!subj || subj.relative) return null;
  return subjectAsContent(a, subj.np, { sentence: x.sentence, paragraph: a.seg.paragraphOf[i]! }, { first: v, last: i + 2 }, giver, 'received-stance');
}
/**
 * A quote whose content is the clause's subject and whose speaker follows the cue: a stance in the passive or
 * received ("The plan was rejected by the council", "Hale won the backing of the union"), a vote's result ("The
 * levy passed with 61 percent"). Null when the subject is no statement.
 */
export function subjectAsContent(
  a: ArticleContext,
  subject: NounPhrase,
  at: { sentence: number; paragraph: number },
  cue: { first: number; last: number },
  speaker: NounPhrase,
  rule: QuoteRuleId,
): Candidate | null {
  if (!isStatement(a, subject.first, subject.last, 1)) return null;
  const content = makeContent(a, subject.first, subject.last, { start: 'sentence-start', end: 'before-attribution' });
  if (!content) return null;
  return candidate(content, at, { cue, speaker: { first: speaker.first, last: speaker.last, np: speaker }, via: [], rule, speakerRule: 'after-cue' });
}
/** "Mr. Trump's" before a noun cue: the owner's phrase, possessive included. */
export function ownerPhrase(a: ArticleContext, end: number, lo: number): NounPhrase | null {
  let first = end;
  const t = a.tokens;
  while (first - 1 >= lo && ((t[first - 1]!.cap && t[first - 1]!.kind === 'word') || isAbbrevDotToken(t, first - 1))) first--;
  return { first, last: end + 1 };
}

/** Words the poll's phrase may hold between "in" and the poll noun: "a national USA TODAY/Suffolk University poll". */
const MAX_POLL_PHRASE = 9;
/** Words after which a trailing "in the polls" no longer belongs to the clause before: it ends there. */
const POLL_TAIL_ENDERS = new Set(['although', 'though', 'despite', 'while', 'but', 'by', 'as', 'since', 'and', 'with', 'among', 'after']);
/** Words that open the clause a trailing "in the polls" places: the content starts after them. */
const POLL_CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'that', 'why', 'how', 'and', 'but']);
/**
 * Findings placed in a poll by "in": "In a Quinnipiac poll released Monday, 45 percent backed the plan" (the clause
 * after the comma), "Ortiz is ahead in the polls" (the clause before). The poll is the source, so the act is a
 * finding (acts.ts 'finding-source'). A clause with a verb of saying of its own ("In the poll, 45 percent said …")
 * is that verb's, not this frame's.
 */
export function pollFrame(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  // Asked at every "in": most have no poll noun near, and one set look-up per word settles them before the walk
  // below asks each word's verb class (which can only end the phrase sooner).
  let near = false;
  for (let k = i + 1; k < sent.last && k <= i + MAX_POLL_PHRASE && !near; k++) near = POLL_NOUNS.has(t[k]!.lower);
  if (!near) return null;
  // The poll's phrase: "the polls", "a CNN/ORC survey", "the RealClearPolitics average of state polls".
  let head = -1;
  for (let k = i + 1; k < sent.last && k <= i + MAX_POLL_PHRASE; k++) {
    const x = t[k]!;
    if (x.kind === 'word') {
      if (POLL_NOUNS.has(x.lower)) {
        head = k;
        break;
      }
      if (!x.cap && (isFiniteVerb(x.lower) || x.lower === 'in' || x.lower === 'that' || x.lower === 'which')) return null;
    } else if (!(x.text === '/' || x.text === '-' || x.text === '&' || isAbbrevDot(t, k))) return null;
  }
  if (head < 0) return null;
  // "polls show", "the survey found": a cue right after is the poll's own statement, found as such.
  const next = t[head + 1];
  if (next?.kind === 'word' && !next.cap && cueAt(t, head + 1)) return null;
  const speaker = { first: i + 1, last: head + 1, np: { first: i + 1, last: head + 1 } };
  const at = { sentence: t[i]!.sentence, paragraph: a.seg.paragraphOf[i]! };
  const cue = { first: i, last: i + 1 };
  let first: number;
  let last: number;
  if (i === sent.first) {
    // "In a poll released Monday, CLAUSE": the comma closes the poll's phrase (a participle may describe it).
    let comma = head + 1;
    while (comma < sent.last && comma <= head + 8 && t[comma]!.text !== ',') {
      const x = t[comma]!;
      if (x.kind === 'word' && !x.cap && isFiniteVerb(x.lower) && !x.lower.endsWith('ed')) return null;
      comma++;
    }
    if (t[comma]?.text !== ',') return null;
    first = comma + 1;
    const ended = clauseEndBy(a, first, sent.last, null);
    last = ended.end;
    if (!ownClause(a, first, last)) return null;
    const content = makeContent(a, first, last, { start: 'after-according-to', end: ended.rule });
    return content ? candidate(content, at, { cue, speaker, via: [], rule: 'poll-frame', speakerRule: 'according-to' }) : null;
  }
  // "CLAUSE in the polls." / "CLAUSE in a survey from Quinnipiac, although …": the poll's phrase, with what
  // describes it but no verb of its own ("in the polls has alarmed" is a subject), ends the clause.
  let end = head + 1;
  while (end < sent.last && end <= head + 8) {
    const x = t[end]!;
    if (x.kind !== 'word' || POLL_TAIL_ENDERS.has(x.lower)) break;
    if (!x.cap && isFiniteVerb(x.lower) && !x.lower.endsWith('ed')) return null;
    end++;
  }
  const after = t[end];
  if (!(end >= sent.last || after === undefined || after.kind === 'punct' || POLL_TAIL_ENDERS.has(after.lower))) return null;
  last = i;
  first = i - 1;
  while (first > sent.first) {
    const x = t[first - 1]!;
    if (x.kind === 'open' || x.kind === 'close') return null;
    if (x.text === ',' || x.text === ';' || x.text === ':' || x.text === '—' || x.text === '–') break;
    if (x.kind === 'word' && POLL_CLAUSE_OPENERS.has(x.lower)) break;
    // "Hale, who is tied with Ortiz in most polls, …": a relative clause describes someone; it is no finding.
    if (x.kind === 'word' && RELATIVE_PRONOUNS.has(x.lower)) return null;
    first--;
  }
  // The clause has its own subject: "hasn't found a backer … in her standing in the polls" is a fragment.
  const subject = t[first]!;
  const subjectLike =
    subject.kind === 'word' && (subject.cap || determiners.has(subject.lower) || PERSONAL_PRONOUNS.has(subject.lower) || /^\d/.test(subject.text));
  if (i - first > 25 || !subjectLike || !ownClause(a, first, last)) return null;
  const content = makeContent(a, first, last, { start: 'sentence-start', end: 'before-according-to' });
  return content ? candidate(content, at, { cue, speaker, via: [], rule: 'poll-frame', speakerRule: 'according-to' }) : null;
}
/** A clause of its own: a finite verb, and no verb of saying, thinking or finding that would report it itself. */
function ownClause(a: ArticleContext, first: number, last: number): boolean {
  const t = a.tokens;
  if (!isStatement(a, first, last, 2)) return false;
  let finite = false;
  for (let k = first; k < last; k++) {
    const x = t[k]!;
    if (x.kind !== 'word' || x.cap) continue;
    const c = cueAt(t, k);
    if (c && (c.form === 'past' || c.form === 'third') && (DIRECT_CLASSES.has(c.verb.class) || c.verb.class === 'evidence')) return false;
    // A past tense the word classes do not know ("trailed") counts by its ending.
    if (isFiniteVerb(x.lower) || BE_OR_CLITIC.has(x.lower) || HAVE_DO_MODALS.has(x.lower) || (k > first && x.lower.length > 4 && x.lower.endsWith('ed')))
      finite = true;
  }
  return finite;
}
/**
 * A measure's result in a vote: "The levy passed with 61 percent of the vote", "The tax was easily defeated by
 * 68 percent". The share after "with" or "by" is the source (a count of voters, as a poll's percentage is) and the
 * measure, the subject, is what it is about; acts.ts makes it a finding. A person's win ("Ruiz won with 52 percent")
 * is left to the stance and poll frames.
 */
export function voteShare(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  const x = t[i]!;
  if (!VOTE_OUTCOME_VERBS.has(x.lower) || x.cap) return null;
  const prep = t[i + 1]?.lower;
  const share = t[i + 2];
  if ((prep !== 'with' && prep !== 'by') || !share || !/^\d[\d.,]*%?$/.test(share.text)) return null;
  if (!share.text.endsWith('%') && !SHARE_UNITS.has(t[i + 3]?.lower ?? '')) return null;
  const speaker = phraseAfter(t, i + 2, sent.last);
  const subj = subjectBefore(t, i, sent.first, true, false);
  if (!speaker || !subj || subj.relative || RELATIVE_PRONOUNS.has(t[subj.np.first]!.lower)) return null;
  return subjectAsContent(a, subj.np, { sentence: x.sentence, paragraph: a.seg.paragraphOf[i]! }, { first: i, last: i + 2 }, speaker, 'vote-share');
}
/** The most adverbs between a topic verb and its preposition: "focused almost solely on". */
const MAX_TOPIC_ADVERBS = 2;
/**
 * A topic of attention or answer: "The union has focused on wages", "The campaign did not respond to a request
 * for comment". The object of the preposition is the content, the verb's subject the speaker, the act 'other'.
 * "respond" only after "do" (a refusal or an answer as an act, "did not respond to"; "responded to X by saying …"
 * reports what was said); an object in "-ing" ("focused on organizing") is an activity, not a topic.
 */
export function topicFrame(a: ArticleContext, sent: { first: number; last: number }, i: number): Candidate | null {
  const t = a.tokens;
  const x = t[i]!;
  const prep = TOPIC_PREPOSITIONS.get(x.lower);
  if (!prep || x.cap) return null;
  let p = i + 1;
  while (p < sent.last && p - i - 1 < MAX_TOPIC_ADVERBS && t[p]!.kind === 'word' && isAdverbWord(t[p]!.lower) && t[p]!.lower !== prep) p++;
  const from = p + 1;
  if (t[p]?.lower !== prep || t[from]?.kind !== 'word' || isIngForm(t[from]!.lower)) return null;
  // "a new focus on", "its focus on": after a determiner, a possessive or an adjective the word is the noun.
  const before = t[i - 1];
  if (
    before?.kind === 'word' &&
    (determiners.has(before.lower) ||
      POSSESSIVE_PRONOUNS.has(before.lower) ||
      /['’]s?$/.test(before.lower) ||
      (isAdjectiveWord(before.lower) && !isAdverbWord(before.lower)))
  )
    return null;
  const subj = subjectBefore(t, i, sent.first, false, true);
  if (!subj || subj.relative) return null;
  if (x.lower === 'respond' && !t.slice(subj.spanLast, i).some((y) => DO_FORMS.test(y.lower))) return null;
  const ended = objectEndBy(a, from, sent.last);
  if (!isStatement(a, from, ended.end, 1)) return null;
  const content = makeContent(a, from, ended.end, { start: 'after-cue', end: ended.rule });
  if (!content) return null;
  return candidate(
    content,
    { sentence: x.sentence, paragraph: a.seg.paragraphOf[i]! },
    {
      cue: { first: i, last: p + 1 },
      speaker: { first: subj.spanFirst, last: subj.spanLast, np: subj.np },
      via: [],
      rule: 'topic-frame',
      speakerRule: 'before-cue',
    },
  );
}
/** "do" as the auxiliary of a negation or an emphasis, written alone or with "n't": "did not respond", "didn't respond". */
const DO_FORMS = /^(?:do|does|did)(?:n['’]t)?$/;
