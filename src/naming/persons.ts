/**
 * The article's people: every capitalised run of words that names a person, grouped into entities ("Donald J.
 * Trump", "Mr. Trump", "TRUMP" and "Trump" are one), each with its canonical name (the fullest name written, titles
 * and middle initials removed) and the gender evidence found next to its mentions. Built once per article, in one
 * pass over the tokens plus work per capitalised run.
 */

import { lowerCase, type Token } from '../extract/segment.js';
import { GENDERED_HONORIFICS, GENDERED_PRONOUNS, GENDERED_ROLE_NOUNS } from '../lexicon/gender.js';
import {
  anonymousNouns,
  determiners,
  genderOfFirstName,
  honorifics,
  isAdjectiveWord,
  isAdverbWord,
  isCommonWord,
  isDateWord,
  isFirstName,
  isOrganizationWord,
  isPersonNameWord,
  isPlaceWord,
  isPlainFirstName,
  isVerbWord,
  opensPersonName,
  roleNouns,
} from '../lexicon/index.js';
import {
  AFFILIATION_WORDS,
  ATTACHMENT_WORDS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_PERSON_HEADS,
  PLACE_PREFIXES,
  ROLE_QUALIFIERS,
  SENTENCE_OPENERS,
  SUBJECT_CONJUNCTIONS,
  SURNAME_EVIDENCE_VERBS,
  SURNAME_PLACE_HEADS,
  TITLE_WORDS,
} from '../lexicon/names.js';
import { classesOf } from '../lexicon/word-classes.js';
import type { Gender } from '../types.js';

const notPersonHeads = NOT_PERSON_HEADS;
const suffixes = NAME_SUFFIXES;
const affiliations = AFFILIATION_WORDS;
const placePrefixes = PLACE_PREFIXES;
const openers = SENTENCE_OPENERS;
const extraTitles = TITLE_WORDS;
const subjectOpeners = SUBJECT_CONJUNCTIONS;
const attachments = ATTACHMENT_WORDS;
/** Plurals of agent nouns ("investors", "organizers", "economists"): a group, not a surname. */
const agentPlural = /(?:ers|ors|ists|ians|ants|ents|ees)$/;
const particles = NAME_PARTICLES;
const roleQualifiers = ROLE_QUALIFIERS;
const surnameVerbs = SURNAME_EVIDENCE_VERBS;
const honorificGender = new Map(GENDERED_HONORIFICS.map((e) => [e.word, e.gender]));
const roleGender = new Map(GENDERED_ROLE_NOUNS.map((e) => [e.word, e.gender]));
/** Every word titleWord takes as a title or role, in one set: it is asked of most words before a name. */
const titles: ReadonlySet<string> = new Set([...honorifics, ...roleNouns, ...roleQualifiers, ...roleGender.keys(), ...extraTitles]);

/** Written in capitals ("NATO", "TAPPER"): an ASCII fast path, since it is asked of many words. */
export const isAllCaps = (s: string): boolean => {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
  }
  return upper;
};
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
/**
 * Without a final possessive ("Trump's", "Sanders’" -> "Trump", "Sanders"), as /['’]s?$/ removes it: read from the
 * last two character codes, since it is asked of every capitalised word and every name looked up.
 */
export function stripPossessive(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === APOSTROPHE || last === RIGHT_QUOTE) return w.slice(0, -1);
  if (last === 0x73 && n >= 2) {
    const before = w.charCodeAt(n - 2);
    if (before === APOSTROPHE || before === RIGHT_QUOTE) return w.slice(0, -2);
  }
  return w;
}
/** The most tokens a name with its titles takes: "Senate Minority Leader Thomas R. Hale Jr." is nine. */
const MAX_RUN = 14;
const isInitial = (t: Token): boolean => t.kind === 'word' && t.cap && t.text.length === 1;

/** Gender evidence counts for one entity: [male, female] per kind of evidence. */
export interface GenderVotes {
  honorific: [number, number];
  roleNoun: [number, number];
  pronoun: [number, number];
}

export interface PersonEntity {
  /** The name to group by: given name(s) and surname as written in the fullest mention, middle initials dropped. */
  name: string;
  /** Lower-case name words of the canonical name, for matching shorter mentions ("Wasserman Schultz"). */
  words: string[];
  /** Token index of each full mention, in document order, to choose between people who share a surname. */
  at: number[];
  votes: GenderVotes;
  /** Role nouns written next to its mentions ("admiral", "actress"), for "the admiral" later on. */
  roles: Set<string>;
  /** Token index of every mention (full, surname, titled), in document order. */
  mentions: number[];
  /** Gender of the first name in compromise's lexicon, the labelled fallback. */
  firstNameGender: Gender | null;
}

