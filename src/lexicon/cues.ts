/**
 * Reporting expressions. Each verb is listed once, by lemma; `inflect` in cues.ts builds its forms, and
 * `forms` overrides that for irregular verbs. Classes decide what may follow the verb:
 * - `speech`: says something; takes a clause or a quote ("said (that) ...", "..., she said").
 * - `object`: names an addressee before the clause ("told reporters (that) ...", "warned Congress ...").
 * - `belief`: a stance or a thought; takes a clause ("believes (that) ...") and never a direct quote's trailing slot.
 * - `evidence`: a document or poll as source ("the survey found ...", "polls show ...").
 * - `stance`: support or opposition; its content is the object noun phrase ("endorsed Ted Cruz").
 * - `judgement`: praise or blame of someone for something; the content runs on to the clause's end
 *   ("accused the firm of hiding losses from its investors").
 */

import type { Act } from '../types.js';
import { phraseList, wordSet, wordSetOf } from './list.js';

export type CueClass = 'speech' | 'object' | 'belief' | 'evidence' | 'stance' | 'judgement';

export interface CueVerb {
  lemma: string;
  class: CueClass;
  /** Irregular forms: past, past participle, 3rd person, gerund. */
  forms?: { past?: string; participle?: string; third?: string; gerund?: string };
  /** Particle that must follow ("point out", "call for"); the cue then spans both words. */
  particle?: string;
  /** The only forms that count, for verbs whose other forms are mostly nouns ("state", "calls", "comments"). */
  only?: ('base' | 'third' | 'past' | 'participle' | 'gerund')[];
  /**
   * The particle ends the verb of saying: a word after it other than "to" or "that" makes another verb of the same
   * words ("went on: …", "went on to say", but "went on television", "went on the attack").
   */
  bareParticle?: boolean;
  /** Why the verb is a cue (set by its group). */
  reason?: string;
  /** The act when it is not the class's (acts.ts ACT_OF_CUE_CLASS): a stance-like verb of saying. */
  act?: Act;
}

const verb =
  (cls: CueClass) =>
  (lemma: string, forms?: CueVerb['forms'], particle?: string): CueVerb => ({
    lemma,
    class: cls,
    ...(forms ? { forms } : {}),
    ...(particle ? { particle } : {}),
  });
/** A group of verbs that share one reason for being cues (the lexicon's lint test wants one on every verb). */
// Every entry gets the same fields in the same order (absent ones undefined): one object shape keeps the
// look-ups of `verb.class` on the per-cue paths monomorphic in V8.
const group = (reason: string, verbs: CueVerb[]): CueVerb[] =>
  verbs.map((v) => ({ lemma: v.lemma, class: v.class, forms: v.forms, particle: v.particle, only: v.only, bareParticle: v.bareParticle, reason, act: v.act }));
/**
 * A verb of communication whose content is an object, as a stance's is ("called for a recount", "pointed to the
 * jobs report", "described the plan"), but whose act is a statement: the subject said it.
 */
const saying = (v: CueVerb): CueVerb => ({ ...v, act: 'statement' });
/** Restricts a verb to some of its forms: `only(speech('state'), 'past', 'participle')`. */
const only = (v: CueVerb, ...forms: NonNullable<CueVerb['only']>): CueVerb => ({ ...v, only: forms });
const speech = verb('speech');
const object = verb('object');
const belief = verb('belief');
const evidence = verb('evidence');
const stance = verb('stance');
const judgement = verb('judgement');

