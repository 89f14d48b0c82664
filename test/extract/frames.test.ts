import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// Attribution frames added for issue 11: messages with a participle of saying ("issued a statement saying …") and
// "as X put it". Invented sentences; each positive case has a look-alike that must give nothing, or something else.

/** [speaker text, quote text, cue] of every quote, every act reported. */
const found = (text: string) => extractQuotes(text, { acts: 'all' }).map((q) => [q.speaker?.text ?? null, q.text, q.cue]);

describe('a participle of saying after a message the subject issued', () => {
  it.each([
    ['The union issued a statement on Monday saying the strike would go ahead.', [['The union', 'the strike would go ahead', 'saying']]],
    ['The company released a statement saying the factory would close in May.', [['The company', 'the factory would close in May', 'saying']]],
    [
      'Dana Reyes, the party’s field director, released a statement confirming it will double its staff.',
      [['Dana Reyes, the party’s field director', 'it will double its staff', 'confirming']],
    ],
    ['The campaign released a new radio ad calling the plan “a disaster” for farmers.', [['The campaign', 'the plan “a disaster” for farmers', 'calling']]],
    ['The mayor posted a video on Friday saying the bridge was safe.', [['The mayor', 'the bridge was safe', 'saying']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // The message is the subject: nobody is named as its author.
    ['A statement saying the factory would close was posted on the door.'],
    // A participle after a noun that is no message describes it.
    ['Polls showing a close race were published on Monday.'],
    // A clause between the noun and the participle: the participle is not the message's.
    ['The union issued a statement that was short, saying little.'],
  ])('no message frame: %s', (text) => {
    expect(extractQuotes(text, { acts: 'all', explain: true }).filter((q) => q.explain?.quoteRule === 'document-gerund')).toEqual([]);
  });
});

describe('"as X put it"', () => {
  it.each([
    ['As the Tribune put it, “This is the end of an era for the town.”', [['the Tribune', 'This is the end of an era for the town.', 'put it']]],
    ['She put it bluntly: “We lost because we did not prepare.”', [['She', 'We lost because we did not prepare.', 'put it']]],
    ['The merger is a gamble, as one banker put it.', [['one banker', 'The merger is a gamble', 'put it']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // "put it" that places a thing.
    ['The mayor put it on the table before the vote began.'],
    ['She put it on the shelf in a box marked “urgent.”'],
    ['He put it away before the meeting and left the room.'],
  ])('no statement: %s', (text) => {
    expect(found(text).filter(([, , cue]) => cue === 'put it')).toEqual([]);
  });
});

describe('"as X reported" asides', () => {
  it.each([
    [
      'But, as the Tribune reported on Saturday, the mayor has already chosen a successor.',
      [['the Tribune', 'the mayor has already chosen a successor', 'reported']],
    ],
    ['As Smith noted, the bridge is older than the town itself.', [['Smith', 'the bridge is older than the town itself', 'noted']]],
    ['The bridge will reopen in May, as the mayor said on Monday.', [['the mayor', 'The bridge will reopen in May', 'said']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // "as X proposes" after a noun names the proposal.
    ['Voters can debate a tax on every trade, as the senator proposes.', 'proposes'],
    // No verb of saying: "as expected" attributes nothing.
    ['As expected, the council voted to close the library.', 'expected'],
  ] as const)('no aside attribution: %s', (text, cue) => {
    expect(found(text).filter(([, , c]) => c === cue)).toEqual([]);
  });
});

describe('a participle of saying whose named subject has an aside', () => {
  it.each([
    [
      'Dana Reyes, president of the Harbor Institute, tied the scores to better attendance, saying the program helped thousands of pupils.',
      [['Dana Reyes', 'the program helped thousands of pupils', 'saying']],
    ],
    [
      'Hugh Hill, who is running for mayor, has seized on the report, telling the Herald that the city was misled.',
      [['Hugh Hill', 'the city was misled', 'telling']],
    ],
  ] as const)('%s', (text, expected) => {
    expect(found(text).filter(([, , cue]) => cue === expected[0]![2])).toEqual(expected);
  });

  it.each([
    // An unnamed subject with an aside: no speaker to give.
    ['A man, a retired teacher from the town, waved a sign, saying the plant should close.'],
    // No verb after the aside: a list, not a subject and its aside.
    ['Dana Reyes, the mayor, the governor and their aides left early, saying nothing.'],
  ])('no speaker through the aside: %s', (text) => {
    expect(found(text).filter(([, , cue]) => cue === 'saying')).toEqual([]);
  });
});

describe('time words between a trailing attribution and the rest of a split quotation', () => {
  it('"the coach tweeted last January, “…”" continues the quote', () => {
    expect(found('“We will win the title,” the coach tweeted last January, “and nobody will stop us.”')).toEqual([
      ['the coach', 'We will win the title,', 'tweeted'],
      ['the coach', 'and nobody will stop us.', 'tweeted'],
    ]);
  });
});

describe('nouns of saying with a circumstance or a source before their clause', () => {
  it.each([
    ['Rivals pounced on his claim at the hearing that the dam would hold.', [['his', 'the dam would hold', 'claim']]],
    ['The town ignored a warning from the ministry that the dam was unsafe.', [['the ministry', 'the dam was unsafe', 'warning']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text).filter(([, , cue]) => cue === expected[0]![2])).toEqual(expected);
  });

  it.each([
    // No clause after the source: a document, not what it says.
    ['The mayor read a statement from a friend of the family.', 'statement'],
    // A circumstance but no "that": no content.
    ['Her assertion during the debate drew boos from the crowd.', 'assertion'],
  ] as const)('no noun-cue statement: %s', (text, cue) => {
    expect(found(text).filter(([, , c]) => c === cue)).toEqual([]);
  });
});

describe('a noun of intent with its owner as the subject: the infinitive ends before the main verb', () => {
  it.each([
    ["Ms. Ruiz's decision to close the plant has angered the union.", [["Ms. Ruiz's", 'to close the plant', 'decision']]],
    ['But his decision to leave the party was seen as a betrayal.', [['his', 'to leave the party', 'decision']]],
    // "as" inside the infinitive is a preposition: the main verb still ends it.
    ['Her decision to run as an independent has split the party.', [['Her', 'to run as an independent', 'decision']]],
    // Inside a longer clause the noun is no subject, and its infinitive runs on ("is" belongs to the infinitive's clause).
    ['On Monday, voters learned of her decision to say the plan is sound.', [['her', 'to say the plan is sound', 'decision']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text).filter(([, , cue]) => cue === expected[0]![2])).toEqual(expected);
  });
});

describe('a relative clause inside a noun of intent keeps its own verb', () => {
  it('"are" after "that" is the relative clause\'s, not the main verb', () => {
    const q = found('Their plan to build homes that are cheap won wide support.').find(([, , cue]) => cue === 'plan');
    expect(q?.[1]).toMatch(/^to build homes that are cheap/);
  });
});

describe('an infinitive after a cue of intent, even when its verb may be an adjective', () => {
  it.each([
    ['Jane Smith threatened to close the plant.', [['Jane Smith', 'to close the plant', 'threatened']]],
    ['The union vowed to shut the port if talks failed.', [['The union', 'to shut the port if talks failed', 'vowed']]],
    // "to" before a determiner opens a circumstance, not an infinitive.
    ['Jane Smith promised to the voters a new park.', [['Jane Smith', 'a new park', 'promised']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('"with X asking …": a participle with its own subject', () => {
  it('gives the subject after "with" as the speaker', () => {
    expect(found('The interview ended with the host asking the mayor pointedly whether she would run again.')).toEqual([
      ['the host', 'whether she would run again', 'asking'],
    ]);
  });

  it.each([
    // A participle that describes the noun after "with": no statement.
    ['She arrived with a sign showing the old bridge.'],
    // A participle of thought: not speech.
    ['He left with his aides hoping the vote would be delayed.'],
  ])('no with-gerund quote: %s', (text) => {
    expect(extractQuotes(text, { acts: 'all', explain: true }).filter((q) => q.explain?.quoteRule === 'with-gerund')).toEqual([]);
  });
});

describe('a leading attribution with a tail after the quotation', () => {
  it.each([
    [
      'The comedian took the stage and joked, “You are all being ridiculous,” drawing loud jeers from the crowd.',
      'The comedian',
      'You are all being ridiculous,',
      'joked',
    ],
    ['The host interjected, “Ladies and gentlemen, the mayor,” who then walked on stage.', 'The host', 'Ladies and gentlemen, the mayor,', 'interjected'],
  ] as const)('%s', (text, speaker, quote, cue) => {
    const direct = extractQuotes(text).filter((q) => q.type === 'direct');
    expect(direct.map((q) => [q.speaker?.text, q.text, q.cue])).toEqual([[speaker, quote, cue]]);
  });

  it('a clause that may attribute the quote itself is no tail', () => {
    // "the mayor said" after the quotation: the quote is the mayor's, not the aide's.
    const qs = extractQuotes('The aide read out, “The bridge is safe,” the mayor said.').filter((q) => q.type === 'direct');
    expect(qs.map((q) => q.speaker?.text)).toEqual(['the mayor']);
  });
});

describe('the second half of a quotation split by an attribution with an aside', () => {
  it('shares the attribution of the first half', () => {
    const text = '"We opened offices in April," said Dana Reyes, the campaign\'s spokeswoman, "and we have built ties."';
    expect(found(text)).toEqual([
      ['Dana Reyes', 'We opened offices in April,', 'said'],
      ['Dana Reyes', 'and we have built ties.', 'said'],
    ]);
  });

  it('a quotation in the next sentence is no second half', () => {
    const qs = extractQuotes('"We opened offices in April," said Dana Reyes. "And we have built ties."', { explain: true });
    expect(qs.map((q) => q.explain?.quoteRule)).toEqual(['trailing-cue-name', 'quote-only-sentence']);
  });
});

describe('a quotation standing alone with a tail after it', () => {
  it.each([
    ['“The key voters are older women,” said Dana Reyes. “We have to keep them” - winning back the suburbs first.', 'We have to keep them'],
    ['“The key voters are older women,” said Dana Reyes. “We have to keep them,” which is no small task.', 'We have to keep them,'],
  ] as const)('continues the previous speaker: %s', (text, quote) => {
    const q = extractQuotes(text).find((x) => x.text === quote);
    expect(q?.speaker?.text).toBe('Dana Reyes');
  });

  it('a clause with its own subject after the quotation is no tail', () => {
    const text = '“The key voters are older women,” said Dana Reyes. “We have to keep them” and the mayor agrees.';
    expect(extractQuotes(text, { explain: true }).find((x) => x.text === 'We have to keep them')?.explain?.quoteRule).not.toBe('quote-only-sentence');
  });
});

describe('a participle of saying after a verb of perception', () => {
  it('"a voter can be heard asking" gives the voter', () => {
    expect(found('“Should the city raise taxes again?” a voter can be heard asking the mayor.')).toEqual([
      ['a voter', 'Should the city raise taxes again?', 'asking'],
    ]);
  });

  it('a perception verb without a participle of saying attributes nothing', () => {
    expect(found('“Should the city raise taxes again?” a reporter can be heard in the video.')).toEqual([]);
  });
});

describe('a quotation after a colon that ends a clause without a cue', () => {
  it("is the subject's", () => {
    expect(found('The senator returned to her familiar lines: “We will build the bridge.”')).toEqual([['The senator', 'We will build the bridge.', ':']]);
  });

  it.each([
    // The subject is a thing, not a speaker.
    ['The agenda had one item: “Repair the harbor bridge.”'],
  ])('no speaker: %s', (text) => {
    expect(found(text).filter(([, , cue]) => cue === ':')).toEqual([]);
  });

  it('a cue in the clause leaves the quotation to the reported speech that quotes it', () => {
    const qs = extractQuotes('He also suggested acting against the judge: “They ought to look into it.”', { explain: true });
    expect(qs.map((q) => q.explain?.quoteRule)).not.toContain('colon-subject');
  });
});

describe('a title in quotation marks after a possessive or a preposition', () => {
  it('is no quote, and leaves its cue to the clause it reports', () => {
    expect(found('Speaking on ABC’s “This Week,” the senator admitted that the figure in her book was wrong.')).toEqual([
      ['the senator', 'the figure in her book was wrong', 'admitted'],
    ]);
  });

  it('a sentence in quotation marks after a preposition is still a quote', () => {
    const qs = extractQuotes('The mayor wrote in a post on Friday, “We will rebuild the bridge by May.”');
    expect(qs.map((q) => [q.text, q.cue])).toEqual([['We will rebuild the bridge by May.', 'wrote']]);
  });
});

describe('findings placed in a poll by "in"', () => {
  /** [speaker, quote, cue, act] of the quotes the poll frame found. */
  const polls = (text: string) =>
    extractQuotes(text, { acts: 'all', explain: true })
      .filter((q) => q.explain?.quoteRule === 'poll-frame')
      .map((q) => [q.speaker?.text ?? null, q.text, q.cue, q.act]);

  it.each([
    [
      'In a Marist poll released Monday, 48 percent of voters backed the tunnel.',
      [['a Marist poll', '48 percent of voters backed the tunnel', 'In', 'finding']],
    ],
    ['Ruiz is leading in the polls, although her lead has narrowed.', [['the polls', 'Ruiz is leading', 'in', 'finding']]],
    ['She trailed the senator in the state polls by nearly 9 points.', [['the state polls', 'She trailed the senator', 'in', 'finding']]],
    [
      'Hale finished third in March polls, although Ruiz gained ground in a later survey from Marist.',
      [
        ['March polls', 'Hale finished third', 'in', 'finding'],
        ['a later survey', 'Ruiz gained ground', 'in', 'finding'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(polls(text)).toEqual(expected);
  });

  it.each([
    // The poll's phrase is the subject's modifier, not where the clause is placed.
    ["The mayor's rise in the polls has alarmed her rivals."],
    // A relative clause describes someone; it reports no finding.
    ['Hale, who is battling Ruiz for first place in many polls, spoke on Friday.'],
    // A verb of saying in the clause reports it itself.
    ['In a survey of 500 drivers, most said they wanted more buses.'],
    // No poll: a place or a time.
    ['Ruiz is leading in the capital.'],
    // A poll noun near the "in", but a verb ends the phrase before it: the place is Ohio, not the polls.
    ['Voters in Ohio said the polls were wrong about the turnout.'],
    // A poll noun beyond the phrase's reach: no poll is where the clause is placed.
    ['The rally was held in a large hall on the north side of the old river town, and new polls came later.'],
  ])('no poll frame: %s', (text) => {
    expect(polls(text)).toEqual([]);
  });
});
