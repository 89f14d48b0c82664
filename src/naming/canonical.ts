/**
 * Canonical names: what a user would group quotes by. Acronyms the article defines ("Joint Chiefs of Staff
 * (JCS)"), well-known institutions and outlets from the alias lexicon (plus the user's own), and people's full
 * names for later surname-only mentions. Also decides each noun phrase's kind.
 */

import { type Token, tokenize, wordsIn } from '../extract/segment.js';
import {
  anonymousNouns,
  determiners,
  femaleWords,
  type Gender,
  genderOfFirstName,
  INSTITUTIONS,
  isAdjectiveWord,
  isCommonWord,
  isDateWord,
  isOrganizationWord,
  isPersonNameWord,
  isPlaceWord,
  isPlainFirstName,
  maleWords,
  OUTLETS,
  opensPersonName,
  organizationNouns,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PERSONS,
  roleNouns,
} from '../lexicon/index.js';
import {
  ACRONYM_JOINERS,
  AFFILIATION_WORDS,
  ATTACHMENT_WORDS,
  COMMON_ACRONYMS,
  GENERIC_ORGANIZATION_HEADS,
  NEARNESS_ADJECTIVES,
  NOT_PERSON_HEADS,
  NUMBER_WORDS,
  SENTENCE_OPENERS,
} from '../lexicon/names.js';
import type { AliasTable, SpeakerKind } from '../types.js';
import { canonicalWords, isAllCaps, isTitleWord, type PersonEntity, PersonTable, stripPossessive, strongGender } from './persons.js';

const notPersonHeads = NOT_PERSON_HEADS;
const joiners = ACRONYM_JOINERS;
const openers = SENTENCE_OPENERS;
const affiliations = AFFILIATION_WORDS;
const numberWords = NUMBER_WORDS;
const commonAcronyms = COMMON_ACRONYMS;
/** "Mexican", "Swiss", "Chinese", "Iraqi": a demonym alone names no organization. */
const isDemonym = (w: string): boolean => isPlaceWord(w) && /(?:an|ish|ese|i|ss|ch)$/.test(w) && !isOrganizationWord(w);
const nearness = NEARNESS_ADJECTIVES;
const attachments = ATTACHMENT_WORDS;

export interface NounPhrase {
  /** Token range [first, last). */
  first: number;
  last: number;
}

export interface PhraseInfo {
  name: string | null;
  kind: SpeakerKind;
  /** The pronoun's person/number when the phrase is a bare pronoun. */
  pronoun: 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second' | null;
  gender: Gender;
  plural: boolean;
  /** Lower-case head noun ("source", "ministry"), for back-references. */
  head: string;
  /** True when the phrase names someone (a proper name, acronym or alias), not only describes them. */
  named: boolean;
}

const keyOf = (tokens: Token[]): string => tokens.map((t) => t.lower).join(' ');
const isAdjectiveLike = (lower: string): boolean => isAdjectiveWord(lower);

interface AliasIndex {
  /** Lower-case variant key -> canonical name. */
  lower: Map<string, string>;
  /** Case-sensitive keys for variants written in capitals ("AP", "UN"): a lower-case "un" is a word. */
  exact: Map<string, string>;
  outlets: Set<string>;
  longest: number;
  /**
   * Lower-case first word of each variant -> the bit set of its variants' lengths in tokens (lengthBit), to skip
   * spans that cannot match: "the" starts only two-token variants ("The Hill"), not every "the …" span's key.
   */
  starts: Map<string, number>;
}

/**
 * The bit of a key's length in tokens, lengths of 30 and more sharing the last one. A span's key equals a
 * variant's only when both have as many tokens (tokens hold no space; keys join them with one).
 */
const lengthBit = (tokens: number): number => 1 << Math.min(tokens, 30);

/** Adds a key's length to the bit set of its first word. */
function addStart(starts: Map<string, number>, word: string, tokens: number): void {
  starts.set(word, (starts.get(word) ?? 0) | lengthBit(tokens));
}

