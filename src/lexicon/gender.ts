/**
 * Evidence of a person's gender in an article's own words (src/naming/gender.ts). Lower-case, honorifics without
 * their dot. Only words that are used for one gender in practice are listed: "chairman", "actor" and "host" are
 * used for women too, so they are not evidence.
 */
import type { Gender } from '../types.js';
import { registerEntries } from './list.js';

export interface GenderedWord {
  word: string;
  gender: Gender;
  why: string;
}

/** Honorifics directly before a name ("Mr. Hedge", "Ms. Tanzer"). */
export const GENDERED_HONORIFICS: readonly GenderedWord[] = [
  { word: 'mr', gender: 'male', why: 'courtesy title for men' },
  { word: 'mrs', gender: 'female', why: 'courtesy title for married women' },
  { word: 'ms', gender: 'female', why: 'courtesy title for women' },
  { word: 'miss', gender: 'female', why: 'courtesy title for unmarried women' },
  { word: 'sir', gender: 'male', why: 'British knighthood, men only' },
  { word: 'dame', gender: 'female', why: 'British damehood, women only' },
  { word: 'lord', gender: 'male', why: 'peerage title for men' },
  { word: 'lady', gender: 'female', why: 'peerage title for women' },
];

/**
 * Role and kinship nouns that give the gender of the person they describe ("spokeswoman Jen Psaki", "his wife,
 * Ann"). Not "chairman" or "spokesman": newsrooms still apply them to women ("congressman" and "businessman" are
 * listed: their -woman forms are what women in those roles are called).
 */
export const GENDERED_ROLE_NOUNS: readonly GenderedWord[] = [
  { word: 'spokeswoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'congresswoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'chairwoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'businesswoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'councilwoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'assemblywoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'alderwoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'anchorwoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'policewoman', gender: 'female', why: 'the -woman form is only used for women' },
  { word: 'congressman', gender: 'male', why: 'women members are called congresswoman or representative' },
  { word: 'businessman', gender: 'male', why: 'women are called businesswoman' },
  { word: 'councilman', gender: 'male', why: 'women are called councilwoman' },
  { word: 'assemblyman', gender: 'male', why: 'women are called assemblywoman' },
  { word: 'actress', gender: 'female', why: 'a female form' },
  { word: 'waitress', gender: 'female', why: 'a female form' },
  { word: 'heiress', gender: 'female', why: 'a female form' },
  { word: 'widow', gender: 'female', why: 'a female form' },
  { word: 'widower', gender: 'male', why: 'a male form' },
  { word: 'mother', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'father', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'daughter', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'son', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'wife', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'husband', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'sister', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'brother', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'grandmother', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'grandfather', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'girlfriend', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'boyfriend', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'niece', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'nephew', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'aunt', gender: 'female', why: 'a kinship noun of one gender' },
  { word: 'uncle', gender: 'male', why: 'a kinship noun of one gender' },
  { word: 'king', gender: 'male', why: 'a male title' },
  { word: 'queen', gender: 'female', why: 'a female title' },
  { word: 'prince', gender: 'male', why: 'a male title' },
  { word: 'princess', gender: 'female', why: 'a female title' },
  { word: 'duke', gender: 'male', why: 'a male title' },
  { word: 'duchess', gender: 'female', why: 'a female title' },
  { word: 'man', gender: 'male', why: '"a man who lives nearby"' },
  { word: 'woman', gender: 'female', why: '"a woman who lives nearby"' },
  { word: 'boy', gender: 'male', why: 'a male noun' },
  { word: 'girl', gender: 'female', why: 'a female noun' },
  { word: 'nun', gender: 'female', why: 'a female noun' },
  { word: 'monk', gender: 'male', why: 'a male noun' },
];

/** Personal pronouns in the third person singular: which gender each one refers to. */
export const GENDERED_PRONOUNS: readonly GenderedWord[] = [
  { word: 'he', gender: 'male', why: 'the subject form' },
  { word: 'him', gender: 'male', why: 'the object form' },
  { word: 'his', gender: 'male', why: 'the possessive form' },
  { word: 'himself', gender: 'male', why: 'the reflexive form' },
  { word: 'she', gender: 'female', why: 'the subject form' },
  { word: 'her', gender: 'female', why: 'object and possessive' },
  { word: 'hers', gender: 'female', why: 'the possessive form' },
  { word: 'herself', gender: 'female', why: 'the reflexive form' },
];

/**
 * Given names that are also ordinary English words ("a bill", "hope", "a ray"), which compromise's lexicon knows
 * only as words: without them "Bill Moore, the pollster" is no person's name and "he" cannot reach him. Only
 * names used for one gender in practice; not names that are also modals, months or past tenses ("Will", "May",
 * "June", "Drew"), whose capital at a sentence start would make a name of a word.
 */
export const GIVEN_NAMES_AS_WORDS: readonly GenderedWord[] = [
  { word: 'bill', gender: 'male', why: 'a short form of William that is also a common noun' },
  { word: 'rich', gender: 'male', why: 'a short form of Richard that is also an adjective' },
  { word: 'dick', gender: 'male', why: 'a short form of Richard that is also a common noun' },
  { word: 'jay', gender: 'male', why: 'a given name that is also a common noun' },
  { word: 'ray', gender: 'male', why: 'a given name that is also a common noun' },
  { word: 'gene', gender: 'male', why: 'a given name that is also a common noun' },
  { word: 'dean', gender: 'male', why: 'a given name that is also a common noun' },
  { word: 'hope', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'joy', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'faith', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'grace', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'dawn', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'pearl', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'ruby', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'ivy', gender: 'female', why: 'a given name that is also a common noun' },
  { word: 'holly', gender: 'female', why: 'a given name that is also a common noun' },
];

registerEntries('GENDERED_HONORIFICS', GENDERED_HONORIFICS);
registerEntries('GIVEN_NAMES_AS_WORDS', GIVEN_NAMES_AS_WORDS);
registerEntries('GENDERED_ROLE_NOUNS', GENDERED_ROLE_NOUNS);
registerEntries('GENDERED_PRONOUNS', GENDERED_PRONOUNS);
