/**
 * The reported-speech rules for a cue verb, in order: read top to bottom like a sieve. Each rule either passes
 * (null: the next rule is tried), or decides: it returns the quotes it found, or none, which stops the sieve (a
 * filter: "his claims" is a noun, "was reported by" a passive). The ids are those of lexicon/rules.ts, where every
 * rule and filter has an example sentence that test/lexicon/rules.test.ts runs. Adding a rule is adding an entry.
 */

import { skipAdverbials, viaAfter } from '../../grammar/adverbials.js';
import { afterFrontedClause, appositiveAt, clauseEndBy, clauseStartBy, commaBefore, isCliticVerb, onlyTail } from '../../grammar/clauses.js';
import { contentAfter, skipObject } from '../../grammar/content.js';
import { type CueMatch, cueAt } from '../../grammar/cues.js';
import { phraseAfter, phraseEndingAt, shareStart } from '../../grammar/noun-phrases.js';
import { quantifierOpens, type Subject, subjectBefore } from '../../grammar/subjects.js';
import { FINDING_SOURCES } from '../../lexicon/acts.js';
import {
  ARTICLES,
  AS_PROPOSAL_CUES,
  ATTACHING_PREPOSITIONS,
  adverbialPrepositions,
  anonymousNouns,
  auxiliaries,
  BE_OR_CLITIC,
  BELIEF_OBJECT_CUES,
  CUE_NOUNS,
  DOCUMENT_NOUNS,
  determiners,
  FRONTED_ASIDES,
  GERUND_PREPOSITIONS,
  INFINITIVE_CUES,
  isAdjectiveWord,
  isAdverbWord,
  isFiniteVerb,
  LONE_CONTENT_WORDS,
  NOUN_THIRD_FORMS,
  OBJECT_RELATIVES,
  organizationNouns,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  QUANTITY_NOUNS,
  RELATIVE_PRONOUNS,
  roleNouns,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  THING_OBJECT_CUES,
  TIME_SPAN_ENDS,
  TIME_SPAN_WORDS,
  timeWords,
  VERBAL_DETERMINERS,
} from '../../lexicon/index.js';
import type { CueFilterId, QuoteRuleId, SpeakerRuleId } from '../../lexicon/rules.js';
import type { NounPhrase } from '../../naming/canonical.js';
import type { Mention } from '../../naming/resolver.js';
import { type ArticleContext, addressedOutlet, isStatement, makeContent, sentenceSubject } from '../article.js';
import { type Candidate, candidate, DIRECT_CLASSES } from '../candidate.js';
import { phraseAt, phraseIndex, type Sentence, type Token } from '../segment.js';
import { subjectAsContent } from './frames.js';

/** A cue verb in its sentence: what every rule looks at. */
export interface CueSite {
  a: ArticleContext;
  sent: Sentence;
  cue: CueMatch;
  /** The token before the cue. */
  before: Token | undefined;
  headline: boolean;
  at: { sentence: number; paragraph: number };
  /** The sentence's earlier attribution, which "…, adding that" continues. */
  lastInSentence: Candidate | undefined;
  /** The cue's subject, found once (undefined: not looked for yet). */
  subject?: Subject | null;
}

/** What a rule decides: the quotes found (none: a filter stopped the sieve), and a mention met in passing. */
export interface CueOutcome {
  quotes: Candidate[];
  agent?: Mention;
}

export interface CueRule {
  id: QuoteRuleId | CueFilterId;
  apply(s: CueSite): CueOutcome | null;
}

const STOP: CueOutcome = { quotes: [] };
const found = (...quotes: Candidate[]): CueOutcome => ({ quotes });

function subjectOf(s: CueSite): Subject | null {
  // A negated thought or stance is still held ("doesn't believe", "has not endorsed him"); a negated "say" reports nothing.
  const negationOk = s.cue.verb.class === 'belief' || ((s.cue.verb.class === 'stance' || s.cue.verb.class === 'judgement') && !s.cue.verb.act);
  if (s.subject === undefined) s.subject = subjectBefore(s.a.tokens, s.cue.first, s.sent.first, s.cue.form === 'gerund', negationOk);
  return s.subject;
}

/**
 * "Turnout fell, the survey found", "…, a new study shows": evidence may follow its clause as speech does, when its
 * subject is a poll, a study or a document (FINDING_SOURCES); "…, he found" is a person coming upon something.
 */
function trailingFinding(s: CueSite, subj: Subject): boolean {
  if (s.cue.verb.class !== 'evidence' || (s.cue.form !== 'past' && s.cue.form !== 'third' && s.cue.form !== 'base')) return false;
  return findingHead(s, subj);
}
/** The subject's head word is a poll, a study, data or a document (FINDING_SOURCES). */
function findingHead(s: CueSite, subj: Subject): boolean {
  const head = s.a.tokens[subj.np.last - 1]!;
  return head.kind === 'word' && !head.cap && FINDING_SOURCES.has(head.lower);
}

