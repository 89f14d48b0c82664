/**
 * Word lists for canonical names (src/naming/): what may stand inside, before or after a person's name, and what
 * makes a capitalised phrase a place or a thing rather than a person. Lower-case. Each entry has a reason.
 */

import { type WordEntry, wordEntries } from './list.js';

/**
 * Last words that make a capitalised phrase a place, a building, an event or a programme, never a person
 * ("Baker Street", "Caspian Sea", "Eiffel Tower", "Korean War", "Homeland Security"). compromise's lexicon does
 * not know most of these nouns, so without this list "he" could resolve to "Palm Beach".
 */
const NOT_PERSON_HEADS_LIST: readonly WordEntry[] = [
  { word: 'street', why: 'streets: "Baker Street"' },
  { word: 'avenue', why: 'streets: "Fifth Avenue"' },
  { word: 'road', why: 'a street or road name' },
  { word: 'boulevard', why: 'a street or road name' },
  { word: 'square', why: 'places: "Union Square"' },
  { word: 'park', why: 'places: "Hyde Park"' },
  { word: 'beach', why: 'places: "Palm Beach"' },
  { word: 'island', why: 'a place name ends with it' },
  { word: 'islands', why: 'a place name ends with it' },
  { word: 'shoal', why: 'places at sea' },
  { word: 'reef', why: 'places at sea' },
  { word: 'sea', why: 'places: "Caspian Sea"' },
  { word: 'ocean', why: 'a place name ends with it' },
  { word: 'river', why: 'a place name ends with it' },
  { word: 'lake', why: 'a place name ends with it' },
  { word: 'bay', why: 'a place name ends with it' },
  { word: 'valley', why: 'places: "Death Valley"' },
  { word: 'mountain', why: 'a place name ends with it' },
  { word: 'mountains', why: 'a place name ends with it' },
  { word: 'hills', why: 'places: "Golan Hills"' },
  { word: 'point', why: 'places: "Cape Point"' },
  { word: 'side', why: 'places: "Upper West Side"' },
  { word: 'coast', why: 'places: "Gulf Coast"' },
  { word: 'pacific', why: 'places: "South Pacific"' },
  { word: 'atlantic', why: 'places: "North Atlantic"' },
  { word: 'east', why: 'places: "Middle East"' },
  { word: 'west', why: 'places: "Wild West"' },
  { word: 'north', why: 'a place name ends with it' },
  { word: 'south', why: 'a place name ends with it' },
  { word: 'city', why: 'places: "Salt Lake City"' },
  { word: 'county', why: 'a place name ends with it' },
  { word: 'state', why: 'places and bodies: "Empire State"' },
  { word: 'states', why: 'places: "United States"' },
  { word: 'kingdom', why: 'places: "United Kingdom"' },
  { word: 'republic', why: 'a place name ends with it' },
  { word: 'church', why: 'buildings and congregations: "Grace Baptist Church"' },
  { word: 'chapel', why: 'buildings' },
  { word: 'cathedral', why: 'buildings' },
  { word: 'mosque', why: 'buildings' },
  { word: 'temple', why: 'buildings' },
  { word: 'synagogue', why: 'buildings' },
  { word: 'tower', why: 'buildings: "Eiffel Tower"' },
  { word: 'hall', why: 'buildings: "City Hall"' },
  { word: 'building', why: 'buildings' },
  { word: 'hotel', why: 'buildings' },
  { word: 'airport', why: 'buildings' },
  { word: 'hospital', why: 'buildings and institutions' },
  { word: 'stadium', why: 'buildings' },
  { word: 'arena', why: 'buildings' },
  { word: 'bridge', why: 'structures' },
  { word: 'war', why: 'events: "Korean War"' },
  { word: 'year', why: 'events: "New Year"' },
  { word: 'act', why: 'laws: "Clean Air Act"' },
  { word: 'law', why: 'a law or act: "Patriot Act"' },
  { word: 'bill', why: 'laws: "Farm Bill" (a lone "Bill" is a first name, but never the last word of a name)' },
  { word: 'amendment', why: 'laws: "First Amendment"' },
  { word: 'security', why: 'programmes: "Homeland Security"' },
  { word: 'affairs', why: 'offices: "Veterans Affairs"' },
  { word: 'times', why: 'newspapers: "Financial Times"' },
  { word: 'post', why: 'newspapers: "Jerusalem Post"' },
  { word: 'news', why: 'a news outlet, not a person' },
  { word: 'radio', why: 'a news outlet, not a person' },
  { word: 'journal', why: 'newspapers' },
  { word: 'magazine', why: 'a news outlet, not a person' },
  { word: 'poll', why: 'polls named after their makers' },
  { word: 'award', why: 'a prize or award' },
  { word: 'prize', why: 'a prize or award' },
  { word: 'medal', why: 'a prize or award' },
  { word: 'party', why: 'a political party' },
  { word: 'republicans', why: 'groups: a plural is never one person' },
  { word: 'democrats', why: 'groups: a plural is never one person' },
];
export const NOT_PERSON_HEADS = wordEntries('NOT_PERSON_HEADS', NOT_PERSON_HEADS_LIST);