/** A capitalised run read as a person's name: where the name words start, and the title before them. */
export interface NameRun {
  /** Token range [first, last) of the name itself, titles excluded. */
  first: number;
  last: number;
  /** Lower-case name words, possessive removed, initials and particles kept. */
  words: string[];
  /** The honorific or role word written right before the name ("Mr", "Admiral", "spokeswoman"), lower-case. */
  title: string | null;
}

/**
 * The name part of tokens [first, last) when they end in a person's name: titles, roles, determiners, places and
 * affiliations before it are skipped ("Crown-Indigenous Relations Minister Carolyn Bennett" -> "Carolyn Bennett").
 */
export function nameRunIn(t: Token[], first: number, last: number, known?: (lower: string) => boolean): NameRun | null {
  let end = last;
  while (end > first && t[end - 1]!.kind !== 'word') end--;
  if (end === first) return null;
  // Walk back over the capitalised run that ends the phrase: name words, initials ("J."), particles ("de").
  let start = end;
  const floor = Math.max(first, end - MAX_RUN);
  while (start > floor) {
    const x = t[start - 1]!;
    if (x.kind === 'word' && x.cap && !t[start]?.newline) {
      if (start !== end && /['’]s$/.test(x.text)) break; // "MSNBC's Chris Matthews": the owner is not the name
      start--;
      continue;
    }
    if (x.text === '.' && start - 2 >= first && isInitial(t[start - 2]!)) {
      start--;
      continue;
    }
    // The particle test last: particles are rare, and a check first reached only after one met made V8 throw the
    // optimised nameRunIn away once a particle came ("insufficient type feedback", measured on 3 MB).
    if (x.kind === 'word' && start !== end && start - 2 >= first && t[start - 2]!.cap && particles.has(x.text)) {
      start--;
      continue;
    }
    break;
  }
  if (start === end) return null;
  // Skip the titles and descriptions that open the run, keeping at least one word.
  let k = start;
  // "Mr. Hedge": the title's dot stands between it and the name.
  const before = t[start - 1]?.text === '.' && start - 2 >= first ? t[start - 2] : t[start - 1];
  let title: string | null = start > first && before?.kind === 'word' ? titleWord(before.lower) : null;
  // "North Dakota Republican Party Chairman Tom Birch": a name never holds a role word, so it starts after
  // the last one, when a name is left after it ("Martin Luther King Jr." keeps its King).
  for (let i = end - 2; i > start; i--) {
    const x = t[i]!;
    if (x.kind !== 'word' || !titleWord(x.lower) || plainTitle(x.lower)) continue;
    const rest = wordsLeft(t, i + 1, end);
    const lastIsSuffix = suffixes.has(t[end - 1]!.lower);
    if (rest >= 2 || (rest === 1 && !lastIsSuffix && !isFirstName(t[i - 1]?.lower ?? ''))) {
      title = x.lower;
      k = i + 1;
    }
    break;
  }
  while (k < end - 1) {
    const x = t[k]!;
    if (x.kind !== 'word') {
      k++;
      continue;
    }
    const w = x.lower;
    if (known?.(w)) break;
    const tw = titleWord(w);
    if (tw) {
      title = tw;
      k++;
      continue;
    }
    if (determiners.has(w) || isDateWord(w) || (isAllCaps(x.text) && x.text.length > 1 && wordsLeft(t, k + 1, end) >= 1 && !isFirstName(w))) {
      k++;
      continue;
    }
    // "Louisiana Gov. Bobby Jindal", "Conservative Icon Morton Blackwell", "When Maddow": words that are no name
    // before the name, as long as a name is left.
    const left = wordsLeft(t, k + 1, end);
    // A function word or adverb is dropped only where a capital says nothing: at the start of a sentence or line
    // ("When Maddow", "But Doyle", "Interestingly Blocher"). A noun is kept: it may be a first name the lexicon
    // does not know ("Bill", "Jay", "Ban").
    const initial = k === 0 || x.newline || t[k - 1]!.kind !== 'word';
    // "Fort Pierce", "Lake Charles", "San Antonio": a place prefix and one word is a place, though the word alone
    // could be a name; with more after it, the place qualifies a name ("Fort Worth Mayor Lena Ortiz").
    if (placePrefixes.has(w) && left === 1 && !isFirstName(w)) return null;
    if (
      left >= 1 &&
      !isFirstName(w) &&
      (isPlaceWord(w) ||
        placePrefixes.has(w) ||
        isOrganizationWord(w) ||
        affiliations.has(w) ||
        roleNouns.has(w.replace(/s$/, '')) ||
        // "Conservative Icon Lena Ortiz"; not "Rich Heffley", where the adjective may be a first name.
        (isAdjectiveWord(w) && !isPersonNameWord(w) && left >= 2) ||
        (initial && (openers.has(w) || isAdverbWord(w))))
    ) {
      k++;
      continue;
    }
    break;
  }
  while (k < end && t[k]!.kind !== 'word') k++;
  if (k >= end) return null;
  const words: string[] = [];
  for (let i = k; i < end; i++) if (t[i]!.kind === 'word') words.push(stripPossessive(t[i]!.lower));
  return { first: k, last: end, words, title };
}

/**
 * Name words (not initials) in tokens [from, end). A module function, not a closure inside nameRunIn: that closure
 * was allocated on every call, and nameRunIn is asked of every capitalised run and every speaker.
 */
function wordsLeft(t: Token[], from: number, end: number): number {
  let n = 0;
  for (let i = from; i < end; i++) if (t[i]!.kind === 'word' && !isInitial(t[i]!)) n++;
  return n;
}

/** A role qualifier only ("former", "deputy"): not a title on its own inside a run. */
function plainTitle(w: string): boolean {
  return roleQualifiers.has(w) && !roleNouns.has(w) && !honorifics.has(w);
}

/** Whether a lower-case word is a title or role ("gov", "senator", "spokeswoman"), never a name by itself. */
export function isTitleWord(w: string): boolean {
  return titleWord(w) !== null && !plainTitle(w);
}

/** A title or role word ("mr", "sen", "admiral", "spokeswoman"), as written lower-case, or null. */
function titleWord(w: string): string | null {
  return titles.has(w) ? w : null;
}

/** Without one final full stop ("jr." -> "jr"), as /\.$/ removes it, without a regex per name word. */
const withoutDot = (w: string): string => (w.charCodeAt(w.length - 1) === 0x2e ? w.slice(0, -1) : w);

/**
 * The words in lower case, in an array built by push. Not map(): V8's map() gives a packed array from its builtin
 * and a holey one (another map) when inlined into optimised code, so the name lists met both, and the functions
 * reading them (addFull, sameOrPart, surnameOf) were thrown away and optimised again ("wrong map", 5 times on 10 MB).
 */
function lowerAll(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) out.push(words[i]!.toLowerCase());
  return out;
}

/** The last name word, without a suffix ("Harris" of "Harry Harris Jr."). */
function surnameOf(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && suffixes.has(withoutDot(words[i]!))) i--;
  return words[i]!;
}

