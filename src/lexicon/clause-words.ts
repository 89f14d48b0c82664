/**
 * Closed classes of function words that the extractor's stages and the shallow grammar test tokens against: where
 * a clause starts or ends, what may stand between a subject and its cue, what opens an aside. Each list is one
 * concept; the groups say why the words are there. The open classes (verbs, adjectives, names) come from
 * compromise's lexicon (word-classes.ts).
 */

import { phraseList, wordSet, wordSetOf } from './list.js';

// --- Forms of "be" and other auxiliaries ----------------------------------------------------------------------

/** The forms of "be": a passive ("was criticized by"), a copula before a stance adjective ("was critical of"). */
export const BE_FORMS = wordSetOf('BE_FORMS', 'the forms of the verb "be"', ['am', 'is', 'was', 'are', 'were', 'been', 'be', 'being']);

/**
 * "be", plus the clitic "'s": after a subject in reported speech "'s" is usually "is" ("he's critical of",
 * "that's because"). Used where a copula is looked for; never where "'s" may be a possessive.
 */
export const BE_OR_CLITIC = wordSet('BE_OR_CLITIC', [
  { reason: 'the forms of "be"', words: [...BE_FORMS] },
  { reason: '"\'s" after a subject is mostly "is" ("he\'s critical of")', words: ["'s", '’s'] },
]);

/**
 * Relative pronouns that open a clause about what was named before them, never what was said (unlike "that"):
 * an aside after a speaker ("Hale, who calls the mayor a fraud, said"), a tail after a quotation ("…,” which drew
 * jeers").
 */
export const RELATIVE_ASIDES = wordSetOf('RELATIVE_ASIDES', 'relative pronouns other than "that": they open a clause about a phrase, not content', [
  'who',
  'whose',
  'which',
]);

/** Finite "be": a tense on its own ("is", "were"), for telling a clause from a phrase. */
export const FINITE_BE = wordSetOf('FINITE_BE', 'finite forms of "be": they carry a tense', ['is', 'are', 'was', 'were', 'am']);

/** Have, do and the modals: finite auxiliaries that open a verb group ("has said", "will", "did not"). */
export const HAVE_DO_MODALS = wordSet('HAVE_DO_MODALS', [
  { reason: '"have" as an auxiliary carries a tense', words: ['has', 'have', 'had'] },
  { reason: '"do" as an auxiliary carries a tense', words: ['do', 'does', 'did'] },
  { reason: 'the modals are always finite', words: ['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must'] },
]);

/** Verbs linking a subject to a stance adjective like "be" does: "became critical of", "seemed wary of". */
export const LINKING_VERBS = wordSet('LINKING_VERBS', [
  { reason: 'copular verbs that predicate an adjective of the subject', words: ['become', 'became', 'remains', 'remained', 'seemed', 'seems', 'grew'] },
  { reason: 'clitic copulas: "they\'re wary of", "she\'s critical of"', words: ["'re", '’re', "'s", '’s'] },
]);

// --- Pronouns ------------------------------------------------------------------------------------------------

/**
 * Object and relative pronouns: with the subject pronouns (PERSONAL_PRONOUNS) they make a noun phrase of one word.
 */
export const OBJECT_PRONOUNS = wordSet('OBJECT_PRONOUNS', [
  { reason: 'object forms of the personal pronouns', words: ['me', 'him', 'her', 'us', 'them'] },
  { reason: 'relative pronouns stand for a phrase ("officials who said")', words: ['who', 'whom'] },
]);

/** Quantifiers that may head a subject on their own: "many said", "some argue", "all agreed". */
export const QUANTIFIER_HEADS = wordSetOf('QUANTIFIER_HEADS', 'quantifiers that stand for a group of people as a subject', [
  'both',
  'many',
  'some',
  'most',
  'others',
  'all',
  'few',
  'several',
]);

// --- Before the subject and the cue ---------------------------------------------------------------------------

