/**
 * The content of a cue: what follows it (object and adverbials skipped, "that" dropped), checked to be a clause
 * that says something, and ended by the clause finder (clauses.ts).
 */

import { type ArticleContext, hasOpen, isStatement, makeContent } from '../extract/article.js';
import { DIRECT_CLASSES } from '../extract/candidate.js';
import type { Token } from '../extract/segment.js';
import { FINDING_SOURCES } from '../lexicon/acts.js';
import {
  ADJECTIVE_COMPLEMENTS,
  AS_ONLY_CUES,
  AS_VIEW_CUES,
  ATTITUDE_CUES,
  ATTITUDE_NOUNS,
  ATTITUDE_PREPOSITIONS,
  adverbialPrepositions,
  auxiliaries,
  BE_OR_CLITIC,
  BELIEF_OBJECT_CUES,
  CLAUSE_CONJUNCTIONS,
  CONNECTIVE_ADVERBS,
  CUE_ASIDE_OPENERS,
  DARE_CUES,
  determiners,
  FINITE_BE,
  HAVE_DO_MODALS,
  hasVerbTag,
  INFINITIVE_CUES,
  isAdjectiveWord,
  isAdverbWord,
  isFiniteVerb,
  isIngForm,
  isNegation,
  isVerbWord,
  NON_CLAUSE_OPENERS,
  negations,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PHRASE_OPENERS,
  POSSESSIVE_PRONOUNS,
  PRONOUN_CONTRACTION,
  REFLEXIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  SMALL_CLAUSE_CUES,
  SUBJECT_OPENERS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  timeWords,
  VERB_PARTICLES,
  VERBS_AFTER_SUBJECT_THAT,
} from '../lexicon/index.js';
import type { Boundary } from '../lexicon/rules.js';
import type { QuoteType } from '../types.js';
import { skipAdverbials } from './adverbials.js';
import {
  clauseEndBy,
  contrastClause,
  type EndBy,
  hasFiniteVerb,
  nameObjectEnd,
  newClause,
  nextCommaBy,
  objectEndBy,
  occasionAt,
  onlyTail,
  subordinateBefore,
  verbFollows,
} from './clauses.js';
import { type CueMatch, cueAt } from './cues.js';
import { isAbbrevDot, phraseAfter } from './noun-phrases.js';

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
  // "threatened to close the plant": after a cue of intent "to" opens the infinitive, even before a word that may
  // be an adjective ("close", "shut"), not a circumstance like "to the press".
  const afterObject = skipObject(a, cue);
  const infinitiveNext =
    t[afterObject]?.lower === 'to' &&
    INFINITIVE_CUES.has(cue.verb.lemma) &&
    t[afterObject + 1]?.kind === 'word' &&
    !t[afterObject + 1]!.cap &&
    !determiners.has(t[afterObject + 1]!.lower) &&
    !PERSONAL_PRONOUNS.has(t[afterObject + 1]!.lower);
  const that = infinitiveNext ? afterObject : Math.max(adverbialBeforeThat(a, afterObject, sentLast), addresseeBeforeThat(t, afterObject, sentLast));
  let k = infinitiveNext ? afterObject : that > afterObject ? that : skipAdverbials(t, afterObject, sentLast);
  // "She thinks, for instance, that …": a short aside between commas.
  if (t[k]?.text === ',') {
    let e = k + 1;
    while (e < sentLast && e < k + 5 && t[e]!.kind === 'word') e++;
    // "He said, twice, that …", "She said, privately, that …": a lone adverb is an aside too.
    const loneAdverb = e === k + 2 && !t[k + 1]!.cap && isAdverbWord(t[k + 1]!.lower);
    if (e > k + 1 && t[e]?.text === ',' && (CUE_ASIDE_OPENERS.has(t[k + 1]!.lower) || loneAdverb)) k = e + 1;
  }
  // "he said, was a matter …": after a comma the sentence goes on, it is not what was said — unless a
  // colon or a quotation opens there. After a semicolon a new sentence starts.
  if ((t[k]?.text === ',' && t[k + 1]?.kind !== 'open') || t[k]?.text === ';') return null;
  // "… said this week — an apparent reference to the exam": a phrase after a dash glosses the attribution.
  if ((t[k]?.text === '—' || t[k]?.text === '–' || t[k]?.text === '-') && onlyTail(a, k, sentLast)) return null;
  while (t[k]?.text === ',' || t[k]?.text === ':') k++;
  // "expressed concern about the plan", "voiced confidence that it will pass": the verb hands on an attitude
  // named by its noun; what the attitude is about follows the noun's preposition or "that".
  const attitude = ATTITUDE_CUES.has(cue.verb.lemma) ? attitudeObject(t, k, sentLast) : k;
  const attitudeClause = attitude > k && t[attitude]?.lower === 'that';
  k = attitude;
  // "believes that is because …": a "that" followed by its verb is the content's subject, not a conjunction.
  const thatIsSubject =
    t[k]?.lower === 'that' &&
    t[k + 1] !== undefined &&
    (BE_OR_CLITIC.has(t[k + 1]!.lower) || auxiliaries.has(t[k + 1]!.lower) || VERBS_AFTER_SUBJECT_THAT.has(t[k + 1]!.lower));
  // "still embrace that idea", "rejected that claim": a verb of support or opposition takes a thing, never a clause,
  // so "that" after it is a demonstrative.
  const demonstrative = cue.verb.class === 'stance' && !cue.verb.act && !cue.verb.particle;
  const hadThat = t[k]?.lower === 'that' && !thatIsSubject && !demonstrative;
  if (hadThat) k++;
  // "would rather not have had to decide", "decided not to run": the negation goes with the wish or the decision
  // (what is held is the infinitive), and a verb after "not to" is the infinitive's, no main clause's. A promise or a
  // warning keeps its "not": "vowed not to raise taxes" says "not to raise taxes".
  if (!hadThat && cue.verb.class === 'belief' && t[k]?.lower === 'not' && t[k + 1]?.lower === 'to' && INFINITIVE_CUES.has(cue.verb.lemma)) k++;
  // "showed up", "has written off": a particle makes another verb, which reports nothing.
  if (!hadThat && !cue.verb.particle && VERB_PARTICLES.has(t[k]?.lower ?? '')) return null;
  // "told her and her fellow nurses to …": the addressee goes on, the content has not begun. Right after the
  // cue or a circumstance, a conjunction joins a second verb or clause to the cue's ("the help they would offer and
  // that …", "Drivers who apply for one but do not …"): no content opens with one. A stance may share its object with
  // the verb joined right after it ("endorsed and has raised money for Ana Ruiz"), whose object is then the content.
  if (/^(?:and|or|but)$/.test(t[k]?.lower ?? '') && !(k === cue.last && cue.verb.class === 'stance' && verbAt(t[k + 1]))) return null;
  const stance = cue.verb.class === 'stance';
  // "see this and make use of it", "said this.": a determiner standing alone is a pronoun object, no clause
  // (a stance takes one: "supported it", "backed this").
  const lone = t[k + 1];
  if (!stance && !hadThat && determiners.has(t[k]?.lower ?? '') && (lone === undefined || /^[.,;:!?)]$/.test(lone.text) || CLAUSE_CONJUNCTIONS.has(lone.lower)))
    return null;
  // "After the party vowed to court Latinos, it did the opposite": a fronted subordinate clause ends at its comma.
  const sent = a.seg.sentences[t[cue.first]!.sentence]!;
  const fronted = subordinateBefore(a, sent.first, cue.first);
  // A stance's object ends where its noun phrase does, in a relative clause too ("donors who backed Mr. Cruz until
  // he quit"); there a cue of the main clause ends it too ("Groups that endorsed him say they …").
  // "Critics included unions who said the law punished them, rather than …": a relative clause of saying that
  // follows the main clause's verb closes the sentence, so its content ends as a main clause's does, not at the
  // next comma ("Officials who said the bridge was safe, however, were wrong" has no verb before "who").
  const trailing = relative && DIRECT_CLASSES.has(cue.verb.class) && verbBefore(a, sent.first, cue.first);
  let ended = fronted
    ? nextCommaBy(a, k, sentLast)
    : stance && !attitudeClause
      ? objectEndBy(a, k, sentLast)
      : relative && !trailing
        ? nextCommaBy(a, k, sentLast)
        : clauseEndBy(a, k, sentLast, cue);
  if (stance && relative && !fronted) ended = mainCueEnd(a, k, ended);
  // "Two aides who asked not to be named said …", "a spokesman who declined to be identified said …": an
  // infinitive in a relative clause ends where the main clause's cue follows it, as a stance's object does.
  else if (relative && !fronted && (t[k]?.lower === 'to' || (negations.has(t[k]?.lower ?? '') && t[k + 1]?.lower === 'to'))) ended = mainCueEnd(a, k, ended);
  // "Senators backing the levy have said they …": a participle after a noun that the main clause's
  // cue follows describes that cue's subject, the speaker; it reports no stance of its own.
  if (stance && cue.form === 'gerund' && !BE_OR_CLITIC.has(t[cue.first - 1]?.lower ?? '') && !fronted) {
    if (mainCueEnd(a, k, ended) !== ended) return null;
    // The object may already end at the main clause's auxiliary ("… the bill have said"): the cue after it counts.
    if (ended.rule === 'main-clause-verb') {
      let j = ended.end;
      while (j <= sentLast && t[j]!.kind === 'word' && auxiliaries.has(t[j]!.lower)) j++;
      if (j <= sentLast && !t[j]!.cap && cueAt(t, j)) return null;
    }
    // "Pastors supporting the senator met with him": the object ends where the main clause's verb follows it.
    const object = phraseAfter(t, k, ended.end);
    const verb = object ? t[object.last] : undefined;
    if (object && verb?.kind === 'word' && !verb.cap && isFiniteVerb(verb.lower)) ended = { end: object.last, rule: 'object-end' };
  }
  // "…, while younger voters favored Ortiz 55 percent to 30 percent": in a fronted or relative clause too, a name
  // object ends before the circumstance after it.
  if (stance && (fronted || relative)) {
    const named = nameObjectEnd(a, k, ended.end);
    if (named >= 0) ended = { end: named, rule: 'name-object-end' };
  }
  // "criticized Ortiz during a speech": a judged name or pronoun ends before a circumstance, as a stance's does
  // (objectEndBy); "blamed Smith for the delay" goes on.
  if (cue.verb.class === 'judgement') {
    const named = nameObjectEnd(a, k, ended.end);
    if (named >= 0) ended = { end: named, rule: 'name-object-end' };
    // "criticized the plan, which he believes will raise taxes": a relative clause after a comma tells about what
    // was judged; it is not what the judgement says.
    // "praised the crews during a televised briefing": a phrase of medium or occasion tells where the judgement was
    // made, as after a stance's object.
    // "faulted the mayor for closing the bridge, while his allies defended it": a contrast with another subject is
    // the writer's, after a judged object too (which has no finite verb of its own).
    // "condemned the bill's passage but praised the senators": "but" before another cue starts a second act.
    for (let i = k + 1; i < ended.end; i++)
      if (
        (t[i]!.text === ',' && (t[i + 1]?.lower === 'which' || contrastClause(a, k, i, false))) ||
        occasionAt(t, i, ended.end) ||
        (t[i]!.lower === 'but' && cueAt(t, i + 1) !== null)
      ) {
        ended = { end: i, rule: t[i]!.text === ',' ? 'clause-turn' : 'object-end' };
        break;
      }
  }
  // "Republicans hoping to keep the Senate, but …", "others seeking a status prefer …": a participle of intent that
  // modifies a noun ends at the next comma or at the main clause's cue, as a stance in a relative clause does.
  const prev = t[cue.first - 1];
  if (
    cue.form === 'gerund' &&
    cue.verb.class === 'belief' &&
    !fronted &&
    prev?.kind === 'word' &&
    !auxiliaries.has(prev.lower) &&
    !asideBefore(t, cue.first, sent.first)
  ) {
    // "investors expecting a deal may …": a thing expected ends as an object does, before the main clause's verb.
    const byObject = t[k]?.lower !== 'to' && (BELIEF_OBJECT_CUES.has(cue.verb.lemma) || cue.verb.particle !== undefined);
    const modifierEnd = mainCueEnd(a, k, byObject ? objectEndBy(a, k, sentLast) : nextCommaBy(a, k, sentLast));
    if (modifierEnd.end < ended.end) ended = modifierEnd;
  }
  // "Trump took a hands-off approach, suggesting X, was tepid about Y and …": a participle after a comma ends
  // where a finite verb of the sentence's subject comes back after the next comma.
  if (cue.form === 'gerund' && asideBefore(t, cue.first, sent.first)) ended = mainVerbAfter(a, k, ended);
  // "Senators backing the levy have said …": a participle that modifies the subject of a finite verb
  // describes who the subject is; what they said or did is the main clause's, and the participle reports nothing.
  if (cue.form === 'gerund' && ended.rule === 'main-clause-verb' && stance) return null;
  // "to" with no verb after it ("drawing attention to, and …") opens no infinitive.
  const infinitive = t[k]?.lower === 'to' && INFINITIVE_CUES.has(cue.verb.lemma) && (t[k + 1]?.kind === 'word' || t[k + 1]?.kind === 'open');
  if (infinitive && cue.verb.class === 'belief') ended = intentEnd(a, k, ended);
  // "know they’re being spun, but they go with it anyway": a belief ends where a clause with its own subject turns
  // against it after a comma ("…, but they …").
  else if (cue.verb.class === 'belief')
    for (let i = k + 2; i < ended.end; i++)
      if (t[i - 1]!.text === ',' && t[i]!.lower === 'but' && (SUBJECT_PRONOUNS.has(t[i + 1]?.lower ?? '') || newClause(a, i))) {
        ended = { end: i - 1, rule: 'new-clause' };
        break;
      }
  // "backed her to help win the seat", "lawmakers who backed her to keep the seat": an infinitive after a pronoun
  // object tells what the support was for, not who is supported; verbs that urge their object on take it
  // ("called on him to resign", "challenged them to act": INFINITIVE_CUES, DARE_CUES).
  if (
    stance &&
    !cue.verb.particle &&
    !INFINITIVE_CUES.has(cue.verb.lemma) &&
    !DARE_CUES.has(cue.verb.lemma) &&
    OBJECT_PRONOUNS.has(t[k]?.lower ?? '') &&
    t[k + 1]?.lower === 'to' &&
    t[k + 2]?.kind === 'word' &&
    !t[k + 2]!.cap &&
    !determiners.has(t[k + 2]!.lower) &&
    !POSSESSIVE_PRONOUNS.has(t[k + 2]!.lower) &&
    k + 1 < ended.end
  )
    ended = { end: k + 1, rule: 'object-end' };
  const to = ended.end;
  // "a mayor who has not endorsed a candidate", "hasn't backed anyone": a denied stance toward no one in
  // particular names nothing held.
  if (stance && !cue.verb.act && negatedCue(t, cue.first) && indefiniteOnly(t, k, to)) return null;
  // "called a referendum", "called an election for June": "call" alone is a stance only when it names or judges its
  // object ("called the plan a disaster", "called it shameful"); an object with nothing said of it was summoned or
  // phoned, which reports no view.
  if (cue.verb.lemma === 'call' && !cue.verb.particle && !hadThat && t[k]?.kind === 'word' && !hasOpen(a, k, to)) {
    // A noun phrase proper: "which critics called anti-union" has only the judgement left after the relative pronoun.
    const head = t[k]!;
    const object = determiners.has(head.lower) || head.cap || OBJECT_PRONOUNS.has(head.lower) ? phraseAfter(t, k, to) : null;
    // "called a referendum for June", "called a vote on the bill": a determiner's phrase with only a circumstance after
    // it is summoned too ("called them on it" may still name a fault, "the idea of a wall absurd" goes on after "of").
    const circumstance =
      object !== null && determiners.has(head.lower) && t[object.last]?.lower !== 'of' && adverbialPrepositions.has(t[object.last]?.lower ?? '');
    if (object && object.first === k && (object.last >= to || circumstance)) return null;
  }
  if (!isStatement(a, k, to, stance || infinitive || cue.verb.class === 'judgement' ? 1 : 3) || (!infinitive && !verbFirst && startsNonClause(a, k)))
    return null;
  // "sees bike lanes as wasted road": an object with its "as" complement is the view held.
  const asView = cue.verb.class === 'belief' && !hadThat && AS_VIEW_CUES.has(cue.verb.lemma) && t.slice(k + 1, to).some((x) => x.lower === 'as');
  if (!hadThat && !asView && AS_ONLY_CUES.has(cue.verb.lemma)) return null;
  // "saw the party as a tool, and officials had …", "treated the files as secret and removed …": the
  // view ends where the sentence turns to another clause or to a second verb of the subject.
  if (asView) {
    const turn = predicateTurn(a, k + 1, to);
    if (turn < to && turn > k + 1) return makeContent(a, k, turn, { start: 'after-cue', end: 'new-clause' });
  }
  // "which he believes will raise taxes": the relative pronoun is the belief's subject, so it opens with its verb.
  // "considers the new rules unfair": an object and the adjective said of it, with the adjective's complement
  // ("held him responsible for the loss"); what follows ("…, and he …") is no longer the view.
  if (cue.verb.class === 'belief' && !hadThat && !infinitive && SMALL_CLAUSE_CUES.has(cue.verb.lemma)) {
    const small = smallClauseEnd(a, k, sentLast);
    if (small > k && isStatement(a, k, small, 2)) return makeContent(a, k, small, { start: 'after-cue', end: 'object-end' });
  }
  // A belief with its preposition ("counting on", "believes in") takes a thing, never a clause of its own.
  const particleObject = cue.verb.class === 'belief' && cue.verb.particle !== undefined;
  if (
    cue.verb.class === 'belief' &&
    !hadThat &&
    !infinitive &&
    !headline &&
    !asView &&
    !verbFirst &&
    (particleObject || !clauseLike(a, k, to) || !verbBeforeTurn(a, k, to))
  ) {
    // "Neither side wants conflict", "Hale sought more state funding": a wish or a plan held for a thing;
    // the thing is its object, which ends as a stance's does.
    if (!(BELIEF_OBJECT_CUES.has(cue.verb.lemma) || cue.verb.particle) || fronted || relative || !objectStart(t[k])) return null;
    const object = objectEndBy(a, k, sentLast);
    if (!isStatement(a, k, object.end, t[k]!.cap ? 1 : 2)) return null;
    return makeContent(a, k, object.end, { start: 'after-cue', end: object.rule });
  }
  // What a poll or study found is a clause: "the Tigers have found a new coach" reports nothing.
  // "reiterated that approach": "that" before a phrase with no verb is a determiner, and no clause follows.
  const afterThat = t[k];
  if (
    hadThat &&
    afterThat?.kind === 'word' &&
    !afterThat.cap &&
    !determiners.has(afterThat.lower) &&
    !PERSONAL_PRONOUNS.has(afterThat.lower) &&
    // "said that they're nervous", "said that there's no money": a pronoun (or "there") with its auxiliary is a
    // subject and a verb, a clause.
    !PRONOUN_CONTRACTION.test(afterThat.lower) &&
    !/^there['’](?:s|re|ll|d)$/.test(afterThat.lower) &&
    !hasFiniteVerb(a, k, to) &&
    !hasOpen(a, k, to)
  )
    return null;
  // "found herself in a string of disputes": where someone ended up, not what evidence shows.
  if (cue.verb.class === 'evidence' && REFLEXIVE_PRONOUNS.has(t[k]?.lower ?? '')) return null;
  if (
    cue.verb.class === 'evidence' &&
    !hadThat &&
    !infinitive &&
    !headline &&
    !evidenceSubject(t, cue.first, sent.first) &&
    !hasVerb(a, k, to) &&
    !finiteCueIn(a, k, to) &&
    !a.tokens.slice(k, to).some((x) => x.kind === 'word' && isIngForm(x.lower)) &&
    t[k]?.kind !== 'open'
  )
    return null;
  return makeContent(a, k, to, { start: hadThat ? 'after-that' : 'after-cue', end: ended.rule });
}
/** "has not endorsed", "never backed", "doesn't support": a negation among the few words before the cue. */
function negatedCue(t: Token[], cue: number): boolean {
  for (let i = cue - 1; i >= 0 && i >= cue - 3; i--) {
    const x = t[i]!;
    if (x.kind !== 'word') return false;
    if (isNegation(x.lower)) return true;
    if (!auxiliaries.has(x.lower) && !isAdverbWord(x.lower)) return false;
  }
  return false;
}
/** "a candidate", "any candidate", "anyone": an indefinite that names no one in particular, alone in the span. */
function indefiniteOnly(t: Token[], k: number, to: number): boolean {
  const words = t.slice(k, to).filter((x) => x.kind === 'word');
  if (words.length === 1) return /^(?:anyone|anybody|anything|either)$/.test(words[0]!.lower);
  return words.length === 2 && /^(?:a|an|any|either)$/.test(words[0]!.lower) && !words[1]!.cap;
}
/** The most words before an attitude noun: "expressed [their deep] concern about", "found [no] fault with". */
const MAX_ATTITUDE_MODIFIERS = 3;
/**
 * "concern about X", "their concerns about X", "no fault with X", "confidence that X" at `k`: the index where what the
 * attitude is about starts (after the preposition, or at "that"); else `k`. Only a noun of ATTITUDE_NOUNS after a few
 * lower-case modifiers, no possessive: "shared the stage with X" and "expressed the view of many" keep their object.
 */
