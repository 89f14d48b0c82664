/** What the finding stages return: a quote found, in UTF-16 offsets, before overlaps are removed and its speaker resolved. */

import type { Boundary, QuoteRuleId, SpeakerRuleId } from '../lexicon/rules.js';
import type { NounPhrase } from '../naming/canonical.js';
import type { QuoteType } from '../types.js';

export interface Candidate {
  type: QuoteType;
  start: number;
  end: number;
  /** Token range of the cue, or null (inherited speaker). */
  cue: { first: number; last: number } | null;
  /** The local speaker span (appositive included) and the phrase that names it. */
  speaker: { first: number; last: number; np: NounPhrase } | null;
  via: string[];
  rule: QuoteRuleId;
  speakerRule: SpeakerRuleId | null;
  /** The rules that decided where the content starts and ends; null where the stage gives none (transcripts). */
  boundary: Boundary | null;
  /** Take the speaker of the previous quote. */
  inherit: boolean;
  /** For gerund continuations ("…, adding that"): take the speaker of the quote that owns this sentence. */
  sameSentenceAs: Candidate | undefined;
  sentence: number;
  paragraph: number;
}

/** What an attribution rule finds: the cue, the speaker, intermediaries, and the rules that fired. */
export type Attribution = Pick<Candidate, 'cue' | 'speaker' | 'via' | 'rule' | 'speakerRule'>;

/**
 * A candidate, built field by field so that every candidate has one object shape: spreading
 * objects of varied shapes into a literal made V8 create each one on a slow path (4% of the run time).
 */
export function candidate(
  content: { start: number; end: number; type: QuoteType; boundary?: Boundary },
  at: { sentence: number; paragraph: number },
  a: Attribution,
  sameSentenceAs?: Candidate,
  inherit = false,
): Candidate {
  return {
    type: content.type,
    start: content.start,
    end: content.end,
    cue: a.cue,
    speaker: a.speaker,
    via: a.via,
    rule: a.rule,
    speakerRule: a.speakerRule,
    boundary: content.boundary ?? (content.type === 'direct' ? QUOTE_MARKS : null),
    inherit,
    sameSentenceAs,
    sentence: at.sentence,
    paragraph: at.paragraph,
  };
}

/** Text inside quotation marks: the marks bound it on both sides. */
const QUOTE_MARKS: Boundary = { start: 'quote-marks', end: 'quote-marks' };

/** Cue classes that may introduce or follow a verbatim quote. Beliefs and stances do not ("…," he believes). */
export const DIRECT_CLASSES: ReadonlySet<string> = new Set(['speech', 'object']);
