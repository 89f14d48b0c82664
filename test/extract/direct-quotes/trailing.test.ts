import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/index.js';

// A quotation that a sentence begins outside its marks ("Voters "think he is honest," she said"): the attribution
// after it reports the whole sentence, a mixed quote, not the quotation alone (src/extract/direct-quotes/trailing.ts,
// findSlot). Invented sentences; each row lists every quote found, as "type cue: text".

const found = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => `${q.type} ${q.cue}: ${q.text}`);

describe('a sentence begun before the quotation', () => {
  it.each([
    // A lower-case word before the mark, or any word before a quotation that opens in lower case.
    ['The mayor "has done more for the harbor than anyone," said Tom Hale.', ['mixed said: The mayor "has done more for the harbor than anyone,"']],
    ['Voters "think this mayor is not afraid of a fight," he said.', ['mixed said: Voters "think this mayor is not afraid of a fight,"']],
    ['Hale "has a lot of work to do before May," said Ana Ruiz.', ['mixed said: Hale "has a lot of work to do before May,"']],
    // Negatives: a quotation that opens with a capital stands as its own sentence after a tag or a label.
    ['Update: "The bridge will reopen in May," the mayor said.', ['direct said: The bridge will reopen in May,']],
    ['"The bridge will reopen in May," the mayor said.', ['direct said: The bridge will reopen in May,']],
    // A second quotation in a sentence that runs on through the first, words only between them.
    [
      'Officials should show proof and stop using words like “maybe” and “perhaps”, he told reporters.',
      ['mixed told: Officials should show proof and stop using words like “maybe” and “perhaps”'],
    ],
    // Negatives: two quotations each with its own attribution.
    ['“We will win,” he said and “we will govern,” she said.', ['direct said: We will win,', 'direct said: we will govern,']],
  ] as const)('%s', (text, quotes) => {
    expect(found(text)).toEqual(quotes);
  });
});
