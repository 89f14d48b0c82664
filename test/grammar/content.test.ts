import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// A participle after a noun ("Senators backing the levy have said …"): when the main clause's cue
// follows its object, the participle describes the speaker and reports no stance (src/grammar/content.ts), and
// the noun before it is the cue's subject (src/grammar/subjects.ts). Invented sentences; each row lists every
// quote found, as "act cue (speaker): text".

const found = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => `${q.act} ${q.cue} (${q.speaker?.text ?? '-'}): ${q.text}`);

describe('a participle after a noun', () => {
  it.each([
    [
      'City council members supporting the levy have said they think the vote will pass.',
      ['statement said (City council members supporting the levy): they think the vote will pass'],
    ],
    ['Donors backing the governor say they will give more this year.', ['statement say (Donors): they will give more this year']],
    // Progressive "are supporting" is the clause's own verb: its object is a stance, and a cue word after "a" is
    // a noun ("a plan"), not the main clause's cue.
    ["Voters are supporting a plan like the mayor's.", ["stance supporting (Voters): a plan like the mayor's"]],
    // No cue after the object: the participle's stance stays, and its object ends before the main verb.
    ['Pastors supporting Mr. Cruz were in the hall on Sunday.', ['stance supporting (Pastors): Mr. Cruz']],
    ['Pastors supporting the senator will be in the hall on Sunday.', ['stance supporting (Pastors): the senator']],
  ] as const)('%s', (text, quotes) => {
    expect(found(text)).toEqual(quotes);
  });
});

// A phrase after a dash that closes the sentence glosses the attribution ("— an apparent reference to …"); a
// clause after a dash is what was said.
const contentOf = (text: string, cue: string): string | undefined => extractQuotes(text, { acts: 'all' }).find((q) => q.cue === cue)?.text;

