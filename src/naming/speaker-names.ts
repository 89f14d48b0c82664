/**
 * The naming stage, run once the speakers are resolved: each speaker's canonical name, kind, role and gender,
 * read from the article's table of people (persons.ts) and organizations (canonical.ts), with the rule that chose
 * the name. `nameSpeakers` runs it on copies of the resolver's speakers; offsets are left as they are.
 */

import type { Token } from '../extract/segment.js';
import { GENDERED_HONORIFICS, GENDERED_PRONOUNS, GENDERED_ROLE_NOUNS } from '../lexicon/gender.js';
import { determiners, isAdjectiveWord, isOrganizationWord, isPlaceWord, organizationNouns, roleNouns } from '../lexicon/index.js';
import { ATTACHMENT_WORDS, GENERIC_ORGANIZATION_HEADS, type NameRuleId, PLAIN_HONORIFICS, ROLE_QUALIFIERS } from '../lexicon/names.js';
import type { Gender, GenderEvidence, Speaker } from '../types.js';
import type { Namer } from './canonical.js';
import { canonicalWords, isTitleWord, type PersonEntity, stripPossessive } from './persons.js';

const honorificGender = new Map(GENDERED_HONORIFICS.map((e) => [e.word, e.gender]));
const roleGender = new Map(GENDERED_ROLE_NOUNS.map((e) => [e.word, e.gender]));
const pronounGender = new Map(GENDERED_PRONOUNS.map((e) => [e.word, e.gender]));
const plainHonorifics = PLAIN_HONORIFICS;
const roleQualifiers = ROLE_QUALIFIERS;
const attachments = ATTACHMENT_WORDS;
const genericOrganizationHeads = GENERIC_ORGANIZATION_HEADS;
/** How many sentences before the description's own one "the company" may reach back for its organization. */
const ORGANIZATION_LOOKBACK_SENTENCES = 2;

/** Tokens an appositive name after a description may take: ", Lena J. Ortiz,". */
const MAX_APPOSITIVE_NAME = 8;

/** Which rule gave a speaker its canonical name (`--explain`'s nameRule); see NAME_RULES. */
export type NameRule = NameRuleId;

/** Token index range [first, last) covering the UTF-16 range [start, end). */
function tokenRange(t: Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < t.length && t[last]!.start < end) last++;
  return [lo, last];
}

interface Named {
  entity: PersonEntity | null;
  rule: NameRule;
}

/**
 * The naming stage: named copies of the resolved speakers, and the rule that named each. The resolver's speakers
 * are left as they were (SpeakerNaming fills in the copies), so every stage's output stays what it returned.
 */
export function nameSpeakers(
  namer: Namer,
  articleText: string,
  speakers: readonly (Speaker | null)[],
): { speakers: (Speaker | null)[]; rules: (NameRule | null)[] } {
  // An article without quotes names no one: its empty arrays have another map than a list of speakers, and
  // optimised code that met one then the other was thrown away ("wrong map", measured on 10 MB).
  if (speakers.length === 0) return { speakers: [], rules: [] };
  const copies: (Speaker | null)[] = [];
  for (let i = 0; i < speakers.length; i++) {
    const s = speakers[i];
    copies.push(s ? oneShape(s) : null);
  }
  return { speakers: copies, rules: new SpeakerNaming(namer, articleText).nameAll(copies) };
}

/**
 * A copy of a resolved speaker with every field present, in one order, from one literal: a spread copy has the
 * shape of its source (with or without `mention`), and the naming stage then adds `role`, `gender` and `genderBy`,
 * so its speakers came in up to eight shapes. V8 optimised `nameAll` and `name` for the shapes seen so far and threw
 * the code away at each new one ("wrong map": 7 optimisations of `nameAll` on 10 MB). Absent fields stay
 * undefined, which every reader (records.ts, JSON output) treats as absent.
 */
function oneShape(s: Speaker): Speaker {
  return {
    text: s.text,
    start: s.start,
    end: s.end,
    name: s.name,
    kind: s.kind,
    mention: s.mention,
    role: s.role,
    gender: s.gender,
    genderBy: s.genderBy,
  };
}

