/**
 * Pass 2, reported speech: the clause after or before a cue ("X said that …", "…, X said"), "according to X",
 * statements told by nouns ("his claim that …") and stance frames ("was critical of").
 */

import { type CueMatch, cueAt, sourcePhraseAt } from '../grammar/cues.js';
import { phraseAfter, skipAdverbials, subjectBefore, viaAfter } from '../grammar/noun-phrases.js';
import {
  anonymousNouns,
  auxiliaries,
  CUE_NOUNS,
  determiners,
  hasVerbTag,
  INFINITIVE_CUES as INFINITIVE_LIST,
  isAdjectiveWord,
  isAdverbWord,
  isFiniteVerb,
  isVerbWord,
  organizationNouns,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  roleNouns,
  STANCE_ADJECTIVES,
  STANCE_NOUNS,
} from '../lexicon/index.js';
import type { SpeakerRuleId } from '../lexicon/rules.js';
import type { NounPhrase } from '../naming/canonical.js';
import type { QuoteType } from '../types.js';
import { type Candidate, candidate, DIRECT_CLASSES, Pass } from './context.js';
import { isInsideQuote, phraseIndex, phraseMatches, phrasesFrom, type Token } from './segment.js';

const isAbbrevDotToken = (t: Token[], k: number): boolean => t[k]!.text === '.' && t[k - 1]?.end === t[k]!.start && t[k - 1]!.cap;
/**
 * The longest reported clause, in tokens. Real sentences stay far below it; a 10 MB line of text without a full
 * stop does not, and every scan for a clause's end or start stops here, so a sentence of many cues stays linear.
 */
const MAX_CLAUSE = 400;
const INFINITIVE_CUES = new Set(INFINITIVE_LIST);
const STANCE_FRAMES = phraseIndex(STANCE_ADJECTIVES);
const NOUN_CUES = new Set(CUE_NOUNS);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', "'s", '’s']);

export class ReportedSpeech extends Pass {
  reportedSpeech(): void {
    const t = this.tokens;
    // The last direct quote of each sentence: "…," she said, adding that … continues its speaker.
    const directIn = new Map<number, Candidate>();
    for (const c of this.candidates) if (c.speaker && !c.inherit) directIn.set(c.sentence, c);
    for (let s = 0; s < this.seg.sentences.length; s++) {
      const sent = this.seg.sentences[s]!;
      let lastInSentence: Candidate | undefined = directIn.get(s);
      for (let i = sent.first; i < sent.last; i++) {
        const x = t[i]!;
        if (x.kind !== 'word' || isInsideQuote(x) || this.usedCue.has(i)) continue;
        const according = sourcePhraseAt(t, i);
        if (according > 0) {
          const c = this.accordingTo(sent, i, according);
          if (c) {
            this.candidates.push(c);
            lastInSentence = c;
            i = according;
          }
          continue;
        }
        const frame = this.stanceFrame(sent, i);
        if (frame) {
          this.candidates.push(frame);
          while (i + 1 < sent.last && t[i + 1]!.start < frame.end) i++;
          continue;
        }
        if (NOUN_CUES.has(x.lower)) {
          const c = this.nounCue(sent, i);
          if (c) {
            this.candidates.push(c);
            while (i + 1 < sent.last && t[i + 1]!.start < c.end) i++;
            continue;
          }
        }
        const cue = cueAt(t, i);
        if (!cue) continue;
        const found = this.fromCue(sent, cue, lastInSentence);
        if (found.length > 0) {
          this.candidates.push(...found);
          lastInSentence = found[0];
          // Attributions inside the reported content are nested in it, not statements of their own.
          const end = Math.max(...found.map((c) => c.end));
          i = cue.last - 1;
          while (i + 1 < sent.last && t[i + 1]!.start < end) i++;
        }
      }
    }
  }

