/**
 * Word classes from compromise's lexicon: for each of its ~25,000 words, the classes whosaid asks about, as bits.
 *
 * The build derives the table from compromise once (dist/lexicon/word-classes.json); see load() below.
 */
import { readFileSync } from 'node:fs';
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

/**
 * The table as written to dist/lexicon/word-classes.json: the words of each class combination, joined by "\n"
 * into one string per combination. JSON.parse makes one string per word of an array of ~25,000 words (14 ms of
 * CPU in every thread at start-up, measured); of a dozen long strings, 2 ms, and split() then cuts them natively.
 */
export interface WordClassFile {
  compromise: string;
  classes: Record<string, string>;
}

let table: Map<string, number> | null = null;

/** Builds the table from compromise's lexicon (its CommonJS build, loaded synchronously). */
export function fromCompromise(): { version: string; table: Map<string, number> } {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { version: string; model(): { one: { lexicon: Record<string, string | string[]> } } };
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
  return { version: nlp.version, table: out };
}

/** The table in its file form, grouped by class bits (a third the size of word -> bits pairs, and faster to parse). */
export function toFile(built: { version: string; table: Map<string, number> }): WordClassFile {
  const groups: Record<string, string[]> = {};
  for (const [word, bits] of built.table) {
    // A word with a line break would split into two words when read back.
    if (word.includes('\n')) throw new Error(`word-classes: a word with a line break in compromise's lexicon: ${JSON.stringify(word)}`);
    groups[bits] ??= [];
    groups[bits].push(word);
  }
  const classes: Record<string, string> = {};
  for (const [bits, words] of Object.entries(groups)) classes[bits] = words.join('\n');
  return { compromise: built.version, classes };
}

/**
 * The build writes the table next to this module (see build-word-classes.ts), so that no thread loads compromise
 * at run time: loading it costs ~0.1 s and ~45 MB in every thread that does, against ~2 MB for the table. When
 * the file is missing (the sources run directly, under vitest), the table is built from compromise here. The
 * build rewrites the file every time, and `npm install` builds, so it follows the installed compromise.
 */
function load(): Map<string, number> {
  let text: string;
  try {
    text = readFileSync(new URL('./word-classes.json', import.meta.url), 'utf8');
  } catch {
    return fromCompromise().table;
  }
  const file = JSON.parse(text) as WordClassFile;
  const out = new Map<string, number>();
  const groups = Object.keys(file.classes);
  for (let g = 0; g < groups.length; g++) {
    const n = Number(groups[g]);
    const words = file.classes[groups[g]!]!.split('\n');
    for (let i = 0; i < words.length; i++) out.set(words[i]!, n);
  }
  return out;
}

/** The class bits of a lower-case word; 0 when compromise does not know it. */
export function classesOf(lower: string): number {
  table ??= load();
  return table.get(lower) ?? 0;
}