/**
 * `name.split(' ')` in an array built by push: split() gives a packed array from its builtin and a holey one from
 * optimised code, and the two maps made V8 throw away `name`'s optimised code, which reads these words beside
 * canonicalWords' (measured on 10 MB).
 */
function splitAtSpaces(name: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', from)) {
    out.push(name.slice(from, i));
    from = i + 1;
  }
  out.push(name.slice(from));
  return out;
}

export class SpeakerNaming {
  private readonly t: Token[];
  /** Pronoun votes per entity from resolved speakers ("she said", resolved to Lena Ortiz). */
  private readonly pronounVotes = new Map<PersonEntity, [number, number]>();

  constructor(
    private readonly namer: Namer,
    private readonly articleText: string,
  ) {
    this.t = namer.tokens;
  }

  /** Names every speaker of the list; returns the name rule of each (null for no speaker). */
  // Plain indexed loops, not map() and entries(): measured on 10 MB, the arrays these built flipped between maps
  // (V8's map() gives one elements kind inlined, another in its builtin), and nameAll was optimised 7 times.
  nameAll(speakers: readonly (Speaker | null | undefined)[]): (NameRule | null)[] {
    const count = speakers.length;
    const found: (Named | null)[] = [];
    for (let i = 0; i < count; i++) {
      const s = speakers[i];
      found.push(s ? this.name(s) : null);
    }
    // Gender needs every pronoun that refers to a person first: collect them, then decide.
    for (let i = 0; i < count; i++) {
      const s = speakers[i];
      const n = found[i];
      if (!s || !n?.entity || !s.mention) continue;
      const g = pronounGender.get(s.mention.text.toLowerCase());
      if (!g) continue;
      const v = this.pronounVotes.get(n.entity) ?? [0, 0];
      v[g === 'male' ? 0 : 1]++;
      this.pronounVotes.set(n.entity, v);
    }
    const rules: (NameRule | null)[] = [];
    for (let i = 0; i < count; i++) {
      const s = speakers[i];
      rules.push(found[i]?.rule ?? null);
      if (!s) continue;
      const g = s.kind === 'person' ? this.gender(s, found[i]!.entity) : { gender: null, by: null };
      s.gender = g.gender;
      s.genderBy = g.by;
    }
    return rules;
  }

