/**
 * The resolution sieve: pronouns and back-references ("he", "the ministry") resolved to the fuller mention they
 * stand for, in document order.
 */

import type { Token } from '../extract/segment.js';
import { adverbialPrepositions, anonymousNouns, organizationNouns, roleNouns } from '../lexicon/index.js';
import { FRONTED_PARTICIPLES, FRONTED_PREPOSITIONS } from '../lexicon/names.js';
import type { SpeakerRuleId } from '../lexicon/rules.js';
import type { PhraseInfo } from './canonical.js';

const frontedParticiples = FRONTED_PARTICIPLES;

/** How many earlier mentions the resolution sieve looks back over. */
const MAX_LOOKBACK = 1000;
/** How far back (in tokens) a pronoun or back-reference may reach: a few paragraphs, not the whole archive line. */
const LOOKBACK_TOKENS = 1500;
/** Tokens before a name that still open its paragraph: "For Lee, …", "But Ann Lee …". */
const OPENER_REACH = 2;
/** Out-of-order mentions the resolver holds apart before merging them into document order. */
const RECENT_RUN = 256;

/** A mention the sieve may resolve to: a speaker already named, or a person or agent named in passing. */
export interface Mention {
  first: number;
  last: number;
  info: PhraseInfo;
  via: string[];
  /** Set when this mention itself was resolved to an earlier one. */
  antecedent?: Mention;
}

/**
 * The resolution sieve, run in document order. Each step is tried in turn and the first that answers wins:
 * 1. pronoun: he/she/they/it to the nearest earlier compatible mention;
 * 2. back-reference: "the source", "the ministry" to the nearest earlier fuller mention with that head noun;
 * 3. surname: "Blackwell" keeps its span and takes the full name (done by the namer).
 */
export class Resolver {
  /**
   * The mentions in document order, in two sorted runs so that adding one costs O(log n) amortised instead of a
   * splice into one long array (quadratic on a long article, where every person named in it is added before the
   * speakers are): `older`, and a short run of `recent` out-of-order additions merged into it when it grows.
   * Between mentions with the same first token, the one added later counts as nearer.
   */
  private older: Mention[] = [];
  private recent: Mention[] = [];

  /** The entity the last resolved or named speaker stands for, and every speaker so far. */
  private lastSpeaker: Mention | null = null;
  /** Where the last speaker was last mentioned as one (a name or a pronoun that stood for them): a token index. */
  private lastSpeakerAt = -1;
  private readonly speakers = new Set<string>();
  /**
   * The first token of each speaker mention that names its speaker (not a pronoun, whose resolution may be wrong),
   * with the mention: to find the speaker a paragraph opens with.
   */
  private readonly speakerAt = new Map<number, Mention>();

  constructor(private readonly tokens: Token[]) {}

  /** Records a speaker mention that stands for itself (a name, not a pronoun). */
  noteSpeaker(m: Mention, at: number = m.first): void {
    if (m.info.kind !== 'person' || !m.info.named) return;
    this.lastSpeaker = m;
    this.lastSpeakerAt = at;
    if (m.info.name) this.speakers.add(m.info.name);
  }

  /**
   * Records "the actress" or "the admiral" as the speaker the naming stage will take it for (the person last named
   * with that role, `name`): the nearest earlier mention of that person becomes the last speaker.
   */
  noteDescribedSpeaker(name: string, local: Mention): void {
    const m = this.nearest(local.first, (x) => x.info.name === name && x.info.kind === 'person');
    if (!m) return;
    const found = m.antecedent ?? m;
    // The description itself, standing for that person: quoted here, so as near as a name written here.
    const here: Mention = { first: local.first, last: local.last, info: found.info, via: local.via, antecedent: found };
    this.noteSpeaker(here);
    this.speakerAt.set(local.first, found);
  }