describe('a dash after the attribution', () => {
  it.each([
    ['The state requires too many tests, the governor said on Monday — an apparent reference to the new exam.', 'said', 'The state requires too many tests'],
    ['The mayor thinks the state requires too many tests, the governor said — a rare rebuke.', 'said', 'The mayor thinks the state requires too many tests'],
    ['The governor said on Monday — an apparent reference to the new exam.', 'said', undefined],
    ['The governor said on Monday — the state requires too many tests.', 'said', 'the state requires too many tests'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// A parenthesis that holds an attribution of its own is the writer's aside: the content before it ends at it, and
// the attribution inside reports only what the parenthesis holds. A parenthesis with no cue in it stays inside.
describe('a parenthesis with an attribution of its own', () => {
  it.each([
    [
      'He tells voters the mayor may be charged over the land deal (the size of which, critics say, is a scandal).',
      'tells',
      'the mayor may be charged over the land deal',
    ],
    ['He tells voters the mayor may be charged over the land deal (the size of which, critics say, is a scandal).', 'say', 'the size of which'],
    ['The senator said the bill (HB 12) would pass in May.', 'said', 'the bill (HB 12) would pass in May'],
    ['The bill (HB 12) will pass in May, the senator said.', 'said', 'The bill (HB 12) will pass in May'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// A conjunction right after the cue or its circumstance joins a second verb or clause to the cue's: no content opens
// with one. A stance's object may still be shared with the verb joined to it.
describe('a conjunction at the start of the content', () => {
  it.each([
    ['The grants are notable for the relief they would offer and that they would cost little.', 'offer', undefined],
    ['Drivers who apply for one but do not park in town could be asked to pay a fee.', 'apply', undefined],
    ['The mayor said and did many things during the campaign.', 'said', undefined],
    ['The union endorsed and has raised money for Ana Ruiz.', 'endorsed', 'and has raised money for Ana Ruiz'],
    ['The mayor said and the council agreed that the plan was a mistake.', 'agreed', 'the plan was a mistake'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// "this", "last" and "next" are a time only before a time word; alone, a determiner is a pronoun object.
describe('a determiner at the start of the content', () => {
  it.each([
    ['The mayor said this was a mistake.', 'said', 'this was a mistake'],
    ['The mayor said this week that the plan was a mistake.', 'said', 'the plan was a mistake'],
    ['The mayor said last year the plan was a mistake.', 'said', 'the plan was a mistake'],
    ['The mayor said next steps would follow in May.', 'said', 'next steps would follow in May'],
    ['Traders see this and make use of it.', 'see', undefined],
    ['The mayor said that was a mistake.', 'said', 'that was a mistake'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// After "that", a pronoun written with its auxiliary ("they're", "he's", "there's") is the clause's subject and verb:
// the content is that clause, without "that", as after "they are".
describe('a contraction after "that"', () => {
  it.each([
    ["Party leaders admit that they're nervous about the race.", 'admit', "they're nervous about the race"],
    ['The mayor said that he’s sure the bridge will open in May.', 'said', 'he’s sure the bridge will open in May'],
    ["The mayor said that there's no money left for the bridge.", 'said', "there's no money left for the bridge"],
    ['Party leaders admit that they are nervous about the race.', 'admit', 'they are nervous about the race'],
    // "that" before its own verb is the content's subject, and stays.
    ['The mayor believes that is why the bridge failed.', 'believes', 'that is why the bridge failed'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// "at least", "at most" bound the quantity that opens the content; "at" with a place or a time is a circumstance.
describe('"at least" after the attribution', () => {
  it.each([
    ['Ms. Ruiz says at least seven delegates have signed on to the effort.', 'says', 'at least seven delegates have signed on to the effort'],
    ['Ms. Ruiz said at most a third of the delegates would sign on.', 'said', 'at most a third of the delegates would sign on'],
    ['Ms. Ruiz met voters. Now, she says, at least seven delegates have signed on.', 'says', 'at least seven delegates have signed on'],
    ['Ms. Ruiz said at the meeting that seven delegates have signed on.', 'said', 'seven delegates have signed on'],
    ['The bridge will close in May, the mayor said, at a meeting on Monday.', 'said', 'The bridge will close in May'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// "expressed concern about X": a light verb hands on an attitude named by its noun; the content is what the
// attitude is about, after the noun's preposition or "that".
describe('an attitude named by its noun', () => {
  it.each([
    ['The governor expressed concern about the new tolls.', 'expressed', 'the new tolls'],
    ['The mayor voiced strong support for the harbor plan.', 'voiced', 'the harbor plan'],
    ['The senator expressed confidence that the bill would pass.', 'expressed', 'the bill would pass'],
    ['The judge found no fault with the ruling of the lower court.', 'found', 'the ruling of the lower court'],
    // Negatives: no noun of attitude, or one with its owner before it, keeps the whole object.
    ['The governor shared the stage with the mayor.', 'shared', 'the stage with the mayor'],
    ['The mayor expressed his support for the harbor plan.', 'expressed', 'his support for the harbor plan'],
    ['Farmers shared their worries about the drought.', 'shared', 'their worries about the drought'],
    ['The union expressed the view of most nurses.', 'expressed', 'the view of most nurses'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// "call" without a particle is a stance when it names or judges its object; a bare object was summoned or phoned.
// A wish held for a named thing takes a one-word name; a pronoun object of a stance ends before a purpose or a
// placing of the act in time.
describe('objects of "call", wishes and stances', () => {
  it.each([
    ['The party has called a referendum for June.', 'called', undefined],
    ['The governor called an election.', 'called', undefined],
    ['Critics called the plan a disaster.', 'called', 'the plan a disaster'],
    ['The mayor called them liars.', 'called', 'them liars'],
    ['The bill, which critics called anti-union, passed.', 'called', 'anti-union'],
    ['Female nurses preferred Ramos by a wide margin.', 'preferred', 'Ramos'],
    ['Female nurses preferred it.', 'preferred', undefined],
    ['Critics called the plan for the harbor a disaster.', 'called', 'the plan for the harbor a disaster'],
    ['The mayor backed him to help win the seat.', 'backed', 'him'],
    ['Lawmakers who endorsed her to keep the seat met on Monday.', 'endorsed', 'her'],
    ['The senator challenged them to debate.', 'challenged', 'them to debate'],
    ['The union endorsed her early over two rivals.', 'endorsed', 'her'],
    ['The union backed her early work on pensions.', 'backed', 'her early work on pensions'],
    ['The council backed the plan as the deadline neared.', 'backed', 'the plan'],
    ['She criticized them as anti-union.', 'criticized', 'them as anti-union'],
    // A subordinator before a semicolon belongs to the clause it closes: the stance after it is a main clause's.
    ['Rates have been low since the crisis; she backs tougher rules but embraces the old law.', 'backs', 'tougher rules'],
    // A name used as a modifier after a possessive keeps the adverbial's noun phrase whole ("her Facebook page").
    ['In a clip posted to her Facebook page, she criticized Hale.', 'posted', undefined],
    ['In a clip posted to her Facebook page, she criticized Hale.', 'criticized', 'Hale'],
    ['The mayor wrote on her Facebook page that the bridge would reopen.', 'wrote', 'the bridge would reopen'],
    // A participle between an article and a noun of saying makes it a noun ("the discredited claim"), not a verb whose
    // subject is "the debunked"; after a demonstrative ("those polled say") the verb stays.
    ['The flyer makes several points -- including the discredited claim that Ms. Vint opposed the levy.', 'claim', undefined],
    ['The flyer makes several points -- including the discredited claim that Ms. Vint opposed the levy.', 'opposed', 'the levy'],
    ['By wide margins, those polled say the schools should come first.', 'say', 'the schools should come first'],
    // A lone word in "-ly" or after "to" before the cue is an adverb or an infinitive, not the cue's subject.
    ['His rules ban, say, regularly sharing advice with campaigns.', 'sharing', undefined],
    ['The tour gives Ortiz the chance to help rebuild Tulsa.', 'rebuild', undefined],
    ['Officials regularly defend the plan.', 'defend', 'the plan'],
    ['Allies defend the plan.', 'defend', 'the plan'],
    // A verb of support or opposition takes a thing: "that" after it is a demonstrative, not a conjunction.
    ['Young voters still embrace that idea.', 'embrace', 'that idea'],
    ['The council rejected that proposal.', 'rejected', 'that proposal'],
    ['The mayor said that plan was dead.', 'said', 'plan was dead'],
    // "but" before another cue ends a judgement: the second act is not what was condemned.
    ['Rights groups condemned the ruling but praised the judge who dissented.', 'condemned', 'the ruling'],
    ['Rights groups condemned the ruling but not the judge.', 'condemned', 'the ruling but not the judge'],
    // What a source found, without "that": a cue verb in the past inside it is the clause's verb.
    ['The Ledger found Democrats favored Ramos by a wide margin.', 'found', 'Democrats favored Ramos by a wide margin'],
    ['The Ledger found voters trusted Ramos more than Lee.', 'found', 'voters trusted Ramos more than Lee'],
    ['The team found a new home in the old mill.', 'found', undefined],
    // "not" before a wish's infinitive goes with the cue; a promise keeps it.
    ['Many fans would prefer not to have had to pick between the teams.', 'prefer', 'to have had to pick between the teams'],
    ['The mayor decided not to run again.', 'decided', 'to run again'],
    ['The mayor vowed not to raise taxes.', 'vowed', 'not to raise taxes'],
    // A denied stance toward no one in particular names nothing held; toward someone named, it is a stance.
    ['Hale, a mayor who has not backed a candidate, spoke against the plan.', 'backed', undefined],
    ['The union has not endorsed anyone.', 'endorsed', undefined],
    ['The union has not endorsed Ramos in the race.', 'endorsed', 'Ramos'],
    ['The union endorsed a candidate on Monday.', 'endorsed', 'a candidate'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// A judged object ends before ", while" and a subject of its own: the writer sets someone else's act beside it.
describe('a contrast after a judged object', () => {
  it.each([
    ['Critics faulted the mayor for closing the bridge, while his allies defended the decision as necessary.', 'faulted', 'the mayor for closing the bridge'],
    ['Critics faulted the mayor for closing the bridge, while his allies defended the decision as necessary.', 'defended', 'the decision as necessary'],
    // "while" with no subject of its own ("while trying …") goes on with the judgement.
    ['Critics faulted the mayor for closing the bridge while trying to save money.', 'faulted', 'the mayor for closing the bridge while trying to save money'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});
