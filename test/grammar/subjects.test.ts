import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// The subject of a cue across an aside that holds a quotation (src/grammar/subjects.ts). Invented sentences; each
// row gives the cue, then the speaker span (asides included) and the content expected for it.

const quoteOf = (text: string, cue: string): [string | undefined, string] | undefined => {
  const q = extractQuotes(text, { acts: 'all' }).find((x) => x.cue === cue);
  return q ? [q.speaker?.text, q.text] : undefined;
};

describe('asides with a quotation', () => {
  it.each([
    // A relative clause ending in a quotation whose comma stands inside the marks.
    [
      'Mr. Hale, who calls the mayor a "fraud," said he does not trust the new budget.',
      'said',
      ['Mr. Hale, who calls the mayor a "fraud,"', 'he does not trust the new budget'],
    ],
    // A quotation in the middle of the relative clause.
    [
      'Ms. Ortiz, who called the plan "a gift to developers" on Monday, said the council would vote again.',
      'said',
      ['Ms. Ortiz, who called the plan "a gift to developers" on Monday', 'the council would vote again'],
    ],
    // Without the quotation marks, as before.
    [
      'Mr. Hale, who calls the mayor a fraud, said he does not trust the new budget.',
      'said',
      ['Mr. Hale, who calls the mayor a fraud', 'he does not trust the new budget'],
    ],
    // A quotation before the cue that is what was said, not an aside: the speaker comes after the cue.
    ['The mayor is "running out of patience," said a city official.', 'said', ['a city official', 'The mayor is "running out of patience,"']],
  ] as const)('%s (%s)', (text, cue, expected) => {
    expect(quoteOf(text, cue)).toEqual(expected);
  });
});

describe('asides one after another', () => {
  it.each([
    // A lone adverb, then a relative clause: both are asides.
    [
      'Mr. Sand, meanwhile, who has no such endorsements, said the count speaks for itself.',
      'said',
      ['Mr. Sand, meanwhile, who has no such endorsements', 'the count speaks for itself'],
    ],
    ['Ms. Ortiz, however, who chairs the panel, said the vote would wait.', 'said', ['Ms. Ortiz, however, who chairs the panel', 'the vote would wait']],
  ] as const)('%s (%s)', (text, cue, expected) => {
    expect(quoteOf(text, cue)).toEqual(expected);
  });
});

describe('asides between dashes', () => {
  it.each([
    [
      'The judge — who has clashed with the mayor for weeks — said she regretted her remarks.',
      'said',
      ['The judge — who has clashed with the mayor for weeks', 'she regretted her remarks'],
    ],
    // Two hyphens typed for a dash, and a spaced hyphen, are dashes too.
    [
      'The judge -- who has clashed with the mayor for weeks -- said she regretted her remarks.',
      'said',
      ['The judge -- who has clashed with the mayor for weeks', 'she regretted her remarks'],
    ],
    [
      'Some economists - including two on the board - warn that rates could rise.',
      'warn',
      ['Some economists - including two on the board', 'rates could rise'],
    ],
    // A hyphen written against the cue makes a compound, no verb: "a so-called deal".
    ['The so-called deal collapsed on Monday.', 'called', undefined],
  ] as const)('%s (%s)', (text, cue, expected) => {
    expect(quoteOf(text, cue)).toEqual(expected);
  });
});

// A verb of continuing or seeming before "to" hands the infinitive its subject: the cue after it is that subject's.
describe('a cue after "continue to", "seem to"', () => {
  it.each([
    ['I continue to believe that the mayor will win.', 'believe', ['I', 'the mayor will win']],
    ['The union seems to support the new contract.', 'support', ['The union', 'the new contract']],
    ['Officials have come to expect that the river will flood.', 'expect', ['Officials', 'the river will flood']],
    ['They began to worry that the plant would close.', 'worry', ['They', 'the plant would close']],
    ['Republicans continue to oppose the measure.', 'oppose', ['Republicans', 'the measure']],
    // Not a verb of seeming: "to" after a noun of purpose is no subject's.
    ['The plan to support the workers passed.', 'support', undefined],
  ] as const)('%s (%s)', (text, cue, expected) => {
    expect(quoteOf(text, cue)).toEqual(expected);
  });
});