  add(m: Mention): void {
    const prev = this.lastStartingBefore(m.first + 1);
    if (prev && prev.first === m.first && prev.last === m.last) {
      // A speaker mention carries more than a bare name mention at the same place: keep what it knows.
      prev.info = m.info;
      prev.via = m.via;
      if (m.antecedent) prev.antecedent = m.antecedent;
      return;
    }
    const lastOlder = this.older[this.older.length - 1];
    const lastRecent = this.recent[this.recent.length - 1];
    if ((!lastRecent || m.first > lastRecent.first) && (!lastOlder || m.first >= lastOlder.first)) {
      this.older.push(m); // the common case: mentions arriving in document order
      return;
    }
    this.recent.splice(countStartingBefore(this.recent, m.first + 1), 0, m);
    if (this.recent.length > RECENT_RUN) this.mergeRecent();
  }

  /**
   * The fullest mention this one refers to, with the rule that found it, or null when it stands alone. `outside`
   * keeps out mentions the caller knows cannot be meant (those inside the statement being attributed).
   */
  resolve(local: Mention, outside: (m: Mention) => boolean = () => true): { target: Mention; rule: SpeakerRuleId } | null {
    const info = local.info;
    if (info.pronoun && info.pronoun !== 'first' && info.pronoun !== 'second') {
      // "Asked about Clinton's plan, she said ...": the participle's subject is the pronoun's referent, so no one
      // named inside that fronted clause is meant.
      const sentence = this.tokens[local.first]!.sentence;
      const fronted = this.afterFrontedParticiple(local.first);
      const ok = (m: Mention): boolean => compatible(info, m.info) && outside(m) && !(fronted && this.tokens[m.first]!.sentence === sentence);
      let target = this.nearest(local.first, ok);
      const gendered = info.pronoun === 'male' || info.pronoun === 'female';
      // The start of the pronoun's paragraph, found once: the opener and the last-speaker check both need it.
      const para = gendered ? this.paragraphStart(local.first) : -1;
      const opener = gendered ? this.paragraphSpeaker(para, local.first, ok) : null;
      if (opener) target = opener;
      else if (target && gendered) {
        target = this.subjectOf(target, ok);
        // "Inspired by Birch's agenda, he ...": an owner named in passing is seldom what "he" continues; the
        // person named as a subject in this sentence or the two before is. An owner that opens its sentence ("Birch's
        // success shows how he ...") is that sentence's topic, and stays.
        if (isPossessive(this.tokens, target) && !this.opensSentence(target.first)) {
          const floor = sentence - 2;
          const subject = this.nearest(target.first, (m) => ok(m) && !isPossessive(this.tokens, m) && this.tokens[m.first]!.sentence >= floor);
          if (subject) target = subject;
        }
        // News quotes one person several times in a row: a person named in passing since the last quote does not
        // take "he" or "she" from that quote's speaker, unless named in this sentence or the one before.
        const last = this.lastSpeaker;
        const tgt = target.antecedent ?? target;
        if (last && last.info.name !== tgt.info.name && last.info.kind === 'person' && ok(last) && !(tgt.info.name && this.speakers.has(tgt.info.name))) {
          const gap = sentence - this.tokens[target.first]!.sentence;
          // Unless the person was named in this paragraph and the last speaker was not: a paragraph that names
          // someone new and then quotes "he" or "she" has moved on to that person. So has a quote that follows a
          // paragraph opening with that person ("Ann Lee, 33, a nurse, works nights.\n\n"…," she said").
          const targetPara = this.paragraphStart(target.first);
          const opensParagraph = target.first - targetPara <= OPENER_REACH;
          const newInParagraph = (target.first >= para || opensParagraph) && this.lastSpeakerAt < targetPara;
          if (gap >= 1 && !newInParagraph && sentence - this.tokens[last.first]!.sentence <= 6) target = last;
        }
      }
      const found = target ? (target.antecedent ?? target) : null;
      if (found) this.noteSpeaker(found, local.first);
      return found ? { target: found, rule: 'pronoun' } : null;
    }
    this.noteSpeaker(local);
    this.speakerAt.set(local.first, local);
    const firstWord = this.tokens[local.first]!.lower;
    const isBackReference =
      !info.named &&
      (firstWord === 'the' || firstWord === 'this' || firstWord === 'that' || firstWord === 'these') &&
      local.last - local.first <= 4 &&
      (anonymousNouns.has(info.head) || organizationNouns.has(info.head) || roleNouns.has(info.head));
    if (isBackReference) {
      const target = this.nearest(local.first, (m) => m.info.head === info.head && m.last - m.first > local.last - local.first && outside(m));
      if (!target) return null;
      // "The actress said …": the person she stands for is now the last speaker, whom a later "she" continues.
      const found = target.antecedent ?? target;
      this.noteSpeaker(found, local.first);
      this.speakerAt.set(local.first, found);
      return { target: found, rule: 'back-reference' };
    }
    return null;
  }

