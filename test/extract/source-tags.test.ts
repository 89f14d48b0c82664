import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// Digest items tagged with their outlet ("… [AP.]"): the item's text after its headline in capitals is the
// outlet's. Invented items.

const one = (text: string) => extractQuotes(text, { acts: 'all' }).filter((q) => q.explain?.quoteRule === 'source-tag' || q.cue?.startsWith('['));

describe('source tags', () => {
  it.each([
    [
      'HARBOR BRIDGE TO REOPEN The city engineer said the harbor bridge would reopen in May, calling the repairs “long overdue.” [AP.]',
      'The city engineer said the harbor bridge would reopen in May, calling the repairs “long overdue.”',
      'mixed',
      'Associated Press',
    ],
    [
      'FERRY FARES RISE “Fares on the island ferry will rise by a fifth in June, the operator confirmed on Monday.” [Reuters.]',
      'Fares on the island ferry will rise by a fifth in June, the operator confirmed on Monday.',
      'direct',
      'Reuters',
    ],
    // The quotation opens with an acronym in capitals: it is not part of the headline.
    [
      'A NEW WAY TO VOTE “EU voters will be able to cast ballots by phone by 2030.” [NYT.]',
      'EU voters will be able to cast ballots by phone by 2030.',
      'direct',
      'New York Times',
    ],
    // A headline with a colon and digits, and a tag with a full stop after the bracket.
    [
      'UN: 40-YEAR-OLD TREATY EXPIRES Diplomats called the lapse “a quiet disaster” for arms control. [WaPo.].',
      'Diplomats called the lapse “a quiet disaster” for arms control',
      'mixed',
      'Washington Post',
    ],
    // No headline: the paragraph is the item.
    [
      '“We expect the storm to reach the coast by Friday,” forecasters warned. [Reuters]',
      '“We expect the storm to reach the coast by Friday,” forecasters warned',
      'mixed',
      'Reuters',
    ],
  ] as const)('%s', (text, quote, type, name) => {
    const qs = one(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe(quote);
    expect(qs[0]!.type).toBe(type);
    expect(qs[0]!.act).toBe('statement');
    expect(qs[0]!.speaker?.name).toBe(name);
  });

  it('takes the whole item: a statement told inside it is part of the summary', () => {
    const qs = extractQuotes('TRADE TALKS STALL The minister said the talks had “hit a wall.” [AP.]');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['The minister said the talks had “hit a wall.”', 'Associated Press']]);
  });

  it.each([
    // Stage directions in a transcript are no sources.
    ['SMITH: We will win this district, I promise you. [Applause.]'],
    ['SMITH: “Nobody saw it coming,” as they say. [Laughter.]'],
    // An item that quotes nobody is the digest's own teaser.
    ['FIGURING OUT THE NEW APP Get ready for a flood of stickers. [HuffPost.]'],
    // A bracket that does not close the paragraph is an aside.
    ['The mayor [AP.] said “the bridge is safe” on Monday.'],
    // A long bracketed aside, not a tag.
    ['HEADLINE HERE “We will appeal the ruling.” [Reporting By Two Staff Writers In London.]'],
    // A capitalised word the lexicon does not know as an outlet or a person.
    ['STORM NEARS “The coast is ready,” the governor said. [Update.]'],
  ])('no source tag: %s', (text) => {
    expect(one(text).filter((q) => q.cue?.startsWith('['))).toEqual([]);
  });

  it('keeps offsets in code points', () => {
    const text = '🎉 PARTY TIME 🎉 “Crowds filled the square until dawn.” [AP.]';
    for (const q of extractQuotes(text)) expect(Array.from(text).slice(q.start, q.end).join('')).toBe(q.text);
  });
});
