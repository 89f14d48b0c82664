/**
 * Closed word classes the matchers need, lower-case. Open classes (names, verbs, nouns) come from
 * compromise's lexicon; these lists pin down the words whose role in attribution matters most.
 */

/** Heads of noun phrases that name no one: the speaker is anonymous ("a source", "officials", "reports"). */
export const ANONYMOUS_NOUNS: string[] = [
  'source', 'sources', 'official', 'officials', 'report', 'reports', 'reporting', 'person', 'people', 'insider',
  'insiders', 'aide', 'aides', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'observer',
  'observers', 'witness', 'witnesses', 'resident', 'residents', 'critic', 'critics', 'supporter', 'supporters',
  'someone', 'somebody', 'one', 'others', 'many', 'some', 'several', 'staffer', 'staffers', 'member', 'members',
  'employee', 'employees', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives',
  'lawmaker', 'lawmakers', 'leader', 'leaders', 'voter', 'voters', 'poll', 'polls', 'survey', 'surveys', 'study',
  'studies', 'data', 'estimates', 'figures', 'statistics', 'document', 'documents', 'memo', 'filing', 'filings',
  'media', 'outlets', 'rumors', 'rumours', 'accounts', 'intelligence', 'investigators', 'authorities', 'police',
  'prosecutors', 'researchers', 'scientists', 'economists', 'strategists', 'advisers', 'advisors', 'activists',
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'allies', 'opponents', 'rivals',
  'americans', 'participants', 'respondents', 'commentators', 'pundits', 'journalists', 'reporters', 'lawyers',
];

/** Heads of noun phrases that name an organization ("the ministry", "Ukrainian military"). */
export const ORGANIZATION_NOUNS: string[] = [
  'ministry', 'department', 'military', 'army', 'navy', 'government', 'administration', 'agency', 'office',
  'committee', 'commission', 'council', 'party', 'campaign', 'court', 'parliament', 'senate', 'congress',
  'house', 'cabinet', 'embassy', 'company', 'corporation', 'corp', 'inc', 'group', 'organization',
  'organisation', 'union', 'association', 'institute', 'foundation', 'university', 'college', 'school',
  'bank', 'fund', 'board', 'bureau', 'service', 'services', 'staff', 'chiefs', 'forces', 'force', 'command',
  'police', 'network', 'newspaper', 'paper', 'magazine', 'channel', 'station', 'outlet', 'agency', 'team',
  'center', 'centre', 'coalition', 'alliance', 'federation', 'regime', 'kremlin', 'pentagon', 'white', 'club',
  'caucus', 'pac', 'super', 'firm', 'authority', 'authorities', 'directorate', 'secretariat', 'tribunal',
  'section', 'division', 'unit', 'branch', 'headquarters', 'website', 'site', 'blog', 'show', 'program',
  'programme', 'industry', 'state', 'city', 'county', 'country', 'nation', 'council', 'legislature',
];

/** Words that make a noun phrase plural: "they" may refer to it. */
/**
 * Looked up by any word of an article, so a Map, not an object: "constructor" is not a pronoun, and a keyed
 * object load with a word cut from the text costs V8 a string-table look-up each time (a Map hashes once).
 */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second'> = new Map(Object.entries({
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
  i: 'first',
  we: 'first',
  you: 'second',
} as const));

export const DETERMINERS: string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some',
  'many', 'several', 'other', 'another', 'both', 'each', 'every', 'all', 'most', 'few', 'one', 'two', 'three',
  'four', 'five', 'no', 'any',
];

/** Words allowed between a subject and its cue verb ("has also said", "would later tell"). */
export const AUXILIARIES: string[] = [
  'has', 'have', 'had', 'having', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall',
  'did', 'does', 'do', 'is', 'was', 'are', 'were', 'been', 'be', 'also', 'later', 'previously', 'then', 'again',
  'repeatedly', 'reportedly', 'publicly', 'privately', 'recently', 'once', 'often', 'always', 'frequently',
  'still', 'just', 'already', 'first', 'earlier', 'subsequently', 'long', 'openly', 'quickly', 'flatly',
  'simply', 'famously', 'initially', 'originally', 'separately', 'specifically', 'explicitly', 'clearly',
  'bluntly', 'angrily', 'proudly', 'quietly', 'firmly', 'further', 'even', 'allegedly', 'apparently',
  'consistently', 'emphatically', 'in', 'fact', 'herself', 'himself', 'themselves', 'itself', 'too', 'now',
  'both', 'all', 'yet', 'finally', 'eventually', 'sarcastically', 'jokingly', 'tersely', 'here',
];