  private name(s: Speaker): Named {
    const t = this.t;
    const [first, last] = tokenRange(t, s.start, s.end);
    const role = this.roleOf(first, last);
    if (role) s.role = role;
    if (s.kind === 'person' && s.name) {
      const run = this.namer.people.runIn(first, this.coreEnd(first, last));
      // "One farmer backing Ms. Ortiz, Tom Birch of ...": the name after a participle or preposition is its
      // object; the name in apposition is the speaker's.
      if (run && this.isObjectName(first, run.first)) {
        const appositive = this.appositiveName(first, last);
        if (appositive) {
          s.name = appositive.name;
          return { entity: appositive, rule: 'appositive-name' };
        }
        // The description says a person is meant: two or three capitalised words in apposition are that person's
        // name even when the lexicon knows none of them as a name.
        const plain = this.appositiveWords(first, last);
        if (plain) {
          s.name = plain;
          return { entity: null, rule: 'appositive-name' };
        }
      }
      const words = run ? canonicalWords(t, run) : splitAtSpaces(s.name);
      const e = this.namer.people.find(words);
      if (e) {
        const rule: NameRule = words.length > 1 ? 'full-name' : e.words[0] === words[0]?.toLowerCase() ? 'first-name' : 'surname';
        s.name = e.name;
        return { entity: e, rule };
      }
      return { entity: null, rule: 'proper-name' };
    }
    // "her longtime lawyer, Tom E. Birch": the name in an appositive names the speaker.
    const appositive = this.appositiveName(first, last);
    if (appositive) {
      s.name = appositive.name;
      s.kind = 'person';
      return { entity: appositive, rule: 'appositive-name' };
    }
    const head = this.headOf(first, last);
    // "the admiral", "the actress": the person the article gave that role to, named before.
    // A lower-case "name" is the description itself ("vulture fund manager"), read as an institution by its "fund".
    if (head && roleNouns.has(head) && this.isDefiniteDescription(s, first)) {
      // "…, said the board's chairman, Peter Marek, on Monday": the name in apposition right after the span.
      const named = t[last]?.text === ',' ? this.appositiveName(last, Math.min(t.length, last + MAX_APPOSITIVE_NAME)) : null;
      if (named) {
        s.name = named.name;
        s.kind = 'person';
        return { entity: named, rule: 'appositive-name' };
      }
      const e = this.namer.people.byRole(head, first);
      if (e) {
        s.name = e.name;
        s.kind = 'person';
        return { entity: e, rule: 'description' };
      }
      // "the businessman", "the candidate" with no one given that role: the person the article names most, whose
      // gender does not contradict the noun. News calls its main subject so to avoid repeating the name.
      const main = this.namer.people.mostNamed(roleGender.get(head) ?? null);
      if (main) {
        s.name = main.name;
        s.kind = 'person';
        return { entity: main, rule: 'main-subject' };
      }
    }
    // "Monsanto opposed the bill. ... the company tweeted": a generic noun for the organization named just before.
    if (head && genericOrganizationHeads.has(head) && this.isDefiniteDescription(s, first) && this.coreEnd(first, last) - first <= 3) {
      const org = this.organizationBefore(first);
      if (org) {
        s.name = org;
        s.kind = 'organization';
        return { entity: null, rule: 'organization-description' };
      }
    }
    if (s.kind === 'organization' && s.name && head && roleNouns.has(head) && !organizationNouns.has(head) && !this.namer.aliasWithin(first, last)) {
      // "a Superior Court judge": a person described by office, unnamed; the institution is part of the role.
      s.name = null;
      s.kind = 'anonymous';
      return { entity: null, rule: 'unnamed' };
    }
    if (s.kind === 'organization' && s.name) {
      // "Lena Ortiz of New Mexico" read as an institution: the article's table of people knows better.
      const end = this.coreEnd(first, last);
      const run = this.namer.people.runIn(first, end);
      const e = run ? this.namer.people.find(canonicalWords(t, run)) : undefined;
      // Not "Lena Ortiz's campaign": the phrase must end with the name.
      const endsWithName = run !== null && !t.slice(run.last, end).some((x) => x.kind === 'word');
      if (e && run && endsWithName && run.words.length > 0) {
        s.name = e.name;
        s.kind = 'person';
        return { entity: e, rule: run.words.length > 1 ? 'full-name' : 'surname' };
      }
      const alias = this.namer.aliasWithin(first, last);
      if (alias) return { entity: null, rule: 'alias' };
      const proper = this.namer.organizationName(first, this.coreEnd(first, last));
      if (proper && this.isPlace(proper, first, last)) {
        // "Colorado", "Columbus, Ohio": a place is where something was said, not who said it. A place alone as the
        // subject ("Beijing said") stands for its government; inside a longer phrase it names no one.
        s.name = null;
        if (this.namer.plainName(first, last) !== proper) s.kind = 'anonymous';
        return { entity: null, rule: 'place' };
      }
      if (proper && this.namer.isProperName(proper)) {
        s.name = proper;
        return { entity: null, rule: 'proper-name' };
      }
      // "the company", "a 2009 paper": a common noun is never a name.
      s.name = null;
      s.kind = head && organizationNouns.has(head) && !/s$/.test(head) ? 'organization' : 'anonymous';
      return { entity: null, rule: 'common-noun' };
    }
    if (!s.name) {
      // Unnamed and unresolved: "he" with no antecedent, "the spokesman", "organizers". A single institution the
      // article does not name ("the ministry") stays an organization.
      // "former Pennsylvania Gov", cut off before the name, stays the one person its title says.
      const titled = s.kind === 'person' && head !== null && isTitleWord(head) && !roleNouns.has(head);
      if (!titled) s.kind = s.kind === 'organization' && head && organizationNouns.has(head) && !/s$/.test(head) ? 'organization' : 'anonymous';
      return { entity: null, rule: 'unnamed' };
    }
    return { entity: null, rule: s.kind === 'person' ? 'proper-name' : 'alias' };
  }

  /**
   * The speaker is a definite description with no name of its own ("the admiral", "this company"): it opens with
   * "the" or "this", and its name, if any, is lower case (the description itself, "vulture fund manager").
   */
  private isDefiniteDescription(s: Speaker, first: number): boolean {
    return (!s.name || !/\p{Lu}/u.test(s.name)) && /^(?:the|this)$/.test(this.t[first]?.lower ?? '');
  }

