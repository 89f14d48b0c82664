import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-marks.js';
import { extractQuotes } from '../../src/index.js';

/** The contents of the quote spans found in `text`, between their marks. */
const contents = (text: string): string[] => findQuoteSpans(text).map((q) => text.slice(q.contentStart, q.contentEnd));

// [input, the contents findQuoteSpans pairs, in order]
const SPANS: Array<[string, string[]]> = [
  // Straight and curly double quotes.
  ['"The road is closed," he said.', ['The road is closed,']],
  ['“The road is closed,” he said.', ['The road is closed,']],
  ['He said: "The road is closed." Then "it reopened," she said.', ['The road is closed.', 'it reopened,']],
  // Single quotes as quotation marks, and apostrophes that are not.
  ['‘The road is closed,’ he said.', ['The road is closed,']],
  ["'The road is closed,' he said.", ['The road is closed,']],
  ['Kim’s soldiers were moved.', []],
  ["Kim's soldiers were moved.", []],
  ['Music of the ’90s filled the hall.', []],
  ["Music of the '90s filled the hall.", []],
  ['They played rock ’n’ roll all night.', []],
  ["They played rock 'n' roll all night.", []],
  ['He rejected the officials’ claims.', []],
  ["He rejected the players' union demands.", []],
  ['He rejected the officials’ claims. ‘They are wrong,’ he said.', ['They are wrong,']],
  ['Kim’s aide said ‘the ’90s are over’ in rock ’n’ roll terms.', ['the ’90s are over']],
  // Guillemets and German marks.
  ['«The road is closed», he said.', ['The road is closed']],
  ['‹The road is closed›, he said.', ['The road is closed']],
  ['„Die Straße ist gesperrt“, sagte er.', ['Die Straße ist gesperrt']],
  ['„Die Straße ist gesperrt”, sagte er.', ['Die Straße ist gesperrt']],
  ['‚Die Straße ist gesperrt‘, sagte er.', ['Die Straße ist gesperrt']],
  // A quote spanning several sentences stays one span.
  ['"It rained. Then it snowed. Then the road closed," she said.', ['It rained. Then it snowed. Then the road closed,']],
  // Multi-paragraph: each paragraph opens with a mark, only the last closes; the reopening marks are content.
  ['"First paragraph.\n"Second paragraph.\n"Last one."\nAfter it.', ['First paragraph.\n"Second paragraph.\n"Last one.']],
  ['“First paragraph.\n“Last one.”\nAfter it.', ['First paragraph.\n“Last one.']],
  // Unbalanced marks: an unclosed quote does not swallow the rest.
  ['He said "the road is closed. Later, "it reopened," she said.', ['it reopened,']],
  ['"The road is closed.\nNext day, "it reopened," she said.', ['it reopened,']],
  ['“The road is closed.\nNo more marks here.', []],
  ['The road is closed.” Later, “it reopened,” she said.', ['it reopened,']],
  // Nothing to pair.
  ['No quotation marks at all.', []],
  ['A 5" by 7" print.', []],
  ['', []],
  ['""', []],
  // Apostrophes typed for double marks, and apostrophes at the very end of the text (indices past the end).
  ["He said ''the road is closed'' on Monday.", ['the road is closed']],
  ["''The road is closed,'' he said ''", ['The road is closed,']],
  ["The players'", []],
  ["He said ''", []],
];

describe('findQuoteSpans', () => {
  it.each(SPANS)('%j → %j', (input, expected) => {
    expect(contents(input)).toEqual(expected);
  });

  it('marks a quote over several paragraphs as multiParagraph', () => {
    const [q] = findQuoteSpans('“First paragraph.\n“Last one.”');
    expect(q).toMatchObject({ open: 0, close: 28, contentStart: 1, contentEnd: 28, multiParagraph: true, family: 'double' });
  });

  it('tells the family of the marks', () => {
    expect(findQuoteSpans('‘Yes,’ he said. “No,” she said.').map((q) => q.family)).toEqual(['single', 'double']);
  });
});

// [input, the direct quotes extractQuotes reports (text only)]
const DIRECT: Array<[string, string[]]> = [
  ['"The road is closed," he said.', ['The road is closed,']],
  ['“The road is closed,” he said.', ['The road is closed,']],
  ['‘The road is closed,’ said Kim’s spokesman.', ['The road is closed,']],
  ['«The road is closed», said the mayor.', ['The road is closed']],
  ['The minister said: „The road is closed.“', ['The road is closed.']],
  ['"It rained. Then it snowed. Then the road closed," she said.', ['It rained. Then it snowed. Then the road closed,']],
  ['He said "the road is closed. Later, "it reopened," said the mayor.', ['it reopened,']],
  // Scare quotes, terms and titles are no statements.
  ['The so-called "peace plan" was never published.', []],
  ['She is reading "The Long Road Home" this summer.', []],
  ['Kim’s soldiers rarely talk about the ’90s or rock ’n’ roll.', []],
];

describe('extractQuotes: direct quotes by their marks', () => {
  it.each(DIRECT)('%j → %j', (input, expected) => {
    expect(
      extractQuotes(input)
        .filter((q) => q.type === 'direct')
        .map((q) => q.text),
    ).toEqual(expected);
  });

  it('a multi-paragraph quote comes out as one direct quote over all its paragraphs', () => {
    const text = 'Mayor Elena Brooks spoke first.\n“The library stays open.\n“We found the money,” said Mayor Elena Brooks.';
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      text: 'The library stays open.\n“We found the money,',
      type: 'direct',
      cue: 'said',
      speaker: { text: 'Mayor Elena Brooks', name: 'Elena Brooks', kind: 'person' },
    });
  });

  it('yields nothing for text without statements', () => {
    for (const text of ['', 'Just a headline', 'Kim’s ’90s rock ’n’ roll band.']) expect(extractQuotes(text)).toEqual([]);
  });
});