function attitudeObject(t: Token[], k: number, sentLast: number): number {
  for (let m = k; m < sentLast && m <= k + MAX_ATTITUDE_MODIFIERS; m++) {
    const x = t[m]!;
    if (x.kind !== 'word' || x.cap) return k;
    if (ATTITUDE_NOUNS.has(x.lower)) {
      const next = t[m + 1];
      if (next?.lower === 'that') return m + 1;
      return next?.kind === 'word' && ATTITUDE_PREPOSITIONS.has(next.lower) && t[m + 2]?.kind === 'word' ? m + 2 : k;
    }
    // "expressed his support for the bill": a possessive names the holder again, and the noun with its owner is a
    // stance of its own (the stance-noun frame), nested in what was expressed; the content stays whole.
    if (POSSESSIVE_PRONOUNS.has(x.lower) || (!determiners.has(x.lower) && !isAdjectiveWord(x.lower) && !isAdverbWord(x.lower))) return k;
  }
  return k;
}
/**
 * Where an intention in the infinitive ends ("declined to comment and aides later said …", "decided to act in part
 * because of a spike …"): before a clause with a subject of its own after "and" or "but", and before the reason
 * the writer gives for it ("because …"). Both tell about the intention; neither is what was intended.
 */
function intentEnd(a: ArticleContext, k: number, ended: EndBy): EndBy {
  const t = a.tokens;
  for (let i = k + 2; i < ended.end; i++) {
    const x = t[i]!;
    if (x.kind !== 'word' || x.cap) continue;
    if ((x.lower === 'and' || x.lower === 'but') && newClause(a, i)) return { end: i, rule: 'new-clause' };
    // "declined to comment, grew up in …", "wanted to admit refugees, said he would …": after a comma a finite
    // verb is the next predicate of the main clause's subject.
    const prev = t[i - 1]!;
    if (prev.text === ',' && (FINITE_BE.has(x.lower) || HAVE_DO_MODALS.has(x.lower) || isFiniteVerb(x.lower)) && !auxiliaries.has(t[i - 2]?.lower ?? ''))
      return { end: i - 1, rule: 'new-clause' };
    if (x.lower === 'because') {
      // "in part because", "largely because": the adverbial that leads into the reason goes with it.
      let e = i;
      if (t[e - 1]?.lower === 'part' && t[e - 2]?.lower === 'in') e -= 2;
      else if (t[e - 1]?.kind === 'word' && isAdverbWord(t[e - 1]!.lower)) e--;
      return { end: e, rule: 'clause-turn' };
    }
  }
  return ended;
}
/** The index before the auxiliaries and adverbs that lead up to the cue at `cue` ("has also said"), down to `first - 1`. */
function beforeAuxiliaries(t: Token[], cue: number, first: number): number {
  let j = cue - 1;
  while (j >= first && t[j]!.kind === 'word' && (auxiliaries.has(t[j]!.lower) || isAdverbWord(t[j]!.lower))) j--;
  return j;
}
/**
 * The cue's subject is a poll, a study or data ("the results showed a sharp drop", "polls show a tight race"):
 * what it shows is a finding even when it is a noun phrase. Other subjects need a clause ("the Brujas have found a
 * support system" reports nothing).
 */