  /**
   * The canonical name of the organization named last before token `before`, outside quotes, in its sentence or the
   * ORGANIZATION_LOOKBACK_SENTENCES before it; null when the nearest capitalised name there is a person's or none.
   * Only the window is read, once per such description.
   */
  private organizationBefore(before: number): string | null {
    const t = this.t;
    const floor = (t[before]?.sentence ?? 0) - ORGANIZATION_LOOKBACK_SENTENCES;
    for (let e = before; e > 0 && t[e - 1]!.sentence >= floor; ) {
      const x = t[e - 1]!;
      if (!(x.kind === 'word' && x.cap) || x.quote !== -1) {
        e--;
        continue;
      }
      // The capitalised run ending at e, with joiners between capitals ("Center for Housing and Labor Studies").
      let s = e - 1;
      while (s > 0) {
        const y = t[s - 1]!;
        if (y.kind === 'word' && y.cap && !y.newline && !t[s]!.newline) s--;
        else if (y.kind === 'word' && /^(?:of|for|and|on|the)$/.test(y.lower) && t[s - 2]?.cap && t[s - 2]?.kind === 'word') s -= 1;
        else break;
      }
      // "a store in Dayton": a name after a preposition of place is where, not who.
      if (/^(?:in|at|from|near|outside|across|throughout)$/.test(t[s - 1]?.lower ?? '')) {
        e = s;
        continue;
      }
      const info = this.namer.describe(s, e);
      // A person, or a run ending in a surname the article gives a person ("Melania Trump's" beside Donald Trump),
      // is what the nearest name is: no organization is meant.
      const lastWord = stripPossessive(t[e - 1]!.lower);
      if ((info.kind === 'person' && info.named) || this.namer.personName(s, e) || this.namer.personByLastName(lastWord)) return null;
      if (
        info.kind === 'organization' &&
        info.named &&
        info.name &&
        this.namer.isProperName(info.name) &&
        !info.name.split(/\s+/).every((w) => isPlaceWord(w.toLowerCase()))
      ) {
        return info.name;
      }
      e = s;
    }
    return null;
  }

  /**
   * Whether an organization's name as found is only a place: every word a place the lexicon knows ("Colorado",
   * "Philadelphia"), or a name followed by a comma and its state or country, as datelines and addresses write
   * places ("Columbus, Ohio", "Ponte Vedra Beach, Fla.").
   */
  private isPlace(name: string, first: number, last: number): boolean {
    const words = name.toLowerCase().split(/\s+/);
    if (words.every((w) => w === 'and' || isPlaceWord(w)) && words.some((w) => w !== 'and')) return true;
    const t = this.t;
    const end = this.coreEnd(first, last);
    if (t[end]?.text !== ',') return false;
    const next = t[end + 1];
    if (next?.kind !== 'word' || !next.cap) return false;
    // the state or country ends the phrase: "Ohio", "Fla." ("Fla" and its full stop)
    const after = t[end + 2];
    const closes = end + 2 >= last || (after?.text === '.' && end + 3 >= last);
    return closes && (isPlaceWord(next.lower) || (after?.text === '.' && /^\p{Lu}\p{Ll}{1,4}$/u.test(next.text)));
  }

  /** The end of the phrase's core: before its first comma or bracket ("Hugh Hill, a lawyer" -> "Hugh Hill"). */
  private coreEnd(first: number, last: number): number {
    for (let i = first; i < last; i++) if (this.t[i]!.text === ',' || this.t[i]!.text === '(') return i;
    return last;
  }