  /**
   * Subjects are what "he" and "she" most often continue: of the compatible mentions in the sentence of the
   * nearest one, the first that is not a possessive owner ("Lena Ortiz criticized Tom Birch. She said ..." is
   * Ortiz; "Birch's aide Lena Ortiz" is Ortiz).
   */
  private subjectOf(nearest: Mention, ok: (m: Mention) => boolean): Mention {
    const t = this.tokens;
    const sentence = t[nearest.first]!.sentence;
    let best = nearest;
    // Both runs, backwards in document order: mentions added out of order (after an agent named late in the
    // article) wait in the recent run and may be the subject. At most a sentence's worth of mentions: a huge
    // one-sentence text must not make this quadratic.
    this.walkBack(nearest.first, 40, (m) => {
      if (t[m.first]!.sentence !== sentence) return false;
      if (ok(m) && !isPossessive(t, m) && !this.afterPreposition(m.first)) best = m;
      return true;
    });
    if (best === nearest && isPossessive(t, nearest)) {
      // The nearest is an owner: a later non-possessive mention in the sentence is the subject.
      return nearest;
    }
    return best;
  }

  /**
   * Whether the mention at token `at` is the object of a preposition ("Preceded by Joe Arpaio, Trump …", "a call
   * with Lena Ortiz"): not the sentence's subject, which "he" or "she" continues.
   */
  private afterPreposition(at: number): boolean {
    const prev = this.tokens[at - 1];
    return prev !== undefined && prev.kind === 'word' && !prev.cap && prev.lower !== 'while' && adverbialPrepositions.has(prev.lower);
  }

  /**
   * The person a paragraph opens with as a speaker ("Bruch said he would …. He said …"): news gives a paragraph
   * to one speaker, so "he" or "she" later in it is that speaker, whoever is named in passing in between.
   * `start` is the paragraph's start (paragraphStart of `at`).
   */
  private paragraphSpeaker(start: number, at: number, ok: (m: Mention) => boolean): Mention | null {
    const t = this.tokens;
    let k = start;
    while (k < at && t[k]!.kind !== 'word') k++;
    const m = this.speakerAt.get(k);
    if (!m || k >= at) return null;
    const target = m.antecedent ?? m;
    return target.info.kind === 'person' && ok(target) ? target : null;
  }

  /** The first token of the paragraph (line) holding token `at`, looking back a few hundred tokens at most. */
  private paragraphStart(at: number): number {
    const t = this.tokens;
    const stop = Math.max(0, at - 400);
    let i = at;
    while (i > stop && !t[i]!.newline) i--;
    return i;
  }

  /** Whether token `at` opens its sentence, after capitalised titles at most ("Mr. Birch's", "Gov. Birch's"). */
  private opensSentence(at: number): boolean {
    const t = this.tokens;
    let i = at - 1;
    while (i >= 0 && t[i]!.sentence === t[at]!.sentence && (t[i]!.kind !== 'word' || t[i]!.cap)) i--;
    return i < 0 || t[i]!.sentence !== t[at]!.sentence;
  }