function evidenceSubject(t: Token[], cue: number, first: number): boolean {
  const j = beforeAuxiliaries(t, cue, first);
  return j >= first && t[j]!.kind === 'word' && !t[j]!.cap && FINDING_SOURCES.has(t[j]!.lower);
}
/**
 * A verb comes before the first comma that opens another clause ("…, and while …", "…, but I …"): "knows Trump
 * personally, and while I …" is a person known, whose clause-like tail is a clause of the writer's own.
 */
function verbBeforeTurn(a: ArticleContext, k: number, to: number): boolean {
  const t = a.tokens;
  for (let i = k + 1; i < to; i++) {
    const x = t[i]!;
    const y = t[i + 1];
    // ", while …", ", and while …", ", but I …": not ", and Park" in a series.
    const turn = (w: Token | undefined): boolean => w?.kind === 'word' && (SUBORDINATORS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower));
    if (x.text === ',' && y?.kind === 'word' && (turn(y) || (CLAUSE_CONJUNCTIONS.has(y.lower) && turn(t[i + 2])))) return false;
    if (x.kind === 'word' && !x.cap && hasVerbTag(x.lower)) return true;
  }
  return true;
}
/**
 * Where a view ("X as Y") gives way to another clause or predicate, from `from` to `to`: "and"/"but" followed by a
 * finite verb (a second verb of the subject: "and redacted details") or by a phrase and its finite verb ("and
 * officials had"); `to` when there is none.
 */
