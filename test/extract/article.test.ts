import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// The sentence's subject (src/extract/article.ts, sentenceSubject), which a cue with no subject of its own takes
// ("… and said", "…, saying"): an opening circumstance before it is stepped over. Invented sentences; each row
// gives the cue, then the speaker phrase and the content expected for it.

const quoteOf = (text: string, cue: string): [string | undefined, string] | undefined => {
  const q = extractQuotes(text, { acts: 'all' }).find((x) => x.cue === cue);
  return q ? [q.speaker?.text, q.text] : undefined;
};

describe('the subject after an opening circumstance', () => {
  it.each([
    // A participle clause opening the sentence sets the scene.
    [
      'Walking to the next stall, Ms. Marlow talked about her years on the farm, and said their prices were set by the weather.',
      'said',
      ['Ms. Marlow', 'their prices were set by the weather'],
    ],
    ['Recognizing the risk, the mayor wrote to the council, saying the bridge must close.', 'saying', ['the mayor', 'the bridge must close']],
    // As a time or place phrase does.
    ['On Monday, the mayor toured the bridge and said it must close.', 'said', ['the mayor', 'it must close']],
    // A gerund subject is not a circumstance: "Closing the bridge, …" needs a comma after a clause of its own.
    ['Closing the bridge would cost millions and said nothing to the voters.', 'said', undefined],
  ] as const)('%s (%s)', (text, cue, expected) => {
    expect(quoteOf(text, cue)).toEqual(expected);
  });
});
