/**
 * The content of a cue: what follows it (object and adverbials skipped, "that" dropped), checked to be a clause
 * that says something, and ended by the clause finder (clauses.ts).
 */

import { type ArticleContext, hasOpen, isStatement, makeContent } from '../extract/article.js';
import {
  auxiliaries,
  BE_OR_CLITIC,
  CUE_ASIDE_OPENERS,
  determiners,
  HAVE_DO_MODALS,
  hasVerbTag,
  INFINITIVE_CUES,
  isFiniteVerb,
  isVerbWord,
  NON_CLAUSE_OPENERS,
  PERSONAL_PRONOUNS,
  SUBJECT_OPENERS,
  VERB_PARTICLES,
  VERBS_AFTER_SUBJECT_THAT,
} from '../lexicon/index.js';
import type { Boundary } from '../lexicon/rules.js';
import type { QuoteType } from '../types.js';
import { skipAdverbials } from './adverbials.js';
import { clauseEndBy, nextCommaBy, objectEndBy, subordinateBefore } from './clauses.js';
import type { CueMatch } from './cues.js';
import { phraseAfter } from './noun-phrases.js';

// One piece: the checks run in this order on one shared position `k`; splitting them would pass it around.
export function contentAfter(
  a: ArticleContext,
  cue: CueMatch,
  sentLast: number,
  relative: boolean,
  headline = false,
  verbFirst = false,
): { start: number; end: number; type: QuoteType; boundary?: Boundary } | null {
  const t = a.tokens;
  let k = skipAdverbials(t, skipObject(a, cue), sentLast);
  // "He believes, for example, that …": a short aside between commas.
  if (t[k]?.text === ',') {
    let e = k + 1;
    while (e < sentLast && e < k + 5 && t[e]!.kind === 'word') e++;
    if (e > k + 1 && t[e]?.text === ',' && CUE_ASIDE_OPENERS.has(t[k + 1]!.lower)) k = e + 1;
  }
  // "she said, was a question …": after a comma the sentence goes on, it is not what was said — unless a
  // colon or a quotation opens there. After a semicolon a new sentence starts.
  if ((t[k]?.text === ',' && t[k + 1]?.kind !== 'open') || t[k]?.text === ';') return null;
  while (t[k]?.text === ',' || t[k]?.text === ':') k++;
  // "believes that is because …": a "that" followed by its verb is the content's subject, not a conjunction.
  const thatIsSubject =
    t[k]?.lower === 'that' &&
    t[k + 1] !== undefined &&
    (BE_OR_CLITIC.has(t[k + 1]!.lower) ||
      auxiliaries.has(t[k + 1]!.lower) ||
      t[k + 1]!.lower.endsWith('’s') ||
      t[k + 1]!.lower.endsWith("'s") ||
      VERBS_AFTER_SUBJECT_THAT.has(t[k + 1]!.lower));
  const hadThat = t[k]?.lower === 'that' && !thatIsSubject;
  if (hadThat) k++;
  // "showed up", "has written off": a particle makes another verb, which reports nothing.
  if (!hadThat && !cue.verb.particle && VERB_PARTICLES.has(t[k]?.lower ?? '')) return null;
  // "told him and his fellow associates to …": the addressee goes on, the content has not begun.
  if (k > cue.last && /^(?:and|or)$/.test(t[k]?.lower ?? '')) return null;
  const stance = cue.verb.class === 'stance';
  // "After the party vowed to court Latinos, it did the opposite": a fronted subordinate clause ends at its comma.
  const sent = a.seg.sentences[t[cue.first]!.sentence]!;
  const fronted = subordinateBefore(a, sent.first, cue.first);
  const ended = relative || fronted ? nextCommaBy(a, k, sentLast) : stance ? objectEndBy(a, k, sentLast) : clauseEndBy(a, k, sentLast, cue);
  const to = ended.end;
  const infinitive = t[k]?.lower === 'to' && INFINITIVE_CUES.has(cue.verb.lemma);
  if (!isStatement(a, k, to, stance || infinitive || cue.verb.class === 'judgement' ? 1 : 3) || (!infinitive && !verbFirst && startsNonClause(a, k)))
    return null;
  if (cue.verb.class === 'belief' && !hadThat && !infinitive && !headline && !clauseLike(a, k, to)) return null;
  // What a poll or study found is a clause: "the Brujas have found a support system" reports nothing.
  // "reiterated that approach": "that" before a phrase with no verb is a determiner, and no clause follows.
  const afterThat = t[k];
  if (
    hadThat &&
    afterThat?.kind === 'word' &&
    !afterThat.cap &&
    !determiners.has(afterThat.lower) &&
    !PERSONAL_PRONOUNS.has(afterThat.lower) &&
    !hasFiniteVerb(a, k, to) &&
    !hasOpen(a, k, to)
  )
    return null;
  if (
    cue.verb.class === 'evidence' &&
    !hadThat &&
    !infinitive &&
    !headline &&
    !hasVerb(a, k, to) &&
    !a.tokens.slice(k, to).some((x) => x.kind === 'word' && x.lower.endsWith('ing')) &&
    t[k]?.kind !== 'open'
  )
    return null;
  return makeContent(a, k, to, { start: hadThat ? 'after-that' : 'after-cue', end: ended.rule });
}
export function hasFiniteVerb(a: ArticleContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const x = a.tokens[i]!;
    if (x.kind === 'word' && !x.cap && isFiniteVerb(x.lower) && !determiners.has(a.tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}
export function hasVerb(a: ArticleContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const x = a.tokens[i]!;
    if (x.kind === 'word' && !x.cap && hasVerbTag(x.lower) && !determiners.has(x.lower)) return true;
  }
  return false;
}
/** Looks like a clause: opens with a subject-like word and has a verb in it ("believes Trump will win"). */
export function clauseLike(a: ArticleContext, first: number, last: number): boolean {
  const t = a.tokens;
  const head = t[first];
  if (head?.kind !== 'word') return head?.kind === 'open';
  const subjectLike = head.cap || determiners.has(head.lower) || PERSONAL_PRONOUNS.has(head.lower) || /^\d/.test(head.text) || SUBJECT_OPENERS.has(head.lower);
  if (!subjectLike) return false;
  for (let i = first + 1; i < last; i++) if (t[i]!.kind === 'word' && hasVerbTag(t[i]!.lower)) return true;
  return false;
}
/** The addressee of "told reporters", "warned Congress": skipped before the content. */
export function skipObject(a: ArticleContext, cue: CueMatch): number {
  const t = a.tokens;
  let k = cue.last;
  if (cue.verb.class === 'object' || cue.verb.lemma === 'ask') {
    const np = phraseAfter(t, k, t.length);
    if (np && np.last - np.first <= 6) k = np.last;
  }
  return k;
}
/** Clause-like content does not open with "to" (an infinitive: "said to be") or a bare preposition. */
export function startsNonClause(a: ArticleContext, k: number): boolean {
  const x = a.tokens[k];
  if (!x || NON_CLAUSE_OPENERS.has(x.lower)) return true;
  // "The jobs report cheered Democrats": a finite verb right after the "cue" means the cue was a noun.
  if (x.kind !== 'word' || x.cap || x.lower.endsWith('ing')) return false;
  return BE_OR_CLITIC.has(x.lower) || HAVE_DO_MODALS.has(x.lower) || (x.lower.endsWith('ed') && isVerbWord(x.lower));
}