function predicateTurn(a: ArticleContext, from: number, to: number): number {
  const t = a.tokens;
  for (let i = from; i < to; i++) {
    const x = t[i]!;
    if (x.kind !== 'word' || (x.lower !== 'and' && x.lower !== 'but')) continue;
    const end = t[i - 1]?.text === ',' ? i - 1 : i;
    const next = t[i + 1];
    if (next?.kind !== 'word' || next.cap) {
      if (newClause(a, i)) return end;
      continue;
    }
    if (isFiniteVerb(next.lower) && !FINITE_BE.has(next.lower)) return end;
    const np = phraseAfter(t, i + 1, Math.min(to, i + 10));
    if (!np) continue;
    if (verbFollows(t, np.last)) return end;
  }
  return to;
}
/** An adjective the word classes do not know, by an ending only adjectives have ("untrustworthy", "responsible"). */
const adjectiveByEnding = (w: string): boolean => /(?:ous|ful|able|ible|ive|less|worthy)$/.test(w) && !hasVerbTag(w);
/**
 * The end of a noun phrase followed by an adjective said of it ("the new rules unfair", "a merger likely", "him
 * personally responsible for the loss") from `k`, or -1: the adjective must close the clause or take a complement.
 */
function smallClauseEnd(a: ArticleContext, k: number, sentLast: number): number {
  const t = a.tokens;
  if (!objectStart(t[k]) && !OBJECT_PRONOUNS.has(t[k]?.lower ?? '')) return -1;
  const np = phraseAfter(t, k, sentLast);
  if (!np) return -1;
  // The phrase reader may take the adjective for the phrase's last word ("the new rules unfair").
  const end = t[np.last - 1]!;
  let j = np.last - 1 > np.first && !end.cap && (isAdjectiveWord(end.lower) || adjectiveByEnding(end.lower)) ? np.last - 1 : np.last;
  while (j < sentLast && t[j]!.kind === 'word' && !t[j]!.cap && isAdverbWord(t[j]!.lower) && !isAdjectiveWord(t[j]!.lower)) j++;
  const adj = t[j];
  if (adj?.kind !== 'word' || adj.cap || !(isAdjectiveWord(adj.lower) || adjectiveByEnding(adj.lower)) || isFiniteVerb(adj.lower) || determiners.has(adj.lower))
    return -1;
  const next = t[j + 1];
  if (next?.kind === 'word' && ADJECTIVE_COMPLEMENTS.has(next.lower)) return objectEndBy(a, j + 2, sentLast).end;
  // The view ends with its adjective before punctuation, "and", or a reason or time of its own ("because …").
  return next === undefined || next.kind === 'punct' || CLAUSE_CONJUNCTIONS.has(next.lower) || SUBORDINATORS.has(next.lower) ? j + 1 : -1;
}
/** A word that can open a noun phrase object: a determiner, a name, a number, or a lower-case word that is no preposition, adverb or verb. */
function objectStart(x: Token | undefined): boolean {
  if (x?.kind !== 'word') return false;
  if (x.cap || determiners.has(x.lower) || POSSESSIVE_PRONOUNS.has(x.lower) || /^\d/.test(x.text)) return true;
  return !adverbialPrepositions.has(x.lower) && !isAdverbWord(x.lower) && !hasVerbTag(x.lower) && !PERSONAL_PRONOUNS.has(x.lower) && x.lower !== 'to';
}
/** The end of a relative clause's object before the main clause's own cue of saying or thinking ("say", "believe"). */
function mainCueEnd(a: ArticleContext, k: number, ended: EndBy): EndBy {
  for (let i = k + 1; i < ended.end; i++) {
    // "a plan", "the report", "backed the plan that …": after a determiner or a possessive the word is a noun, not
    // the main clause's cue.
    const prev = a.tokens[i - 1]!.lower;
    const m = a.tokens[i]!.cap || determiners.has(prev) || POSSESSIVE_PRONOUNS.has(prev) ? null : cueAt(a.tokens, i);
    if (m && m.form !== 'gerund' && m.form !== 'participle' && m.verb.class !== 'stance' && m.verb.class !== 'judgement') {
      // "… have said": the auxiliaries before the cue are the main clause's too.
      let end = i;
      while (end > k + 1 && a.tokens[end - 1]!.kind === 'word' && auxiliaries.has(a.tokens[end - 1]!.lower)) end--;
      return { end, rule: 'object-end' };
    }
  }
  return ended;
}
/**
 * "reported last quarter that …", "argued for the second debate that …", "suggest however that …": a circumstance
 * the adverbial skipper did not take whole, then "that". Returns the index of that "that", else `k`. Only a
 * stretch opening like an adverbial (a preposition, a time word, an adverb) and holding no verb or comma: "the
 * plan that the council approved" opens with a noun, and its "that" is a relative pronoun.
 */
