import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/index.js';

// A sentence split by its attribution, one half in quotation marks and the other not: the unquoted half is what
// the same speaker said (src/extract/reported-speech/around-direct.ts). Invented sentences; each row lists every
// quote found, as "type: text".

const found = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => `${q.type}: ${q.text}`);

describe('the unquoted half before the attribution', () => {
  it.each([
    // The quotation opens in lower case: the sentence began before the attribution.
    [
      'Whether the issue is the bridge or the budget, Ms. Ortiz added, "it gets harder for the council to govern."',
      ['indirect: Whether the issue is the bridge or the budget', 'direct: it gets harder for the council to govern.'],
    ],
    [
      'While turnout is at its highest in years, the mayor said, "this has done nothing for the east side."',
      ['indirect: While turnout is at its highest in years', 'direct: this has done nothing for the east side.'],
    ],
    ['Sooner or later, the governor told reporters, "it starts to pay off."', ['indirect: Sooner or later', 'direct: it starts to pay off.']],
    // "that" before the mark: the quotation is the rest of the clause, even with a capital.
    ['He sincerely believes, the pastor said, that "Mayor Reyes is a good man."', ['indirect: He sincerely believes', 'direct: Mayor Reyes is a good man.']],
    // A quotation that opens with a capital is a sentence of its own: what comes before the attribution is a
    // circumstance, not said.
    ['In an interview on Monday, the mayor said, "The bridge will open in May."', ['direct: The bridge will open in May.']],
    // A phrase opening with a preposition and holding no verb sets the scene.
    ['Despite the attacks on her record, Ms. Ortiz said that "those who know me know the truth."', ['direct: those who know me know the truth.']],
    // A preposition before the comma takes the quotation as its object: the writer quotes a phrase.
    ['The remarks were aimed at her critics, including, the aide said, "people who tweet and talk on cable."', ['direct: people who tweet and talk on cable.']],
  ] as const)('%s', (text, quotes) => {
    expect(found(text)).toEqual(quotes);
  });
});

describe('the unquoted half after the attribution', () => {
  it.each([
    // "that" after the attribution's comma goes on with what was said.
    [
      '"It was our bad luck," the imam said, that both men had prayed at the same mosque.',
      ['direct: It was our bad luck,', 'indirect: both men had prayed at the same mosque'],
    ],
    // Without "that", the words after the comma tell what the speaker did, or the writer's next clause.
    ['"Stay close," Ms. Vint said, and the children walked behind her to the bus.', ['direct: Stay close,']],
    ['"I am a night owl," the admiral said, popping a soda as he sat on the couch.', ['direct: I am a night owl,']],
  ] as const)('%s', (text, quotes) => {
    expect(found(text)).toEqual(quotes);
  });
});