/**
 * Of NOT_PERSON_HEADS, the words that are also common surnames ("Allen West", "Oliver North", "Ricki Lake"): after
 * a first name the lexicon knows, the phrase is a person's name, since place names of that shape open with a
 * qualifier ("Wild West", "Middle East"), not a given name.
 */
export const SURNAME_PLACE_HEADS = wordEntries('SURNAME_PLACE_HEADS', [
  { word: 'west', why: 'a common English surname' },
  { word: 'north', why: 'a common English surname' },
  { word: 'lake', why: 'a common English surname' },
  { word: 'park', why: 'a common English and Korean surname' },
]);

/** Written after a surname, part of the name a user groups by ("Harry Harris Jr."). */
export const NAME_SUFFIXES = wordEntries('NAME_SUFFIXES', [
  { word: 'jr', why: 'generational suffix: junior' },
  { word: 'sr', why: 'generational suffix: senior' },
  { word: 'ii', why: 'the second' },
  { word: 'iii', why: 'the third' },
  { word: 'iv', why: 'the fourth' },
]);

/** Lower-case words that stand inside a person's name ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const NAME_PARTICLES = wordEntries('NAME_PARTICLES', [
  { word: 'van', why: 'Dutch and Flemish surnames' },
  { word: 'von', why: 'German surnames' },
  { word: 'de', why: 'French, Spanish and Portuguese surnames' },
  { word: 'da', why: 'Portuguese and Italian surnames' },
  { word: 'del', why: 'Spanish and Italian surnames' },
  { word: 'della', why: 'Italian surnames' },
  { word: 'di', why: 'Italian surnames' },
  { word: 'du', why: 'French surnames' },
  { word: 'la', why: 'French and Spanish surnames' },
  { word: 'le', why: 'French surnames' },
  { word: 'bin', why: 'Arabic patronymics' },
  { word: 'ibn', why: 'Arabic patronymics' },
  { word: 'al', why: 'Arabic surnames ("al Assad")' },
]);

/**
 * Verbs that, right after a lone capitalised word, show that word is a person's surname ("Conway said"): so a
 * full name whose words the lexicon does not know ("Kellyanne Conway") still counts as a person.
 */
