/**
 * The lexicons as look-up sets, plus word classes from compromise's own lexicon (first names by gender,
 * surnames, places, organizations, verb forms; see word-classes.ts), so that we tag the words around a quote
 * without parsing the article.
 */
import { INSTITUTIONS, OUTLETS } from './aliases.js';
import { FINITE_BE, HAVE_DO_MODALS, OBJECT_PRONOUNS } from './clause-words.js';
import { GIVEN_NAMES_AS_WORDS } from './gender.js';
import { FEMALE_WORDS, HONORIFICS, MALE_WORDS, ROLE_NOUNS } from './titles.js';
import {
  ADJECTIVE,
  ADVERB,
  classesOf,
  DATE,
  FEMALE_NAME,
  FINITE,
  FIRST_NAME,
  KNOWN,
  MALE_NAME,
  ORGANIZATION,
  PERSON_NAME,
  PLACE,
  VERB,
  VERB_ONLY,
} from './word-classes.js';
import {
  ADVERBIAL_PREPOSITIONS,
  ANONYMOUS_NOUNS,
  AUXILIARIES,
  DETERMINERS,
  NEGATIONS,
  NEGATIVE_SUBJECTS,
  ORGANIZATION_NOUNS,
  PERSONAL_PRONOUNS,
  PHRASE_BREAKS,
  POSSESSIVES,
  TIME_WORDS,
  VIA_FILLERS,
} from './words.js';

export * from './clause-words.js';
export {
  AS_ONLY_CUES,
  AS_PROPOSAL_CUES,
  AS_VIEW_CUES,
  ATTITUDE_CUES,
  ATTITUDE_NOUNS,
  ATTITUDE_PREPOSITIONS,
  BELIEF_ADJECTIVE_OBJECTS,
  BELIEF_ADJECTIVES,
  BELIEF_OBJECT_CUES,
  CUE_NOUNS,
  CUE_VERBS,
  type CueClass,
  type CueVerb,
  DARE_CUES,
  DOCUMENT_NOUNS,
  FAVOR_VERBS,
  INFINITIVE_CUES,
  INTENT_ADJECTIVES,
  INTENT_NOUNS,
  LONE_CONTENT_WORDS,
  NOUN_THIRD_FORMS,
  RAISING_VERBS,
  REFLEXIVE_PRONOUNS,
  SMALL_CLAUSE_CUES,
  SOURCE_PHRASES,
  STANCE_ADJECTIVES,
  STANCE_NOUNS,
  THING_OBJECT_CUES,
  TIME_SPAN_ENDS,
  TIME_SPAN_WORDS,
} from './cues.js';
export { DEICTIC_DAYS, PERSONAL_PRONOUNS, POSSESSIVE_PERSONS, TIME_WORD_DETERMINERS, VIA_PHRASES, WEEKDAYS } from './words.js';
export { INSTITUTIONS, OUTLETS };

export const honorifics = new Set(HONORIFICS);
export const roleNouns = new Set(ROLE_NOUNS);
export const maleWords = new Set(MALE_WORDS);
export const femaleWords = new Set(FEMALE_WORDS);
export const anonymousNouns = new Set(ANONYMOUS_NOUNS);
export const organizationNouns = new Set(ORGANIZATION_NOUNS);
export const determiners = new Set(DETERMINERS);
export const auxiliaries = new Set(AUXILIARIES);
export const negations = new Set(NEGATIONS);
/** A negation: a word of NEGATIONS ("not", "never") or a verb contracted with "n't" ("doesn't", "didn’t"). */
export const isNegation = (lower: string): boolean => negations.has(lower) || /n['’]t$/.test(lower);
export const negativeSubjects = new Set(NEGATIVE_SUBJECTS);
export const phraseBreaks = new Set(PHRASE_BREAKS);
export const timeWords = new Set(TIME_WORDS);
export const adverbialPrepositions = new Set(ADVERBIAL_PREPOSITIONS);
export const viaFillers = new Set(VIA_FILLERS);

export const POSSESSIVE_PRONOUNS = new Set(POSSESSIVES);

/** The subject pronouns (the keys of PERSONAL_PRONOUNS): "he", "they", "we". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS.keys());

/** "he's", "she’ll", "they've": a subject pronoun with its auxiliary, one token. */
export const PRONOUN_CONTRACTION = new RegExp(`^(?:${[...SUBJECT_PRONOUNS].join('|')})['’](?:s|ve|d|ll|re|m)$`);

/** Object and subject pronouns: a noun phrase of one word. */
export const PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS]);