/**
 * Words that open a fronted adverbial ended by a comma before the sentence's subject: "On Tuesday, …",
 * "Speaking to reporters, …", "Meanwhile, …".
 */
export const FRONTED_OPENERS = wordSet('FRONTED_OPENERS', [
  { reason: 'prepositions of time and place that open a circumstance', words: ['on', 'in', 'at', 'after', 'before', 'during', 'when', 'while'] },
  { reason: 'sentence adverbs and connectives', words: ['later', 'earlier', 'meanwhile', 'still', 'but', 'and', 'then'] },
  { reason: 'participles of speaking that open a circumstance ("Asked about …,", "Speaking to reporters,")', words: ['asked', 'speaking'] },
]);

/** Words that break a run of modifiers before a subject's head: a conjunction or a relative starts something else. */
export const MODIFIER_BREAKS = wordSet('MODIFIER_BREAKS', [
  { reason: 'conjunctions join phrases or clauses, they do not modify a head', words: ['and', 'or', 'but'] },
  { reason: 'complementizers and relatives open a clause', words: ['that', 'who', 'which'] },
]);

/** A day word after one of these is a time adverbial between subject and verb: "Trump on Tuesday said". */
export const TIME_DETERMINERS = wordSetOf('TIME_DETERMINERS', 'words that make a day or date word an adverbial ("on Tuesday", "last week")', [
  'on',
  'last',
  'this',
  'earlier',
  'late',
]);

/** Connective adverbs set off by commas between a subject and its verb: "Proponents, however, say". */
export const CONNECTIVE_ADVERBS = wordSetOf('CONNECTIVE_ADVERBS', 'connective adverbs that stand between commas without changing the clause', [
  'however',
  'though',
  'meanwhile',
  'instead',
  'too',
  'then',
  'moreover',
  'nonetheless',
  'nevertheless',
]);

/**
 * The first word of an aside between commas after a speaker's name: "Sanders, who sits at zero endorsements,
 * said", "Smith, himself a veteran, said", "Jones, now retired, said".
 */
export const ASIDE_OPENERS = wordSet('ASIDE_OPENERS', [
  { reason: 'relative pronouns open a relative clause about the speaker', words: [...RELATIVE_ASIDES] },
  { reason: 'reflexives and quantifiers in apposition', words: ['himself', 'herself', 'themselves', 'itself', 'both', 'each'] },
  { reason: 'time adverbs that describe the speaker ("now retired", "once a rival")', words: ['now', 'then', 'once', 'formerly', 'also'] },
  { reason: 'prepositions of role or place ("for years a critic", "like many others")', words: ['for', 'in', 'at', 'like'] },
  { reason: 'connective adverbs', words: ['meanwhile', 'however', 'though', 'too', 'instead', 'moreover'] },
]);

/** Group nouns that a participle may follow as the subject's head: "those surveyed say", "voters polled said". */
export const POLLED_GROUPS = wordSetOf('POLLED_GROUPS', 'people counted in polls and surveys, named by a participle after them', [
  'those',
  'people',
  'voters',
  'respondents',
  'adults',
  'americans',
  'residents',
  'members',
  'others',
]);

/** "Doyle and others said": a plural after "and" that stays inside one speaker phrase. */
export const COMPANION_NOUNS = wordSetOf('COMPANION_NOUNS', 'plural nouns for the people around a named speaker', [
  'others',
  'colleagues',
  'allies',
  'aides',
  'supporters',
]);

/** Units of time: a bare count of them ("three years") names no one. */
export const TIME_UNITS = wordSetOf('TIME_UNITS', 'units of time counted by a number name no speaker', [
  'months',
  'weeks',
  'years',
  'days',
  'hours',
  'minutes',
  'decades',
  'times',
]);