export const SURNAME_EVIDENCE_VERBS = wordEntries('SURNAME_EVIDENCE_VERBS', [
  { word: 'said', why: 'the commonest speech verb' },
  { word: 'says', why: 'speech verb, present' },
  { word: 'told', why: 'speech verb with an addressee' },
  { word: 'added', why: 'speech verb' },
  { word: 'wrote', why: 'writing verb' },
  { word: 'explained', why: 'speech verb' },
  { word: 'argued', why: 'speech verb' },
  { word: 'noted', why: 'speech verb' },
  { word: 'continued', why: 'speech verb' },
  { word: 'asked', why: 'speech verb' },
  { word: 'replied', why: 'speech verb' },
  { word: 'insisted', why: 'speech verb' },
  { word: 'recalled', why: 'speech verb' },
  { word: 'tweeted', why: 'writing verb' },
  { word: 'believes', why: 'only people believe' },
  { word: 'thinks', why: 'only people think' },
]);

/** Lower-case words allowed between the capitalised words of an institution's name before its acronym. */
export const ACRONYM_JOINERS = wordEntries('ACRONYM_JOINERS', [
  { word: 'of', why: '"Joint Chiefs of Staff (JCS)"' },
  { word: 'and', why: '"Bureau of Alcohol, Tobacco and Firearms"' },
  { word: 'for', why: '"Center for Disease Control"' },
  { word: 'the', why: '"Bank of the West"' },
  { word: 'on', why: '"Committee on Foreign Relations"' },
  { word: 'in', why: '"Office in Europe"' },
  { word: 'de', why: 'French and Spanish names' },
  { word: 'du', why: 'French names' },
  { word: 'des', why: 'French names' },
  { word: 'la', why: 'French and Spanish names' },
  { word: 'le', why: 'French names' },
]);

/** Words that end the core of a noun phrase: what follows attaches to it ("the spokesman for the ministry"). */
export const ATTACHMENT_WORDS = wordEntries('ATTACHMENT_WORDS', [
  { word: 'of', why: '"the Russian section of the BBC"' },
  { word: 'for', why: '"a lawyer for the family"' },
  { word: 'at', why: '"a doctor at the clinic"' },
  { word: 'from', why: '"a source from the ministry"' },
  { word: 'in', why: '"officials in Kyiv"' },
  { word: 'with', why: '"a man with a sign"' },
  { word: 'on', why: '"an expert on trade"' },
  { word: 'to', why: '"an adviser to the mayor"' },
  { word: 'who', why: 'a relative clause' },
  { word: 'which', why: 'a relative clause' },
]);

/** Adjectives that, before "to" or "with", make the rest an attachment ("a source close to the campaign"). */
export const NEARNESS_ADJECTIVES = wordEntries('NEARNESS_ADJECTIVES', [
  { word: 'close', why: '"close to the campaign"' },
  { word: 'familiar', why: '"familiar with the talks"' },
  { word: 'loyal', why: '"loyal to the president"' },
  { word: 'near', why: '"near to the leadership"' },
  { word: 'allied', why: '"allied with the group"' },
  { word: 'linked', why: '"linked to the ministry"' },
  { word: 'connected', why: '"connected to the party"' },
  { word: 'opposed', why: '"opposed to the deal"' },
]);

/**
 * Honorifics that say nothing about a role: not kept in `speaker.role` ("Mr. Hedge" has no role, "Sen. Ted Cruz"
 * has "Sen.").
 */
export const PLAIN_HONORIFICS = wordEntries('PLAIN_HONORIFICS', [
  { word: 'mr', why: 'courtesy title' },
  { word: 'mrs', why: 'courtesy title' },
  { word: 'ms', why: 'courtesy title' },
  { word: 'miss', why: 'courtesy title' },
  { word: 'mx', why: 'courtesy title' },
  { word: 'sir', why: 'courtesy title' },
  { word: 'dame', why: 'courtesy title' },
  { word: 'hon', why: 'courtesy title' },
]);