export const CUE_VERBS: CueVerb[] = [
  ...group('verbs of saying and asserting: the core of attribution in news', [
    speech('say', { past: 'said', participle: 'said', third: 'says' }),
    speech('add'),
    speech('note'),
    only(speech('state'), 'past', 'participle', 'gerund'), // "the secretary of state", "home states"
    speech('explain'),
    speech('declare'),
    speech('announce'),
    only(speech('report'), 'past', 'participle', 'third', 'gerund'), // "the jobs report"
    speech('claim'),
    speech('argue'),
    speech('insist'),
    speech('contend'),
    speech('maintain'),
    speech('assert'),
  ]),
  ...group('admitting, confirming and denying a claim', [
    speech('acknowledge'),
    speech('admit', { past: 'admitted', gerund: 'admitting' }),
    speech('concede'),
    speech('confirm'),
    speech('deny'),
  ]),
  ...group('putting a point tentatively', [speech('suggest')]),
  ...group('writing and posting: statements in print and on social media', [
    speech('write', { past: 'wrote', participle: 'written', gerund: 'writing' }),
    speech('tweet'),
    only(speech('post'), 'past'),
  ]),
  ...group('answering and asking in an exchange', [speech('reply'), speech('respond'), only(speech('answer'), 'past', 'participle'), speech('ask')]),
  ...group('introducing, concluding or stressing a point in the course of speech', [
    only(speech('continue'), 'past'), // "continue to outpoll" is no statement
    speech('conclude'),
    speech('recall'),
    speech('remark'),
    speech('observe'),
    only(speech('comment'), 'past', 'participle'), // "his comments"
    speech('emphasize'),
    speech('emphasise'),
    speech('stress'),
    speech('reveal'),
    speech('disclose'),
    speech('indicate'),
  ]),
  ...group('predictions and commitments stated aloud', [speech('predict'), speech('promise'), speech('vow'), speech('pledge')]),
  ...group('complaints and allegations', [speech('complain'), speech('lament'), speech('allege')]),
  ...group('repeating an earlier statement', [speech('reiterate'), speech('repeat')]),
  ...group('manner of speaking: tone, volume, humour, musing', [
    speech('joke'),
    speech('quip', { past: 'quipped', gerund: 'quipping' }),
    speech('boast'),
    speech('brag', { past: 'bragged', gerund: 'bragging' }),
    speech('scoff'),
    speech('shout'),
    speech('yell'),
    speech('whisper'),
    speech('mutter'),
    speech('muse'),
    speech('wonder'),
  ]),
  ...group('demands, proposals and recommendations', [speech('demand'), speech('propose'), speech('recommend')]),
  ...group('further verbs of saying common in news: testimony, retorts, interjections, clarifications, agreement', [
    speech('testify', { past: 'testified', third: 'testifies' }),
    speech('estimate'),
    speech('mention'),
    speech('inform'),
    speech('counter'),
    speech('retort'),
    speech('exclaim'),
    speech('concur', { past: 'concurred', gerund: 'concurring' }),
    // "went on: …", "went on to say": "went on television", "went on the offensive" are no saying (bareParticle).
    { ...only(speech('go', { past: 'went', participle: 'gone', third: 'goes' }, 'on'), 'past'), bareParticle: true },
    speech('interject'),
    speech('chime', undefined, 'in'),
    speech('fire', undefined, 'back'),
    speech('shoot', { past: 'shot', participle: 'shot' }, 'back'),
    speech('rebut', { past: 'rebutted', gerund: 'rebutting' }),
    speech('regret', { past: 'regretted', gerund: 'regretting' }),
    speech('refer', { past: 'referred', gerund: 'referring' }, 'to'),
    speech('caution'),
    speech('hint'),
    only(speech('charge'), 'past'),
    speech('signal', { past: 'signaled', gerund: 'signaling' }),
    speech('specify', { past: 'specified', third: 'specifies' }),
    speech('proclaim'),
    only(speech('quote'), 'past', 'participle'),
    speech('cite'),
    speech('affirm'),
    speech('clarify', { past: 'clarified', third: 'clarifies' }),
    speech('point', undefined, 'out'),
    speech('agree'),
    speech('disagree'),
    speech('threaten'),
  ]),
  ...group('a sweep of verbs of saying missing before (issue 11): questioning, recounting, pleading, reaffirming', [
    only(speech('question'), 'past'), // "questions" is mostly a noun
    speech('recount'),
    speech('sigh'),
    speech('plead'),
    speech('grumble'),
    speech('opine'),
    speech('posit'),
    speech('reaffirm'),
    speech('underscore'),
  ]),
  // "As the Tribune put it, “…”", "She put it bluntly: “…”": wording someone gave; elsewhere "put it" is placing
  // a thing, which the reported-speech sieve filters out (cue-rules.ts 'put-it-aside').
  ...group('chanting and reciting: words spoken by a crowd or from a text', [speech('chant'), speech('recite')]),
  ...group('setting out points one by one: the object is what was said ("listed the reasons", "detailed the plan")', [
    only(saying(stance('list')), 'past', 'third', 'gerund'), // "the list", "a waiting list"
    only(saying(stance('detail')), 'past', 'gerund'), // "the details", "a security detail"
    saying(stance('outline')),
    saying(stance('hint', undefined, 'at')),
    saying(stance('liken')),
    only(saying(stance('voice')), 'past', 'participle', 'gerund'), // "her voice", "a strong voice"
  ]),
  ...group('further verbs of saying: writing by email, naming with a label, urging, gushing', [
    only(speech('email'), 'past'), // "her email", "emails" are nouns
    saying(stance('dub', { past: 'dubbed', gerund: 'dubbing' })),
    saying(stance('gush', undefined, 'about')),
  ]),
  ...group('putting something into words', [only(speech('put', { past: 'put', participle: 'put', third: 'puts', gerund: 'putting' }, 'it'), 'past')]),
  ...group('verbs that name the addressee between the cue and the clause', [
    object('tell', { past: 'told', participle: 'told' }),
    object('warn'),
    object('assure'),
    object('reassure'),
    object('remind'),
    object('urge'),
    object('advise'),
    object('notify', { past: 'notified', third: 'notifies' }),
    object('convince'),
    object('persuade'),
    object('exhort'),
  ]),
  ...group('thoughts, feelings and knowledge held by the subject', [
    belief('believe'),
    belief('think', { past: 'thought', participle: 'thought' }),
    belief('feel', { past: 'felt', participle: 'felt' }),
    belief('fear'),
    belief('hope'),
    belief('worry', { past: 'worried', third: 'worries' }),
    belief('expect'),
    belief('know', { past: 'knew', participle: 'known' }),
    belief('doubt'),
    belief('suspect'),
    belief('understand', { past: 'understood', participle: 'understood' }),
    belief('consider'),
    belief('assume'),
    belief('realize'),
    belief('recognize'),
  ]),
  ...group('wishes, plans, decisions and views', [
    belief('want'),
    belief('plan', { past: 'planned', gerund: 'planning' }),
    belief('prefer', { past: 'preferred', gerund: 'preferring' }),
    belief('decline'),
    belief('refuse'),
    belief('seek', { past: 'sought', participle: 'sought' }),
    belief('aim'),
    belief('intend'),
    belief('decide'),
    belief('view'),
    // "Investors see Clinton as the favorite": a view held (AS_VIEW_CUES); "was seen as" is a passive, so no participle.
    only(belief('see', { past: 'saw', participle: 'seen' }), 'base', 'third', 'past'),
  ]),
  // The preposition takes the thing hoped for, counted on or cared about as an object (content.ts lets a belief
  // with a particle take a noun phrase): "is hoping for a shift in momentum", "is counting on the unions".
  ...group('wishes, trust and care told with the preposition that takes their object', [
    belief('hope', undefined, 'for'),
    belief('wish', { third: 'wishes' }, 'for'),
    belief('count', undefined, 'on'),
    belief('believe', undefined, 'in'),
    belief('care', undefined, 'about'),
  ]),
  ...group('documents, polls and studies as sources', [evidence('show', { participle: 'shown' }), evidence('find', { past: 'found', participle: 'found' })]),
  ...group('support and opposition: the content is what is supported or opposed', [
    stance('support'),
    stance('oppose'),
    stance('endorse'),
    // "backs" is mostly a noun ("running backs", "their backs"): the filter 'noun-third-form' keeps it only after a subject.
    only(stance('back'), 'third', 'past', 'participle', 'gerund'),
  ]),
  ...group('praise and blame of someone, often for something', [
    judgement('criticize'),
    judgement('criticise'),
    judgement('praise'),
    judgement('accuse'),
    judgement('blame'),
    judgement('condemn'),
    stance('reject'),
    stance('dismiss'),
    stance('defend'),
    judgement('applaud'),
    only(stance('attack'), 'past', 'participle', 'gerund'),
    stance('blast'),
    stance('slam', { past: 'slammed', gerund: 'slamming' }),
    stance('submit', { past: 'submitted', gerund: 'submitting' }),
    judgement('thank'),
    only(judgement('credit'), 'past', 'participle', 'gerund'), // "a line of credit"
    judgement('fault'),
  ]),
  ...group("phrasal verbs of support, opposition and topic ('call for', 'vote against', 'speak about')", [
    saying(stance('call', undefined, 'for')),
    saying(stance('call', undefined, 'on')),
    stance('vote', undefined, 'against'),
    stance('argue', undefined, 'for'),
    stance('argue', undefined, 'against'),
    stance('fight', { past: 'fought', participle: 'fought' }, 'for'),
    stance('fight', { past: 'fought', participle: 'fought' }, 'against'),
    stance('rail', undefined, 'against'),
    saying(stance('speak', { past: 'spoke', participle: 'spoken' }, 'about')),
    saying(stance('speak', { past: 'spoke', participle: 'spoken' }, 'of')),
    saying(stance('talk', undefined, 'about')),
    stance('agree', undefined, 'with'),
    saying(stance('complain', undefined, 'about')),
    saying(stance('warn', undefined, 'about')),
    stance('worry', { past: 'worried', third: 'worries' }, 'about'),
    stance('lobby', { past: 'lobbied', third: 'lobbies' }, 'for'),
    stance('advocate', undefined, 'for'),
    stance('sign', undefined, 'up'),
  ]),
  ...group('campaigning and siding for or against someone or something: a stance on what follows', [
    stance('campaign', undefined, 'for'),
    stance('campaign', undefined, 'against'),
    only(stance('side', undefined, 'with'), 'past', 'gerund'), // "its two sides with equal gusto"
    only(stance('side', undefined, 'against'), 'past', 'gerund'),
  ]),
  ...group('verbs of contempt and rejection: the content is who or what is belittled or cast off', [
    stance('insult'),
    stance('belittle'),
    stance('disparage'),
    stance('bemoan'),
    stance('repudiate'),
    stance('spurn'),
  ]),
  ...group('verbs of stance and evaluation: expressing, praising, attacking, presenting', [
    saying(stance('express')),
    saying(stance('share')), // sharing news, a report or a view hands it on: the gold counts it a statement
    stance('challenge'),
    saying(stance('compare')),
    stance('rip', { past: 'ripped', gerund: 'ripping' }),
    stance('hail'),
    stance('laud'),
    stance('commend'),
    stance('decry', { past: 'decried', third: 'decries' }),
    stance('lambaste'),
    stance('ridicule'),
    judgement('chide'),
    judgement('rebuke'),
    judgement('berate'),
    judgement('scold'),
    saying(stance('point', undefined, 'to')),
    saying(stance('offer')),
    only(speech('project'), 'third', 'past', 'participle'), // "the campaign projects that …"; "projects" is mostly a noun
    saying(stance('unveil')),
    stance('deride'),
    stance('mock'),
    only(stance('target'), 'past', 'participle'),
    stance('assail'),
    stance('denounce'),
    stance('tout'),
    stance('champion'),
    stance('embrace'),
    stance('veto', { past: 'vetoed', third: 'vetoes' }),
    stance('push', undefined, 'for'),
    stance('vote', undefined, 'for'),
    stance('advocate'),
    stance('favor'),
    stance('welcome'),
    saying(stance('describe')),
    only(stance('call'), 'past', 'participle', 'gerund'), // "two conference calls"
  ]),
];

