/**
 * The lexicons as look-up sets, plus word classes from compromise's own lexicon (first names by gender,
 * surnames, places, organizations, verb forms), so that we tag the words around a quote without parsing
 * the article.
 */
import nlp from 'compromise';
import { INSTITUTIONS, OUTLETS } from './aliases.js';
import { FEMALE_WORDS, HONORIFICS, MALE_WORDS, ROLE_NOUNS } from './titles.js';
import {
  ADVERBIAL_PREPOSITIONS,
  ANONYMOUS_NOUNS,
  AUXILIARIES,
  DETERMINERS,
  NEGATIONS,
  NEGATIVE_SUBJECTS,
  ORGANIZATION_NOUNS,
  PHRASE_BREAKS,
  TIME_WORDS,
  VIA_FILLERS,
} from './words.js';

export { CUE_NOUNS, CUE_VERBS, INFINITIVE_CUES, SOURCE_PHRASES, STANCE_ADJECTIVES, STANCE_NOUNS, type CueClass, type CueVerb } from './cues.js';
export { PERSONAL_PRONOUNS, VIA_PHRASES } from './words.js';
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
export const negativeSubjects = new Set(NEGATIVE_SUBJECTS);
export const phraseBreaks = new Set(PHRASE_BREAKS);
export const timeWords = new Set(TIME_WORDS);
export const adverbialPrepositions = new Set(ADVERBIAL_PREPOSITIONS);
export const viaFillers = new Set(VIA_FILLERS);

type Tag = string;
const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, Tag | Tag[]> } }).one.lexicon;

function tagsOf(lower: string): Tag[] {
  const t = compromiseLexicon[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Participle', 'Verb', 'PhrasalVerb', 'Auxiliary']);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);

/** True for words compromise knows only as verbs, and that we do not list as nouns. */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

/** Object and subject pronouns: a noun phrase of one word. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'me', 'him', 'her', 'us', 'them', 'who', 'whom']);

export function isVerbWord(lower: string): boolean {
  if (anonymousNouns.has(lower) || organizationNouns.has(lower) || roleNouns.has(lower)) return false;
  const tags = tagsOf(lower);
  return tags.length > 0 && tags.every((t) => VERB_TAGS.has(t));
}

/** Has a verb reading at all ("is", "will", "won"), for telling a clause from a noun phrase. */
export function hasVerbTag(lower: string): boolean {
  return tagsOf(lower).some((t) => VERB_TAGS.has(t));
}

/** A finite verb: a tense, a copula or a modal ("was", "will", "said"), not a bare form that may be a noun. */
export function isFiniteVerb(lower: string): boolean {
  // Contractions ("don't", "won’t", "it's") carry a finite auxiliary.
  if (/(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/.test(lower)) return true;
  if (FINITE_AUXILIARIES.has(lower)) return true;
  return tagsOf(lower).some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Copula' || t === 'Modal' || t === 'Auxiliary');
}
const FINITE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

export function isAdjectiveWord(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative');
}

/** An adverb: known as one, or an "-ly" word made from a known adjective ("happily", "truly"; not "family"). */
export function isAdverbWord(lower: string): boolean {
  const tags = tagsOf(lower);
  if (tags.includes('Adverb')) return true;
  if (tags.length > 0 || lower.length < 5 || !lower.endsWith('ly')) return false;
  if (/(?:ous|ive|ful|al|ent|ant|ic|ed|ing|less|ible|able|ate)ly$/.test(lower)) return true;
  const stem = lower.slice(0, -2);
  return [stem, stem.replace(/i$/, 'y'), `${stem}e`, stem.replace(/l$/, 'le')].some((w) => isAdjectiveWord(w));
}

export type Gender = 'male' | 'female' | null;

export function genderOfFirstName(lower: string): Gender {
  const tags = tagsOf(lower);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return null;
}

export function isPersonNameWord(lower: string): boolean {
  return tagsOf(lower).some((t) => NAME_TAGS.has(t));
}

export function isFirstName(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName');
}

export function isPlaceWord(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'Place' || t === 'Country' || t === 'City' || t === 'Region' || t === 'Demonym');
}

export function isDateWord(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'WeekDay' || t === 'Month' || t === 'Date');
}

export function isOrganizationWord(lower: string): boolean {
  return organizationNouns.has(lower) || tagsOf(lower).includes('Organization') || tagsOf(lower).includes('SportsTeam');
}