  /**
   * Whether token `at` follows a comma that closes a participial clause opening its sentence ("Asked about X,"),
   * or comes right after a fronted prepositional phrase ("In a letter to X, she …").
   */
  private afterFrontedParticiple(at: number): boolean {
    const t = this.tokens;
    const sentence = t[at]!.sentence;
    // A fronted clause is short: look back a few dozen tokens at most, so a huge sentence costs no more.
    const stop = Math.max(0, at - 60);
    let i = at - 1;
    while (i >= stop && t[i]!.sentence === sentence && t[i]!.text !== ',') i--;
    if (i < stop || t[i]!.sentence !== sentence) return false;
    let k = i;
    while (k > stop && t[k - 1]!.sentence === sentence) k--;
    if (k === stop && k > 0 && t[k - 1]!.sentence === sentence) return false;
    while (k < i && t[k]!.kind !== 'word') k++;
    if (frontedParticiples.has(t[k]!.lower)) return true;
    // "In a letter to Ann Lee, she wrote": a prepositional phrase right before the pronoun, with no comma inside
    // (", though she added" ends a clause whose subject may well be the person named).
    if (!FRONTED_PREPOSITIONS.has(t[k]!.lower) || i !== at - 1) return false;
    for (let j = k + 1; j < i; j++) if (t[j]!.text === ',') return false;
    return true;
  }

  /** Merges the recent run into the older one; on equal first tokens the recent (later added) mention goes last. */
  private mergeRecent(): void {
    const a = this.older;
    const b = this.recent;
    const out: Mention[] = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length) out[k++] = a[i]!.first <= b[j]!.first ? a[i++]! : b[j++]!;
    while (i < a.length) out[k++] = a[i++]!;
    while (j < b.length) out[k++] = b[j++]!;
    this.older = out;
    this.recent = [];
  }

  /** The nearest mention starting before token `before` (the later added on a tie), or undefined. */
  private lastStartingBefore(before: number): Mention | undefined {
    const a = this.older[countStartingBefore(this.older, before) - 1];
    const b = this.recent[countStartingBefore(this.recent, before) - 1];
    if (!a) return b;
    if (!b) return a;
    return b.first >= a.first ? b : a;
  }

  private nearest(before: number, ok: (m: Mention) => boolean): Mention | null {
    // Walks both runs backwards in document order. Looks back over at most MAX_LOOKBACK mentions and
    // LOOKBACK_TOKENS tokens: an antecedent further away than that is no antecedent, and an unbounded search for
    // a pronoun that has none is quadratic on a long article.
    const stop = before - LOOKBACK_TOKENS;
    let found: Mention | null = null;
    this.walkBack(before, MAX_LOOKBACK, (m) => {
      if (m.first < stop) return false;
      if (!ok(m)) return true;
      found = m;
      return false;
    });
    return found;
  }

  /**
   * Visits the mentions of both runs that start before token `before`, backwards in document order (mentions
   * added out of order wait in the recent run), at most `limit` of them, until `visit` returns false.
   */
  private walkBack(before: number, limit: number, visit: (m: Mention) => boolean): void {
    let i = countStartingBefore(this.older, before) - 1;
    let j = countStartingBefore(this.recent, before) - 1;
    for (let steps = 0; steps < limit && (i >= 0 || j >= 0); steps++) {
      const a = i >= 0 ? this.older[i]! : undefined;
      const b = j >= 0 ? this.recent[j]! : undefined;
      let m: Mention;
      if (b && (!a || b.first >= a.first)) {
        m = b;
        j--;
      } else {
        m = a!;
        i--;
      }
      if (!visit(m)) return;
    }
  }
}

/** Whether the mention ends in a possessive ("Birch's", "Sanders'"): an owner, not a subject. */
function isPossessive(t: Token[], m: Mention): boolean {
  return /['’]s?$/.test(t[m.last - 1]!.text);
}

/** Number of mentions in the sorted run whose first token lies before token `before`. */
function countStartingBefore(run: Mention[], before: number): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (run[mid]!.first < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compatible(pronoun: PhraseInfo, m: PhraseInfo): boolean {
  if (m.pronoun) return m.pronoun === pronoun.pronoun;
  switch (pronoun.pronoun) {
    case 'male':
    case 'female':
      return m.kind === 'person' && (m.gender === null || m.gender === pronoun.pronoun) && !m.plural;
    case 'plural':
      return m.plural || m.kind === 'organization' || (m.kind === 'anonymous' && m.plural);
    case 'neuter':
      return m.kind === 'organization' && !m.plural;
    default:
      return false;
  }
}