/**
 * Verbs whose content may be an infinitive: "threatened to run", "vowed to fight", "declined to comment".
 * Other verbs followed by "to" are not reporting anything ("said to be", "went on to win").
 */
export const INFINITIVE_CUES = wordSetOf('INFINITIVE_CUES', 'verbs of intent, promise and request whose content may be an infinitive ("vowed to fight")', [
  'want',
  'plan',
  'hope',
  'aim',
  'intend',
  'expect',
  'decide',
  'promise',
  'vow',
  'pledge',
  'threaten',
  'refuse',
  'decline',
  'offer',
  'seek',
  'agree',
  'urge',
  'ask',
  'tell',
  'call',
  'prefer',
  'demand',
  'propose',
  'warn',
  'advise',
  'remind',
  'exhort',
]);

/**
 * Verbs and adjectives that pass their subject on to an infinitive without adding a speaker or a view of their own
 * ("continue to believe", "seems to think", "are inclined to believe", "have come to expect"): a cue after them and
 * "to" is held by their subject. Verbs of wish or intent ("wants to oppose") are not here: they report a belief
 * themselves.
 */
export const RAISING_VERBS = wordSetOf(
  'RAISING_VERBS',
  'verbs of continuing, beginning, seeming and tending whose subject is the infinitive\'s ("continue to believe")',
  [
    'continue',
    'continues',
    'continued',
    'seem',
    'seems',
    'seemed',
    'appear',
    'appears',
    'appeared',
    'begin',
    'begins',
    'began',
    'begun',
    'start',
    'starts',
    'started',
    'come',
    'comes',
    'came',
    'tend',
    'tends',
    'tended',
    'inclined',
  ],
);