function adverbialBeforeThat(a: ArticleContext, k: number, sentLast: number): number {
  const t = a.tokens;
  const x = t[k];
  if (x?.kind !== 'word' || x.cap || x.lower === 'that' || x.lower === 'to') return k;
  if (!adverbialPrepositions.has(x.lower) && !timeWords.has(x.lower) && !isAdverbWord(x.lower) && !CONNECTIVE_ADVERBS.has(x.lower)) return k;
  for (let j = k + 1; j < sentLast && j < k + 12; j++) {
    const y = t[j]!;
    if (y.kind === 'open' || y.kind === 'close' || y.quote >= 0) continue;
    if (y.lower === 'that') return j;
    // "said on Tuesday the plan that …": a new phrase after the circumstance's noun is the content's subject.
    const prev = t[j - 1]!;
    if ((SUBJECT_PRONOUNS.has(y.lower) || PHRASE_OPENERS.has(y.lower)) && !determiners.has(prev.lower) && !adverbialPrepositions.has(prev.lower)) return k;
    if (y.kind === 'punct' ? y.text !== '.' && y.text !== "'" : y.kind === 'word' && !y.cap && isFiniteVerb(y.lower)) return k;
  }
  return k;
}
/**
 * "promised Mr. Weiner that …", "assured them that …": a name or an object pronoun right before "that" is whom the
 * cue addressed (a relative clause after a name opens with "who"). Returns the index of "that", else -1.
 */