/** Adjectives that join a phrase to a complement: "a person close to the campaign", "officials familiar with". */
export const NEAR_WORDS = wordSetOf('NEAR_WORDS', 'adjectives of closeness that keep their complement in the speaker phrase', [
  'close',
  'familiar',
  'loyal',
  'near',
  'allied',
  'linked',
  'connected',
  'opposed',
]);

/** Prepositions that may join a noun phrase to its complement: "section of the BBC", "spokesman for the ministry". */
export const ATTACHING_PREPOSITIONS = wordSetOf('ATTACHING_PREPOSITIONS', 'prepositions that attach a complement to a noun', [
  'of',
  'for',
  'at',
  'from',
  'with',
  'in',
  'to',
]);

// --- Between the cue and the content --------------------------------------------------------------------------

/** A participle of saying after one of these has the sentence's subject: "rallied voters by promising to …". */
export const GERUND_PREPOSITIONS = wordSetOf('GERUND_PREPOSITIONS', 'prepositions and subordinators that take a participle with the main subject', [
  'by',
  'while',
  'after',
  'before',
  'without',
  'in',
  'when',
  'through',
]);

/** "which opponents said was unfair": a relative before the subject is the content's own subject. */
export const OBJECT_RELATIVES = wordSetOf('OBJECT_RELATIVES', 'relatives that are the subject of the reported clause', ['which', 'that', 'what']);

/** "She thinks, for instance, that …": the first word of a short aside between a cue and its content. */
export const CUE_ASIDE_OPENERS = wordSet('CUE_ASIDE_OPENERS', [
  { reason: 'prepositions of short asides ("for example", "in fact", "of course", "at least")', words: ['for', 'in', 'of', 'at'] },
  {
    reason: 'sentence adverbs',
    words: ['however', 'though', 'too', 'also', 'moreover', 'indeed', 'perhaps', 'again', 'now', 'then'],
  },
]);

/**
 * "After all, she added, voters …", "Even so, others argue, the fair …": set phrases that open a sentence as an
 * aside of connection, concession or time. Before an attribution between commas they are no statement of their
 * own; what was said is the clause after the attribution.
 */
export const FRONTED_ASIDES = phraseList('FRONTED_ASIDES', [
  {
    reason: 'connectives and concessions that tie the sentence to the one before',
    phrases: [
      ['after', 'all'],
      ['in', 'fact'],
      ['of', 'course'],
      ['even', 'so'],
      ['even', 'then'],
      ['even', 'now'],
      ['in', 'turn'],
      ['in', 'short'],
      ['above', 'all'],
      ['in', 'other', 'words'],
      ['for', 'example'],
      ['for', 'instance'],
      ['as', 'a', 'result'],
      ['in', 'the', 'end'],
    ],
  },
  {
    reason: 'times relative to the telling or to the story',
    phrases: [
      ['by', 'then'],
      ['until', 'then'],
      ['since', 'then'],
      ['for', 'now'],
      ['at', 'first'],
      ['at', 'the', 'time'],
      ['in', 'the', 'meantime'],
      ['at', 'the', 'same', 'time'],
      ['in', 'the', 'past'],
      ['in', 'the', 'future'],
    ],
  },
]);

/** "showed up", "has written off": a particle after the verb makes another verb, which reports nothing. */
export const VERB_PARTICLES = wordSetOf('VERB_PARTICLES', 'particles that make a phrasal verb of another meaning', [
  'up',
  'out',
  'off',
  'down',
  'away',
  'over',
  'back',
]);

/** What a statement is not: a content of one or two words opening with these ("said nothing", "said so"). */
export const EMPTY_CONTENT = wordSet('EMPTY_CONTENT', [
  {
    reason: 'pro-forms that stand for a statement without saying it',
    words: ['nothing', 'so', 'it', 'this', 'that', 'anything', 'something', 'much', 'little', 'otherwise'],
  },
  { reason: 'answers and greetings', words: ['yes', 'no', 'hello', 'goodbye'] },
]);