function buildAliasIndex(tables: AliasTable[], outletTable: AliasTable): AliasIndex {
  const index: AliasIndex = { lower: new Map(), exact: new Map(), outlets: new Set(Object.keys(outletTable)), longest: 1, starts: new Map() };
  for (const table of tables) {
    for (const [canonical, variants] of Object.entries(table)) {
      for (const variant of [canonical, ...variants]) {
        // "the Pentagon" and "Pentagon" alike; but "The Hill" keeps its article, or every Hill would be an outlet.
        const toks = tokenize(/^the\s+\S+$/i.test(variant) ? variant : variant.replace(/^the\s+/i, ''), []).tokens;
        if (toks.length === 0) continue;
        index.longest = Math.max(index.longest, toks.length);
        addStart(index.starts, toks[0]!.lower, toks.length);
        if (isAllCaps(variant.replace(/[^\p{L}]/gu, ''))) index.exact.set(toks.map((t) => t.text).join(' '), canonical);
        else index.lower.set(keyOf(toks), canonical);
      }
    }
  }
  return index;
}

const BUILTIN = buildAliasIndex([INSTITUTIONS, OUTLETS], OUTLETS);

/**
 * The index of each user table, built once per table object, not once per article: 10,000 aliases made a run
 * 17x slower when every article rebuilt it. A WeakMap lets a table the caller drops go with its index.
 */
const USER_INDEXES = new WeakMap<AliasTable, AliasIndex>();

function userAliasIndex(table: AliasTable): AliasIndex {
  let index = USER_INDEXES.get(table);
  if (!index) {
    checkAliasTable(table);
    index = buildAliasIndex([INSTITUTIONS, OUTLETS, table], OUTLETS);
    USER_INDEXES.set(table, index);
  }
  return index;
}

/** A library caller's table, checked once: a clear TypeError, not one from deep inside the tokenizer. */
function checkAliasTable(table: unknown): asserts table is AliasTable {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new TypeError('options.aliases must be an object mapping each canonical name to an array of strings');
  }
  for (const [name, variants] of Object.entries(table)) {
    // a string would be iterated letter by letter, each letter an alias
    if (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string')) {
      throw new TypeError(
        `options.aliases[${JSON.stringify(name)}] must be an array of strings, got ${typeof variants === 'string' ? 'a string' : typeof variants}`,
      );
    }
  }
}

/**
 * Per-article naming context: acronyms defined in the text, people named in full, and the alias index
 * (built-in, or built-in plus the user's table).
 */
export class Namer {
  readonly acronyms = new Map<string, string>();
  /** First words of the acronyms' keys (full forms and the acronyms themselves) -> their lengths' bits. */
  private readonly acronymStarts = new Map<string, number>();
  /**
   * Lower-case words the article writes with a capital inside a sentence, where the capital means a name. Built
   * on the first question (isProperName), not in the constructor: most articles never ask it.
   */
  private capitalisedInsideSet: Set<string> | null = null;
  /** The article's people, by surname and first name. */
  readonly people: PersonTable;
  private readonly aliases: AliasIndex;
  /**
   * Token indices of the capitalised words, in order: where every name, acronym and mention starts. The naming
   * passes (here, in the PersonTable, the article's mentions) walk this list rather than all the tokens.
   */
  readonly capitals: readonly number[];

