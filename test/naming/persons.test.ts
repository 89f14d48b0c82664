import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/segment.js';
import { nameRunIn, PersonTable } from '../../src/naming/persons.js';

// PersonTable.runIn is nameRunIn remembered per span: the same answer as the plain call, with the article's own
// name evidence ("Mr. Keel", "Keel said"), and the same object when a span is asked again.

interface Case {
  name: string;
  text: string;
  /** The phrase whose tokens are asked (its first occurrence). */
  phrase: string;
  /** The name words found, or null for no name. */
  words: string[] | null;
  title?: string | null;
}

const CASES: Case[] = [
  {
    name: 'a place and a title before the name are skipped',
    text: 'Riverton Mayor Lena Ortiz spoke on Monday.',
    phrase: 'Riverton Mayor Lena Ortiz',
    words: ['lena', 'ortiz'],
    title: 'mayor',
  },
  { name: 'an honorific before a surname is the title', text: 'Mr. Keel said the plan would fail.', phrase: 'Mr. Keel', words: ['keel'], title: 'mr' },
  { name: 'a lower-case phrase holds no name', text: 'The report was released on Monday.', phrase: 'The report', words: null },
  {
    name: 'the owner before a possessive is no part of the name',
    text: "The station's Dana Kerr asked again.",
    phrase: "station's Dana Kerr",
    words: ['dana', 'kerr'],
  },
];

function tokenRange(text: string, phrase: string): { tokens: ReturnType<typeof tokenize>['tokens']; first: number; last: number } {
  const { tokens } = tokenize(text, []);
  const start = text.indexOf(phrase);
  const end = start + phrase.length;
  const first = tokens.findIndex((t) => t.start >= start);
  const last = tokens.findIndex((t) => t.start >= end);
  return { tokens, first, last: last < 0 ? tokens.length : last };
}

function capitals(tokens: ReturnType<typeof tokenize>['tokens']): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.cap) out.push(i);
  });
  return out;
}

describe('PersonTable.runIn', () => {
  it.each(CASES)('$name', (c) => {
    const { tokens, first, last } = tokenRange(c.text, c.phrase);
    const people = new PersonTable(tokens, capitals(tokens));
    const run = people.runIn(first, last);
    expect(run?.words ?? null).toEqual(c.words);
    if (c.title !== undefined) expect(run?.title ?? null).toBe(c.title);
    // The remembered answer is the plain call's, with the table's evidence.
    expect(run).toEqual(nameRunIn(tokens, first, last, people.isKnown));
    // Asked again, the same span gives the same run; another span its own.
    expect(people.runIn(first, last)).toBe(run);
    if (last - first > 1) expect(people.runIn(first + 1, last)).toEqual(nameRunIn(tokens, first + 1, last, people.isKnown));
  });

  it('keeps a sentence-initial word the article shows to be a surname', () => {
    // "Hope" opens the sentence, but "Hope said" makes it a name: not dropped as a common word before "Marlow".
    const text = 'Hope said the vote was early. Hope Marlow disagreed.';
    const { tokens, first, last } = tokenRange(text, 'Hope Marlow');
    const people = new PersonTable(tokens, capitals(tokens));
    expect(people.isKnown('hope')).toBe(true);
    expect(people.runIn(first, last)?.words).toEqual(['hope', 'marlow']);
  });
});