/** Words that qualify a role and belong to it ("former senator", "acting director"). */
export const ROLE_QUALIFIERS = wordEntries('ROLE_QUALIFIERS', [
  { word: 'former', why: '"former senator"' },
  { word: 'acting', why: '"acting director"' },
  { word: 'deputy', why: '"deputy mayor"' },
  { word: 'senior', why: '"senior adviser"' },
  { word: 'chief', why: '"chief economist"' },
  { word: 'assistant', why: '"assistant professor"' },
  { word: 'associate', why: '"associate professor"' },
  { word: 'interim', why: '"interim chief"' },
  { word: 'retired', why: '"retired general"' },
  { word: 'longtime', why: '"longtime aide"' },
  { word: 'then', why: '"then-senator"' },
  { word: 'vice', why: '"vice president"' },
  { word: 'prime', why: '"prime minister"' },
  { word: 'general', why: '"attorney general", "secretary general"' },
  { word: 'executive', why: '"executive director"' },
  { word: 'managing', why: '"managing editor"' },
  { word: 'press', why: '"press secretary"' },
  { word: 'campaign', why: '"campaign manager"' },
]);

/** Party and affiliation words written before a name as a label, not part of it ("Democrat Lena Ortiz"). */
export const AFFILIATION_WORDS = wordEntries('AFFILIATION_WORDS', [
  { word: 'democrat', why: 'US party label' },
  { word: 'republican', why: 'US party label' },
  { word: 'democratic', why: 'US party label' },
  { word: 'gop', why: 'US party label' },
  { word: 'independent', why: 'party label' },
  { word: 'libertarian', why: 'party label' },
  { word: 'conservative', why: 'party or stance label' },
  { word: 'liberal', why: 'party or stance label' },
  { word: 'labour', why: 'UK party label' },
  { word: 'tory', why: 'UK party label' },
  { word: 'socialist', why: 'party label' },
  { word: 'green', why: 'party label' },
]);

/** First words of place names, never of a person's ("Fort Worth", "Port Said", "San Jose", "Lake Forest"). */
export const PLACE_PREFIXES = wordEntries('PLACE_PREFIXES', [
  { word: 'fort', why: 'towns named after forts' },
  { word: 'port', why: 'harbour towns' },
  { word: 'mount', why: 'mountains' },
  { word: 'lake', why: 'lakes and lake towns' },
  { word: 'cape', why: 'a cape: "Cape Cod"' },
  { word: 'san', why: 'Spanish place names' },
  { word: 'santa', why: 'Spanish place names' },
  { word: 'los', why: 'Spanish place names' },
  { word: 'las', why: 'Spanish place names' },
  { word: 'new', why: '"New York", "New Hampshire"' },
  { word: 'north', why: 'a region: "North Carolina"' },
  { word: 'south', why: 'a region: "North Carolina"' },
  { word: 'east', why: 'a region: "North Carolina"' },
  { word: 'west', why: 'a region: "North Carolina"' },
  { word: 'upper', why: 'a region: "North Carolina"' },
  { word: 'lower', why: 'a region: "North Carolina"' },
]);

/** Number words: "Thirty Seven said" is a count that opened a sentence, not an organization. */
export const NUMBER_WORDS = wordEntries(
  'NUMBER_WORDS',
  [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'sixty',
    'seventy',
    'eighty',
    'ninety',
    'hundred',
    'thousand',
    'million',
    'half',
    'dozen',
  ].map((word) => ({ word, why: 'a number word, never a name' })),
);

/**
 * Function words that open a sentence with a capital before a name ("When Ortiz arrived", "But Birch said"): not
 * part of the name. Nouns are not listed, since a capitalised noun before a surname may be a first name.
 */
export const SENTENCE_OPENERS = wordEntries(
  'SENTENCE_OPENERS',
  [
    'when',
    'but',
    'and',
    'as',
    'if',
    'while',
    'after',
    'before',
    'since',
    'though',
    'although',
    'so',
    'then',
    'now',
    'here',
    'there',
    'still',
    'even',
    'also',
    'yet',
    'because',
    'unlike',
    'like',
    'with',
    'without',
    'for',
    'from',
    'in',
    'on',
    'at',
    'by',
    'of',
    'to',
    'asked',
    'said',
    'says',
    'told',
    'did',
    'does',
    'do',
    'is',
    'was',
    'has',
    'had',
    'will',
    'would',
    'could',
    'should',
    'can',
    'may',
    'might',
    'must',
    'not',
    'no',
    'yes',
    'only',
    'just',
    'why',
    'how',
    'what',
    'where',
    'who',
    'today',
    'yesterday',
    'tonight',
    'besides',
    'alongside',
    'once',
    'until',
    'whether',
    'according',
    'following',
    'including',
    'despite',
    'during',
    'against',
  ].map((word) => ({ word, why: 'a function word that opens a sentence' })),
);