  fromCue(sent: { first: number; last: number; paragraph: number }, cue: CueMatch, lastInSentence: Candidate | undefined): Candidate[] {
    const t = this.tokens;
    // Reporting verbs are not capitalised mid-sentence ("the United States"), except in a title-case headline
    // ("Carly Fiorina Endorses Ted Cruz").
    const headline = this.isHeadline(sent);
    if (t[cue.first]!.cap && !headline) return [];
    const before = t[cue.first - 1];
    if (before && this.nounBefore(before)) return [];
    // "the states’ votes": a possessive after the word makes it a noun.
    const after = t[cue.last];
    if (after && after.start === t[cue.last - 1]!.end && /^['’]/.test(after.text)) return [];
    if ((cue.form === 'participle' || cue.form === 'past') && t[cue.last]?.lower === 'by' && before && BE.has(before.lower)) {
      this.passiveAgent(cue.last + 1, sent.last);
      return [];
    }
    const sentence = t[cue.first]!.sentence;
    const paragraph = this.seg.paragraphOf[cue.first]!;
    const base = { sentence, paragraph, inherit: false };
    const lo = sent.first;
    // "a class called “Perception”": a thing named, not a statement.
    if (
      cue.verb.lemma === 'call' &&
      before &&
      before.kind === 'word' &&
      !before.cap &&
      !PERSONAL_PRONOUNS.has(before.lower) &&
      !auxiliaries.has(before.lower) &&
      !isAdverbWord(before.lower)
    )
      return [];

    // "…, citing data from X" names an intermediary (see `via`), not a statement.
    if (cue.verb.lemma === 'cite' && cue.form === 'gerund') return [];
    if (cue.form === 'gerund' && before?.text === ',') {
      // "…, adding that …": the participle continues the sentence's earlier attribution, or its subject's.
      const content = this.contentAfter(cue, sent.last, false);
      if (!content) return [];
      if (lastInSentence)
        return [candidate(content, base, { cue, speaker: null, via: [], rule: 'gerund-continuation', speakerRule: 'same-sentence' }, lastInSentence)];
      const main = this.x.sentenceSubject(lo, cue.first);
      if (!main) return [];
      return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'gerund-clause', speakerRule: 'sentence-subject' })];
    }
    // "rallied thousands by promising to …": a participle after a preposition has the sentence's subject.
    if (cue.form === 'gerund' && before && /^(?:by|while|after|before|without|in|when|through)$/.test(before.lower)) {
      const main = this.x.sentenceSubject(lo, cue.first);
      const content = main ? this.contentAfter(cue, sent.last, false) : null;
      if (!main || !content) return [];
      return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'gerund-clause', speakerRule: 'sentence-subject' })];
    }
    // "polls showing …", "a project advocating …": a participle after a noun describes it, it does not report —
    // except for stances: "pastors supporting Mr. Cruz" tells whom the pastors support.
    if (cue.form === 'gerund' && !(before && BE.has(before.lower)) && cue.verb.class !== 'stance') return [];

    // "tweeted on Friday to say he had never suggested …": the infinitive's subject is the sentence's.
    if (before?.lower === 'to' && DIRECT_CLASSES.has(cue.verb.class)) {
      const main = this.x.sentenceSubject(lo, cue.first - 1);
      const content = main ? this.contentAfter(cue, sent.last, false) : null;
      if (!main || !content) return [];
      for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
      return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'to-cue-clause', speakerRule: 'sentence-subject' })];
    }
    const subj = subjectBefore(t, cue.first, lo, cue.form === 'gerund', cue.verb.class === 'belief');
    if (subj) {
      const speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
      // "Hadley, who voted against the plan, said …": an action told about the speaker in passing.
      if (subj.relative && (cue.verb.class === 'stance' || cue.verb.class === 'judgement')) return [];
      const subjectWord = t[subj.np.first]!.lower;
      if (subj.np.last - subj.np.first === 1 && (subjectWord === 'we' || subjectWord === 'you') && cue.verb.class !== 'speech' && cue.verb.class !== 'object')
        return [];
      // "which critics said was discriminatory": the relative pronoun is the content's subject, so the
      // content opens with its verb.
      const objectRelative = /^(?:which|that|what)$/.test(t[subj.spanFirst - 1]?.lower ?? '');
      const content = this.contentAfter(cue, sent.last, subj.relative === true, headline, objectRelative);
      if (content) {
        for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
        const via = this.x.addressedOutlet(cue);
        for (const v of viaAfter(t, this.namer, subj.spanLast, cue.first)) if (!via.includes(v)) via.push(v);
        return [candidate(content, base, { cue, speaker, via, rule: 'name-cue-clause', speakerRule: 'before-cue' })];
      }
      // "The plan will fail, Trump said." and "The plan, Trump said, will fail."
      if (!DIRECT_CLASSES.has(cue.verb.class)) return [];
      const comma = this.commaBefore(subj.spanFirst - 1, lo);
      if (comma < 0) return [];
      return this.aroundAttribution(lo, comma, Math.max(this.skipObject(cue), subj.spanLast), sent.last, cue, speaker, 'clause-name-cue', 'before-cue', base);
    }
    // "The plan will fail, said Trump." (also after a quotation: `… “very assertive,” said Orfield`)
    const comma = DIRECT_CLASSES.has(cue.verb.class) ? this.commaBefore(cue.first - 1, lo) : -1;
    if (comma >= 0) {
      const np = phraseAfter(t, cue.last, sent.last);
      if (np) return this.aroundAttribution(lo, comma, np.last, sent.last, cue, { first: np.first, last: np.last, np }, 'clause-cue-name', 'after-cue', base);
    }
    // "Ebeling grew up … and said she planned …": the second verb of the sentence's subject.
    if (before && (before.lower === 'and' || before.lower === 'but')) {
      const main = this.x.sentenceSubject(lo, cue.first);
      const content = main ? this.contentAfter(cue, sent.last, false) : null;
      if (main && content) {
        for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
        return [candidate(content, base, { cue, speaker: { ...main, np: main }, via: [], rule: 'and-cue-clause', speakerRule: 'sentence-subject' })];
      }
    }
    return [];
  }

  /** A word right before a cue that makes the cue a noun: "the said", "his claims", "Trump's comments", "greatest support". */
  nounBefore(x: Token): boolean {
    if (x.text === '-' || x.lower === 'so') return true;
    if (x.kind !== 'word') return false;
    if (determiners.has(x.lower) && x.lower !== 'that' && x.lower !== 'all' && x.lower !== 'both') return true;
    if (POSSESSIVE_PRONOUNS.has(x.lower) || (/['’]s?$/.test(x.lower) && !/^(?:it|he|she|that|who|there|what)['’]s$/.test(x.lower))) return true;
    if (x.cap || anonymousNouns.has(x.lower) || roleNouns.has(x.lower) || organizationNouns.has(x.lower)) return false;
    return isAdjectiveWord(x.lower) && !auxiliaries.has(x.lower) && !isAdverbWord(x.lower);
  }

  /** The content clause after a cue: object and adverbials skipped, "that" dropped, checked to be a statement. */
  /** The article's first line in title case: a headline, where verbs are capitalised and clauses clipped. */
  isHeadline(sent: { first: number; last: number; paragraph: number }): boolean {
    if (sent.paragraph !== 0) return false;
    const known = this.headlines.get(sent.first);
    if (known !== undefined) return known;
    const answer = this.titleCase(sent);
    this.headlines.set(sent.first, answer);
    return answer;
  }

  private readonly headlines = new Map<number, boolean>();

  private titleCase(sent: { first: number; last: number }): boolean {
    let words = 0;
    let caps = 0;
    for (let i = sent.first; i < sent.last; i++) {
      const x = this.tokens[i]!;
      if (x.kind !== 'word' || x.text.length < 4) continue;
      words++;
      if (x.cap) caps++;
    }
    return words >= 2 && caps / words >= 0.7;
  }

  contentAfter(
    cue: CueMatch,
    sentLast: number,
    relative: boolean,
    headline = false,
    verbFirst = false,
  ): { start: number; end: number; type: QuoteType } | null {
    const t = this.tokens;
    let k = skipAdverbials(t, this.skipObject(cue), sentLast);
    // "He believes, for example, that …": a short aside between commas.
    if (t[k]?.text === ',') {
      let e = k + 1;
      while (e < sentLast && e < k + 5 && t[e]!.kind === 'word') e++;
      if (e > k + 1 && t[e]?.text === ',' && /^(?:for|in|of|however|though|too|also|moreover|indeed|perhaps|again|now|then|at)$/.test(t[k + 1]!.lower))
        k = e + 1;
    }
    // "she said, was a question …": after a comma the sentence goes on, it is not what was said — unless a
    // colon or a quotation opens there. After a semicolon a new sentence starts.
    if ((t[k]?.text === ',' && t[k + 1]?.kind !== 'open') || t[k]?.text === ';') return null;
    while (t[k]?.text === ',' || t[k]?.text === ':') k++;
    // "believes that is because …": a "that" followed by its verb is the content's subject, not a conjunction.
    const thatIsSubject =
      t[k]?.lower === 'that' &&
      t[k + 1] !== undefined &&
      (BE.has(t[k + 1]!.lower) ||
        auxiliaries.has(t[k + 1]!.lower) ||
        t[k + 1]!.lower.endsWith('’s') ||
        t[k + 1]!.lower.endsWith("'s") ||
        /^(?:won['’]t|can['’]t|would|will|could|should|may|might|makes|means|sounds|seems)$/.test(t[k + 1]!.lower));
    const hadThat = t[k]?.lower === 'that' && !thatIsSubject;
    if (hadThat) k++;
    // "showed up", "has written off": a particle makes another verb, which reports nothing.
    if (!hadThat && !cue.verb.particle && /^(?:up|out|off|down|away|over|back)$/.test(t[k]?.lower ?? '')) return null;
    // "told him and his fellow associates to …": the addressee goes on, the content has not begun.
    if (k > cue.last && /^(?:and|or)$/.test(t[k]?.lower ?? '')) return null;
    const stance = cue.verb.class === 'stance';
    // "After the party vowed to court Latinos, it did the opposite": a fronted subordinate clause ends at its comma.
    const sent = this.seg.sentences[t[cue.first]!.sentence]!;
    const fronted = this.subordinateBefore(sent.first, cue.first);
    const to = relative || fronted ? this.nextComma(k, sentLast) : stance ? this.objectEnd(k, sentLast) : this.clauseEnd(k, sentLast, cue);
    const infinitive = t[k]?.lower === 'to' && INFINITIVE_CUES.has(cue.verb.lemma);
    if (!this.x.isStatement(k, to, stance || infinitive || cue.verb.class === 'judgement' ? 1 : 3) || (!infinitive && !verbFirst && this.startsNonClause(k)))
      return null;
    if (cue.verb.class === 'belief' && !hadThat && !infinitive && !headline && !this.clauseLike(k, to)) return null;
    // What a poll or study found is a clause: "the Brujas have found a support system" reports nothing.
    // "reiterated that approach": "that" before a phrase with no verb is a determiner, and no clause follows.
    const afterThat = t[k];
    if (
      hadThat &&
      afterThat?.kind === 'word' &&
      !afterThat.cap &&
      !determiners.has(afterThat.lower) &&
      !PERSONAL_PRONOUNS.has(afterThat.lower) &&
      !this.hasFiniteVerb(k, to) &&
      !this.x.hasOpen(k, to)
    )
      return null;
    if (
      cue.verb.class === 'evidence' &&
      !hadThat &&
      !infinitive &&
      !headline &&
      !this.hasVerb(k, to) &&
      !this.tokens.slice(k, to).some((x) => x.kind === 'word' && x.lower.endsWith('ing')) &&
      t[k]?.kind !== 'open'
    )
      return null;
    return this.x.makeContent(k, to);
  }

  /**
   * The cue stands in a subordinate clause that opens the sentence ("After Republicans vowed to court Latinos,
   * the party …", "Three years after …"): its content ends at the comma that closes the clause.
   */
  subordinateBefore(first: number, cue: number): boolean {
    const t = this.tokens;
    // Back from the cue to the clause's start: "His popularity, even after he criticized Bush, shows …".
    for (let i = cue - 1; i >= first && i >= cue - MAX_CLAUSE; i--) {
      const x = t[i]!;
      if (x.text === ',' || x.kind === 'open' || x.kind === 'close') return false;
      if (x.kind === 'word' && /^(?:after|although|though|while|when|since|because|if|as|before|once|until|unless|whereas)$/i.test(x.lower)) return true;
    }
    return false;
  }

  /**
   * Where a clause that ends at `end` begins, no earlier than `lo`: after the last colon or semicolon
   * ("…financial firms: London was the capital, according to …"), at most MAX_CLAUSE tokens back.
   */
  clauseStart(lo: number, end: number): number {
    const t = this.tokens;
    const from = Math.max(lo, end - MAX_CLAUSE);
    for (let i = end - 1; i > from; i--) if (t[i]!.text === ':' || t[i]!.text === ';') return i + 1;
    return from;
  }

  /** Index of the comma before the subject at `i` (stepping over closing marks: `…,'' he said`), or -1. */
  commaBefore(i: number, lo: number): number {
    const t = this.tokens;
    let k = i;
    while (k > lo && (t[k]!.kind === 'close' || /^['’"”]$/.test(t[k]!.text))) k--;
    return k > lo && (t[k]!.text === ',' || t[k]!.text === '—' || t[k]!.text === '–') ? k : -1;
  }

  /**
   * Reported speech around a mid-sentence attribution: the clause before it ("…, Trump said.") and, when the
   * sentence goes on after a comma, the clause after it ("The plan, Trump said, will fail.").
   */
  aroundAttribution(
    lo: number,
    comma: number,
    attributionEnd: number,
    sentLast: number,
    cue: { first: number; last: number },
    speaker: { first: number; last: number; np: NounPhrase },
    rule: 'clause-name-cue' | 'clause-cue-name',
    speakerRule: SpeakerRuleId,
    base: { sentence: number; paragraph: number; inherit: boolean },
  ): Candidate[] {
    const t = this.tokens;
    const k = skipAdverbials(t, attributionEnd, sentLast);
    const out: Candidate[] = [];
    const via = viaAfter(t, this.namer, attributionEnd, sentLast);
    // After the attribution a comma may continue the statement ("The plan, he said, will fail") or open an
    // appositive about the speaker ("said Gary Orfield, a professor at UCLA"), which ends the sentence as well as
    // a full stop would.
    const rest = t[k]?.text === ',' ? this.clauseEnd(k + 1, sentLast, null) : k;
    const appositive = rest > k && this.appositiveAt(k + 1, rest);
    const tail = this.onlyTail(k, sentLast) || (appositive && this.onlyTail(rest, sentLast));
    const goesOn = !tail && rest > k && this.x.isStatement(k + 1, rest, 3) && !appositive;
    if (!tail && !goesOn) return out;
    lo = this.clauseStart(lo, comma);
    if (this.x.isStatement(lo, comma, 2)) {
      const content = this.x.makeContent(lo, comma);
      if (content) out.push(candidate(content, base, { cue, speaker, via, rule, speakerRule }));
    }
    if (goesOn) {
      const content = this.x.makeContent(k + 1, this.clauseEnd(k + 1, sentLast, null));
      if (content)
        out.push(
          candidate(content, base, { cue, speaker, via, rule: rule === 'clause-name-cue' ? 'clause-name-cue-clause' : 'clause-cue-name-clause', speakerRule }),
        );
    }
    if (out.length > 0) for (let i = cue.first; i < cue.last; i++) this.usedCue.add(i);
    return out;
  }

  /**
   * Where a reported clause ends: the sentence's end, or earlier where the sentence moves on to something the
   * speaker did not say — a relative or concessive clause, an appositive, a participle ("…, which includes",
   * "…, even though", "…, saying"), or a second verb of the subject ("said X and promised to …").
   */
  clauseEnd(from: number, last: number, cue: { first: number } | null): number {
    const t = this.tokens;
    const cueWord = cue ? t[cue.first]!.lower : '';
    if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
    for (let i = from + 1; i < last; i++) {
      const x = t[i]!;
      if (x.kind === 'open') {
        const close = this.seg.quoteCloseToken[x.quote]!;
        if (close > i) i = close;
        // `… "a terrible mistake," although …`: a comma inside the closing quotation counts too.
        const inner = t[i - 1];
        if (inner?.text === ',' && this.movesOn(i + 1)) return i + 1;
        continue;
      }
      // "…: A Quinnipiac poll found …": after a colon a new statement starts.
      if (x.text === ':' && t[i + 1]?.cap && t[i + 1]!.kind === 'word') return i;
      if ((x.text === ',' || x.text === '—' || x.text === '–' || x.text === ';') && (this.movesOn(i + 1) || this.newClause(i + 1))) {
        // "the bomber, who detonated in the square, had Syrian roots": a relative clause inside the content's
        // subject is closed by a comma and followed by the subject's verb.
        const embedded = this.embeddedRelative(i + 1, last);
        if (embedded < 0) return i;
        i = embedded;
      }
      // "said she regretted her remarks and promised to stay out": a second reporting act of the subject.
      if ((x.lower === 'and' || x.lower === 'but') && cueWord !== '') {
        const next = cueAt(t, i + 1);
        if (next && !t[i + 1]!.cap && next.form === 'past' && DIRECT_CLASSES.has(next.verb.class)) return i;
      }
    }
    return this.x.clauseTo(from, last);
  }

  /** Index of the comma that closes a relative clause starting at `i` when a verb follows it, else -1. */
  embeddedRelative(i: number, last: number): number {
    const t = this.tokens;
    if (!/^(?:who|whose)$/.test(t[i]?.lower ?? '')) return -1;
    for (let k = i + 1; k < last && k < i + 30; k++) {
      if (t[k]!.text !== ',') continue;
      const v = t[k + 1];
      return v && v.kind === 'word' && !v.cap && hasVerbTag(v.lower) && !v.lower.endsWith('ing') && !determiners.has(v.lower) ? k : -1;
    }
    return -1;
  }

  /** ", but the report cited …": a coordinated clause with a subject of its own. */
  newClause(i: number): boolean {
    const t = this.tokens;
    const conj = t[i];
    if (!conj || !/^(?:but|and|yet|so)$/.test(conj.lower)) return false;
    const subject = t[i + 1];
    if (subject?.kind !== 'word' || !(subject.cap || determiners.has(subject.lower) || PERSONAL_PRONOUNS.has(subject.lower))) return false;
    if (subject.lower === 'that') return false;
    // The subject's phrase, then straight away its verb ("but the report cited"); a comma first means the
    // coordination was inside the content's own subject ("the two men, and Mr. Cruz in particular, must").
    const np = PERSONAL_PRONOUNS.has(subject.lower) ? { last: i + 2 } : phraseAfter(t, i + 1, Math.min(t.length, i + 10));
    if (!np) return false;
    let k = np.last;
    while (t[k]?.kind === 'word' && (auxiliaries.has(t[k]!.lower) || isAdverbWord(t[k]!.lower)) && !isFiniteVerb(t[k]!.lower)) k++;
    const v = t[k];
    return v !== undefined && v.kind === 'word' && !v.cap && isFiniteVerb(v.lower);
  }

  /** The word at `i` starts a clause that is no longer the reported content. */
  movesOn(i: number): boolean {
    const x = this.tokens[i];
    if (x?.kind !== 'word') return false;
    return /^(?:who|whose|where|although|though|even|despite|saying|adding|telling|noting|according|whereas|a|an|rather|unlike|like|citing|referring)$/.test(
      x.lower,
    );
  }

  /** "a professor at UCLA", "the Cruz campaign's Iowa director": a noun phrase describing the speaker. */
  appositiveAt(i: number, last: number): boolean {
    const x = this.tokens[i];
    if (x?.kind !== 'word') return false;
    if (/^(?:who|whose|which|a|an)$/.test(x.lower)) return true;
    // "the chief economist for the survey" has no finite verb; "the golf industry was over-supplied" has one;
    // "the expert who has published books" has one only inside a relative clause.
    for (let k = i; k < last && k < i + MAX_CLAUSE; k++) {
      const y = this.tokens[k]!;
      if (y.kind === 'word' && /^(?:who|which|that|whose)$/.test(y.lower)) return true;
      if (y.kind === 'word' && !y.cap && isFiniteVerb(y.lower) && !determiners.has(this.tokens[k - 1]?.lower ?? '')) return false;
    }
    return true;
  }

  nextComma(from: number, last: number): number {
    if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
    for (let i = from; i < last; i++) if (this.tokens[i]!.text === ',' || this.tokens[i]!.text === ';') return i;
    return this.x.clauseTo(from, last);
  }

  /** End of what a stance verb takes: its object, up to a comma or a clause about circumstances. */
  objectEnd(from: number, last: number): number {
    const t = this.tokens;
    if (last - from > MAX_CLAUSE) last = from + MAX_CLAUSE;
    for (let i = from; i < last; i++) {
      const x = t[i]!;
      if (x.kind === 'open') {
        const close = this.seg.quoteCloseToken[x.quote]!;
        if (close > i) i = close;
        continue;
      }
      if (x.text === ',' || x.text === ';' || x.text === ':' || x.text === '—' || x.text === '–') return i;
      if (
        i > from &&
        x.kind === 'word' &&
        /^(?:while|when|because|after|before|during|as|since|but|although|though|despite|amid|saying|calling|and)$/.test(x.lower)
      )
        return i;
    }
    return this.x.clauseTo(from, last);
  }

  hasFiniteVerb(first: number, last: number): boolean {
    for (let i = first; i < last; i++) {
      const x = this.tokens[i]!;
      if (x.kind === 'word' && !x.cap && isFiniteVerb(x.lower) && !determiners.has(this.tokens[i - 1]?.lower ?? '')) return true;
    }
    return false;
  }

  hasVerb(first: number, last: number): boolean {
    for (let i = first; i < last; i++) {
      const x = this.tokens[i]!;
      if (x.kind === 'word' && !x.cap && hasVerbTag(x.lower) && !determiners.has(x.lower)) return true;
    }
    return false;
  }

  /** Looks like a clause: opens with a subject-like word and has a verb in it ("believes Trump will win"). */
  clauseLike(first: number, last: number): boolean {
    const t = this.tokens;
    const head = t[first];
    if (head?.kind !== 'word') return head?.kind === 'open';
    const subjectLike =
      head.cap ||
      determiners.has(head.lower) ||
      PERSONAL_PRONOUNS.has(head.lower) ||
      /^\d/.test(head.text) ||
      /^(?:there|this|that|these|those|everyone|nobody|people)$/.test(head.lower);
    if (!subjectLike) return false;
    for (let i = first + 1; i < last; i++) if (t[i]!.kind === 'word' && hasVerbTag(t[i]!.lower)) return true;
    return false;
  }

  /** The addressee of "told reporters", "warned Congress": skipped before the content. */
  skipObject(cue: CueMatch): number {
    const t = this.tokens;
    let k = cue.last;
    if (cue.verb.class === 'object' || cue.verb.lemma === 'ask') {
      const np = phraseAfter(t, k, t.length);
      if (np && np.last - np.first <= 6) k = np.last;
    }
    return k;
  }

  /** Clause-like content does not open with "to" (an infinitive: "said to be") or a bare preposition. */
  startsNonClause(k: number): boolean {
    const x = this.tokens[k];
    if (!x || x.lower === 'to' || x.lower === 'by' || x.lower === 'of' || x.lower === 'as') return true;
    // "The jobs report cheered Democrats": a finite verb right after the "cue" means the cue was a noun.
    if (x.kind !== 'word' || x.cap || x.lower.endsWith('ing')) return false;
    return (
      BE.has(x.lower) ||
      /^(?:has|have|had|will|would|could|should|may|might|must|can|did|does|do|shall)$/.test(x.lower) ||
      (x.lower.endsWith('ed') && isVerbWord(x.lower))
    );
  }

  /** Nothing but adverbials, via phrases and punctuation from `k` to the sentence end. */
  onlyTail(k: number, last: number): boolean {
    const t = this.tokens;
    let i = skipAdverbials(t, k, last);
    if (t[i]?.text === ';') return true;
    while (i < last && t[i]!.kind === 'punct' && t[i]!.kind !== 'open') i++;
    if (i >= last) return true;
    // ", citing …", ", as quoted by …": an intermediary may follow.
    if (t[i - 1]?.text === ',' || /^(?:as|citing|who|which|whose)$/.test(t[i]?.lower ?? ''))
      return /^(?:as|citing|quoted|according|in|on|at|who|which|whose|adding|noting|saying)$/.test(t[i]!.lower);
    return false;
  }

  accordingTo(sent: { first: number; last: number }, i: number, after: number): Candidate | null {
    const t = this.tokens;
    const np = phraseAfter(t, after, sent.last);
    if (!np) return null;
    const sentence = t[i]!.sentence;
    const paragraph = this.seg.paragraphOf[i]!;
    const cue = { first: i, last: after };
    const speaker = { first: np.first, last: np.last, np };
    const via = viaAfter(t, this.namer, np.last, sent.last);
    // "According to X, CLAUSE."
    let k = np.last;
    while (k < sent.last && t[k]!.kind === 'punct' && t[k]!.kind !== 'open') k++;
    if (i === sent.first || (t[i - 1]!.kind === 'punct' && t[i - 1]!.text !== ',')) {
      const to = this.x.clauseTo(k, sent.last);
      const content = this.x.isStatement(k, to, 3) ? this.x.makeContent(k, to) : null;
      if (content) return candidate(content, { sentence, paragraph }, { cue, speaker, via, rule: 'according-to-clause', speakerRule: 'according-to' });
      return null;
    }
    // "CLAUSE, according to X."
    const end = t[i - 1]!.text === ',' ? i - 1 : i;
    const from = this.clauseStart(sent.first, end);
    if (!this.x.isStatement(from, end, 3)) return null;
    const content = this.x.makeContent(from, end);
    if (!content) return null;
    return candidate(content, { sentence, paragraph }, { cue, speaker, via, rule: 'clause-according-to', speakerRule: 'according-to' });
  }

  /**
   * A noun of saying with its owner and content: "Mr. Trump's decision to seize on immigration", "his claim that
   * …", "a report by Politico that he …".
   */
  nounCue(sent: { first: number; last: number }, i: number): Candidate | null {
    const t = this.tokens;
    let k = i + 1;
    let speaker: { first: number; last: number; np: NounPhrase } | null = null;
    const owner = t[i - 1];
    if (owner && owner.kind === 'word' && (POSSESSIVE_PRONOUNS.has(owner.lower) || (/['’]s?$/.test(owner.text) && owner.cap))) {
      const np = POSSESSIVE_PRONOUNS.has(owner.lower) ? { first: i - 1, last: i } : this.ownerPhrase(i - 1, sent.first);
      if (np) speaker = { first: np.first, last: np.last, np };
    }
    if (t[k]?.lower === 'by') {
      const np = phraseAfter(t, k + 1, sent.last);
      if (np) {
        speaker = { first: np.first, last: np.last, np };
        k = np.last;
      }
    }
    if (!speaker) return null;
    const marker = t[k]?.lower;
    if (marker !== 'that' && marker !== 'to' && !(marker === 'not' && t[k + 1]?.lower === 'to')) return null;
    const from = marker === 'that' ? k + 1 : k;
    const to = this.clauseEnd(from, sent.last, null);
    if (!this.x.isStatement(from, to, 2)) return null;
    const content = this.x.makeContent(from, to);
    if (!content) return null;
    const sentence = t[i]!.sentence;
    return candidate(
      content,
      { sentence, paragraph: this.seg.paragraphOf[i]! },
      { cue: { first: i, last: i + 1 }, speaker, via: [], rule: 'noun-cue', speakerRule: 'owner' },
    );
  }

  /**
   * Stances told with an adjective or a noun: "Clinton was especially critical of the man leading the race",
   * "Trump's attacks on Curiel". The content is the object of the preposition.
   */
  stanceFrame(sent: { first: number; last: number }, i: number): Candidate | null {
    const t = this.tokens;
    const x = t[i]!;
    let cueLast = -1;
    let speaker: { first: number; last: number; np: NounPhrase } | null = null;
    for (const frame of phrasesFrom(t, i, STANCE_FRAMES)) {
      if (!phraseMatches(t, i, frame)) continue;
      // The adjective must be predicated of a subject: "X was (especially) critical of".
      let b = i - 1;
      while (
        b >= sent.first &&
        t[b]!.kind === 'word' &&
        (isAdverbWord(t[b]!.lower) ||
          /^(?:very|so|too|also|more|most|less|increasingly|openly|especially|particularly|deeply|highly|not|never|still|always|often|become|became|remains|remained|seemed|seems|appeared|grew)$/.test(
            t[b]!.lower,
          ))
      )
        b--;
      if (b < sent.first || (!BE.has(t[b]!.lower) && !/^(?:become|became|remains|remained|seemed|seems|grew|'re|’re|'s|’s)$/.test(t[b]!.lower))) return null;
      const subj = subjectBefore(t, b + 1, sent.first, true);
      if (!subj) return null;
      speaker = { first: subj.spanFirst, last: subj.spanLast, np: subj.np };
      cueLast = i + frame.length;
      break;
    }
    if (!speaker) {
      const preps = STANCE_NOUNS.get(x.lower);
      const owner = t[i - 1];
      if (!preps?.includes(t[i + 1]?.lower ?? '') || !owner || owner.kind !== 'word') return null;
      if (!(POSSESSIVE_PRONOUNS.has(owner.lower) || (/['’]s?$/.test(owner.text) && owner.cap))) return null;
      const np = POSSESSIVE_PRONOUNS.has(owner.lower) ? { first: i - 1, last: i } : this.ownerPhrase(i - 1, sent.first);
      if (!np) return null;
      speaker = { first: np.first, last: np.last, np };
      cueLast = i + 2;
    }
    const to = this.objectEnd(cueLast, sent.last);
    if (!this.x.isStatement(cueLast, to, 1)) return null;
    const content = this.x.makeContent(cueLast, to);
    if (!content) return null;
    return candidate(
      content,
      { sentence: x.sentence, paragraph: this.seg.paragraphOf[i]! },
      { cue: { first: i, last: cueLast }, speaker, via: [], rule: 'stance-frame', speakerRule: 'before-cue' },
    );
  }

  /** "Mr. Trump's" before a noun cue: the owner's phrase, possessive included. */
  ownerPhrase(end: number, lo: number): NounPhrase | null {
    let first = end;
    const t = this.tokens;
    while (first - 1 >= lo && ((t[first - 1]!.cap && t[first - 1]!.kind === 'word') || isAbbrevDotToken(t, first - 1))) first--;
    return { first, last: end + 1 };
  }

  /** "reported by a high-ranking U.S. Department of Defense source, quoted by the NYT": a mention for later "the source". */
  passiveAgent(from: number, hi: number): void {
    const np = phraseAfter(this.tokens, from, hi);
    if (!np) return;
    const info = this.namer.describe(np.first, np.last);
    this.resolver.add({ first: np.first, last: np.last, info, via: viaAfter(this.tokens, this.namer, np.last, hi) });
  }
}