/** A verb after these is not asserted: "did not say", "never said". */
export const NEGATIONS: string[] = ['not', "n't", 'never', 'neither', 'nor', 'no', 'cannot'];

/** Subjects that deny rather than name a speaker ("neither the Pentagon nor the JCS specified"). */
export const NEGATIVE_SUBJECTS: string[] = ['neither', 'no', 'none', 'nobody', 'nothing', 'nor'];

/** Abbreviations whose trailing dot does not end a sentence. */
export const ABBREVIATIONS: string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr',
  'rev', 'fr', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'vs', 'etc', 'no', 'nos', 'vol', 'approx', 'dept',
  'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
  'pres', 'amb', 'hon', 'atty', 'supt', 'insp', 'mx', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
  'd.c', 'n.y', 'l.a', 'ph.d', 'calif', 'fla', 'ill', 'mass', 'mich', 'minn', 'penn', 'tenn', 'wash', 'wis',
  'ariz', 'colo', 'conn', 'del', 'ga', 'kan', 'ky', 'la', 'md', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla',
  'ore', 'pa', 'va', 'vt', 'wyo', 'ala', 'ark',
];

/**
 * Phrases after a quote's attribution that name the intermediary it came through. The intermediary is
 * the noun phrase that follows; `skip` words are dropped from its start ("citing data from X").
 */
export const VIA_PHRASES: string[][] = [
  ['as', 'quoted', 'by'],
  ['quoted', 'by'],
  ['as', 'reported', 'by'],
  ['reported', 'by'],
  ['citing'],
  ['according', 'to'],
  ['in', 'an', 'interview', 'with'],
  ['in', 'a', 'statement', 'to'],
  ['in', 'comments', 'to'],
  ['speaking', 'to'],
  ['told'],
];

/** Words dropped from the start of an intermediary ("citing data from Western intelligence"). */
export const VIA_FILLERS: string[] = [
  'data', 'information', 'figures', 'reports', 'report', 'a', 'an', 'the', 'from', 'by', 'of', 'sources', 'in',
  'estimates', 'intelligence', 'assessments', 'an', 'interview', 'statement', 'comments',
];

/**
 * Adverbials that may stand between a cue and its content or after a trailing attribution
 * ("said on Tuesday", "said in a statement", "told reporters at a rally").
 */
export const TIME_WORDS: string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'day', 'last', 'this', 'next',
  'earlier', 'later', 'recently', 'ago', 'previously', 'again', 'then', 'now', 'time',
];

/** Prepositions that open an adverbial phrase rather than a content clause. */
export const ADVERBIAL_PREPOSITIONS: string[] = [
  'in', 'on', 'at', 'during', 'after', 'before', 'while', 'from', 'via', 'through', 'over', 'to', 'with', 'by',
  'outside', 'inside', 'near', 'since', 'following', 'amid', 'under', 'upon', 'for', 'of', 'into', 'about',
];

/** Words that end a noun phrase scanning forwards or backwards: clause and phrase boundaries. */
export const PHRASE_BREAKS: string[] = [
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'if',
  'although', 'though', 'as', 'than', 'so', 'since', 'unless', 'until', 'after', 'before', 'once', 'whether',
  'how', 'what', 'why', 'not', 'to', 'in', 'on', 'at', 'during', 'with', 'from', 'by', 'about', 'into',
  'over', 'under', 'against', 'between', 'without', 'within', 'through', 'after', 'amid', 'despite', 'like',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
  'may', 'might', 'must', 'can', 'do', 'does', 'did', 'also', 'however', 'then', 'there', 'here', 'it', 'said',
];