/**
 * Stances that dare or press their object to act: the infinitive after the object is part of what is held
 * ("challenged him to debate"), unlike the purpose after a supported person ("endorsed him to help the party").
 */
export const DARE_CUES = wordSetOf('DARE_CUES', 'stances that dare their object to do something: the infinitive is the challenge', ['challenge']);

/**
 * Verbs of wish, intent and expectation whose belief may be a thing rather than a clause: "Neither side wants
 * conflict", "Hale sought more state funding", "she prefers the old plan". Other belief verbs with a bare
 * object report no belief ("knew the area", "felt the heat").
 */
export const BELIEF_OBJECT_CUES = wordSetOf('BELIEF_OBJECT_CUES', 'wishes and plans held for a thing: "wants conflict", "sought a deal"', [
  'want',
  'seek',
  'prefer',
  'expect',
]);

/**
 * Cue verbs whose third person form is mostly a noun ("running backs", "their backs"): it is a verb only right
 * after its subject, a pronoun or a relative pronoun, maybe with an adverb between ("she backs", "who also backs").
 * The filter 'noun-third-form' drops it elsewhere.
 */
export const NOUN_THIRD_FORMS = wordSetOf('NOUN_THIRD_FORMS', 'third person forms read as plural nouns unless a pronoun subject is before them', ['back']);

