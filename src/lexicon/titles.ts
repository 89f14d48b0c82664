/**
 * Words that stand before a person's name and are not part of it ("Sen. Ted Cruz", "Foreign Minister
 * Andrii Sybiha"). Lower-case, without the trailing dot. Multi-word titles are matched word by word, so
 * "foreign" and "minister" are both here.
 */
export const HONORIFICS: string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'sen', 'rep', 'gov',
  'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'atty', 'supt', 'insp', 'pres', 'amb', 'hon',
];

/** Role nouns: a speaker described by office ("the spokesman", "Defense Secretary Lloyd Austin"). */
export const ROLE_NOUNS: string[] = [
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'congressman', 'congresswoman',
  'representative', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'chair', 'chief', 'director', 'ambassador', 'envoy', 'general', 'commander', 'admiral', 'colonel', 'captain',
  'sergeant', 'lieutenant', 'officer', 'judge', 'justice', 'attorney', 'lawyer', 'prosecutor', 'sheriff',
  'candidate', 'nominee', 'leader', 'speaker', 'deputy', 'adviser', 'advisor', 'aide', 'strategist', 'pollster',
  'analyst', 'economist', 'professor', 'doctor', 'researcher', 'scientist', 'expert', 'author', 'writer',
  'columnist', 'editor', 'reporter', 'correspondent', 'journalist', 'host', 'anchor', 'founder', 'ceo',
  'executive', 'manager', 'head', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'pastor', 'rabbi',
  'imam', 'activist', 'founder', 'owner', 'coach', 'player', 'actor', 'actress', 'singer', 'star', 'billionaire',
  'businessman', 'businesswoman', 'mogul', 'donor', 'operative', 'consultant', 'staffer', 'organizer', 'veteran',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'friend', 'resident',
  'student', 'teacher', 'nurse', 'physician', 'surgeon', 'diplomat', 'politician', 'lawmaker', 'legislator',
  'commissioner', 'superintendent', 'inspector', 'treasurer', 'comptroller', 'delegate', 'chancellor',
  'premier', 'president-elect', 'frontrunner', 'front-runner', 'contender', 'hopeful', 'incumbent', 'challenger',
  'man', 'woman', 'boy', 'girl', 'voter', 'supporter', 'critic', 'commentator', 'blogger', 'historian',
  'philosopher', 'physicist', 'biologist', 'sociologist', 'psychologist', 'surveyor', 'co-founder', 'publisher',
  'producer', 'director', 'comedian', 'rapper', 'musician', 'pundit', 'moderator', 'panelist', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'assemblyman',
  'assemblywoman', 'assemblymember', 'trustee', 'curator', 'principal', 'dean', 'provost', 'minister',
  'spokesperson', 'whip', 'marshal', 'constable', 'detective', 'magistrate', 'coroner', 'chef', 'pilot',
];

/** Honorifics and pronouns that tell a person's gender, for pronoun resolution. */
export const MALE_WORDS: string[] = ['mr', 'he', 'him', 'his', 'himself', 'sir', 'lord', 'king', 'prince', 'spokesman', 'congressman', 'chairman', 'businessman', 'father', 'son', 'husband', 'brother', 'man', 'boy', 'actor'];
export const FEMALE_WORDS: string[] = ['mrs', 'ms', 'miss', 'she', 'her', 'hers', 'herself', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'congresswoman', 'chairwoman', 'businesswoman', 'mother', 'daughter', 'wife', 'sister', 'widow', 'woman', 'girl', 'actress'];