export function isVerbWord(lower: string): boolean {
  if (anonymousNouns.has(lower) || organizationNouns.has(lower) || roleNouns.has(lower)) return false;
  return (classesOf(lower) & VERB_ONLY) !== 0;
}

/** Has a verb reading at all ("is", "will", "won"), for telling a clause from a noun phrase. */
export function hasVerbTag(lower: string): boolean {
  return (classesOf(lower) & VERB) !== 0;
}

/** A finite verb: a tense, a copula or a modal ("was", "will", "said"), not a bare form that may be a noun. */
export function isFiniteVerb(lower: string): boolean {
  // Contractions ("don't", "won’t", "it's") carry a finite auxiliary.
  if (/(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/.test(lower)) return true;
  if (FINITE_BE.has(lower) || HAVE_DO_MODALS.has(lower)) return true;
  return (classesOf(lower) & FINITE) !== 0;
}

/**
 * An "-ing" form made from a verb ("saying", "being", "trying"), not a word that only ends so: "bring", "sing",
 * "string", "thing" have no vowel before their "ing".
 */
export function isIngForm(lower: string): boolean {
  return lower.endsWith('ing') && /[aeiouy]/.test(lower.slice(0, -3));
}

export function isAdjectiveWord(lower: string): boolean {
  return (classesOf(lower) & ADJECTIVE) !== 0;
}

/** An adverb: known as one, or an "-ly" word made from a known adjective ("happily", "truly"; not "family"). */
export function isAdverbWord(lower: string): boolean {
  const bits = classesOf(lower);
  if (bits & ADVERB) return true;
  if (bits & KNOWN || lower.length < 5 || !lower.endsWith('ly')) return false;
  if (/(?:ous|ive|ful|al|ent|ant|ic|ed|ing|less|ible|able|ate)ly$/.test(lower)) return true;
  const stem = lower.slice(0, -2);
  return [stem, stem.replace(/i$/, 'y'), `${stem}e`, stem.replace(/l$/, 'le')].some((w) => isAdjectiveWord(w));
}

export type Gender = 'male' | 'female' | null;

/** Given names the lexicon knows only as words ("bill", "hope"), by gender (lexicon/gender.ts). */
const givenNamesAsWords: ReadonlyMap<string, Gender> = new Map(GIVEN_NAMES_AS_WORDS.map((e) => [e.word, e.gender]));

/** The class bits of a word, with the first-name bits of a given name the lexicon knows only as a word. */
function nameClassesOf(lower: string): number {
  const bits = classesOf(lower);
  const g = givenNamesAsWords.get(lower);
  return g ? bits | FIRST_NAME | PERSON_NAME | (g === 'male' ? MALE_NAME : FEMALE_NAME) : bits;
}

export function genderOfFirstName(lower: string): Gender {
  const bits = nameClassesOf(lower);
  if (bits & MALE_NAME) return 'male';
  if (bits & FEMALE_NAME) return 'female';
  return null;
}

export function isPersonNameWord(lower: string): boolean {
  return (nameClassesOf(lower) & PERSON_NAME) !== 0;
}

export function isFirstName(lower: string): boolean {
  return (nameClassesOf(lower) & FIRST_NAME) !== 0;
}

/**
 * A first name that is no common word as well: enough to make a person of a name that ends like an institution
 * ("Lena Ortiz Foundation"), where "Hope Street Shelter" or "Grace Bible Church" must stay places and groups.
 */
export function isPlainFirstName(lower: string): boolean {
  return (classesOf(lower) & FIRST_NAME) !== 0;
}

/**
 * Whether `first` opens a person's name ending in `last`: a first name, but one that is also a common word
 * ("Hope", "Bill") only before a surname that is no common word ("Hope Varnel", not "Hope Street Shelter").
 */
export function opensPersonName(first: string, last: string): boolean {
  return isPlainFirstName(first) || (isFirstName(first) && !isCommonWord(last));
}

export function isPlaceWord(lower: string): boolean {
  return (classesOf(lower) & PLACE) !== 0;
}

/** Known to the lexicon, and not as a name, a place, an organization or a date: a common word. */
export function isCommonWord(lower: string): boolean {
  const bits = classesOf(lower);
  return (bits & KNOWN) !== 0 && (bits & (PERSON_NAME | PLACE | ORGANIZATION | DATE)) === 0;
}

export function isDateWord(lower: string): boolean {
  return (classesOf(lower) & DATE) !== 0;
}

export function isOrganizationWord(lower: string): boolean {
  return organizationNouns.has(lower) || (classesOf(lower) & ORGANIZATION) !== 0;
}