/**
 * Reflexive pronouns: after "find" or "show" they tell where someone ended up or how they appeared ("found himself
 * in a fight", "showed itself in the vote"), never what evidence establishes.
 */
export const REFLEXIVE_PRONOUNS = wordSetOf('REFLEXIVE_PRONOUNS', 'to find or show oneself is to be or to appear somewhere: no finding', [
  'himself',
  'herself',
  'itself',
  'themselves',
  'myself',
  'ourselves',
  'yourself',
  'yourselves',
]);

/**
 * Verbs of saying that report speech only with a clause or a quotation: with a plain noun phrase for object they
 * do something else ("added a new wing to the museum", "charged a $100 fee", "mentioned the deficit"). The filter
 * 'thing-object' drops them there; "added that …", "charged the count was rigged" still report.
 */
export const THING_OBJECT_CUES = wordSet('THING_OBJECT_CUES', [
  { reason: 'to add a thing is to put it with others ("added 1 million jobs"); what was added in words is a clause', words: ['add'] },
  { reason: 'to charge a thing is to bill it ("charged a fee") or to indict someone ("charged him with fraud")', words: ['charge'] },
  { reason: 'to mention a thing names a topic, not what was said of it ("mentioned the deficit")', words: ['mention'] },
  {
    reason: 'to answer a thing is to respond to it ("answered the door", "answered questions"); the answer itself is a clause',
    words: ['answer'],
  },
  {
    reason: 'to boast a thing is to have it ("the town boasts a new stadium"); a boast in words takes "of", "about" or a clause',
    words: ['boast'],
  },
]);

/**
 * A time span measured back or on from the telling ("a few days later", "two weeks ago"): after a cue it says when
 * the words were said, never what was said. 'name-cue-clause' drops a content made of these words only.
 */
export const TIME_SPAN_WORDS = wordSet('TIME_SPAN_WORDS', [
  {
    reason: 'units of time counted in a span ("three days", "a few months")',
    words: ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'],
  },
  {
    reason: 'counts and quantities before a unit of time ("a few", "several", "two")',
    words: [
      'a',
      'an',
      'few',
      'several',
      'some',
      'couple',
      'of',
      'many',
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
      'twelve',
      'more',
      'just',
      'only',
      'about',
      'nearly',
      'almost',
    ],
  },
  {
    reason: 'words that place the span before or after the telling ("ago", "later")',
    words: ['ago', 'later', 'earlier', 'before', 'after', 'afterward', 'afterwards', 'back'],
  },
]);
/** The words of TIME_SPAN_WORDS that end a span: a content must end on one to be only a time. */
export const TIME_SPAN_ENDS = wordSetOf('TIME_SPAN_ENDS', 'a span of time reaches back or on from the telling with these ("two weeks ago")', [
  'ago',
  'later',
  'earlier',
  'afterward',
  'afterwards',
]);

/**
 * Words that are no statement when a cue's content is that word alone: "described how, growing up, …" (the
 * clause was cut off by an aside), "pointing to the map and then the chart" (a thing pointed at).
 */
export const LONE_CONTENT_WORDS = wordSet('LONE_CONTENT_WORDS', [
  { reason: 'a question word alone opens a clause that an aside or a comma cut off', words: ['how', 'why', 'what', 'where', 'when', 'whether'] },
  { reason: '"one" alone stands for a thing, not a statement', words: ['one'] },
]);