function addresseeBeforeThat(t: Token[], k: number, sentLast: number): number {
  const x = t[k];
  if (x?.kind !== 'word') return -1;
  if (OBJECT_PRONOUNS.has(x.lower) && !RELATIVE_PRONOUNS.has(x.lower) && x.lower !== 'whom') return t[k + 1]?.lower === 'that' ? k + 1 : -1;
  let j = k;
  while (j < sentLast && j < k + 4 && (t[j]!.cap || isAbbrevDot(t, j)) && (t[j]!.kind === 'word' || isAbbrevDot(t, j))) j++;
  return j > k && !determiners.has(x.lower) && t[j]?.lower === 'that' ? j : -1;
}
/** The participle at `cue` follows a comma or dash: "…, (later) suggesting". */
function asideBefore(t: Token[], cue: number, first: number): boolean {
  let j = cue - 1;
  while (j > first && t[j]!.kind === 'word' && isAdverbWord(t[j]!.lower)) j--;
  return j > first && (t[j]!.text === ',' || t[j]!.text === '—' || t[j]!.text === '–');
}
/**
 * The comma before a finite verb of the sentence's subject ("…, was tepid"), if it comes before `ended`: a form of
 * "be", "have", "do" or a modal, which a participle ("…, distracted from") cannot be mistaken for.
 */