/** A clause after the cue whose speaker is the sentence's subject ("…, saying", "to say", "and said"). */
function withSentenceSubject(s: CueSite, rule: QuoteRuleId, subjectBefore: number): CueOutcome {
  const main = sentenceSubject(s.a, s.sent.first, subjectBefore);
  const content = main ? contentAfter(s.a, s.cue, s.sent.last, false) : null;
  if (!main || !content || loneWord(s.a.tokens, s.cue, content.start, content.end)) return STOP;
  return found(candidate(content, s.at, { cue: s.cue, speaker: { ...main, np: main }, via: [], rule, speakerRule: 'sentence-subject' }));
}

/**
 * "the debunked claim that …", "a revised plan": a participle in "-ed" between an article or a possessive and a cue in
 * its base form that is also a noun of saying (CUE_NOUNS) modifies that noun. "Those surveyed say", "the injured say"
 * keep their verb: a demonstrative or a verb that is no noun.
 */
function participleModifier(s: CueSite): boolean {
  const t = s.a.tokens;
  const x = t[s.cue.first - 1];
  const d = t[s.cue.first - 2];
  return (
    s.cue.form === 'base' &&
    CUE_NOUNS.has(t[s.cue.first]!.lower) &&
    x?.kind === 'word' &&
    !x.cap &&
    /[a-z]ed$/.test(x.lower) &&
    d?.kind === 'word' &&
    (ARTICLES.has(d.lower) || POSSESSIVE_PRONOUNS.has(d.lower))
  );
}
/** A word right before a cue that makes the cue a noun: "the said", "his claims", "Trump's comments", "greatest support". */
function nounBefore(x: Token): boolean {
  if (x.text === '-' || x.lower === 'so') return true;
  if (x.kind !== 'word') return false;
  if (determiners.has(x.lower) && !VERBAL_DETERMINERS.has(x.lower)) return true;
  if (POSSESSIVE_PRONOUNS.has(x.lower) || (/['’]s?$/.test(x.lower) && !isCliticVerb(x.lower))) return true;
  if (x.cap || anonymousNouns.has(x.lower) || roleNouns.has(x.lower) || organizationNouns.has(x.lower)) return false;
  return isAdjectiveWord(x.lower) && !auxiliaries.has(x.lower) && !isAdverbWord(x.lower);
}

/**
 * "Many say …", "And some argued …": a quantifier that opens a clause, before a cue in a form that is no plural noun
 * (the base or the past: "many reports", "some calls" are nouns), is the cue's subject.
 */
function quantifierSubject(s: CueSite): boolean {
  return (s.cue.form === 'base' || s.cue.form === 'past') && quantifierOpens(s.a.tokens, s.cue.first - 1, s.sent.first);
}

/** A comma right before the cue, or inside the quotation that closes there (`… the “Golden Week,” saying …`). */
function commaBeforeCue(s: CueSite): boolean {
  const t = s.a.tokens;
  let j = s.cue.first - 1;
  while (j > s.sent.first && t[j]!.kind === 'close') j--;
  return t[j]?.text === ',';
}

const isStanceCue = (cue: CueMatch): boolean => cue.verb.class === 'stance' || cue.verb.class === 'judgement';
/** A lower-case word that can end a noun phrase: no auxiliary, adverb, pronoun, preposition or conjunction. */
function nounLikeBefore(x: Token): boolean {
  const w = x.lower;
  return (
    !auxiliaries.has(w) &&
    !BE_OR_CLITIC.has(w) &&
    !isAdverbWord(w) &&
    !PERSONAL_PRONOUNS.has(w) &&
    !RELATIVE_PRONOUNS.has(w) &&
    !adverbialPrepositions.has(w) &&
    !determiners.has(w) &&
    w !== 'and' &&
    w !== 'or' &&
    w !== 'to'
  );
}
/**
 * "The plan was rejected by the council", "Hale has been endorsed by the union": a stance or a judgement in the
 * passive is the agent's, about the subject of "be". The subject is the content, the agent the speaker; a subject
 * inside a relative clause ("a merger that was blocked by …") is left alone, its antecedent being out of reach.
 */
function passiveStance(s: CueSite, agent: NounPhrase): Candidate[] {
  const { a, cue } = s;
  if (!isStanceCue(cue)) return [];
  // The cue comes right after "be" (the rule above): the subject is before it.
  const subj = subjectBefore(a.tokens, cue.first, s.sent.first, true, true);
  if (!subj || subj.relative || RELATIVE_PRONOUNS.has(a.tokens[subj.np.first]!.lower)) return [];
  const c = subjectAsContent(a, subj.np, s.at, s.cue, agent, 'passive-stance');
  return c ? [c] : [];
}

/** A name or a title after "called": capitalised, or in quotation marks ("a class called “Perception”"). */
const isNameStart = (x: Token | undefined): boolean => x !== undefined && (x.cap || x.kind === 'open');

export const CUE_RULES: readonly CueRule[] = [
  {
    // Reporting verbs are not capitalised mid-sentence ("the United States"), except in a title-case headline.
    id: 'capitalised-cue',
    apply: (s) => (s.a.tokens[s.cue.first]!.cap && !s.headline ? STOP : null),
  },
  {
    id: 'noun-before-cue',
    // A hyphen makes a compound only written against the cue ("so-called"); "-- said" is a dash typed as hyphens.
    // "one in five say": a count that ends a share of people is the subject, not an adjective before a noun.
    apply: (s) =>
      s.before &&
      (nounBefore(s.before) || participleModifier(s)) &&
      !(s.before.text === '-' && s.before.end < s.a.tokens[s.cue.first]!.start) &&
      !quantifierSubject(s) &&
      shareStart(s.a.tokens, s.cue.first - 1, s.sent.first) < 0
        ? STOP
        : null,
  },
  {
    // "the running backs", "turned their backs on": a third person form that is mostly a noun is a verb only after a
    // pronoun subject ("she backs", "a donor who backs"), an adverb allowed between ("who also backs").
    id: 'noun-third-form',
    apply: ({ a, cue, sent }) => {
      if (cue.form !== 'third' || !NOUN_THIRD_FORMS.has(cue.verb.lemma)) return null;
      const t = a.tokens;
      let k = cue.first - 1;
      while (k > sent.first && t[k]!.kind === 'word' && isAdverbWord(t[k]!.lower)) k--;
      const w = t[k]?.lower ?? '';
      return k >= sent.first && t[k]!.kind === 'word' && (SUBJECT_PRONOUNS.has(w) || RELATIVE_PRONOUNS.has(w)) ? null : STOP;
    },
  },
  {
    // "the states’ votes": a possessive after the word makes it a noun.
    id: 'possessive-after-cue',
    apply: (s) => {
      const t = s.a.tokens;
      const after = t[s.cue.last];
      return after && after.start === t[s.cue.last - 1]!.end && /^['’]/.test(after.text) ? STOP : null;
    },
  },
  {
    // "put it" is wording only in "as X put it" ("The deal is a gamble, as one banker put it"); "She put it on the
    // table" places a thing.
    id: 'put-it-aside',
    apply: (s) => {
      if (s.cue.verb.lemma !== 'put') return null;
      const subj = subjectOf(s);
      // "The deal is a gamble, as one banker put it": the aside of 'as-attribution' below.
      return subj && s.a.tokens[subj.spanFirst - 1]?.lower === 'as' ? null : STOP;
    },
  },
  {
    // "wrote a letter urging …", "posted a video saying …": the message's participle tells what was said
    // ('document-gerund', on the participle); the verb's own content would be the message.
    id: 'message-object',
    apply: (s) => (messageGerundAfter(s.a.tokens, s.cue.last, s.sent.last) ? STOP : null),
  },
  {
    // "Kasich reminds us of a houseguest": to remind someone of a thing is to call it to mind, not to say something;
    // "reminded voters that …" still reports.
    id: 'remind-of',
    apply: ({ a, cue, sent }) => {
      if (cue.verb.lemma !== 'remind') return null;
      // The one reminded is a short phrase ("us", "many voters"): "of" within a few words, no clause between.
      for (let i = cue.last + 1; i < Math.min(sent.last, cue.last + 5); i++) {
        const x = a.tokens[i]!;
        if (x.kind !== 'word' || x.lower === 'that') return null;
        if (x.lower === 'of') return STOP;
      }
      return null;
    },
  },
  {
    // "has added a new wing to the museum", "charged a $100 fee": these verbs report speech only with a clause or a
    // quotation; a plain noun phrase after them is a thing added, billed or named. "added the plan would fail" is a
    // clause (its phrase has a verb after it) and still reports. Before 'gerund-continuation': "…, adding a plug".
    id: 'thing-object',
    apply: ({ a, cue, sent }) => {
      if (!THING_OBJECT_CUES.has(cue.verb.lemma) || cue.verb.particle) return null;
      const t = a.tokens;
      // "boasted of his skills", "added to the list": a preposition's object is no object of the verb.
      if (t[cue.last]?.lower === 'of' || t[cue.last]?.lower === 'about') return null;
      const k = skipAdverbials(t, cue.last, sent.last);
      const first = t[k];
      if (first?.kind !== 'word' || first.lower === 'that' || SUBJECT_PRONOUNS.has(first.lower)) return null;
      const verbAt = (x: Token | undefined): boolean => x?.kind === 'word' && (isFiniteVerb(x.lower) || auxiliaries.has(x.lower));
      const np = phraseAfter(t, k, sent.last);
      if (np) return verbAt(t[np.last]) ? null : STOP;
      // No phrase read ("a $100,000 fee" splits at the sign): a clause shows by a verb in its first few tokens.
      for (let i = k; i < Math.min(sent.last, k + 8); i++) if (verbAt(t[i])) return null;
      return STOP;
    },
  },
  {
    // "reported by a senior ministry source": no statement, but a mention a later "the source" may refer to.
    id: 'passive-agent',
    apply: (s) => {
      const { a, cue, before } = s;
      if (!((cue.form === 'participle' || cue.form === 'past') && a.tokens[cue.last]?.lower === 'by' && before)) return null;
      // "a practice criticized by rights groups": a stance's participle right after a noun is a passive too, one
      // that describes the noun (a reduced relative clause); the noun is not the agent.
      const reduced = before.kind === 'word' && !before.cap && /ed$/.test(a.tokens[cue.first]!.lower) && nounLikeBefore(before) && isStanceCue(cue);
      if (!BE_OR_CLITIC.has(before.lower) && !reduced) return null;
      const np = phraseAfter(a.tokens, cue.last + 1, s.sent.last);
      if (!np) return STOP;
      const info = a.namer.describe(np.first, np.last);
      const agent = { first: np.first, last: np.last, info, via: viaAfter(a.tokens, a.namer, np.last, s.sent.last) };
      return { quotes: passiveStance(s, np), agent };
    },
  },
  {
    // "a class called “Perception”": a thing named, not a statement.
    id: 'called-name',
    apply: ({ a, cue, before: b }) =>
      cue.verb.lemma === 'call' &&
      !cue.verb.particle &&
      isNameStart(a.tokens[cue.last]) &&
      b &&
      b.kind === 'word' &&
      !b.cap &&
      !PERSONAL_PRONOUNS.has(b.lower) &&
      !auxiliaries.has(b.lower) &&
      !isAdverbWord(b.lower)
        ? STOP
        : null,
  },
  // "…, citing data from X" names an intermediary (see `via`), not a statement.
  { id: 'citing-source', apply: ({ cue }) => (cue.verb.lemma === 'cite' && cue.form === 'gerund' ? STOP : null) },
  {
    // "…, adding that …": the participle continues the sentence's earlier attribution.
    id: 'gerund-continuation',
    apply: (s) => {
      if (s.cue.form !== 'gerund' || !commaBeforeCue(s) || !s.lastInSentence) return null;
      const content = contentAfter(s.a, s.cue, s.sent.last, false);
      if (!content || loneWord(s.a.tokens, s.cue, content.start, content.end)) return STOP;
      return found(
        candidate(content, s.at, { cue: s.cue, speaker: null, via: [], rule: 'gerund-continuation', speakerRule: 'same-sentence' }, s.lastInSentence),
      );
    },
  },
  {
    // "…, saying …", "won over the room by vowing to …": a participle with the sentence's subject.
    id: 'gerund-clause',
    apply: (s) =>
      s.cue.form === 'gerund' && s.before && (commaBeforeCue(s) || GERUND_PREPOSITIONS.has(s.before.lower))
        ? withSentenceSubject(s, 'gerund-clause', s.cue.first)
        : null,
  },
  {
    // "The interview ended with the host asking the mayor whether …": after "with", the participle has its own
    // subject (before "participle-after-noun", which would take "the host asking" for a description).
    id: 'with-gerund',
    apply: (s) => {
      if (s.cue.form !== 'gerund' || !(DIRECT_CLASSES.has(s.cue.verb.class) || s.cue.verb.class === 'evidence')) return null;
      const subj = subjectOf(s);
      if (!subj || s.a.tokens[subj.spanFirst - 1]?.lower !== 'with' || subj.spanLast !== s.cue.first) return null;
      // "with new surveys showing a close contest": evidence only from a poll, a study or a document.
      if (s.cue.verb.class === 'evidence' && !findingHead(s, subj)) return null;
      const content = contentAfter(s.a, s.cue, s.sent.last, false);
      if (!content) return STOP;
      const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
      return found(candidate(content, s.at, { cue: s.cue, speaker, via: [], rule: 'with-gerund', speakerRule: 'before-cue' }));
    },
  },
  {
    // "The union issued a statement on Monday saying …": the participle tells what the statement says, and the
    // statement is the sentence subject's (before "participle-after-noun", which would take it for a description).
    id: 'document-gerund',
    apply: documentGerund,
  },
  {
    // "polls showing …", "a project advocating …": a participle after a noun describes it, it does not report —
    // except for stances: "pastors supporting Mr. Cruz" tells whom the pastors support.
    id: 'participle-after-noun',
    apply: ({ a, cue }) =>
      cue.form === 'gerund' && !progressive(a.tokens, cue.first) && cue.verb.class !== 'stance' && !heldIntent(a.tokens, cue) ? STOP : null,
  },
  {
    // "wrote on Monday to say she had never approved …": the infinitive's subject is the sentence's.
    id: 'to-cue-clause',
    apply: (s) => (s.before?.lower === 'to' && DIRECT_CLASSES.has(s.cue.verb.class) ? withSentenceSubject(s, 'to-cue-clause', s.cue.first - 1) : null),
  },
  { id: 'as-attribution', apply: asAttribution },
  { id: 'name-cue-clause', apply: nameCueClause },
  {
    // "The plan will fail, Trump said." and "The plan, Trump said, will fail."
    id: 'clause-name-cue',
    apply: (s) => {
      const subj = subjectOf(s);
      if (!subj || inverted(s)) return null;
      if (!DIRECT_CLASSES.has(s.cue.verb.class) && !trailingFinding(s, subj)) return STOP;
      const comma = commaBefore(s.a, subj.spanFirst - 1, s.sent.first);
      if (comma < 0) return STOP;
      const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
      const end = Math.max(skipObject(s.a, s.cue), subj.spanLast);
      return found(...aroundAttribution(s, comma, end, speaker, 'clause-name-cue', 'before-cue'));
    },
  },
  {
    // "The plan will fail, said Trump." (also after a quotation: `… “very assertive,” said Orfield`)
    id: 'clause-cue-name',
    apply: (s) => {
      const comma = DIRECT_CLASSES.has(s.cue.verb.class) ? commaBefore(s.a, s.cue.first - 1, s.sent.first) : -1;
      const np = comma >= 0 ? phraseAfter(s.a.tokens, s.cue.last, s.sent.last) : null;
      if (!np) return null;
      // "Senators Ana Ruiz and Tom Hale, and Gov. Lee Park, tweeted their approval": with no verb and no quotation
      // before the comma, and no one who could speak after the cue, what stands there is the subject set off by a
      // comma, not a clause that was said ("The contrast, said Ana Ruiz, would be clear" is one split in two).
      if (!verbOrQuoteBefore(s.a.tokens, clauseStartBy(s.a, s.sent.first, comma).start, comma) && !canSpeak(s.a, np)) return null;
      return found(...aroundAttribution(s, comma, np.last, { first: np.first, last: np.last, np }, 'clause-cue-name', 'after-cue'));
    },
  },
  {
    // "Marlow grew up … and said she would …": the second verb of the sentence's subject.
    id: 'and-cue-clause',
    apply: (s) => {
      if (s.before?.lower !== 'and' && s.before?.lower !== 'but') return null;
      const out = withSentenceSubject(s, 'and-cue-clause', s.cue.first);
      return out.quotes.length > 0 ? out : relativeAnd(s);
    },
  },
];

/** The most adverbs that may stand between "be" and its participle ("are now saying", "is increasingly warning"). */
const MAX_PROGRESSIVE_ADVERBS = 2;
/**
 * The participle at `cue` follows a form of "be", perhaps with an adverb or two between ("leaders are increasingly
 * admitting that …", "he is also saying"): a progressive tense, a verb of its own and not a noun's description.
 */
function progressive(t: readonly Token[], cue: number): boolean {
  const adverb = (x: Token | undefined): boolean =>
    x?.kind === 'word' && !x.cap && !BE_OR_CLITIC.has(x.lower) && (isAdverbWord(x.lower) || timeWords.has(x.lower));
  let j = cue - 1;
  while (j > cue - 1 - MAX_PROGRESSIVE_ADVERBS && adverb(t[j])) j--;
  const x = t[j];
  return x !== undefined && x.kind === 'word' && BE_OR_CLITIC.has(x.lower);
}

/** The most words between ", who" and "and said" in one relative clause. */
const MAX_RELATIVE = 20;
/**
 * "The canvasser knocked on the door of Ann Lee, who answered it and said she would vote": the second verb of a
 * relative clause about a person shares its subject, the phrase before ", who".
 */
function relativeAnd(s: CueSite): CueOutcome | null {
  const { a, cue } = s;
  const t = a.tokens;
  if (!DIRECT_CLASSES.has(cue.verb.class)) return null;
  for (let j = cue.first - 2; j > s.sent.first && j > cue.first - MAX_RELATIVE; j--) {
    const x = t[j]!;
    // Words only, up to a lower-case "who": punctuation ends the clause.
    if (x.kind !== 'word') return null;
    if (x.cap || x.lower !== 'who') continue;
    if (t[j - 1]?.text !== ',') return null;
    const np = phraseEndingAt(t, j - 2, s.sent.first);
    const content = np ? contentAfter(a, cue, s.sent.last, false) : null;
    if (!np || !content) return null;
    return found(
      candidate(content, s.at, { cue, speaker: { first: np.first, last: np.last, np }, via: [], rule: 'and-cue-clause', speakerRule: 'before-cue' }),
    );
  }
  return null;
}

/**
 * "Republicans hoping to keep the Senate", "traders expecting a rate cut": a participle of wish or intent after a
 * noun tells what the noun's people want, as a stance's tells whom they support.
 */
function heldIntent(t: readonly Token[], cue: CueMatch): boolean {
  if (cue.verb.class !== 'belief') return false;
  const next = t[cue.last];
  return (next?.lower === 'to' && INFINITIVE_CUES.has(cue.verb.lemma)) || BELIEF_OBJECT_CUES.has(cue.verb.lemma) || cue.verb.particle !== undefined;
}
/** Words between a message noun and its participle: a short circumstance ("on Monday", "to supporters"), no clause. */
const MAX_DOCUMENT_GAP = 6;

/** "a letter urging", "a new TV spot calling" from `i`: a message noun with its determiner, then a participle of saying. */
function messageGerundAfter(t: readonly Token[], i: number, last: number): boolean {
  if (!(determiners.has(t[i]?.lower ?? '') || POSSESSIVE_PRONOUNS.has(t[i]?.lower ?? ''))) return false;
  for (let k = i + 1; k < last && k <= i + 4; k++) {
    const x = t[k]!;
    if (x.kind !== 'word' || x.cap) return false;
    if (DOCUMENT_NOUNS.has(x.lower)) {
      // Right after the noun, or after a short circumstance ("a video on Friday saying").
      const next = t[k + 1];
      const gapOk = next !== undefined && (next.text === ',' || adverbialPrepositions.has(next.lower));
      for (let j = k + 1; j < last && j <= k + 1 + (gapOk ? MAX_DOCUMENT_GAP : 0); j++) {
        const y = t[j]!;
        const g = cueAt(t as Token[], j);
        if (g) return g.form === 'gerund' && g.verb.class !== 'belief' && g.verb.class !== 'evidence';
        if (y.kind === 'word' && (OBJECT_RELATIVES.has(y.lower) || y.lower === 'that')) return false;
      }
      return false;
    }
  }
  return false;
}

/** "issued a statement (on Monday) saying …": the message noun before a participle of saying, and its speaker. */
function documentGerund(s: CueSite): CueOutcome | null {
  const { a, cue } = s;
  const t = a.tokens;
  if (cue.form !== 'gerund' || cue.verb.class === 'belief' || cue.verb.class === 'evidence') return null;
  let doc = -1;
  for (let k = cue.first - 1; k > s.sent.first && k >= cue.first - 1 - MAX_DOCUMENT_GAP; k--) {
    const x = t[k]!;
    if (x.kind === 'word' && DOCUMENT_NOUNS.has(x.lower)) {
      doc = k;
      break;
    }
    // A clause or another cue in between: the participle belongs to something else.
    if (x.kind !== 'word' ? x.text !== ',' : OBJECT_RELATIVES.has(x.lower) || x.lower === 'that' || cueAt(t, k) !== null) return null;
  }
  if (doc < 0) return null;
  // Right after the noun a circumstance may come ("on Monday", "to supporters"), not a verb of its own.
  const gap = t[doc + 1]!;
  if (doc + 1 < cue.first && gap.text !== ',' && !adverbialPrepositions.has(gap.lower)) return null;
  // The subject issued the message: the subject of the verb before the noun ("Chris Carr, the party's director,
  // released a statement …"); a message that is itself the subject ("A statement saying … was posted") has none.
  // The noun's determiner ("a statement", "its new radio ad", at most three modifiers between), then the verb.
  let det = doc - 1;
  while (
    det > doc - 4 &&
    det > s.sent.first &&
    t[det]!.kind === 'word' &&
    !t[det]!.cap &&
    !determiners.has(t[det]!.lower) &&
    !POSSESSIVE_PRONOUNS.has(t[det]!.lower)
  )
    det--;
  if (!(determiners.has(t[det]!.lower) || POSSESSIVE_PRONOUNS.has(t[det]!.lower))) return null;
  let verb = det - 1;
  const x = t[verb]!;
  if (verb <= s.sent.first || x.kind !== 'word' || x.cap || determiners.has(x.lower)) return null;
  // "wrote in a letter urging …", "put it in a memo explaining …": after a preposition, the verb of saying before it.
  if (adverbialPrepositions.has(x.lower) || ATTACHING_PREPOSITIONS.has(x.lower)) {
    const said = cueAt(t, verb - 1) ?? cueAt(t, verb - 2);
    if (!said || said.last !== verb || !DIRECT_CLASSES.has(said.verb.class)) return null;
    verb = said.first;
  }
  const subj = subjectBefore(t, verb, s.sent.first);
  if (!subj) return null;
  const content = contentAfter(a, cue, s.sent.last, false);
  if (!content) return STOP;
  const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
  return found(candidate(content, s.at, { cue, speaker, via: [], rule: 'document-gerund', speakerRule: 'before-cue' }));
}

/**
 * "as X reported": an aside that attributes the clause after it ("But, as the Tribune reported on Saturday, the
 * mayor has …") or, when it ends the sentence, the clause before it ("The staff discussed a walkout, as the Ledger
 * reported."). Without a comma on either side "as" is a conjunction of time ("He left as the mayor said goodbye").
 */
function asAttribution(s: CueSite): CueOutcome | null {
  if (!DIRECT_CLASSES.has(s.cue.verb.class)) return null;
  const subj = subjectOf(s);
  const as = subj ? subj.spanFirst - 1 : -1;
  const { a } = s;
  const t = a.tokens;
  if (!subj || t[as]?.lower !== 'as') return null;
  const commaBeforeAs = commaBefore(a, as - 1, s.sent.first);
  const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
  const end = skipAdverbials(t, Math.max(skipObject(a, s.cue), subj.spanLast), s.sent.last);
  if (t[end]?.text === ',' && (as === s.sent.first || commaBeforeAs >= 0)) {
    // The clause as "X reported" would bound it (running on over a colon and a quotation), or up to its end.
    const own = nameCueClause(s);
    if (own && own.quotes.length > 0) return own;
    const to = clauseEndBy(a, end + 1, s.sent.last, null);
    const content = isStatement(a, end + 1, to.end, 3) ? makeContent(a, end + 1, to.end, { start: 'after-attribution', end: to.rule }) : null;
    if (content)
      return found(
        candidate(content, s.at, { cue: s.cue, speaker, via: viaAfter(t, a.namer, end, s.sent.last), rule: 'as-attribution', speakerRule: 'before-cue' }),
      );
  }
  // "a tax on trades, as Sanders proposes": the proposal is the noun before, not the clause.
  if (commaBeforeAs < 0 || AS_PROPOSAL_CUES.has(s.cue.verb.lemma)) return null;
  const quotes = aroundAttribution(s, commaBeforeAs, end, speaker, 'clause-name-cue', 'before-cue');
  return quotes.length > 0 ? found(...quotes) : null;
}

/** "X said (that) …": the subject before the cue, the clause after it. */
function nameCueClause(s: CueSite): CueOutcome | null {
  const subj = subjectOf(s);
  if (!subj) return null;
  const { a, cue } = s;
  const t = a.tokens;
  // "Hadley, who voted against the plan, said …": an action told about the speaker in passing.
  if (subj.relative && (cue.verb.class === 'judgement' || (cue.verb.class === 'stance' && cue.verb.act === 'statement'))) return STOP;
  // "say, regularly sharing advice", "the chance to help rebuild Tulsa": a lone lower-case word in "-ly", or one
  // right after "to", is an adverb or an infinitive, never a subject.
  const lone = subj.np.last - subj.np.first === 1 && subj.spanFirst === subj.np.first ? t[subj.np.first]! : undefined;
  if (lone?.kind === 'word' && !lone.cap && (/[a-z]ly$/.test(lone.lower) || t[subj.np.first - 1]?.lower === 'to')) return STOP;
  const subjectWord = t[subj.np.first]!.lower;
  if (subj.np.last - subj.np.first === 1 && (subjectWord === 'we' || subjectWord === 'you') && cue.verb.class !== 'speech' && cue.verb.class !== 'object')
    return STOP;
  // "which opponents said was unfair": the relative pronoun is the content's subject, so the
  // content opens with its verb.
  // "What I can tell you is …", "What she told reporters was …": a "what" that opens the sentence makes the whole
  // clause the subject of the verb after it (a pseudo-cleft); that verb opens no content.
  const rel = subj.spanFirst - 1;
  const objectRelative = OBJECT_RELATIVES.has(t[rel]?.lower ?? '') && !(t[rel]!.lower === 'what' && rel === s.sent.first);
  // "The club's investment, Ms. Tanzer said, "is a perfect example" of …": an attribution between commas splits
  // one statement in two, and the clause-name-cue rule takes both parts.
  if (t[skipObject(a, cue)]?.text === ',' && DIRECT_CLASSES.has(cue.verb.class) && commaBefore(a, subj.spanFirst - 1, s.sent.first) >= 0) return null;
  // "…, said an official who was briefed": an inverted attribution, for 'clause-cue-name'.
  if (inverted(s)) return null;
  // "a tax residents would oppose if they read it": a stance with no object, then a circumstance; what is
  // supported or rejected is never a clause of time, cause or condition.
  if (isStanceCue(cue) && !cue.verb.act && SUBORDINATORS.has(t[cue.last]?.lower ?? '')) return STOP;
  const content = contentAfter(a, cue, s.sent.last, subj.relative === true, s.headline, objectRelative);
  if (!content) return null;
  // "as the paper reported two weeks later": a span of time tells when it was said, not what.
  if (onlyTimeSpan(t, cue.last, content.start, content.end) || loneWord(t, cue, content.start, content.end)) return STOP;
  const via = addressedOutlet(a, cue);
  for (const v of viaAfter(t, a.namer, subj.spanLast, cue.first)) if (!via.includes(v)) via.push(v);
  const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
  return found(candidate(content, s.at, { cue, speaker, via, rule: 'name-cue-clause', speakerRule: 'before-cue' }));
}

/**
 * "The talks stalled in May, the envoy, in a letter to the council, noted, said an official who was briefed": a
 * cue of saying right after a comma and followed only by a speaker is an inverted attribution ('clause-cue-name');
 * what stood before the comma was said, it is no aside of a subject.
 */
function inverted(s: CueSite): boolean {
  return s.a.tokens[s.cue.first - 1]?.text === ',' && DIRECT_CLASSES.has(s.cue.verb.class) && speakerAfter(s.a, s.cue, s.sent.last);
}

/** After the cue, a noun phrase and then the sentence's end or a relative clause about a person ("said an official who …"). */
function speakerAfter(a: ArticleContext, cue: CueMatch, last: number): boolean {
  const t = a.tokens;
  const np = phraseAfter(t, cue.last, last);
  if (!np || !(onlyTail(a, np.last, last) || t[np.last]?.lower === 'who')) return false;
  // "signed a host of new players": a quantity of things.
  if (QUANTITY_NOUNS.has(t[np.first + 1]?.lower ?? '') && t[np.first + 2]?.lower === 'of') return false;
  return canSpeak(a, np);
}

/** Someone who can speak: a person or a group by name, or a role ("an official", "a source"); "a new plan" is not. */
function canSpeak(a: ArticleContext, np: NounPhrase): boolean {
  const info = a.namer.describe(np.first, np.last);
  return (info.named && info.kind !== null) || anonymousNouns.has(info.head) || roleNouns.has(info.head);
}

/** The content between the offsets `start` and `end` (looked for from the token `from` on) is one word that says nothing alone ("how"). */
function loneWord(t: readonly Token[], cue: CueMatch, start: number, end: number): boolean {
  // A stance's object may be anything ("supported One Nation"); a verb of saying reports a statement.
  if (cue.verb.class === 'stance' && cue.verb.act !== 'statement') return false;
  const from = cue.last;
  let word: Token | undefined;
  for (let i = from; i < t.length && t[i]!.start < end; i++) {
    const x = t[i]!;
    if (x.start < start || x.kind !== 'word') continue;
    if (word) return false;
    word = x;
  }
  return word !== undefined && LONE_CONTENT_WORDS.has(word.lower);
}

/** Between `lo` and `hi` a finite verb, an auxiliary or a quotation: something that can be a clause said. */
function verbOrQuoteBefore(t: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) {
    const x = t[i]!;
    if (x.kind === 'open') return true;
    if (x.kind === 'word' && !x.cap && (isFiniteVerb(x.lower) || auxiliaries.has(x.lower) || BE_OR_CLITIC.has(x.lower))) return true;
  }
  return false;
}

/** The phrases of FRONTED_ASIDES by first word. */
const FRONTED_ASIDE_INDEX = phraseIndex(FRONTED_ASIDES.phrases);
/**
 * The tokens [lo, end) are only an aside of time or connection: a span of time ("Six months ago") or a set phrase
 * of FRONTED_ASIDES ("After all", "Even then").
 */
function asideOnly(t: Token[], lo: number, end: number): boolean {
  if (lo >= end) return false;
  if (onlyTimeSpan(t, lo, t[lo]!.start, t[end - 1]!.end)) return true;
  const phrase = phraseAt(t, lo, FRONTED_ASIDE_INDEX);
  return phrase !== null && lo + phrase.length === end;
}

/**
 * The words between the offsets `start` and `end` (looked for from the token `from` on) are a span of time only
 * ("a few days later", "two weeks ago").
 */
function onlyTimeSpan(t: readonly Token[], from: number, start: number, end: number): boolean {
  let last: Token | undefined;
  for (let i = from; i < t.length && t[i]!.start < end; i++) {
    const x = t[i]!;
    if (x.start < start || x.kind !== 'word') continue;
    if (!TIME_SPAN_WORDS.has(x.lower) && !/^\d+$/.test(x.text)) return false;
    last = x;
  }
  return last !== undefined && TIME_SPAN_ENDS.has(last.lower);
}

/**
 * Reported speech around a mid-sentence attribution: the clause before it ("…, Trump said.") and, when the
 * sentence goes on after a comma, the clause after it ("The plan, Trump said, will fail.").
 */
function aroundAttribution(
  s: CueSite,
  comma: number,
  attributionEnd: number,
  speaker: { first: number; last: number; np: NounPhrase },
  rule: 'clause-name-cue' | 'clause-cue-name',
  speakerRule: SpeakerRuleId,
): Candidate[] {
  const { a, cue } = s;
  const t = a.tokens;
  const sentLast = s.sent.last;
  const k = skipAdverbials(t, attributionEnd, sentLast);
  const out: Candidate[] = [];
  const via = viaAfter(t, a.namer, attributionEnd, sentLast);
  // After the attribution a comma may continue the statement ("The plan, he said, will fail") or open an
  // appositive about the speaker ("said Gary Orfield, a professor at UCLA"), which ends the sentence as well as
  // a full stop would.
  const restBy = t[k]?.text === ',' ? clauseEndBy(a, k + 1, sentLast, null) : null;
  const rest = restBy ? restBy.end : k;
  const appositive = rest > k && appositiveAt(a, k + 1, rest);
  const tail = onlyTail(a, k, sentLast) || (appositive && onlyTail(a, rest, sentLast));
  const goesOn = !tail && rest > k && isStatement(a, k + 1, rest, 3) && !appositive;
  // "Any attempt to fix it, he said, becomes hopeless.": a rest too short to report on its own still shows that
  // the clause before the attribution is what was said.
  const shortRest = !tail && !goesOn && restBy !== null && rest > k + 1 && !appositive && isStatement(a, k + 1, rest, 1);
  if (!tail && !goesOn && !shortRest) return out;
  const clause = clauseStartBy(a, s.sent.first, comma);
  const lo = afterFrontedClause(a, clause.start, comma);
  // "Six months ago, the senator said, the media …", "After all, she added, …": an aside of time or connection
  // before the attribution says nothing of its own; the clause after it is what was said.
  if (isStatement(a, lo, comma, 2) && !asideOnly(t, lo, comma)) {
    const content = makeContent(a, lo, comma, { start: lo > clause.start ? 'after-fronted-clause' : clause.rule, end: 'before-attribution' });
    if (content) out.push(candidate(content, s.at, { cue, speaker, via, rule, speakerRule }));
  }
  if (goesOn) {
    const content = restBy ? makeContent(a, k + 1, restBy.end, { start: 'after-attribution', end: restBy.rule }) : null;
    const second = rule === 'clause-name-cue' ? 'clause-name-cue-clause' : 'clause-cue-name-clause';
    if (content) out.push(candidate(content, s.at, { cue, speaker, via, rule: second, speakerRule }));
  }
  return out;
}