/** Multi-word cues that introduce a source rather than follow one: "According to X, ...". */
export const SOURCE_PHRASES = phraseList('SOURCE_PHRASES', [
  {
    reason: 'phrases that introduce a source before or after its statement',
    phrases: [
      ['according', 'to'],
      ['as', 'reported', 'by'],
      ['in', 'the', 'words', 'of'],
    ],
  },
]);

/**
 * Noun cues after a possessive or a determiner plus "that": "the ministry's statement that ...",
 * "his claim that ...". The content is the clause after "that".
 */
export const CUE_NOUNS = wordSetOf('CUE_NOUNS', 'nouns of saying, thinking and deciding that take a content clause ("his claim that …")', [
  'statement',
  'claim',
  'assertion',
  'argument',
  'belief',
  'view',
  'warning',
  'promise',
  'pledge',
  'suggestion',
  'insistence',
  'contention',
  'announcement',
  'accusation',
  'allegation',
  'charge',
  'fear',
  'hope',
  'concern',
  'admission',
  'prediction',
  'assessment',
  'conclusion',
  'finding',
  'findings',
  'position',
  'message',
  'decision',
  'proposal',
  'plan',
  'report',
  'request',
  'demand',
  'threat',
  'vow',
  'offer',
  'refusal',
  'call',
  'promises',
  'claims',
  'warnings',
  'insinuation',
  'implication',
  'determination',
  'commitment',
  // A remark or a criticism with its content clause reports what was said ("her remark that …").
  'remark',
  'criticism',
]);

/**
 * Verbs whose "…, as X proposes" describes the thing before it (the plan X proposes), not a clause X said.
 */
export const AS_PROPOSAL_CUES = wordSetOf('AS_PROPOSAL_CUES', 'proposals and demands: "a tax, as Sanders proposes" names the proposal, not a statement', [
  'propose',
  'suggest',
  'recommend',
  'demand',
]);

/**
 * Nouns of a written or broadcast message that a participle of saying after them reports: "the union issued a
 * statement saying …", "the campaign released an ad calling …". The speaker is the subject who issued it.
 */
export const DOCUMENT_NOUNS = wordSetOf('DOCUMENT_NOUNS', 'messages issued by a speaker, whose content a participle of saying after them gives', [
  'statement',
  'letter',
  'memo',
  'note',
  'tweet',
  'post',
  'email',
  'e-mail',
  'message',
  'release',
  'video',
  'ad',
  'advertisement',
  'column',
  'op-ed',
  'editorial',
  'petition',
  'filing',
]);

/**
 * Verbs of viewing whose belief is an object with an "as" complement: "drivers see bike lanes as wasted
 * road", "he views the deal as a trap". "see" takes only that frame or a "that" clause ("we will see", "saw the
 * plan" report no belief).
 */
export const AS_VIEW_CUES = wordSetOf('AS_VIEW_CUES', 'verbs of viewing whose belief is "X as Y"', ['see', 'view', 'consider']);
/**
 * Verbs of judging whose belief may be an object with an adjective after it, a clause without a verb: "The coach
 * considers the new rules unfair", "Analysts have long considered a merger likely".
 */
export const SMALL_CLAUSE_CUES = wordSetOf('SMALL_CLAUSE_CUES', 'verbs of judging whose belief is "X ADJECTIVE"', ['consider']);
/** Of AS_VIEW_CUES, the verbs that report a belief only in the "X as Y" frame or with "that". */
export const AS_ONLY_CUES = wordSetOf('AS_ONLY_CUES', 'verbs of perception that are a belief only as "see X as Y" or "see that"', ['see']);

/**
 * Adjectives of a feeling or a degree of certainty that take a clause, predicated of the subject: "I am glad
 * voters are angry", "Aides are concerned that turnout will be low". The clause is a belief the subject holds.
 */
export const BELIEF_ADJECTIVES = wordSet('BELIEF_ADJECTIVES', [
  { reason: 'certainty and doubt about a clause', words: ['confident', 'convinced', 'sure', 'certain', 'aware', 'hopeful', 'optimistic'] },
  { reason: 'feelings about what a clause tells', words: ['glad', 'concerned', 'worried', 'afraid', 'pleased', 'disappointed'] },
  {
    reason: 'surprise, relief and upset at what a clause tells ("were shocked that the plant closed")',
    words: ['shocked', 'surprised', 'relieved', 'upset', 'outraged', 'stunned', 'amazed', 'thrilled'],
  },
]);