/** Words a clause may open with as its subject: "believes there will be", "thinks people are tired". */
export const SUBJECT_OPENERS = wordSet('SUBJECT_OPENERS', [
  { reason: 'expletive and demonstrative subjects', words: ['there', 'this', 'that', 'these', 'those'] },
  { reason: 'pronoun-like nouns for people', words: ['everyone', 'nobody', 'people'] },
]);

/** Content that opens with one of these is no clause: "said to be", "said by", "known as". */
export const NON_CLAUSE_OPENERS = wordSetOf('NON_CLAUSE_OPENERS', 'prepositions and the infinitive marker right after a verb', ['to', 'by', 'of', 'as']);

// --- Where the content ends -----------------------------------------------------------------------------------

/**
 * After a comma, a clause opening with one of these is no longer what was said: a relative or concessive clause,
 * an appositive, a participle of another attribution.
 */
export const CLAUSE_TURNS = wordSet('CLAUSE_TURNS', [
  { reason: 'relatives about something in the content', words: ['who', 'whose', 'where'] },
  // Not "even" (an intensifier: "even though" turns, "even if", "even as", "even after" are part of the claim;
  // movesOn reads the word after it) nor "rather" ("X, rather than Y" contrasts inside what was said).
  { reason: 'concessive and contrastive subordinators', words: ['although', 'though', 'despite', 'whereas', 'unlike', 'like'] },
  {
    reason: 'participles of another attribution ("…, saying", "…, citing")',
    words: ['saying', 'adding', 'telling', 'noting', 'citing', 'referring', 'according'],
  },
  { reason: 'an indefinite article opens an appositive about the speaker', words: ['a', 'an'] },
]);

/** Subordinators that open a fronted clause ("After the party vowed to …, it …"): content ends at its comma. */
export const SUBORDINATORS = wordSetOf('SUBORDINATORS', 'subordinating conjunctions of time, cause, condition and concession', [
  'after',
  'although',
  'though',
  'while',
  'when',
  'since',
  'because',
  'if',
  'as',
  'before',
  'once',
  'until',
  'unless',
  'whereas',
]);

/** Conjunctions that may coordinate a second clause with a subject of its own: ", but the report cited …". */
export const CLAUSE_CONJUNCTIONS = wordSetOf('CLAUSE_CONJUNCTIONS', 'coordinating conjunctions that join clauses', ['but', 'and', 'yet', 'so']);

/** The words that open an appositive or a relative clause about the speaker, after "said X,". */
export const APPOSITIVE_OPENERS = wordSet('APPOSITIVE_OPENERS', [
  { reason: 'relative pronouns', words: [...RELATIVE_ASIDES] },
  { reason: 'an indefinite article opens a description ("a professor at UCLA")', words: ['a', 'an'] },
]);

/** Relative pronouns: a finite verb after one belongs to a relative clause. */
export const RELATIVE_PRONOUNS = wordSetOf('RELATIVE_PRONOUNS', 'relative pronouns open a clause inside a phrase', ['who', 'which', 'that', 'whose']);

/** The object of a stance ends before a clause about circumstances: "opposed the bill while in office". */
export const OBJECT_END_WORDS = wordSet('OBJECT_END_WORDS', [
  { reason: 'subordinators of circumstance', words: ['while', 'when', 'because', 'after', 'before', 'during', 'since', 'amid', 'until'] },
  { reason: 'concessive and contrastive words', words: ['but', 'although', 'though', 'despite'] },
  { reason: 'participles of another attribution', words: ['saying', 'calling'] },
  { reason: 'coordination starts a second act', words: ['and'] },
]);

/**
 * After a noun-phrase object, a preposition whose own phrase opens with one of OBJECT_CIRCUMSTANCE_OPENERS tells a
 * circumstance of the act, not part of what is held: "backed the levy for their own reasons", "touted a cautious
 * stance in other interviews", "rejected it on those grounds". "of" is left out: it belongs to the noun ("the
 * future of their party").
 */
