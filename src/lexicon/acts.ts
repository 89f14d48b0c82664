/**
 * What kind of attribution a quote is (types.ts `Act`): a statement, a belief, a stance or a finding. The act comes
 * from the cue's class (the verb lexicon in cues.ts says whether a verb reports speech, a thought, a stance or
 * evidence), from the noun of a noun cue, and from the source: what a poll or a study "says" is a finding.
 */

import type { Act } from '../types.js';
import type { CueClass } from './cues.js';
import { phraseList, wordSet } from './list.js';

/** The act of a cue verb by its class. */
export const ACT_OF_CUE_CLASS: Readonly<Record<CueClass, { act: Act; reason: string }>> = {
  speech: { act: 'statement', reason: 'verbs of saying and writing report what was said' },
  object: { act: 'statement', reason: '"told reporters", "warned Congress": saying something to someone' },
  belief: { act: 'belief', reason: 'thoughts, wishes, plans and decisions are held, not said' },
  evidence: { act: 'finding', reason: '"show", "find": what evidence establishes' },
  stance: { act: 'stance', reason: 'support and opposition with an object' },
  judgement: { act: 'stance', reason: 'praise and blame of someone for something' },
};

/**
 * Heads of noun phrases that name evidence rather than a speaker: what "the poll found", "data show" or "56
 * percent say" is a finding.
 */
export const FINDING_SOURCES = wordSet('FINDING_SOURCES', [
  { reason: 'polls and surveys and the people they count', words: ['poll', 'polls', 'survey', 'surveys', 'percent', 'respondents', 'majority', 'plurality'] },
  {
    reason: 'the polled as a group ("those surveyed say") and shares of them ("nearly a third say")',
    words: ['surveyed', 'polled', 'third', 'thirds', 'half', 'quarter'],
  },
  { reason: 'polling averages and indices', words: ['average', 'index'] },
  { reason: 'studies and research', words: ['study', 'studies', 'research', 'analysis', 'analyses', 'review', 'audit', 'census'] },
  { reason: 'data and figures', words: ['data', 'figures', 'statistics', 'numbers', 'estimates', 'results', 'tally', 'count'] },
  { reason: 'documents and records', words: ['document', 'documents', 'filing', 'filings', 'memo', 'memos', 'records'] },
  {
    reason: 'a report as a document ("a congressional report found"); the plural "reports" is mostly unnamed media, whose word is a statement',
    words: ['report'],
  },
]);

/** Nouns of a noun cue that hold a belief, an intention or a decision rather than report a statement. */
export const BELIEF_NOUNS = wordSet('BELIEF_NOUNS', [
  { reason: 'thoughts and feelings held by the owner', words: ['belief', 'view', 'fear', 'hope', 'concern', 'assessment', 'position'] },
  { reason: 'intentions and decisions', words: ['decision', 'plan', 'determination', 'commitment', 'refusal'] },
  { reason: 'plurals held as one ("in the hopes that", "with plans to")', words: ['hopes', 'plans'] },
]);

/**
 * Adjectives of a stance frame ("was angry about", "is confident about", "were eager to") that tell a feeling, a
 * degree of certainty or a wish about the thing rather than support or opposition: their frame holds a belief.
 * The adjectives of BELIEF_ADJECTIVES and INTENT_ADJECTIVES (cues.ts) count too.
 */
export const FEELING_ADJECTIVES = wordSet('FEELING_ADJECTIVES', [
  { reason: 'feelings about a thing, which are held, not support or opposition', words: ['angry', 'enthusiastic', 'happy', 'unhappy', 'frustrated'] },
  { reason: 'expectations and doubts about a thing', words: ['pessimistic', 'skeptical', 'sceptical', 'wary'] },
]);

/** Nouns of a noun cue that report evidence. */
export const FINDING_NOUNS = wordSet('FINDING_NOUNS', [{ reason: 'what a study or an inquiry established', words: ['finding', 'findings', 'conclusion'] }]);

/**
 * Nouns of a poll that a finding is placed in: "In a Quinnipiac poll released Monday, 45 percent backed the plan",
 * "Ortiz is ahead in the polls", "she trails in the average of state polls". The poll is the source.
 */
export const POLL_NOUNS = wordSet('POLL_NOUNS', [
  { reason: 'polls and surveys, which news reports results "in"', words: ['poll', 'polls', 'survey', 'surveys', 'polling'] },
]);

/**
 * Nouns of backing that a subject can receive from someone: "Ortiz won the endorsement of the mayor", "Clinton
 * received strong support from black voters", "he has the backing of the party". The one who gives it (after
 * "from" or "of") holds the stance; the subject is what the stance is about (reported-speech/frames.ts
 * receivedStance).
 */
export const RECEIVED_STANCE_NOUNS = wordSet('RECEIVED_STANCE_NOUNS', [
  { reason: 'support given to a candidate or a cause', words: ['support', 'backing', 'endorsement', 'endorsements', 'blessing'] },
]);

/** Verbs by which a subject holds or gains such backing ("won", "received", "has"), before RECEIVED_STANCE_NOUNS. */
export const RECEIVING_VERBS = wordSet('RECEIVING_VERBS', [
  { reason: 'gaining backing', words: ['won', 'wins', 'win', 'received', 'receives', 'receive', 'gained', 'gains', 'earned', 'earns', 'secured', 'secures'] },
  { reason: 'gaining backing, informal', words: ['got', 'gets', 'picked', 'picks', 'landed', 'lands', 'consolidated', 'consolidates'] },
  { reason: 'holding backing', words: ['has', 'have', 'had', 'enjoys', 'enjoyed', 'enjoy'] },
]);

/**
 * Verbs by which a measure (a referendum, a bill, a proposal) fares in a vote, before "with" or "by" and a share:
 * "The levy passed with 61 percent of the vote", "The tax was defeated by 68 percent". The share counts the
 * voters, as a poll's percentage does: a finding about the measure (reported-speech/frames.ts voteShare).
 */
export const VOTE_OUTCOME_VERBS = wordSet('VOTE_OUTCOME_VERBS', [
  { reason: 'a measure carried by a vote', words: ['passed', 'approved', 'adopted', 'carried'] },
  { reason: 'a measure turned down by a vote', words: ['defeated', 'failed'] },
]);

/** Words that make a number a share of the vote after "with" or "by": "56 percent", "56%". */
export const SHARE_UNITS = wordSet('SHARE_UNITS', [{ reason: 'a share of the voters or of the vote', words: ['percent', 'per', '%'] }]);

/**
 * Verbs that name what someone's attention or answer turned to, not what they said or held of it, each with the
 * preposition that takes the topic: "The union has focused on wages", "A spokesman did not respond to a request for
 * comment". The object is a topic, an act of the kind 'other' (frames.ts topicFrame).
 */
export const TOPIC_FRAMES = phraseList('TOPIC_FRAMES', [
  {
    reason: 'to focus on a thing is to give it attention: its object is a topic',
    phrases: [
      ['focus', 'on'],
      ['focuses', 'on'],
      ['focused', 'on'],
      ['focussed', 'on'],
    ],
  },
  { reason: '"did not respond to a request for comment": an answer given or refused to something, after "do"', phrases: [['respond', 'to']] },
]);
