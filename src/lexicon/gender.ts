/**
 * Evidence of a person's gender in an article's own words (src/naming/gender.ts). Lower-case, honorifics without
 * their dot. Only words that are used for one gender in practice are listed: "chairman", "actor" and "host" are
 * used for women too, so they are not evidence.
 */
import type { Gender } from '../types.js';

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
 * Ann"). Not "chairman", "spokesman" or "congressman": newsrooms still apply them to women.
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
  { word: 'mother', gender: 'female', why: 'kinship' },
  { word: 'father', gender: 'male', why: 'kinship' },
  { word: 'daughter', gender: 'female', why: 'kinship' },
  { word: 'son', gender: 'male', why: 'kinship' },
  { word: 'wife', gender: 'female', why: 'kinship' },
  { word: 'husband', gender: 'male', why: 'kinship' },
  { word: 'sister', gender: 'female', why: 'kinship' },
  { word: 'brother', gender: 'male', why: 'kinship' },
  { word: 'grandmother', gender: 'female', why: 'kinship' },
  { word: 'grandfather', gender: 'male', why: 'kinship' },
  { word: 'girlfriend', gender: 'female', why: 'kinship' },
  { word: 'boyfriend', gender: 'male', why: 'kinship' },
  { word: 'niece', gender: 'female', why: 'kinship' },
  { word: 'nephew', gender: 'male', why: 'kinship' },
  { word: 'aunt', gender: 'female', why: 'kinship' },
  { word: 'uncle', gender: 'male', why: 'kinship' },
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
  { word: 'he', gender: 'male', why: 'subject' },
  { word: 'him', gender: 'male', why: 'object' },
  { word: 'his', gender: 'male', why: 'possessive' },
  { word: 'himself', gender: 'male', why: 'reflexive' },
  { word: 'she', gender: 'female', why: 'subject' },
  { word: 'her', gender: 'female', why: 'object and possessive' },
  { word: 'hers', gender: 'female', why: 'possessive' },
  { word: 'herself', gender: 'female', why: 'reflexive' },
];