export const OBJECT_CIRCUMSTANCE_PREPOSITIONS = wordSetOf(
  'OBJECT_CIRCUMSTANCE_PREPOSITIONS',
  'prepositions of place, occasion, reason or time that open an adverbial after an object',
  ['in', 'on', 'at', 'for', 'from', 'over', 'through', 'throughout', 'across'],
);
/** The words that, right after such a preposition, make its phrase a circumstance of the act (see above). */
export const OBJECT_CIRCUMSTANCE_OPENERS = wordSet('OBJECT_CIRCUMSTANCE_OPENERS', [
  {
    reason: 'a possessive points back to the holder or another known party: the phrase places the act ("in his speech", "for their own reasons")',
    words: ['his', 'their', 'its', 'our', 'my', 'your'],
  },
  {
    reason: 'a demonstrative or "other" refers to occasions or grounds already told ("on those grounds", "in other interviews")',
    words: ['those', 'these', 'other', 'several', 'recent'],
  },
]);

/**
 * Nouns that name the medium or the occasion of an act of saying or of taking a side: after an object, a
 * preposition whose phrase ends in one tells where or how the act was done, not what was held or said
 * ("claimed the win in a post", "posted the result on social media", "attacked the plan from the House floor",
 * "defended him on cable television").
 */
export const OCCASION_NOUNS = wordSet('OCCASION_NOUNS', [
  {
    reason: 'messages and the channels they go out on: the act was done through them',
    words: [
      'tweet',
      'tweets',
      'video',
      'ad',
      'ads',
      'advertisement',
      'op-ed',
      'column',
      'statement',
      'letter',
      'email',
      'e-mail',
      'media',
      'twitter',
      'facebook',
      'television',
      'tv',
      'radio',
      'cable',
      'broadcast',
      'website',
      'blog',
      'podcast',
    ],
  },
  {
    reason: 'occasions of speaking in public: the act took place at them',
    words: [
      'interview',
      'interviews',
      'speech',
      'speeches',
      'debate',
      'debates',
      'rally',
      'rallies',
      'hearing',
      'conference',
      'briefing',
      'appearance',
      'remarks',
      'floor',
      'forum',
      'town-hall',
      'event',
    ],
  },
]);
/** Prepositions that open a phrase of medium or occasion after an object ("in a tweet", "on social media"). */
export const OCCASION_PREPOSITIONS = wordSetOf('OCCASION_PREPOSITIONS', 'prepositions of place, medium and occasion', [
  'in',
  'on',
  'at',
  'during',
  'from',
  'via',
]);

/**
 * Words that tell how many before a number ("nearly 400 delegates", "about 200 people"): the number's, so they open
 * the content after a cue, not an adverbial of the saying ("said in 2012", "said for 20 years" stay adverbials).
 */
export const APPROXIMATORS = wordSetOf('APPROXIMATORS', 'adverbs and prepositions that approximate or limit a number', [
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'only',
  'just',
  'barely',
  'fully',
]);

/**
 * Comparatives of amount ("demanded more money", "said fewer voters turned out", "said more than 100 people came"):
 * before a noun, an adjective or "than" they are the content's determiner, not an adverb of the saying; only an
 * adverb after them ("said more recently") makes them one.
 */
export const COMPARATIVE_QUANTIFIERS = wordSetOf('COMPARATIVE_QUANTIFIERS', 'comparatives that tell how much or how many of a noun', ['more', 'less', 'fewer']);

/**
 * Nouns that name an act of saying or doing as a whole: after a dash, "a message that …", "a move that …", "an
 * apparent reference to …" gloss the attribution; another noun ("— an investment that paid off") describes the
 * content's last noun and goes on with what was said.
 */