/** Words after which a capitalised word opens a clause's subject ("and Ortiz said"), like a sentence start. */
export const SUBJECT_CONJUNCTIONS = wordEntries(
  'SUBJECT_CONJUNCTIONS',
  ['and', 'but', 'as', 'while', 'when', 'because', 'though', 'although', 'after', 'before'].map((word) => ({
    word,
    why: 'a conjunction that opens a clause',
  })),
);

/** Titles before a name that the shared role list (titles.ts) does not hold: skipped like roles. */
export const TITLE_WORDS = wordEntries('TITLE_WORDS', [
  { word: 'counsel', why: '"General Counsel Lena Ortiz"' },
  { word: 'committeeman', why: '"National Committeeman"' },
  { word: 'committeewoman', why: '"National Committeewoman"' },
  { word: 'chairperson', why: 'gender-neutral chair' },
  { word: 'secretary-general', why: 'head of the UN or NATO' },
  { word: 'attorney-general', why: 'hyphenated form' },
  { word: 'solicitor', why: '"Solicitor General"' },
  { word: 'archbishop', why: 'church title' },
  { word: 'cardinal', why: 'church title' },
  { word: 'sheikh', why: 'Arabic honorific' },
  { word: 'ayatollah', why: 'Shiite title' },
  { word: 'emir', why: "a ruler's title before the name" },
  { word: 'sultan', why: "a ruler's title before the name" },
  { word: 'president-elect', why: 'an office held, before a name' },
  { word: 'vice-president', why: 'an office held, before a name' },
  { word: 'congressmember', why: 'gender-neutral member of Congress' },
  { word: 'lt.', why: 'a military rank before a name' },
]);

/**
 * Participles that open a sentence whose subject they share ("Asked about the plan, she said ..."): a person named
 * inside that clause is not who the pronoun after it refers to.
 */
export const FRONTED_PARTICIPLES = wordEntries(
  'FRONTED_PARTICIPLES',
  ['asked', 'pressed', 'questioned', 'speaking', 'responding', 'referring', 'writing', 'told', 'reached', 'interviewed', 'challenged', 'confronted'].map(
    (word) => ({ word, why: "a participle whose subject is the main clause's" }),
  ),
);

/**
 * Prepositions that open a fronted adverbial before the subject ("In a letter to Ann Lee, she wrote …", "Unlike
 * Ann Lee, he said …"): a person named inside it is an object of the preposition, not who the pronoun right after it
 * is. Not "for" or "to", whose phrase may name the subject's own view ("For Ann Lee, the issue is …").
 */
export const FRONTED_PREPOSITIONS = wordEntries('FRONTED_PREPOSITIONS', [
  { word: 'in', why: 'a circumstance or a document: "In a letter to X, she wrote"' },
  { word: 'with', why: 'company or means: "With X at her side, she said"' },
  { word: 'after', why: 'a time: "After meeting X, he said"' },
  { word: 'before', why: 'a time: "Before X spoke, she said"' },
  { word: 'during', why: 'a time: "During a call with X, he said"' },
  { word: 'since', why: 'a time: "Since X took office, she has said"' },
  { word: 'despite', why: 'a concession: "Despite X\'s plea, he said"' },
  { word: 'unlike', why: 'a contrast: "Unlike X, she said"' },
  { word: 'like', why: 'a comparison: "Like X, he said"' },
  { word: 'following', why: 'a time: "Following talks with X, she said"' },
  { word: 'at', why: 'a place or event: "At a rally for X, he said"' },
]);