function mainVerbAfter(a: ArticleContext, k: number, ended: EndBy): EndBy {
  const t = a.tokens;
  // "saying the bridge, which is old, has been repaired", "saying the bridge, a landmark, is safe": the verb after a
  // relative clause or after an appositive (a stretch between commas with no verb) is the content's own.
  let inRelative = false;
  let from = k;
  for (let i = k + 1; i < ended.end - 1; i++) {
    if (t[i]!.kind === 'open') {
      i = Math.max(i, a.seg.quoteCloseToken[t[i]!.quote]!);
      continue;
    }
    if (t[i]!.text !== ',') continue;
    const v = t[i + 1]!;
    if (!inRelative && v.kind === 'word' && (FINITE_BE.has(v.lower) || HAVE_DO_MODALS.has(v.lower)) && (from === k || hasVerb(a, from, i)))
      return { end: i, rule: 'main-verb' };
    inRelative = RELATIVE_PRONOUNS.has(v.lower);
    from = i + 1;
  }
  return ended;
}
export function hasVerb(a: ArticleContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const x = a.tokens[i]!;
    if (x.kind === 'word' && !x.cap && hasVerbTag(x.lower) && !determiners.has(x.lower)) return true;
  }
  return false;
}
/**
 * "found Democrats favored Ramos": a cue verb in a finite form inside the span is a verb too, where the word classes
 * know its past only as an adjective ("favored", "backed").
 */