export const ACT_GLOSS_NOUNS = wordSet('ACT_GLOSS_NOUNS', [
  {
    reason: 'nouns of saying that characterise the statement itself',
    words: [
      'message',
      'reference',
      'allusion',
      'nod',
      'claim',
      'charge',
      'remark',
      'comment',
      'statement',
      'warning',
      'signal',
      'sign',
      'jab',
      'swipe',
      'dig',
      'rebuke',
      'admission',
      'concession',
      'reversal',
    ],
  },
  {
    reason: 'nouns of directing, asking and committing that characterise the statement itself ("— an order that was ignored")',
    words: [
      'order',
      'instruction',
      'directive',
      'request',
      'plea',
      'appeal',
      'demand',
      'promise',
      'pledge',
      'vow',
      'threat',
      'ultimatum',
      'assurance',
      'denial',
    ],
  },
  {
    reason: 'nouns of action that characterise the act as a step taken',
    words: ['move', 'step', 'shift', 'departure', 'break', 'change', 'decision', 'gesture', 'tactic', 'strategy'],
  },
]);

/**
 * Prepositions that carry a clause on after an appositive inside it: "turn the mill, a ruin for decades, into a
 * museum" (clauses.ts embeddedAppositive). The verb's complement follows the appositive's closing comma.
 */
export const CONTINUING_PREPOSITIONS = wordSetOf('CONTINUING_PREPOSITIONS', 'prepositions of a complement that the clause goes on with after an appositive', [
  'into',
  'to',
  'as',
  'for',
  'with',
  'from',
  'by',
  'over',
]);

/** Prepositions that take an adjective's complement: "responsible for", "free of", "open to" (content.ts smallClauseEnd). */
export const ADJECTIVE_COMPLEMENTS = wordSetOf('ADJECTIVE_COMPLEMENTS', "prepositions that open an adjective's complement in a view told as 'X ADJECTIVE'", [
  'for',
  'of',
  'to',
  'about',
  'with',
]);

/** After "He said" standing as its own sentence, only a circumstance may follow: "He said when asked". */
export const CIRCUMSTANCE_OPENERS = wordSetOf('CIRCUMSTANCE_OPENERS', 'prepositions and subordinators of circumstance', [
  'when',
  'as',
  'after',
  'before',
  'while',
  'of',
  'about',
  'in',
  'on',
  'at',
  'during',
  'to',
  'from',
  'with',
  'because',
  'since',
]);

/** What may follow an attribution at the end of a sentence: ", as quoted by …", ", citing …", ", who …". */
export const TAIL_OPENERS = wordSetOf('TAIL_OPENERS', 'words that open a tail after an attribution without a comma', ['as', 'citing', ...RELATIVE_ASIDES]);
export const TAIL_WORDS = wordSet('TAIL_WORDS', [
  { reason: 'intermediaries and sources ("as quoted by", "citing", "according to")', words: ['as', 'citing', 'quoted', 'according'] },
  { reason: 'circumstances ("in a statement", "on Tuesday", "at a rally")', words: ['in', 'on', 'at'] },
  { reason: 'relatives about the speaker', words: [...RELATIVE_ASIDES] },
  { reason: 'participles that continue the attribution', words: ['adding', 'noting', 'saying'] },
]);

/** "at least", "at most": after "at", a bound on the quantity that follows ("at least ten people"), not a place or a time. */
export const QUANTITY_BOUNDS = wordSetOf('QUANTITY_BOUNDS', 'after "at", words that bound a quantity ("at least ten", "at most a third")', ['least', 'most']);

/** "a host of songs", "a number of voters": after "a", nouns that count what follows "of"; the phrase names no one. */
export const QUANTITY_NOUNS = wordSetOf('QUANTITY_NOUNS', '"a host of", "a number of": a quantity of what follows "of", not a person', [
  'host',
  'number',
  'lot',
  'couple',
  'handful',
  'series',
  'slew',
  'raft',
]);