/**
 * Adjectives of certainty, awareness or trust with the preposition that takes what they are about: "Some top
 * Democrats are confident in the campaign's operation", "Residents are not aware of the new rules". The object is
 * the belief the subject holds (frames.ts beliefFrame); the frame must be predicated of a subject ("X is aware of").
 */
export const BELIEF_ADJECTIVE_OBJECTS = phraseList('BELIEF_ADJECTIVE_OBJECTS', [
  {
    reason: 'trust and certainty in a thing',
    phrases: [
      ['confident', 'in'],
      ['certain', 'of'],
      ['convinced', 'of'],
      ['sure', 'of'],
    ],
  },
  {
    reason: 'knowing of a thing, or keeping it in mind',
    phrases: [
      ['aware', 'of'],
      ['unaware', 'of'],
      ['mindful', 'of'],
      ['conscious', 'of'],
    ],
  },
  {
    reason: 'fear of a thing',
    phrases: [
      ['afraid', 'of'],
      ['fearful', 'of'],
    ],
  },
]);

/**
 * Nouns of hope and plan that the subject of the sentence holds without a possessive: "Workers rallied outside the
 * hall in the hopes that the board would act", "Ortiz began a farm tour, with plans to come back often", "The
 * governor has no plans to endorse a candidate" (frames.ts intentNoun). The clause or infinitive is a belief.
 */
export const INTENT_NOUNS = wordSet('INTENT_NOUNS', [
  { reason: 'a hope held "in the hope(s) that/of …"', words: ['hope', 'hopes'] },
  { reason: 'a plan held "with plans to …" or denied "has no plans to …"', words: ['plan', 'plans'] },
]);

/**
 * Adjectives of wish or will that take an infinitive: "Officials flew to the capital, eager to show that the talks
 * were on track". In an aside after the main clause they tell what the sentence's subject wants (frames.ts
 * beliefFrame); after "be" the stance frames take "eager to" and "reluctant to".
 */
export const INTENT_ADJECTIVES = wordSet('INTENT_ADJECTIVES', [
  { reason: 'wanting to do something', words: ['eager', 'anxious', 'keen', 'desperate', 'determined', 'willing'] },
  { reason: 'not wanting to do something', words: ['reluctant', 'loath', 'unwilling'] },
]);

/**
 * Stances told with an adjective after "be": "Ortiz was especially critical of the rival leading the polls".
 * The speaker is the subject; the content is what follows the preposition.
 */
export const STANCE_ADJECTIVES = phraseList('STANCE_ADJECTIVES', [
  {
    reason: 'adjectives of attitude with their preposition, predicated of the subject',
    phrases: [
      ['critical', 'of'],
      ['skeptical', 'of'],
      ['skeptical', 'about'],
      ['sceptical', 'of'],
      ['supportive', 'of'],
      ['opposed', 'to'],
      ['in', 'favor', 'of'],
      ['in', 'favour', 'of'],
      ['confident', 'about'],
      ['confident', 'of'],
      ['concerned', 'about'],
      ['worried', 'about'],
      ['angry', 'about'],
      ['angry', 'at'],
      ['wary', 'of'],
      ['proud', 'of'],
      ['dismissive', 'of'],
      ['enthusiastic', 'about'],
      ['optimistic', 'about'],
      ['pessimistic', 'about'],
      ['eager', 'to'],
      ['reluctant', 'to'],
      ['unhappy', 'with'],
      ['happy', 'with'],
      ['frustrated', 'with'],
    ],
  },
  {
    reason: 'adjectives of warmth, coolness or hostility toward someone or something, predicated of the subject',
    phrases: [
      ['hostile', 'to'],
      ['hostile', 'toward'],
      ['sympathetic', 'to'],
      ['receptive', 'to'],
      ['tepid', 'about'],
      ['lukewarm', 'about'],
      ['lukewarm', 'on'],
      ['cool', 'to'],
      ['ambivalent', 'about'],
      ['suspicious', 'of'],
      ['fond', 'of'],
      ['contemptuous', 'of'],
      ['disappointed', 'in'],
      ['furious', 'with'],
      ['furious', 'at'],
    ],
  },
]);

/**
 * Verbs that take "in favor of" as a stance of their subject, as "be" does: "the committee voted in favor of the
 * bill", "he spoke out in favor of the plan". ("out" may stand between: "spoke out", "came out".)
 */
