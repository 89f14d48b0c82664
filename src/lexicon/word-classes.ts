/**
 * Word classes from compromise's lexicon: for each of its ~25,000 words, the classes whosaid asks about, as bits.
 *
 * compromise is loaded on first use (its CommonJS build, synchronously), or not at all in a worker thread that
 * was handed the table by the main thread: the full library costs ~45 MB a copy, the table ~2 MB.
 */
import { createRequire } from 'node:module';

export const VERB_ONLY = 1; // every reading is a verb
export const VERB = 2; // some reading is a verb
export const FINITE = 4; // a tense, copula, modal or auxiliary
export const ADJECTIVE = 8;
export const ADVERB = 16;
export const MALE_NAME = 32;
export const FEMALE_NAME = 64;
export const FIRST_NAME = 128; // a first name of either gender
export const PERSON_NAME = 256; // any part of a person's name
export const PLACE = 512;
export const ORGANIZATION = 1024;
export const DATE = 2048;
export const KNOWN = 4096; // in the lexicon at all

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Participle', 'Verb', 'PhrasalVerb', 'Auxiliary']);
const BITS: Record<string, number> = {
  PastTense: FINITE,
  PresentTense: FINITE,
  Copula: FINITE,
  Modal: FINITE,
  Auxiliary: FINITE,
  Adjective: ADJECTIVE,
  Comparative: ADJECTIVE,
  Superlative: ADJECTIVE,
  Adverb: ADVERB,
  MaleName: MALE_NAME | FIRST_NAME | PERSON_NAME,
  FemaleName: FEMALE_NAME | FIRST_NAME | PERSON_NAME,
  FirstName: FIRST_NAME | PERSON_NAME,
  LastName: PERSON_NAME,
  Person: PERSON_NAME,
  Place: PLACE,
  Country: PLACE,
  City: PLACE,
  Region: PLACE,
  Demonym: PLACE,
  Organization: ORGANIZATION,
  SportsTeam: ORGANIZATION,
  WeekDay: DATE,
  Month: DATE,
  Date: DATE,
};

/** The table as plain pairs, to hand to a worker thread (structured clone). */
export type WordClassTable = [string, number][];

let table: Map<string, number> | null = null;

function fromCompromise(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  // Only the lexicon is wanted: let the library itself be collected once the table is built.
  delete require.cache[require.resolve('compromise')];
  const out = new Map<string, number>();
  for (const [word, raw] of Object.entries(nlp.model().one.lexicon)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    let bits = KNOWN;
    if (tags.length > 0 && tags.every((t) => VERB_TAGS.has(t))) bits |= VERB_ONLY;
    for (const t of tags) {
      if (VERB_TAGS.has(t)) bits |= VERB;
      bits |= Object.hasOwn(BITS, t) ? BITS[t]! : 0;
    }
    out.set(word, bits);
  }
  return out;
}

/** Installs a table built elsewhere (a worker gets the main thread's); compromise is then never loaded here. */
export function useWordClasses(entries: WordClassTable): void {
  table = new Map(entries);
}

export function wordClassTable(): WordClassTable {
  table ??= fromCompromise();
  return [...table];
}

/** The class bits of a lower-case word; 0 when compromise does not know it. */
export function classesOf(lower: string): number {
  table ??= fromCompromise();
  return table.get(lower) ?? 0;
}