/** The rules that give a speaker its canonical name, in the order the naming stage tries them (`--explain`). */
export const NAME_RULES = [
  { id: 'full-name', note: 'a full name, as the fullest mention in the article writes it', example: 'Mayor Lena J. Ortiz -> Lena Ortiz' },
  { id: 'surname', note: 'a surname (or "Ms. Ortiz", "ORTIZ") takes the full name written anywhere in the article', example: 'Ortiz -> Lena Ortiz' },
  { id: 'first-name', note: 'a first name alone, when one person named in full has it', example: 'Lena -> Lena Ortiz' },
  { id: 'appositive-name', note: 'a description with the name in apposition', example: 'her lawyer, Tom Birch -> Tom Birch' },
  { id: 'description', note: '"the admiral": the person the article gave that role to', example: 'the admiral -> Jonas Peller' },
  { id: 'main-subject', note: '"the businessman" given to no one: the person the article names most', example: 'the businessman -> Tomas Vell' },
  {
    id: 'organization-description',
    note: '"the company", "the group": the organization named last in this sentence or the two before',
    example: 'Golden Harvest ... the company -> Golden Harvest',
  },
  { id: 'alias', note: 'an institution from the alias table or an acronym the article defines', example: 'U.S. Department of Defense -> Pentagon' },
  {
    id: 'proper-name',
    note: 'a capitalised name no table knows, titles and fillers removed',
    example: 'the progressive Riverton Institute -> Riverton Institute',
  },
  { id: 'common-noun', note: 'a common noun is never a name', example: 'the agency -> null' },
  { id: 'place', note: 'a place is where something was said, never a source', example: 'Columbus, Ohio -> null' },
  { id: 'unnamed', note: 'no name: an unresolved pronoun, an unnamed source or group', example: 'officials -> null' },
] as const;
export type NameRuleId = (typeof NAME_RULES)[number]['id'];

/**
 * Generic nouns news uses for an organization it has just named, to avoid repeating the name ("Monsanto opposed
 * the bill ... the company tweeted"). A noun that is part of most names of its kind ("the foundation", "the
 * ministry") is left to the same-head back-reference, which checks the name's own head.
 */
export const GENERIC_ORGANIZATION_HEADS = wordEntries('GENERIC_ORGANIZATION_HEADS', [
  { word: 'company', why: 'any business: "the company said"' },
  { word: 'firm', why: 'any business or practice' },
  { word: 'group', why: 'any association, lobby or advocacy body' },
  { word: 'organization', why: 'any organized body' },
  { word: 'organisation', why: 'British spelling of organization' },
  { word: 'magazine', why: 'a publication named just before' },
  { word: 'newspaper', why: 'a publication named just before' },
  { word: 'network', why: 'a broadcaster named just before' },
  { word: 'nonprofit', why: 'any charity or advocacy body' },
  { word: 'charity', why: 'any charitable body' },
  { word: 'coalition', why: 'an alliance of groups named just before' },
  { word: 'retailer', why: 'a business named just before' },
  { word: 'automaker', why: 'a business named just before' },
  { word: 'carrier', why: 'an airline or telecom business named just before' },
  { word: 'lender', why: 'a bank named just before' },
]);

/** Acronyms that are common nouns, naming a kind of thing and not one organization ("the PAC said", "TV"). */
export const COMMON_ACRONYMS = wordEntries('COMMON_ACRONYMS', [
  { word: 'tv', why: 'television in general' },
  { word: 'pac', why: 'any political action committee' },
  { word: 'ceo', why: 'a corporate role before a name' },
  { word: 'cfo', why: 'a corporate role before a name' },
  { word: 'ngo', why: 'any non-governmental organization' },
  { word: 'gop', why: 'the Republican Party as a label, like "Republicans"' },
]);