  constructor(
    readonly tokens: Token[],
    userAliases?: AliasTable,
  ) {
    this.aliases = userAliases ? userAliasIndex(userAliases) : BUILTIN;
    // One pass over all the tokens: the capitalised words, and the opening brackets that may define an acronym.
    const capitals: number[] = [];
    const brackets: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const x = tokens[i]!;
      if (x.kind === 'word') {
        if (x.cap) capitals.push(i);
      } else if (x.text === '(') brackets.push(i);
    }
    this.capitals = capitals;
    this.collectAcronyms(brackets);
    this.people = new PersonTable(tokens, capitals);
  }

  private capitalisedInside(): Set<string> {
    if (this.capitalisedInsideSet) return this.capitalisedInsideSet;
    const tokens = this.tokens;
    const set = new Set<string>();
    for (let i = 1; i < tokens.length; i++) {
      const x = tokens[i]!;
      if (x.cap && x.kind === 'word' && tokens[i - 1]!.kind === 'word' && !x.newline) set.add(x.lower);
    }
    this.capitalisedInsideSet = set;
    return set;
  }

  /** "Joint Chiefs of Staff (JCS)": the capitalised words before a parenthesised acronym whose initials it takes. */
  private collectAcronyms(brackets: readonly number[]): void {
    const t = this.tokens;
    for (const i of brackets) {
      if (i < 1 || i + 2 >= t.length || t[i + 2]!.text !== ')') continue;
      const acr = t[i + 1]!.text;
      if (!/^\p{Lu}[\p{Lu}&]{1,7}$/u.test(acr)) continue;
      const letters = acr.replace(/&/g, '').toLowerCase();
      // Walk back over capitalised words and small joiners while their initials spell the acronym from its end.
      let k = letters.length - 1;
      let j = i - 1;
      let first = -1;
      while (j >= 0 && k >= 0 && j >= i - 12) {
        const w = t[j]!;
        if (w.kind !== 'word') break;
        if (!w.cap && joiners.has(w.lower)) {
          j--;
          continue;
        }
        if (!w.cap) break;
        if (w.lower[0] === letters[k]) {
          k--;
          first = j;
        } else if (first !== -1) break;
        j--;
      }
      if (k < 0 && first >= 0) {
        const full = keyOf(t.slice(first, i));
        if (!this.aliasOfKey(full)) {
          this.acronyms.set(full, acr);
          addStart(this.acronymStarts, t[first]!.lower, i - first);
        }
        this.acronyms.set(acr.toLowerCase(), acr);
        addStart(this.acronymStarts, acr.toLowerCase(), 1);
      }
    }
  }

  private tokenText(first: number, last: number): string {
    let s = '';
    for (let i = first; i < last; i++) {
      const t = this.tokens[i]!;
      if (i > first && t.start > this.tokens[i - 1]!.end) s += ' ';
      s += t.text;
    }
    return s;
  }

  private aliasOfKey(key: string): string | undefined {
    return this.aliases.lower.get(key.replace(/^the /, ''));
  }

  /**
   * An alias that is one common word ("The Independent", "Fed", "The Hill") names the institution only when it is
   * written with its capital and is not the start of a longer name: not "the independent senator", not "the
   * Independent Journal".
   */
  private properAliasUse(first: number, last: number): boolean {
    const t = this.tokens;
    let s = first;
    if (determiners.has(t[s]!.lower) && last - s > 1) s++;
    if (last - s !== 1) return true;
    const w = t[s]!;
    if (!isCommonWord(w.lower) && !isAdjectiveLike(w.lower)) return true;
    if (!w.cap) return false;
    const next = t[last];
    return !(next && next.kind === 'word' && next.cap && !next.newline);
  }

  /** startBits per token, -1 until asked: filled on demand, as most tokens are never inside a phrase asked about. */
  private startBitsCache: Int32Array | null = null;

  /**
   * The length bits (lengthBit) of the aliases and defined acronyms that token i starts, 0 for none and for
   * non-words. aliasWithin is asked about many overlapping phrases per article (the same words as subject, as
   * object, as speaker); a profile of 10 MB of news had it at 4.7 % of the time while it looked each word up in two
   * maps once per phrase and again per span length. Acronyms are all collected in the constructor, so the bits
   * never change after it.
   */
  private startBits(i: number): number {
    let cache = this.startBitsCache;
    if (!cache) {
      cache = new Int32Array(this.tokens.length).fill(-1);
      this.startBitsCache = cache;
    }
    let bits = cache[i]!;
    if (bits < 0) {
      const x = this.tokens[i]!;
      bits = x.kind === 'word' ? (this.aliases.starts.get(x.lower) ?? 0) | (this.acronymStarts.get(x.lower) ?? 0) : 0;
      cache[i] = bits;
    }
    return bits;
  }

  /** The longest alias or defined acronym inside tokens [first, last), if any. */
  aliasWithin(first: number, last: number): { name: string; outlet: boolean; first: number; last: number } | null {
    const t = this.tokens;
    const n = last - first;
    // Most phrases hold no word that starts an alias or acronym: the union of their words' length bits settles
    // them, and it skips every span length no word starts, before any per-span work.
    let anyBits = 0;
    for (let s = first; s < last; s++) anyBits |= this.startBits(s);
    if (anyBits === 0) return null;
    for (let len = Math.min(n, this.aliases.longest + 2); len >= 1; len--) {
      const bit = lengthBit(len);
      if ((anyBits & bit) === 0) continue;
      for (let s = first; s + len <= last; s++) {
        // Only spans that start with the first word of some alias or acronym of their length can be one: most are
        // skipped here, before their keys are built.
        if ((this.startBits(s) & bit) === 0) continue;
        const head = t[s]!;
        const tail = t[s + len - 1]!;
        if (head.kind !== 'word' || (tail.kind !== 'word' && tail.text !== '.')) continue;
        let lowerKey = head.lower;
        let exactKey = head.text;
        for (let i = s + 1; i < s + len; i++) {
          lowerKey += ` ${t[i]!.lower}`;
          exactKey += ` ${t[i]!.text}`;
        }
        // "the Russian Defence Ministry's spokesman": the owner's possessive is not part of its name.
        lowerKey = stripPossessive(lowerKey);
        const hit = this.aliases.exact.get(exactKey) ?? this.aliases.lower.get(lowerKey);
        if (hit && this.properAliasUse(s, s + len)) return { name: hit, outlet: this.aliases.outlets.has(hit), first: s, last: s + len };
        const acr = this.acronyms.get(lowerKey);
        if (acr && (len > 1 || head.text === acr)) return { name: acr, outlet: false, first: s, last: s + len };
      }
    }
    return null;
  }

  /** The person whose surname (or unique first name) this capitalised word is. */
  personByLastName(lower: string): PersonEntity | undefined {
    return this.people.findWord(lower);
  }

  /** Phrases described so far: the same span is described for the mention table and again as a speaker. */
  private readonly described = new Map<number, PhraseInfo>();

  /** Name and kind of the noun phrase at tokens [first, last). */
  describe(first: number, last: number): PhraseInfo {
    const key = first * 67108864 + last;
    let info = this.described.get(key);
    if (!info) {
      info = this.describeOnce(first, last);
      this.described.set(key, info);
    }
    return info;
  }

  private describeOnce(first: number, last: number): PhraseInfo {
    const t = this.tokens;
    const words = wordsIn(t, first, last);
    const only = words.length === 1 ? words[0]! : null;
    // "he's" and "she’ll" are "he" and "she".
    const pronounWord = only ? only.lower.replace(/['’](?:s|ve|d|ll|re|m)$/, '') : '';
    // "his" as the owner of "his support for …" stands for someone as "he" does.
    const p = only ? (PERSONAL_PRONOUNS.get(pronounWord) ?? POSSESSIVE_PERSONS.get(pronounWord)) : undefined;
    if (p) {
      const kind: SpeakerKind = p === 'neuter' ? 'organization' : p === 'plural' ? 'anonymous' : 'person';
      return { name: null, kind, pronoun: p, gender: p === 'male' || p === 'female' ? p : null, plural: p === 'plural', head: pronounWord, named: false };
    }
    // The core is the phrase before its first "of"/"for"/"at" attachment or bracket: "the Russian section" of "the
    // Russian section of the BBC"; the head is the core's last word.
    let coreEnd = last;
    for (let i = first; i < last; i++) {
      const x = t[i]!;
      // A preposition between capitalised words belongs to a name ("Department of Defense").
      const inName = t[i - 1]?.cap === true && t[i + 1]?.cap === true;
      const near = nearness.has(x.lower) && /^(?:to|with)$/.test(t[i + 1]?.lower ?? '');
      if (x.text === '(' || x.text === ',' || near || (x.kind === 'word' && attachments.has(x.lower) && i > first && !inName)) {
        coreEnd = i;
        break;
      }
    }
    const core = wordsIn(t, first, coreEnd);
    const headTok = core[core.length - 1] ?? words[words.length - 1];
    const head = headTok ? stripPossessive(headTok.lower) : '';
    const plural = /s$/.test(head) && !/ss$/.test(head) && !headTok?.cap;
    const alias = this.aliasWithin(first, last);
    // "Officials said": a common noun capitalised only because it opens the sentence is still common.
    const sentenceCap = headTok?.cap && core[0] === headTok && !isAllCaps(headTok.text);
    const anonymousHead = anonymousNouns.has(head) && (!headTok?.cap || sentenceCap);
    // The gender is read where a return gives one (not for organizations): most phrases described are those.

    // A person: the core ends in a capitalised name that is not an institution ("Foreign Minister Andrii Sybiha").
    // "Gov. Lena Ortiz of New Mexico": a name before an "of" that joins capitalised words is still a person's.
    let person = this.personName(first, coreEnd);
    if (!person) {
      for (let i = first + 1; i < coreEnd; i++) {
        if (t[i]!.lower !== 'of' && t[i]!.lower !== 'from') continue;
        const p = this.personName(first, i);
        if (p && (p.entity || p.end - p.start > 1)) person = p;
        break;
      }
    }
    if (!person) person = this.titleWithOf(coreEnd, last);
    if (person && !(alias && alias.first < person.end && alias.last > person.start)) {
      const known = person.entity ? strongGender(person.entity) : null;
      return { name: person.name, kind: 'person', pronoun: null, gender: known ?? this.genderOf(words), plural: false, head, named: true };
    }
    if (anonymousHead) {
      // "a high-ranking U.S. Department of Defense source": unnamed, but from a named institution.
      return { name: alias?.name ?? null, kind: 'anonymous', pronoun: null, gender: this.genderOf(words), plural, head, named: false };
    }
    if (alias) return { name: alias.name, kind: 'organization', pronoun: null, gender: null, plural: false, head, named: true };
    const capWords = core.filter((x) => x.cap && !determiners.has(x.lower));
    if (core.some((x) => isOrganizationWord(x.lower)) || (capWords.length > 0 && capWords.every((x) => isAllCaps(x.text) && x.text.length > 1))) {
      return { name: this.plainName(first, last), kind: 'organization', pronoun: null, gender: null, plural: false, head, named: capWords.length > 0 };
    }
    if (headTok?.cap && !roleNouns.has(head) && isTitleWord(head)) {
      // "former Pennsylvania Gov" cut off before the name: one person, by a title, unnamed here.
      return { name: null, kind: 'person', pronoun: null, gender: this.genderOf(words), plural: false, head, named: false };
    }
    if (roleNouns.has(head)) {
      // "the spokesman", "a doctor at the clinic": a described, unnamed person.
      return { name: null, kind: 'anonymous', pronoun: null, gender: this.genderOf(words), plural, head, named: false };
    }
    // "Proponents of the bill say": a word the lexicon knows, but not as a name, opening the sentence.
    // "Investors said": a plural ("-s", not "-ss") that is no name, place or organization the lexicon knows.
    const commonPlural = /[^su]s$/.test(head) && !isPersonNameWord(head) && !isPlaceWord(head) && !isOrganizationWord(head);
    if (sentenceCap && capWords.length === 1 && (isCommonWord(head) || commonPlural)) {
      return { name: null, kind: 'anonymous', pronoun: null, gender: this.genderOf(words), plural, head, named: false };
    }
    if (capWords.length > 0 && headTok?.cap) {
      return {
        name: this.plainName(first, coreEnd),
        // A capitalised phrase that is no person's name (personName said so): a person only when the article uses
        // it as one ("Keidis continued"); otherwise a place, a group or an institution, which "he" never means.
        kind: capWords.length === 1 && this.people.isPersonWord(headTok.lower) ? 'person' : 'organization',
        pronoun: null,
        gender: this.genderOf(words),
        plural: false,
        head,
        named: true,
      };
    }
    return { name: this.plainName(first, last), kind: 'organization', pronoun: null, gender: null, plural, head, named: false };
  }

  /**
   * "former secretary of state Ann Lee", "director of national intelligence Tom Birch": a title with an "of"
   * inside it, before a name the article gives a person. The words between the "of" and the name are lower-case and
   * no role ("the wife of Tom Birch" and "a friend of former president Tom Birch" are someone else).
   */
  private titleWithOf(coreEnd: number, last: number): { name: string; start: number; end: number; entity?: PersonEntity } | null {
    const t = this.tokens;
    if (coreEnd >= last || t[coreEnd]!.lower !== 'of' || !roleNouns.has(t[coreEnd - 1]?.lower ?? '')) return null;
    let end = coreEnd + 1;
    while (end < last && t[end]!.kind === 'word') end++;
    const p = this.personName(coreEnd + 1, end);
    if (!p?.entity || p.start === coreEnd + 1) return null;
    for (let i = coreEnd + 1; i < p.start; i++) {
      const x = t[i]!;
      if (x.kind !== 'word' || x.cap || determiners.has(x.lower) || roleNouns.has(x.lower)) return null;
    }
    return p;
  }

  private genderOf(words: Token[]): Gender {
    for (const w of words) {
      if (maleWords.has(w.lower)) return 'male';
      if (femaleWords.has(w.lower)) return 'female';
    }
    for (const w of words) {
      const g = w.cap ? genderOfFirstName(w.lower) : null;
      if (g) return g;
    }
    return null;
  }

  /**
   * The person's name in tokens [first, last): the capitalised run after any title, role or possessive owner,
   * as the article's fullest mention of that person gives it ("Mr. Hedge" -> "Oliver Hedge").
   */
  personName(first: number, last: number): { name: string; start: number; end: number; entity?: PersonEntity } | null {
    const t = this.tokens;
    const run = this.people.runIn(first, last);
    if (!run) return null;
    const words = canonicalWords(t, run);
    if (words.length === 0) return null;
    const entity = this.people.find(words);
    if (entity) return { name: entity.name, start: run.first, end: run.last, entity };
    const lastTok = t[run.last - 1]!;
    const lastWord = stripPossessive(lastTok.lower);
    const firstWord = run.words[0]!;
    const firstNamed = words.length > 1 && isPlainFirstName(firstWord);
    if ((isOrganizationWord(lastWord) && !firstNamed) || (isAllCaps(lastTok.text) && lastTok.text.length > 1 && words.length > 1)) return null;
    if (notPersonHeads.has(lastWord) || run.words.some((w) => isDateWord(w))) return null;
    if (run.words.every((w) => isPlaceWord(w) && !isPersonNameWord(w))) return null;
    const titled = run.title !== null;
    if (words.length === 1) {
      // A lone capitalised word is a person only with a title, or when the lexicon knows it as a name.
      if (isAllCaps(lastTok.text) && !titled) return null;
      // "former Pennsylvania Gov", cut off before the name: a title alone names no one.
      if (isTitleWord(lastWord.replace(/\.$/, ''))) return null;
      return titled || isPersonNameWord(lastWord) || this.people.isPersonWord(lastWord) ? { name: words[0]!, start: run.first, end: run.last } : null;
    }
    const looksPerson = opensPersonName(firstWord, lastWord) || isPersonNameWord(lastWord) || titled;
    return looksPerson ? { name: words.join(' '), start: run.first, end: run.last } : null;
  }

  /**
   * An organization's proper name inside tokens [first, last): its last capitalised run, joiners included ("the
   * progressive Center for Housing and Labor Studies" -> "Center for Housing and Labor Studies"); a
   * demonym keeps the noun it qualifies ("Ukrainian military"). Null when nothing in it is capitalised.
   */
  organizationName(first: number, last: number): string | null {
    const t = this.tokens;
    let e = last;
    while (e > first) {
      const x = t[e - 1]!;
      if (x.kind === 'word' && x.cap && !(e - 1 === first && determiners.has(x.lower))) break;
      e--;
    }
    if (e === first) return null;
    let s = e - 1;
    while (s > first) {
      const x = t[s - 1]!;
      if (x.kind === 'word' && x.cap && !determiners.has(x.lower)) s--;
      else if (x.kind === 'word' && joiners.has(x.lower) && t[s - 2]?.cap && t[s - 2]?.kind === 'word' && !determiners.has(t[s - 2]!.lower)) s--;
      else if (x.text === '&' || x.text === '/' || x.text === '-') s--;
      else break;
    }
    // A function word that opens the sentence is no part of the name: "Did the Clinton Foundation".
    while (s < e - 1 && t[s]!.kind === 'word' && openers.has(t[s]!.lower)) s++;
    const words = wordsIn(t, s, e);
    if (words.length === 0) return null;
    // "Ukrainian military", "the Sanders campaign", "Lena Ortiz's campaign": a name before the institution's
    // noun names that institution with it.
    // But a generic noun after the name ("the BLM group", "the Acme company") is that organization itself.
    const noun = t[e]?.lower ?? '';
    if (e < last && t[e]!.kind === 'word' && !t[e]!.cap && organizationNouns.has(noun) && !/s$/.test(noun) && !GENERIC_ORGANIZATION_HEADS.has(noun)) {
      return `${stripPossessive(this.tokenText(s, e))} ${t[e]!.text}`;
    }
    return stripPossessive(this.tokenText(s, e));
  }

  /**
   * Whether an organization's name as found is a proper name: not only dates, numbers, party labels and
   * demonyms ("Democrats", "Mexican", "Thirty Seven", "Monday"), and not a common word capitalised only because
   * it opens a sentence ("Nation said"), unless the article writes it with a capital elsewhere too ("Apple").
   */
  isProperName(name: string): boolean {
    const words = name.toLowerCase().split(/[\s\-‐–]+/);
    const filler = (w: string): boolean =>
      isDateWord(w) ||
      affiliations.has(w) ||
      affiliations.has(w.replace(/s$/, '')) ||
      numberWords.has(w) ||
      commonAcronyms.has(w.replace(/s$/, '')) ||
      /^\d/.test(w) ||
      isDemonym(w);
    if (words.every(filler)) return false;
    if (words.length === 1 && isCommonWord(words[0]!) && !this.capitalisedInside().has(words[0]!)) return false;
    return true;
  }

  /** The gender compromise's lexicon gives a first name, or null. */
  firstNameGender(lower: string): Gender {
    return genderOfFirstName(lower);
  }

  /** The phrase without leading determiners, possessive owners kept: "Ukrainian military", "Earlier reports". */
  plainName(first: number, last: number): string | null {
    const t = this.tokens;
    let s = first;
    while (s < last && (determiners.has(t[s]!.lower) || t[s]!.kind !== 'word')) s++;
    let e = last;
    while (e > s && t[e - 1]!.kind !== 'word') e--;
    return e > s ? this.tokenText(s, e) : null;
  }

  /** An outlet's or intermediary's name for `via`: alias, acronym, or the phrase without fillers. */
  isOutlet(name: string): boolean {
    return this.aliases.outlets.has(name);
  }
}

/** Without a final possessive: "Trump's" and "Sanders'" are "Trump" and "Sanders" (one helper, in persons.ts). */
export { stripPossessive };
