/**
 * A sentence split by its attribution, one half in quotation marks and the other not: the half outside the marks
 * is reported speech of the same speaker. `Whether the issue is jobs or taxes, Mr. Garin added, "it gets harder
 * …"` (the quotation opens in lower case: the sentence began before the attribution) and `"It was bad luck," he
 * said, that both men worked there` (the sentence goes on after the attribution). The direct-quote stage took
 * the cue for the quoted half; this finds the other half.
 */

import { skipAdverbials } from '../../grammar/adverbials.js';
import { clauseEndBy, clauseStartBy, commaBefore, hasFiniteVerb } from '../../grammar/clauses.js';
import { adverbialPrepositions, CLAUSE_TURNS, PREPOSITIONAL_PARTICIPLES } from '../../lexicon/index.js';
import { type ArticleContext, isStatement, makeContent } from '../article.js';
import { type Candidate, candidate } from '../candidate.js';

/** The unquoted halves of sentences whose other half is a direct quote in `direct`. */
export function halvesAroundDirect(a: ArticleContext, direct: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const d of direct) {
    if (!d.cue || !d.speaker || d.inherit) continue;
    const half = d.rule === 'leading-name-cue' ? halfBefore(a, d) : d.rule === 'trailing-name-cue' || d.rule === 'trailing-cue-name' ? halfAfter(a, d) : null;
    if (half) out.push(half);
  }
  return out;
}

/** The token index of the opening mark of direct quote `d`, searched from `from`, or -1. */
function openMarkAfter(a: ArticleContext, from: number, d: Candidate): number {
  const t = a.tokens;
  for (let i = from; i < t.length && t[i]!.start < d.start; i++) if (t[i]!.kind === 'open') return i;
  return -1;
}

/**
 * `<front>, X said, "<lower-case rest>"` or `<front>, X said, that "<rest>"`: the quotation goes on with a
 * sentence begun before the attribution, so the words before the comma are the start of what X said. A quotation
 * opening with a capital ("In an interview, he said, "We will win."") is a sentence of its own, and what comes
 * before the attribution is a circumstance.
 */
function halfBefore(a: ArticleContext, d: Candidate): Candidate | null {
  const t = a.tokens;
  const speaker = d.speaker!;
  const cue = d.cue!;
  if (speaker.last > cue.first) return null;
  const o = openMarkAfter(a, cue.last, d);
  const first = t[o + 1];
  if (o < 0 || first?.kind !== 'word') return null;
  const continues = !first.cap || t[o - 1]?.lower === 'that';
  // Only the attribution between the comma and the mark: "…, he said, "…"" (a comma or "that" before the mark).
  if (!continues || (t[o - 1]?.text !== ',' && t[o - 1]?.lower !== 'that')) return null;
  const sent = a.seg.sentences[t[cue.first]!.sentence]!;
  const comma = commaBefore(a, speaker.first - 1, sent.first);
  if (comma < 0 || t[comma]!.text !== ',') return null;
  const clause = clauseStartBy(a, sent.first, comma);
  if (!isStatement(a, clause.start, comma, 2) || circumstance(a, clause.start, comma)) return null;
  // "Her remarks were aimed at critics, including, he said, "those who …"": a preposition before the comma takes
  // the quotation as its object; the sentence is the writer's, quoting a phrase.
  const last = t[comma - 1]!;
  if (last.kind === 'word' && (adverbialPrepositions.has(last.lower) || PREPOSITIONAL_PARTICIPLES.has(last.lower))) return null;
  const content = makeContent(a, clause.start, comma, { start: clause.rule, end: 'before-attribution' });
  if (!content) return null;
  const at = { sentence: d.sentence, paragraph: d.paragraph };
  return candidate(content, at, { cue, speaker, via: d.via, rule: 'clause-name-cue', speakerRule: 'before-cue' });
}

/**
 * "Despite the attacks, Carson said that "…"", "In his speech, he said, "…"": a phrase opening with a preposition
 * and holding no finite verb sets the scene; it says nothing. ("While confidence is high, he said, "…"" has one.)
 */
function circumstance(a: ArticleContext, first: number, last: number): boolean {
  const x = a.tokens[first]!;
  return x.kind === 'word' && (adverbialPrepositions.has(x.lower) || CLAUSE_TURNS.has(x.lower)) && !hasFiniteVerb(a, first, last);
}

/**
 * `"<quote>," X said, that <rest>`: after the attribution and a comma the sentence goes on outside the marks
 * with what X said, opened by the complementizer. Without "that" the words after the comma are as often a
 * circumstance (", popping a soda"), an appositive about X (", spokesman for …") or the writer's next clause
 * (", and the boys followed").
 */
function halfAfter(a: ArticleContext, d: Candidate): Candidate | null {
  const t = a.tokens;
  const speaker = d.speaker!;
  const cue = d.cue!;
  const sent = a.seg.sentences[t[cue.first]!.sentence]!;
  if (t[sent.first]!.kind !== 'open' || t[sent.first]!.start >= d.start) return null;
  const k = skipAdverbials(t, Math.max(cue.last, speaker.last), sent.last);
  if (t[k]?.text !== ',' || t[k + 1]?.lower !== 'that') return null;
  const rest = clauseEndBy(a, k + 2, sent.last, null);
  if (!isStatement(a, k + 2, rest.end, 3)) return null;
  const content = makeContent(a, k + 2, rest.end, { start: 'after-that', end: rest.rule });
  if (!content) return null;
  const at = { sentence: d.sentence, paragraph: d.paragraph };
  const rule = d.rule === 'trailing-cue-name' ? 'clause-cue-name-clause' : 'clause-name-cue-clause';
  return candidate(content, at, { cue, speaker, via: d.via, rule, speakerRule: d.speakerRule });
}