export class PersonTable {
  readonly entities: PersonEntity[] = [];
  /** Lower-case surname -> the entities with that surname, in order of first full mention. */
  private readonly bySurname = new Map<string, PersonEntity[]>();
  private readonly byFirst = new Map<string, PersonEntity[]>();
  /** Surnames the article itself shows to be people's: "Mr. X", or "X said". */
  private readonly personEvidence = new Set<string>();

  /**
   * `capitals`: the token indices of the capitalised words, in order (see Namer.capitals). Every pass here starts
   * from one, and most tokens are none: the passes walk that list, not all the tokens.
   */
  constructor(
    private readonly t: Token[],
    private readonly capitals: readonly number[],
  ) {
    this.collectEvidence();
    this.collectEntities();
    this.collectGenderEvidence();
  }

  /** Lone capitalised words used as people: after Mr./Ms., or right before "said". */
  private collectEvidence(): void {
    const t = this.t;
    for (const i of this.capitals) {
      const x = t[i]!;
      const prev = t[i - 1]?.text === '.' ? t[i - 2] : t[i - 1];
      if (prev && prev.kind === 'word' && honorificGender.has(prev.lower)) this.personEvidence.add(stripPossessive(x.lower));
      const next = t[i + 1];
      // "Conway said": the whole subject, so not "the Ministry of Defence told" nor "Investors said" (a plural
      // of an agent noun; a surname like that, "Sanders", comes with a first name the lexicon knows).
      const p = t[i - 1];
      const alone = p?.kind !== 'word' || subjectOpeners.has(p.lower);
      // Not a place the lexicon knows: "Beijing said" is its government speaking. Nor a word for unnamed people
      // ("Officials said", "Critics say") that opens a sentence.
      // Asked last: the place look-up was made for every capital (a sixth of all word-class look-ups), and only
      // a capital before a verb of saying needs it.
      if (
        alone &&
        next &&
        next.kind === 'word' &&
        surnameVerbs.has(next.lower) &&
        !agentPlural.test(x.lower) &&
        !(isPlaceWord(x.lower) || anonymousNouns.has(x.lower))
      ) {
        this.personEvidence.add(x.lower);
      }
    }
  }