  private headOf(first: number, last: number): string | null {
    const end = this.coreEnd(first, last);
    for (let i = end - 1; i >= first; i--) if (this.t[i]!.kind === 'word') return this.t[i]!.lower.replace(/['’]s?$/, '');
    return null;
  }

  /**
   * Whether the name starting at token `nameFirst` is the object of a participle or preposition inside the phrase
   * ("a pastor supporting Mr. Cruz", "an aide to Senator Ortiz"), not the phrase's head: the word before the name
   * and its titles is a lower-case "-ing" form or a preposition.
   */
  private isObjectName(first: number, nameFirst: number): boolean {
    const t = this.t;
    let j = nameFirst - 1;
    while (j >= first && (t[j]!.text === '.' || (t[j]!.kind === 'word' && t[j]!.cap))) j--;
    // The phrase may start at the name, cut after the participle: the word just before it counts too.
    if (j < first - 1 || j < 0) return false;
    const x = t[j]!;
    return x.kind === 'word' && !x.cap && (/ing$/.test(x.lower) || attachments.has(x.lower));
  }

  /** The two or three capitalised words right after the phrase's first comma, as a name; null if no such words. */
  private appositiveWords(first: number, last: number): string | null {
    const t = this.t;
    const comma = this.coreEnd(first, last);
    if (t[comma]?.text !== ',') return null;
    let j = comma + 1;
    while (j < last && t[j]!.kind === 'word' && t[j]!.cap) j++;
    const words = t.slice(comma + 1, j).map((x) => x.text);
    const lower = words.map((w) => w.toLowerCase());
    if (words.length < 2 || words.length > 3 || lower.some((w) => isPlaceWord(w) || isOrganizationWord(w) || determiners.has(w))) return null;
    return words.join(' ');
  }

  /** A person named in an appositive of an unnamed description: "Another analyst, Nora Vint of ...". */
  private appositiveName(first: number, last: number): PersonEntity | null {
    const t = this.t;
    for (let i = first; i < last; i++) {
      if (t[i]!.text !== ',') continue;
      let j = i + 1;
      while (j < last && t[j]!.kind === 'word' && (t[j]!.cap || t[j]!.text === '.')) j++;
      while (j < last && (t[j]!.text === '.' || (t[j]!.kind === 'word' && t[j]!.cap))) j++;
      if (j === i + 1) continue;
      const run = this.namer.people.runIn(i + 1, j);
      if (!run) continue;
      const e = this.namer.people.find(canonicalWords(t, run));
      if (e) return e;
    }
    return null;
  }

  /**
   * The role the mention gives the speaker: the title words right before the name ("political scientist Hamish
   * Telford", "Foreign Minister Andrii Sybiha"), else the head of an appositive ("Hugh Hill, a lawyer for the
   * family" -> "lawyer"), else a described speaker's own role ("the city engineer" -> "city engineer").
   */
  private roleOf(first: number, last: number): string | null {
    const t = this.t;
    const end = this.coreEnd(first, last);
    const run = this.namer.people.runIn(first, end);
    const before = run ? run.first : end;
    // Walk back from the name over role nouns and their qualifiers.
    let k = before;
    let sawRole = false;
    while (k > first) {
      const x = t[k - 1]!;
      if (x.text === '.') {
        k--;
        continue;
      }
      if (x.kind !== 'word') break;
      if (plainHonorifics.has(x.lower)) {
        if (sawRole) break;
        k--;
        continue;
      }
      // "political scientist", "company spokeswoman": up to two lower-case words qualify the role noun.
      const qualifier = sawRole && k - 1 >= first && before - k < 3 && !x.cap && !determiners.has(x.lower) && !/['’]s?$/.test(x.text);
      if (
        roleNouns.has(x.lower) ||
        roleGender.has(x.lower) ||
        (sawRole && (roleQualifiers.has(x.lower) || qualifier || (!x.cap && isAdjectiveWord(x.lower))))
      ) {
        sawRole = true;
        k--;
        continue;
      }
      break;
    }
    if (sawRole) {
      let a = k;
      let b = before;
      while (a < b && (t[a]!.text === '.' || plainHonorifics.has(t[a]!.lower))) a++;
      while (b > a && t[b - 1]!.text !== '.' && plainHonorifics.has(t[b - 1]!.lower)) b--;
      const text = this.text(a, b);
      if (text) return text;
    }
    // An appositive: ", a former executive director of ..." -> "former executive director".
    for (let i = end; i < last; i++) {
      if (t[i]!.text !== ',') continue;
      let j = i + 1;
      while (j < last && t[j]!.kind === 'word' && determiners.has(t[j]!.lower)) j++;
      const from = j;
      let roleEnd = -1;
      for (; j < last && j < from + 5 && t[j]!.kind === 'word'; j++) {
        const w = t[j]!.lower;
        if (roleNouns.has(w) || roleGender.has(w)) roleEnd = j + 1;
        else if (roleEnd !== -1 || attachments.has(w) || w === 'and') break;
      }
      if (roleEnd !== -1) return this.text(from, roleEnd);
      break;
    }
    if (!run && !pronounGender.has(t[first]?.lower ?? '')) {
      // "the city engineer": a description is its own role.
      let a = first;
      while (a < end && t[a]!.kind === 'word' && (determiners.has(t[a]!.lower) || /['’]s$/.test(t[a]!.text))) a++;
      const head = this.headOf(first, last);
      if (head && (roleNouns.has(head) || roleGender.has(head)) && end - a <= 4 && !t.slice(a, end).some((x) => x.cap && !isPlaceWord(x.lower))) {
        return this.text(a, end);
      }
    }
    return null;
  }

  private text(a: number, b: number): string | null {
    if (b <= a) return null;
    return this.articleText.slice(this.t[a]!.start, this.t[b - 1]!.end);
  }

  /**
   * The speaker's gender from the article's evidence, strongest first: an honorific, a gendered role noun, the
   * pronouns that refer to the speaker, and as a labelled fallback the first name. Conflicting evidence of the
   * strongest kind found gives null.
   */
  private gender(s: Speaker, e: PersonEntity | null): { gender: Gender | null; by: GenderEvidence | null } {
    const t = this.t;
    const [first, last] = tokenRange(t, s.start, s.end);
    const local = { honorific: [0, 0] as [number, number], roleNoun: [0, 0] as [number, number] };
    const end = this.coreEnd(first, last);
    for (let i = first; i < last; i++) {
      const x = t[i]!;
      if (x.kind !== 'word') continue;
      const h = honorificGender.get(x.lower);
      if (h && i < end) local.honorific[h === 'male' ? 0 : 1]++;
      const r = roleGender.get(x.lower);
      // Only the speaker's own role: "the wife of the mayor" says nothing of the mayor.
      if (r && (i < end || this.headOfAppositive(i, last))) local.roleNoun[r === 'male' ? 0 : 1]++;
    }
    const sum = (a: [number, number], b?: [number, number]): [number, number] => [a[0] + (b?.[0] ?? 0), a[1] + (b?.[1] ?? 0)];
    const tiers: [GenderEvidence, [number, number]][] = [
      ['honorific', sum(local.honorific, e?.votes.honorific)],
      ['role-noun', sum(local.roleNoun, e?.votes.roleNoun)],
    ];
    const pron: [number, number] = e ? (this.pronounVotes.get(e) ?? [0, 0]) : [0, 0];
    if (!e && s.mention) {
      const g = pronounGender.get(s.mention.text.toLowerCase());
      if (g) pron[g === 'male' ? 0 : 1]++;
    }
    tiers.push(['pronoun', pron]);
    for (const [by, [m, f]] of tiers) {
      if (m === 0 && f === 0) continue;
      if (m > 0 && f > 0) {
        // Honorifics and role nouns are stated outright: a conflict means no answer. Pronouns are resolved by
        // rule and can be wrong once: a clear majority decides.
        if (by !== 'pronoun' || Math.min(m, f) * 3 > Math.max(m, f)) return { gender: null, by: null };
      }
      return { gender: m > f ? 'male' : 'female', by };
    }
    const fng = e ? e.firstNameGender : this.firstNameGender(s);
    return fng ? { gender: fng, by: 'first-name' } : { gender: null, by: null };
  }

  /** Whether token i is the head word of an appositive right after the name ("Ann Lee, a spokeswoman"). */
  private headOfAppositive(i: number, last: number): boolean {
    const t = this.t;
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      if (t[k]!.text === ',') return true;
      if (t[k]!.kind !== 'word' || attachments.has(t[k]!.lower)) return false;
    }
    return i < last && false;
  }

  private firstNameGender(s: Speaker): Gender | null {
    if (!s.name?.includes(' ')) return null;
    return this.namer.firstNameGender(s.name.slice(0, s.name.indexOf(' ')).toLowerCase());
  }
}
