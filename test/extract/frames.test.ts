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
