/**
 * Stage 5, reported speech: the clause after or before a cue ("X said that …", "…, X said"), "according to X",
 * statements told by nouns ("his claim that …") and stance frames ("was critical of"). Per word, outside quotes,
 * the frames are tried in this order, then the cue-verb rules (cue-rules.ts), whose order is the sieve's.
 */

import { CUE_STARTS, cueAt, sourcePhraseAt } from '../../grammar/cues.js';
import { CUE_NOUNS, INTENT_NOUNS } from '../../lexicon/index.js';
import type { Mention } from '../../naming/resolver.js';
import type { ArticleContext } from '../article.js';
import type { Candidate } from '../candidate.js';
import { isInsideQuote, type Sentence } from '../segment.js';
import { halvesAroundDirect } from './around-direct.js';
import { CUE_RULES, type CueOutcome, type CueSite } from './cue-rules.js';
import { accordingTo, beliefFrame, FRAME_STARTS, intentNoun, nounCue, pollFrame, receivedStance, stanceFrame, topicFrame, voteShare } from './frames.js';

/**
 * Every word that something below can start with: a source phrase, a stance frame, a cue noun, a cue verb. Most
 * words start none, and one look-up passes them instead of one per kind.
 */
const STARTS: ReadonlySet<string> = new Set([...CUE_STARTS, ...FRAME_STARTS, ...CUE_NOUNS, ...INTENT_NOUNS, 'in']);

export interface ReportedSpeech {
  quotes: Candidate[];
  /** Agents of passives ("reported by a senior source"): mentions a later "the source" may refer to. */
  agents: Mention[];
}

/**
 * Reported speech in every sentence. `direct` are the direct quotes found before: their cues are taken, and the
 * last one of a sentence is the attribution that "…, adding that …" continues.
 */
// One piece: the per-word loop tries the frames in order and moves the position past what each takes.
export function findReportedSpeech(a: ArticleContext, direct: readonly Candidate[]): ReportedSpeech {
  const t = a.tokens;
  const usedCue = new Set<number>();
  const directIn = new Map<number, Candidate>();
  for (const c of direct) {
    if (c.cue) for (let i = c.cue.first; i < c.cue.last; i++) usedCue.add(i);
    if (c.speaker && !c.inherit) directIn.set(c.sentence, c);
  }
  const quotes: Candidate[] = [];
  const agents: Mention[] = [];
  for (let s = 0; s < a.seg.sentences.length; s++) {
    const sent = a.seg.sentences[s]!;
    let lastInSentence: Candidate | undefined = directIn.get(s);
    let headline: boolean | undefined;
    // The end of what was taken last: attributions inside reported content are nested in it, not statements of their own.
    const skipTo = (i: number, end: number): number => {
      while (i + 1 < sent.last && t[i + 1]!.start < end) i++;
      return i;
    };
    for (let i = sent.first; i < sent.last; i++) {
      const x = t[i]!;
      // The token's own fields first: a word inside a quotation (about a word in four, on 3 MB of news) is passed
      // without the set look-up, which hashes the fresh token string.
      if (x.kind !== 'word' || isInsideQuote(x) || !STARTS.has(x.lower) || usedCue.has(i)) continue;
      const according = sourcePhraseAt(t, i);
      if (according > 0) {
        const c = accordingTo(a, sent, i, according);
        if (c) {
          quotes.push(c);
          lastInSentence = c;
          i = according;
        }
        continue;
      }
      const frame = stanceFrame(a, sent, i) ?? beliefFrame(a, sent, i) ?? receivedStance(a, sent, i) ?? voteShare(a, sent, i) ?? topicFrame(a, sent, i);
      if (frame) {
        quotes.push(frame);
        i = skipTo(i, frame.end);
        continue;
      }
      if (x.lower === 'in') {
        // "In a poll released Monday, …", "… leads in the polls": a finding placed in a poll.
        const c = pollFrame(a, sent, i);
        if (c) quotes.push(c);
        continue;
      }
      if (CUE_NOUNS.has(x.lower) || INTENT_NOUNS.has(x.lower)) {
        // "his plan to …" has its owner; "in the hopes that …", "has no plans to …" the sentence's subject.
        const c = (CUE_NOUNS.has(x.lower) ? nounCue(a, sent, i) : null) ?? intentNoun(a, sent, i);
        if (c) {
          quotes.push(c);
          i = skipTo(i, c.end);
          continue;
        }
      }
      const cue = cueAt(t, i);
      if (!cue) continue;
      headline ??= isHeadline(a, sent);
      const at = { sentence: x.sentence, paragraph: a.seg.paragraphOf[i]! };
      const outcome = applyCueRules({ a, sent, cue, before: t[i - 1], headline, at, lastInSentence, subject: undefined });
      if (outcome?.agent) agents.push(outcome.agent);
      const found = outcome?.quotes ?? [];
      if (found.length > 0) {
        quotes.push(...found);
        lastInSentence = found[0];
        i = skipTo(cue.last - 1, Math.max(...found.map((c) => c.end)));
      }
    }
  }
  // The unquoted half of a sentence whose other half a direct quote took with its cue.
  quotes.push(...halvesAroundDirect(a, direct));
  return { quotes, agents };
}

/** The first rule of the sieve that decides, or null when none does. */
function applyCueRules(site: CueSite): CueOutcome | null {
  for (const rule of CUE_RULES) {
    const outcome = rule.apply(site);
    if (outcome) return outcome;
  }
  return null;
}

/** The article's first line in title case: a headline, where verbs are capitalised and clauses clipped. */
function isHeadline(a: ArticleContext, sent: Sentence): boolean {
  if (sent.paragraph !== 0) return false;
  let words = 0;
  let caps = 0;
  for (let i = sent.first; i < sent.last; i++) {
    const x = a.tokens[i]!;
    if (x.kind !== 'word' || x.text.length < 4) continue;
    words++;
    if (x.cap) caps++;
  }
  return words >= 2 && caps / words >= 0.7;
}