function finiteCueIn(a: ArticleContext, first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) {
    const x = a.tokens[i]!;
    if (x.kind !== 'word' || x.cap) continue;
    const c = cueAt(a.tokens, i);
    if (c && (c.form === 'past' || c.form === 'third')) return true;
  }
  return false;
}
/** Looks like a clause: opens with a subject-like word and has a verb in it ("believes Trump will win"). */
export function clauseLike(a: ArticleContext, first: number, last: number): boolean {
  const t = a.tokens;
  const head = t[first];
  if (head?.kind !== 'word') return head?.kind === 'open';
  // "they’re being spun", "it’s over": a pronoun with its verb written on is a subject and a verb at once.
  const clitic = /^(.+)['’](?:re|s|ve|m|d|ll)$/.exec(head.lower);
  if (clitic && PERSONAL_PRONOUNS.has(clitic[1]!)) return true;
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
/** A lower-case auxiliary or verb form: the second verb of a pair that shares an object. */
function verbAt(x: Token | undefined): boolean {
  return x !== undefined && x.kind === 'word' && !x.cap && (auxiliaries.has(x.lower) || isFiniteVerb(x.lower) || isVerbWord(x.lower));
}

export function startsNonClause(a: ArticleContext, k: number): boolean {
  const x = a.tokens[k];
  if (!x || NON_CLAUSE_OPENERS.has(x.lower)) return true;
  // "The jobs report cheered Democrats": a finite verb right after the "cue" means the cue was a noun.
  if (x.kind !== 'word' || x.cap || isIngForm(x.lower)) return false;
  return BE_OR_CLITIC.has(x.lower) || HAVE_DO_MODALS.has(x.lower) || (x.lower.endsWith('ed') && isVerbWord(x.lower));
}

/**
 * A finite verb between the sentence's start and the cue's own auxiliaries ("have said"), outside quotations: the
 * main clause has its verb before the cue, so a relative clause at the cue modifies a noun after that verb.
 */
function verbBefore(a: ArticleContext, first: number, cue: number): boolean {
  const t = a.tokens;
  const j = beforeAuxiliaries(t, cue, first);
  for (let i = first; i < j; i++) {
    const x = t[i]!;
    if (x.kind === 'open') {
      i = Math.max(i, a.seg.quoteCloseToken[x.quote]!);
      continue;
    }
    if (x.kind === 'word' && !x.cap && isFiniteVerb(x.lower) && !determiners.has(t[i - 1]?.lower ?? '')) return true;
  }
  return false;
}
