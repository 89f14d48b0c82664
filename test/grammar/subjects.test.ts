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

// A relative clause opened by "who" with no comma, between the subject and its cue: the subject is the phrase
// before "who" and the speaker span holds the clause. An infinitive in the clause ends before the main cue.
describe('a relative clause without commas before the cue', () => {
  it.each([
    [
      'An official who spoke on condition of anonymity said the talks had stalled.',
      'said',
      ['An official who spoke on condition of anonymity', 'the talks had stalled'],
    ],
    ['Residents who live near the plant said the water smelled of fuel.', 'said', ['Residents who live near the plant', 'the water smelled of fuel']],
    [
      'A spokesman who declined to be identified said the ferry would not sail.',
      'said',
      ['A spokesman who declined to be identified', 'the ferry would not sail'],
    ],
    ['A spokesman who declined to be identified said the ferry would not sail.', 'declined', ['A spokesman', 'to be identified']],
    [
      'A farmer who sold his land and who did not want to be named said the buyer paid in cash.',
      'said',
      ['A farmer who sold his land and who did not want to be named', 'the buyer paid in cash'],
    ],
    // Negatives: a clause that runs on into the cue ("who are inclined to believe") is not over before it; a participle describes the
    // noun right before it.
    ['Fans who are inclined to trust the coach will not be swayed.', 'trust', undefined],
    ['An investor who has put money into groups backing Ana Ruiz spoke.', 'backing', ['groups', 'Ana Ruiz']],
  ] as const)('%s (%s)', (text, cue, expected) => {
    expect(quoteOf(text, cue)).toEqual(expected);
  });
});

describe('a relative clause whose verb takes a clause of its own', () => {
  it('leaves the second cue to its own subject', () => {
    const speakers = extractQuotes('Officials who said the mayor said the deal was close were wrong.', { acts: 'all' }).map((q) => q.speaker?.text);
    expect(speakers.some((x) => x?.startsWith('Officials who'))).toBe(false);
  });
});

// A relative clause with neither "who" nor "that": a first person pronoun and a verb of talking whose preposition is
// left at the clause's end, perhaps with a circumstance after it.
describe('a relative clause without a relative pronoun before the cue', () => {
  it.each([
    ['Officials I spoke with said the plan would fail.', 'said', ['Officials I spoke with', 'the plan would fail']],
    [
      "Several farmers I've talked to over the past month said the price of feed had doubled.",
      'said',
      ["Several farmers I've talked to over the past month", 'the price of feed had doubled'],
    ],
    // Negatives: a pronoun that is the cue's own subject, and a clause whose preposition has an object.
    ['After the meeting I said the plan would fail.', 'said', ['I', 'the plan would fail']],
    ['The farmers I spoke with the mayor about said nothing new.', 'said', undefined],
  ] as const)('%s (%s)', (text, cue, expected) => {
    expect(quoteOf(text, cue)).toEqual(expected);
  });
});