  private collectEntities(): void {
    const t = this.t;
    // The first token after the last run read: a capitalised word inside it starts no run of its own.
    let next = 0;
    for (const i of this.capitals) {
      if (i < next) continue;
      // The end of this capitalised run (initials and particles inside it).
      let j = i + 1;
      while (j < t.length && !t[j]!.newline) {
        const y = t[j]!;
        if (y.kind === 'word' && y.cap) {
          if (/['’]s$/.test(t[j - 1]!.text) && t[j - 1]!.kind === 'word') break;
          j++;
        } else if (y.text === '.' && isInitial(t[j - 1]!) && t[j + 1]?.cap) j++;
        else if (y.kind === 'word' && particles.has(y.text) && t[j + 1]?.cap && t[j + 1]?.kind === 'word') j++;
        else break;
      }
      // One capitalised word ("The", "He", "Ortiz") is never a full name: most runs end here, cheaply. A run
      // longer than any name (a headline in capitals, a list) is none either, and would cost time per word.
      next = j;
      if (j === i + 1 || j - i > MAX_RUN) continue;
      const run = nameRunIn(t, i, j, this.isKnown);
      if (!run || !this.looksLikePerson(run, t, j - 1)) continue;
      const words = canonicalWords(t, run);
      if (words.length < 2) continue;
      this.addFull(words, run.first);
    }
  }

  /** Whether a run of two or more name words is a person's full name. */
  private looksLikePerson(run: NameRun, t: Token[], _end: number): boolean {
    let named = run.words.filter((w) => w.length > 1 || !/^\p{L}$/u.test(w));
    // "The Lena Ortiz Show": a first name and a surname before an institution's noun name a person too.
    if (isPlainFirstName(named[0] ?? '')) {
      let n = named.length;
      while (n > 2 && (notPersonHeads.has(named[n - 1]!) || isOrganizationWord(named[n - 1]!))) n--;
      if (n < named.length && !isCommonWord(named[n - 1]!)) {
        named = named.slice(0, n);
        run.words = named;
        run.last = run.first;
        for (let seen = 0; seen < n; run.last++) if (t[run.last]!.kind === 'word' && (t[run.last]!.text.length > 1 || !t[run.last]!.cap)) seen++;
      }
    }
    if (named.length < 2) return false;
    // A headline in title case ("Ortiz Just Vowed To Never Sell The Mill"): names are not made of common words.
    if (named.length >= 4 && named.filter((w) => isCommonWord(w) && !isPersonNameWord(w) && !isFirstName(w)).length >= 2) return false;
    const last = surnameOf(named);
    const firstWord = named[0]!;
    const surnameHead = SURNAME_PLACE_HEADS.has(last) && named.length === 2 && isPlainFirstName(firstWord);
    if ((notPersonHeads.has(last) && !surnameHead) || isDateWord(last) || named.some((w) => isDateWord(w)) || placePrefixes.has(firstWord)) return false;
    if (isOrganizationWord(last) && !isPlainFirstName(firstWord)) return false;
    if (named.every((w) => isPlaceWord(w) && !isPersonNameWord(w))) return false;
    const lastTok = t[run.last - 1]!;
    // Capitals: an acronym ("NATO", "FBI"), unless a first name opens it ("LENA ORTIZ:" in a transcript).
    if (isAllCaps(lastTok.text) && lastTok.text.length > 1 && !isFirstName(firstWord)) return false;
    // Positive evidence: a first name, a title, a known surname, or the article's own use of the surname.
    if (opensPersonName(firstWord, last) || run.title !== null || isPersonNameWord(last) || named.some((w) => this.personEvidence.has(w))) return true;
    // "Nora Vint, the national director of ...", "Lee Marr, director of ...": a role noun in the appositive.
    if (named.length <= 3 && appositiveRoleNoun(t, run.last)) return true;
    // "her campaign manager, Rich Beeson": a role noun, a comma, then the name.
    if (
      t[run.first - 1]?.text === ',' &&
      t[run.first - 2]?.kind === 'word' &&
      (roleNouns.has(t[run.first - 2]!.lower) || roleGender.has(t[run.first - 2]!.lower))
    )
      return true;
    // Words the lexicon does not know at all, described as a person right after: "Arlis Penwick, 44, ...",
    // "Arlis Penwick, a nurse, ...", "Arlis Penwick, who ...".
    if (named.length > 3 || !named.every((w) => classesOf(w) === 0)) return false;
    if (t[run.last]?.text !== ',') return false;
    let k = run.last + 1;
    if (/^\d{1,3}$/.test(t[k]?.text ?? '') && t[k + 1]?.text === ',') return true;
    if (t[k]?.lower === 'who') return true;
    if (!/^(?:a|an|the)$/.test(t[k]?.lower ?? '')) return false;
    for (k++; k < run.last + 6 && t[k]?.kind === 'word'; k++) if (roleNouns.has(t[k]!.lower) || roleGender.has(t[k]!.lower)) return true;
    return false;
  }

  private addFull(words: string[], at: number): void {
    const display = words.join(' ');
    const lowerWords = lowerAll(words);
    const key = surnameOf(lowerWords);
    const same = this.bySurname.get(key)?.find((e) => sameOrPart(lowerWords, e.words) || sameOrPart(e.words, lowerWords));
    if (same) {
      same.at.push(at);
      // The fullest mention names the entity: "Harry Harris Jr." over "Harry Harris".
      if (lowerWords.length > same.words.length && sameOrPart(same.words, lowerWords) && lowerWords[0] === same.words[0]) {
        same.name = display;
        same.words = lowerWords;
      }
      return;
    }
    const e: PersonEntity = {
      name: display,
      words: lowerWords,
      at: [at],
      votes: { honorific: [0, 0], roleNoun: [0, 0], pronoun: [0, 0] },
      roles: new Set(),
      mentions: [],
      firstNameGender: firstNameGender(lowerWords[0]!),
    };
    this.entities.push(e);
    const list = this.bySurname.get(key);
    if (list) list.push(e);
    else this.bySurname.set(key, [e]);
    const f = this.byFirst.get(lowerWords[0]!);
    if (f) f.push(e);
    else this.byFirst.set(lowerWords[0]!, [e]);
  }

  /**
   * The entity that the name words (a full name, a surname, "Wasserman Schultz", a first name) refer to. Between
   * people who share a surname, the one named in full first (see firstNamedFitting), wherever the words stand.
   */
  find(words: readonly string[]): PersonEntity | undefined {
    // Asked of every capitalised word outside quotes: an article that names no one in full answers at once.
    if (this.entities.length === 0) return undefined;
    const lower: string[] = [];
    for (const w of words) {
      const x = stripPossessive(lowerCase(w));
      if (x.length > 1 || !/^\p{L}$/u.test(x)) lower.push(x);
    }
    if (lower.length === 0) return undefined;
    const list = this.bySurname.get(surnameOf(lower));
    if (list) {
      const best = firstNamedFitting(list, lower);
      if (best) return best;
    }
    if (lower.length === 1) {
      // "Hillary": a first name alone, when only one person named in full has it.
      const byFirst = this.byFirst.get(lower[0]!);
      if (byFirst?.length === 1) return byFirst[0];
    }
    return undefined;
  }

  /**
   * find() of one word, without find's two arrays: asked of every lone capitalised word outside quotes, and most
   * are no one's surname, so the list for firstNamedFitting is made only when the surname is known.
   */
  findWord(word: string): PersonEntity | undefined {
    if (this.entities.length === 0) return undefined;
    const x = stripPossessive(lowerCase(word));
    if (x.length <= 1 && /^\p{L}$/u.test(x)) return undefined;
    const list = this.bySurname.get(x);
    if (list) {
      const best = firstNamedFitting(list, [x]);
      if (best) return best;
    }
    const byFirst = this.byFirst.get(x);
    return byFirst?.length === 1 ? byFirst[0] : undefined;
  }

  /** Words the article shows to be names, for nameRunIn: never dropped as a sentence-initial common word. */
  readonly isKnown = (lower: string): boolean => this.personEvidence.has(lower);

  /** nameRunIn's answers per token span, keyed first * (tokens + 1) + last. */
  private readonly runs = new Map<number, Readonly<NameRun> | null>();

  /**
   * nameRunIn(tokens, first, last, isKnown), remembered: the speaker namer and the canonical namer ask it of the
   * same spans again and again (about two calls in five repeat one). Safe because the answer depends only on the
   * span and on personEvidence, which is complete once collectEvidence has run (the constructor's first step);
   * the run is shared, so it is read-only (collectEntities, which rewrites its runs, calls nameRunIn itself).
   */
  runIn(first: number, last: number): Readonly<NameRun> | null {
    const key = first * (this.t.length + 1) + last;
    let run = this.runs.get(key);
    if (run === undefined) {
      run = nameRunIn(this.t, first, last, this.isKnown);
      this.runs.set(key, run);
    }
    return run;
  }

  /** Whether the article uses this lone capitalised word as a person's name ("Mr. Keidis", "Keidis said"). */
  isPersonWord(lower: string): boolean {
    return this.personEvidence.has(stripPossessive(lower));
  }

  /** The person named most often in full, then first: the article's main subject, for a bare description. */
  mostNamed(gender: Gender | null): PersonEntity | undefined {
    // Asked once per description: computed once per gender.
    const key = gender ?? 'any';
    if (this.mostNamedCache.has(key)) return this.mostNamedCache.get(key);
    let best: PersonEntity | undefined;
    for (const e of this.entities) {
      if (gender && strongGender(e) && strongGender(e) !== gender) continue;
      if (!best || e.mentions.length > best.mentions.length) best = e;
    }
    this.mostNamedCache.set(key, best);
    return best;
  }
  private readonly mostNamedCache = new Map<string, PersonEntity | undefined>();

  /** The person last mentioned before token `at` whom the article gave the role `role` ("the admiral"). */
  byRole(role: string, at: number): PersonEntity | undefined {
    let best: PersonEntity | undefined;
    let bestAt = -1;
    for (const e of this.withRole(role)) {
      const m = lastBefore(e.mentions, at);
      if (m > bestAt) {
        best = e;
        bestAt = m;
      }
    }
    return best;
  }

  /** The entities given each role, built once. */
  private withRole(role: string): PersonEntity[] {
    if (!this.byRoleIndex) {
      this.byRoleIndex = new Map();
      for (const e of this.entities) {
        for (const r of e.roles) {
          const list = this.byRoleIndex.get(r);
          if (list) list.push(e);
          else this.byRoleIndex.set(r, [e]);
        }
      }
    }
    return this.byRoleIndex.get(role) ?? [];
  }
  private byRoleIndex: Map<string, PersonEntity[]> | null = null;

  /** Honorifics and gendered role nouns written next to each mention of a person. */
  private collectGenderEvidence(): void {
    if (this.entities.length === 0) return;
    const t = this.t;
    for (const i of this.capitals) {
      const x = t[i]!;
      const list = this.bySurname.get(stripPossessive(x.lower));
      if (!list) continue;
      // x may be a surname: find the name run that ends with it.
      if (t[i + 1]?.kind === 'word' && t[i + 1]!.cap) continue;
      const run = this.runIn(Math.max(0, i - 6), i + 1);
      if (!run) continue;
      // One person with this surname: no need to match the whole run.
      const e = list.length === 1 && run.words.length === 1 ? list[0] : this.find(canonicalWords(t, run));
      if (!e) continue;
      e.mentions.push(run.first);
      const prev = t[run.first - 1]?.text === '.' ? t[run.first - 2] : t[run.first - 1];
      const h = prev && prev.kind === 'word' ? honorificGender.get(prev.lower) : undefined;
      if (h) vote(e.votes.honorific, h);
      const r = prev && prev.kind === 'word' ? roleGender.get(prev.lower) : undefined;
      if (r) vote(e.votes.roleNoun, r);
      if (run.title) e.roles.add(run.title);
      if (prev?.kind === 'word' && roleNouns.has(prev.lower)) e.roles.add(prev.lower);
      const after = appositiveRole(t, i + 1, e.roles);
      if (after) vote(e.votes.roleNoun, after);
      const own = ownPronounAfter(t, i + 1);
      if (own) vote(e.votes.pronoun, own);
    }
  }
}

/**
 * The gendered role noun of an appositive right after a name ("Jen Psaki, a spokeswoman for ..."); every role
 * noun of it goes into `roles`.
 */
function appositiveRole(t: Token[], i: number, roles: Set<string>): Gender | undefined {
  if (t[i]?.text !== ',') return undefined;
  let k = i + 1;
  if (t[k]?.kind === 'word' && /^(?:a|an|the)$/.test(t[k]!.lower)) k++;
  for (let n = 0; n < 4 && t[k]?.kind === 'word'; n++, k++) {
    if (roleNouns.has(t[k]!.lower)) roles.add(t[k]!.lower);
    const g = roleGender.get(t[k]!.lower);
    if (g) {
      roles.add(t[k]!.lower);
      return g;
    }
    if (attachments.has(t[k]!.lower) || t[k]!.lower === 'and') return undefined;
  }
  return undefined;
}

/** Longest appositive skipped between a name and its verb of saying, in tokens. */
const MAX_APPOSITIVE = 30;

/**
 * Third-person pronouns that, right after a name's verb, most often refer back to that name: a subject of the
 * clause said ("said he"), a possessive ("called out his rival"), a reflexive. Not "him" or "her", an object of
 * the name's own verb, which is someone else ("sold it to him").
 */
const OWN_PRONOUNS: ReadonlyMap<string, Gender> = new Map(GENDERED_PRONOUNS.filter((e) => e.word !== 'him' && e.word !== 'her').map((e) => [e.word, e.gender]));
/** How far after the verb the pronoun may come: "said that he", "called out his rival", "told reporters she". */
const OWN_PRONOUN_REACH = 4;

/**
 * The gender of a pronoun in the clause a name opens, before anyone else is named: "Tomas Vell, a chemistry
 * professor, said he never saw it", "Sen. Lena Ortiz (D-Ohio) said she would run". The subject of what a
 * speaker says or does to others is that speaker far more often than not, and it is written next to the name,
 * before any resolution.
 */
function ownPronounAfter(t: Token[], i: number): Gender | undefined {
  let k = i;
  const sentence = t[k - 1]!.sentence;
  // A party and state in brackets ("(D-Ohio)"), then an appositive between commas ("Vell, a professor at the
  // college,"), in the same sentence, with no quotation.
  if (t[k]?.text === '(') {
    let j = k + 1;
    while (j < k + 8 && t[j] && t[j]!.text !== ')') j++;
    if (t[j]?.text !== ')') return undefined;
    k = j + 1;
  }
  if (t[k]?.text === ',') {
    let j = k + 1;
    while (j < k + MAX_APPOSITIVE && t[j] && t[j]!.sentence === sentence && t[j]!.text !== ',' && t[j]!.quote < 0) j++;
    if (t[j]?.text !== ',') return undefined;
    k = j + 1;
  }
  // The verb: lower-case, and no conjunction or preposition ("Vell and his wife", "Vell of his party").
  const verb = t[k];
  if (verb?.kind !== 'word' || verb.cap || attachments.has(verb.lower) || determiners.has(verb.lower) || /^(?:and|or|but)$/.test(verb.lower)) return undefined;
  if (!surnameVerbs.has(verb.lower) && !isVerbWord(verb.lower)) return undefined;
  for (let j = k + 1; j <= k + OWN_PRONOUN_REACH && t[j] && t[j]!.sentence === sentence; j++) {
    const x = t[j]!;
    // Someone else named, or a quotation, first: the pronoun may be theirs.
    if (x.cap || x.quote >= 0 || (x.kind !== 'word' && x.text !== ',')) return undefined;
    const g = OWN_PRONOUNS.get(x.lower);
    if (g) return g;
  }
  return undefined;
}

/**
 * Whether an appositive right after token `end` (", the national director of", ", a spokeswoman for", ", director
 * of") has a role noun among its first words: what comes before it is a person.
 */
function appositiveRoleNoun(t: Token[], end: number): boolean {
  if (t[end]?.text !== ',') return false;
  let k = end + 1;
  if (t[k]?.kind === 'word' && /^(?:a|an|the)$/.test(t[k]!.lower)) k++;
  // Without an article the description starts lower-case: "Ann Lee, Justice Department counsel Tom Birch" is a list.
  else if (t[k]?.cap) return false;
  for (let n = 0; n < 4 && t[k]?.kind === 'word'; n++, k++) {
    const w = t[k]!.lower;
    if (roleNouns.has(w) || roleGender.has(w) || extraTitles.has(w)) return true;
    if (attachments.has(w) || w === 'and' || w === 'who' || w === 'which') return false;
  }
  return false;
}

function vote(v: [number, number], g: Gender): void {
  if (g === 'male') v[0]++;
  else v[1]++;
}

function firstNameGender(lower: string): Gender | null {
  return genderOfFirstName(lower);
}

/** True when `part` is `whole` or a tail of it ("wasserman schultz" of "debbie wasserman schultz"). */
function sameOrPart(part: readonly string[], whole: readonly string[]): boolean {
  // "Harris" is part of "Harry Harris Jr." as much as of "Harry Harris".
  // The suffix is left out by a shorter length, not a copy of the list: asked per entity of every look-up.
  let n = whole.length;
  if (n > 1 && suffixes.has(whole[n - 1]!) && !suffixes.has(part[part.length - 1] ?? '')) n--;
  if (part.length > n) return false;
  const off = n - part.length;
  for (let i = 0; i < part.length; i++) if (part[i] !== whole[off + i]) return false;
  // A tail that is only a suffix ("Jr.") names no one.
  return !(part.length === 1 && suffixes.has(withoutDot(part[0]!)));
}

/**
 * Between people who share a surname ("Clinton" in an article about Hillary and Bill Clinton, "Mr. Cruz" in one
 * about Ted Cruz and his father): the one the article named in full first. News introduces its subject first and
 * keeps the bare surname for that person; a relative or namesake met later is named in full again each time
 * ("Bill Clinton", "Eric Trump") precisely so the bare surname stays unambiguous.
 */
function firstNamedFitting(list: readonly PersonEntity[], lower: readonly string[]): PersonEntity | undefined {
  // One loop, no array of the fitting entities: asked of every capitalised word outside quotes.
  let best: PersonEntity | undefined;
  for (const e of list) if (sameOrPart(lower, e.words) && (best === undefined || e.at[0]! < best.at[0]!)) best = e;
  return best;
}

/** The greatest value below `before` in an ascending list, or -1: a binary search, as lists grow with the article. */
function lastBefore(sorted: readonly number[], before: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}

/** The name words as written, possessive removed, middle initials dropped ("Donald J. Trump" -> Donald Trump). */
export function canonicalWords(t: Token[], run: Readonly<NameRun>): string[] {
  const out: string[] = [];
  // Two passes over the run (count its words, then read them), not an array of its word tokens and entries():
  // asked of every name run and speaker, it allocated three arrays more per call.
  let count = 0;
  for (let i = run.first; i < run.last; i++) if (t[i]!.kind === 'word') count++;
  let n = -1;
  for (let i = run.first; i < run.last; i++) {
    const x = t[i]!;
    if (x.kind !== 'word') continue;
    n++;
    if (isInitial(x) && n > 0 && n < count - 1) continue;
    let w = stripPossessive(x.text);
    // "TRUMP" in a transcript: written in capitals, named as usual.
    if (isAllCaps(w) && w.length > 2 && !suffixes.has(w.toLowerCase())) w = w[0] + w.slice(1).toLowerCase();
    out.push(w);
  }
  return out;
}

/**
 * The gender that the article states outright (an honorific or a gendered role noun) or, failing that, that the
 * first name suggests: used to keep "she" from resolving to a man. Null when the evidence conflicts.
 */
export function strongGender(e: PersonEntity): Gender | null {
  const [hm, hf] = e.votes.honorific;
  const [rm, rf] = e.votes.roleNoun;
  const m = hm + rm;
  const f = hf + rf;
  if (m > 0 && f === 0) return 'male';
  if (f > 0 && m === 0) return 'female';
  // "Mrs. Clinton" a dozen times and "Mr. Clinton" once: a relative who shares the surname, named in passing;
  // the entity is the one the honorifics name three times out of four. Closer than that, no answer.
  if (m > 0 && f > 0) return m >= 3 * f ? 'male' : f >= 3 * m ? 'female' : null;
  // "Ortiz said he …": stronger than the first name, a guess from a list that gives each name one gender.
  const [pm, pf] = e.votes.pronoun;
  if (pm > pf) return 'male';
  if (pf > pm) return 'female';
  return e.firstNameGender;
}