/** Degree adverbs and linking verbs that may stand between "was" and a stance adjective: "was very critical of". */
export const STANCE_DEGREE_WORDS = wordSet('STANCE_DEGREE_WORDS', [
  {
    reason: 'degree and manner adverbs',
    words: ['very', 'so', 'too', 'also', 'more', 'most', 'less', 'increasingly', 'openly', 'especially', 'particularly', 'deeply', 'highly'],
  },
  { reason: 'negation and frequency', words: ['not', 'never', 'still', 'always', 'often'] },
  {
    reason: 'linking verbs after "has" or a modal ("has become critical of")',
    words: ['become', 'became', 'remains', 'remained', 'seemed', 'seems', 'appeared', 'grew'],
  },
]);

// --- Quotes and transcripts -----------------------------------------------------------------------------------

/** Small words that stay lower case in a title: "The Art of the Deal" is a title, not a statement. */
export const TITLE_MINOR_WORDS = wordSet('TITLE_MINOR_WORDS', [
  { reason: 'articles and conjunctions', words: ['a', 'an', 'the', 'and', 'or'] },
  { reason: 'short prepositions', words: ['of', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from'] },
]);

/** "Q:" and "A:" in an interview mark question and answer; they name nobody. */
export const QA_LABELS = wordSetOf('QA_LABELS', 'labels of questions and answers in a printed interview', ['q', 'a', 'question', 'answer']);

/** "believes that is because …", "said that makes sense": after these, "that" is the content's subject. */
export const VERBS_AFTER_SUBJECT_THAT = wordSet('VERBS_AFTER_SUBJECT_THAT', [
  {
    reason: 'modals and negated modals take "that" as their subject',
    words: ["won't", 'won’t', "can't", 'can’t', 'would', 'will', 'could', 'should', 'may', 'might'],
  },
  { reason: 'verbs that take a demonstrative subject in speech ("that means", "that sounds")', words: ['makes', 'means', 'sounds', 'seems'] },
]);

/** "it's", "he's", "there's": the "'s" is "is" or "has", not a possessive, so a cue after it stays a verb. */
export const CLITIC_S_SUBJECTS = wordSetOf('CLITIC_S_SUBJECTS', 'pronouns and wh-words whose "\'s" is a verb ("he\'s said")', [
  'it',
  'he',
  'she',
  'that',
  'who',
  'there',
  'what',
]);

/** Determiners after which a cue word is still a verb: "that said", "all agreed", "both denied". */
export const VERBAL_DETERMINERS = wordSetOf('VERBAL_DETERMINERS', 'determiners that are also pronoun subjects ("all agreed", "that said")', [
  'that',
  'all',
  'both',
]);

/** The articles: before a participle and a noun they make the participle a modifier ("the debunked claim"). */
export const ARTICLES = wordSetOf('ARTICLES', 'the articles, which open a noun phrase', ['the', 'a', 'an']);

/**
 * Words that open a noun phrase and never continue one: after a head noun they start the next phrase ("told
 * reporters the vote would be close", "told Reuters his plan was ready").
 */
export const PHRASE_OPENERS = wordSet('PHRASE_OPENERS', [
  { reason: 'the articles open a phrase', words: ['the', 'a', 'an'] },
  { reason: 'demonstratives before a noun', words: ['this', 'these', 'those'] },
  { reason: 'possessive determiners', words: ['his', 'her', 'their', 'its', 'our', 'my', 'your'] },
]);

/** Words in "-ing" that are prepositions, not participles: a phrase they open stays in the content. */
export const PREPOSITIONAL_PARTICIPLES = wordSetOf('PREPOSITIONAL_PARTICIPLES', 'prepositions that look like participles ("including", "during")', [
  'including',
  'excluding',
  'regarding',
  'concerning',
  'during',
  'following',
  'notwithstanding',
  'pending',
  'nothing',
  'something',
  'anything',
  'everything',
]);