export const FAVOR_VERBS = wordSetOf('FAVOR_VERBS', 'acts of voting, speaking or ruling whose "in favor of" tells a stance', [
  'vote',
  'votes',
  'voted',
  'voting',
  'speak',
  'speaks',
  'spoke',
  'speaking',
  'come',
  'comes',
  'came',
  'coming',
  'argue',
  'argues',
  'argued',
  'arguing',
  'rule',
  'rules',
  'ruled',
  'ruling',
  'testify',
  'testifies',
  'testified',
  'testifying',
  'campaign',
  'campaigns',
  'campaigned',
  'campaigning',
  'weigh',
  'weighs',
  'weighed',
  'weighing',
]);

/**
 * Light verbs that report an attitude through its noun: "expressed concern about the plan", "voiced support for the
 * bill", "found no fault with the ruling". What the attitude is about follows the noun's preposition (or its "that");
 * the verb and the noun together are the cue.
 */
export const ATTITUDE_CUES = wordSetOf('ATTITUDE_CUES', 'verbs that hand on an attitude named by the noun after them', [
  'express',
  'voice',
  'share',
  'show',
  'find',
  'offer',
  'reiterate',
  'repeat',
]);
/** Nouns of a feeling or an attitude held about something, after ATTITUDE_CUES ("concern about", "confidence that"). */
export const ATTITUDE_NOUNS = wordSet('ATTITUDE_NOUNS', [
  {
    reason: 'worry, doubt and displeasure about something',
    words: [
      'concern',
      'concerns',
      'doubt',
      'doubts',
      'worry',
      'worries',
      'fear',
      'fears',
      'frustration',
      'anger',
      'dismay',
      'disappointment',
      'skepticism',
      'scepticism',
      'reservations',
      'misgivings',
      'outrage',
      'displeasure',
      'alarm',
      'regret',
      'fault',
    ],
  },
  {
    reason: 'hope, trust and approval of something',
    words: [
      'hope',
      'hopes',
      'confidence',
      'optimism',
      'support',
      'sympathy',
      'admiration',
      'gratitude',
      'appreciation',
      'enthusiasm',
      'approval',
      'respect',
      'wish',
      'interest',
      'solidarity',
      'opposition',
      'disapproval',
    ],
  },
]);
/** The words after an attitude noun that open what the attitude is about ("concern about", "support for"). */
export const ATTITUDE_PREPOSITIONS = wordSetOf('ATTITUDE_PREPOSITIONS', 'prepositions that join an attitude to what it is about', [
  'about',
  'over',
  'for',
  'with',
  'at',
  'toward',
  'towards',
  'in',
  'regarding',
  'to',
]);

/**
 * Nouns of stance with their owner: "Trump's attacks on Curiel", "his criticism of the plan". The content is
 * what follows the preposition; the owner is the speaker.
 */
// A Map: looked up with any word of an article ("constructor" included; see PERSONAL_PRONOUNS).
export const STANCE_NOUNS: ReadonlyMap<string, string[]> = new Map(
  Object.entries({
    attack: ['on'],
    attacks: ['on'],
    criticism: ['of'],
    criticisms: ['of'],
    // "threw her support behind Cruz", "put their weight behind the bill".
    support: ['for', 'of', 'behind'],
    weight: ['behind'],
    opposition: ['to'],
    remarks: ['about', 'on'],
    comments: ['about', 'on'],
    views: ['on', 'about'],
    view: ['on', 'of'],
    position: ['on'],
    stance: ['on'],
    endorsement: ['of'],
    praise: ['for', 'of'],
    defense: ['of'],
    defence: ['of'],
    opinion: ['of', 'on'],
    attitude: ['toward', 'towards', 'to'],
    posts: ['on'],
    tweets: ['about', 'on'],
    warnings: ['about'],
    concerns: ['about'],
    // Feelings for or against someone, and disagreement: "his dislike for the board", "her disagreements
    // with the party", "their contempt for Congress".
    dislike: ['for', 'of'],
    disagreement: ['with'],
    disagreements: ['with'],
    contempt: ['for'],
    disdain: ['for'],
    hostility: ['to', 'toward', 'towards'],
    admiration: ['for'],
    // A vote cast is a stance on what it was for or against: "Sanders' 2007 vote against the bill".
    vote: ['against', 'for'],
    votes: ['against', 'for'],
  }),
);
