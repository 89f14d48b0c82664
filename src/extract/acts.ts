/**
 * Stage 9, acts: what kind of attribution each quote is (statement, belief, stance, finding), by ordered rules
 * read top to bottom: the first that answers gives the act and its id (`explain.actRule`). The act comes from the
 * lexicon (the cue verb's class, the noun of a noun cue, the source's head noun) and from the frame that found the
 * quote. Every rule has an example in lexicon/rules.ts (ACT_RULES) that test/lexicon/rules.test.ts runs.
 */

import { cueAt } from '../grammar/cues.js';
import { shareStart } from '../grammar/noun-phrases.js';
import { ACT_OF_CUE_CLASS, BELIEF_NOUNS, FEELING_ADJECTIVES, FINDING_NOUNS, FINDING_SOURCES } from '../lexicon/acts.js';
import { BELIEF_ADJECTIVES, INTENT_ADJECTIVES } from '../lexicon/cues.js';
import type { ActRuleId } from '../lexicon/rules.js';
import type { Act } from '../types.js';
import type { ArticleContext } from './article.js';
import type { Candidate } from './candidate.js';

export interface ActRule {
  id: ActRuleId;
  apply(a: ArticleContext, c: Candidate): Act | null;
}

/** Rules whose quotes are statements by their form: a transcript turn, a signed or introduced quotation, a digest item. */
const STATEMENT_FRAMES = new Set(['transcript-colon', 'qa-answer', 'dash-attribution', 'colon-paragraph', 'source-tag']);

/**
 * The head noun of the quote's local speaker when it is a common noun ("the latest Quinnipiac poll" → "poll"), or
 * "": a name is no evidence, even when it reads like one ("Mark Tally").
 */
function speakerHead(a: ArticleContext, c: Candidate): string {
  if (!c.speaker) return '';
  // The phrase's last word: naming the whole phrase (namer.describe) here would cost an allocation per quote.
  const head = a.tokens[c.speaker.np.last - 1]!;
  return head.kind !== 'word' || head.cap ? '' : head.lower;
}

/** An adjective whose frame tells a feeling, a certainty or a wish (lexicon/acts.ts FEELING_ADJECTIVES). */
const feeling = (w: string): boolean => FEELING_ADJECTIVES.has(w) || BELIEF_ADJECTIVES.has(w) || INTENT_ADJECTIVES.has(w);

export const ACT_RULES: readonly ActRule[] = [
  // Every direct or mixed quote reports words: a statement.
  { id: 'verbatim', apply: (_a, c) => (c.type !== 'indirect' ? 'statement' : null) },
  // A quote that continues the previous speaker, or a transcript turn, is speech.
  { id: 'speech-frame', apply: (_a, c) => (c.cue === null || STATEMENT_FRAMES.has(c.rule) ? 'statement' : null) },
  {
    // "is confident that …", and the stance frames of a feeling or a wish: "was angry about the ruling", "were eager to
    // leave" tell what the subject feels or wants, not whom they back or oppose.
    id: 'belief-frame',
    apply: (a, c) => (c.rule === 'belief-frame' || (c.rule === 'stance-frame' && c.cue !== null && feeling(a.tokens[c.cue.first]!.lower)) ? 'belief' : null),
  },
  // "was critical of", "his support for", and backing received ("won the endorsement of"): a stance by the frame.
  { id: 'stance-frame', apply: (_a, c) => (c.rule === 'stance-frame' || c.rule === 'received-stance' ? 'stance' : null) },
  {
    // "The poll found …", "56 percent say …", "according to a new survey": evidence, whatever the cue.
    id: 'finding-source',
    // A share of people ("one in five say") is counted by a poll as "56 percent" is.
    apply: (a, c) =>
      c.rule === 'vote-share' ||
      FINDING_SOURCES.has(speakerHead(a, c)) ||
      (c.speaker !== null && shareStart(a.tokens, c.speaker.np.last - 1, c.speaker.np.first) >= 0)
        ? 'finding'
        : null,
  },
  // "has focused on wages", "did not respond to a request for comment": a topic, none of the four acts above.
  { id: 'topic-frame', apply: (_a, c) => (c.rule === 'topic-frame' ? 'other' : null) },
  { id: 'according-to', apply: (_a, c) => (c.rule === 'according-to-clause' || c.rule === 'clause-according-to' ? 'statement' : null) },
  {
    // "his belief that …" holds a thought; "the report's finding that …" is evidence; "his claim that …" was said.
    id: 'noun-cue',
    apply: (a, c) => {
      if (c.rule !== 'noun-cue' || !c.cue) return null;
      const noun = a.tokens[c.cue.first]!.lower;
      return BELIEF_NOUNS.has(noun) ? 'belief' : FINDING_NOUNS.has(noun) ? 'finding' : 'statement';
    },
  },
  {
    // A cue verb: its class in the lexicon (said → statement, believes → belief, endorsed → stance, showed → finding).
    id: 'cue-class',
    apply: (a, c) => {
      const verb = c.cue ? cueAt(a.tokens, c.cue.first) : null;
      return verb ? (verb.verb.act ?? ACT_OF_CUE_CLASS[verb.verb.class].act) : null;
    },
  },
];

export interface ActOf {
  act: Act;
  rule: ActRuleId | null;
}

/** The act of each quote, in order; a quote no rule answers for is a statement (no rule named). */
export function classifyActs(a: ArticleContext, quotes: readonly Candidate[]): ActOf[] {
  return quotes.map((c) => {
    for (const rule of ACT_RULES) {
      const act = rule.apply(a, c);
      if (act) return { act, rule: rule.id };
    }
    return { act: 'statement', rule: null };
  });
}
