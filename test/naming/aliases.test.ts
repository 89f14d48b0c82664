// Namer.aliasWithin: the longest alias or defined acronym inside a span of tokens, asked many times per article
// (each token's alias start bits are looked up once and kept).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/segment.js';
import { Namer } from '../../src/naming/canonical.js';

/** The alias inside the words `from` .. `to` (inclusive, as written) of the sentence, or null. */
function aliasIn(text: string, from: string, to: string): { name: string; span: string } | null {
  const tokens = tokenize(text, []).tokens;
  const namer = new Namer(tokens);
  const first = tokens.findIndex((t) => t.text === from);
  let last = -1;
  for (let i = tokens.length - 1; i >= first; i--) if (tokens[i]!.text === to) last = i + 1;
  expect(first).toBeGreaterThanOrEqual(0);
  expect(last).toBeGreaterThan(first);
  // asked twice, as the stages do: the kept bits give the same answer
  const once = namer.aliasWithin(first, last);
  expect(namer.aliasWithin(first, last)).toEqual(once);
  if (!once) return null;
  return { name: once.name, span: text.slice(tokens[once.first]!.start, tokens[once.last - 1]!.end) };
}

describe('aliasWithin', () => {
  const cases: [string, string, string, string, { name: string; span: string } | null][] = [
    ['A Pentagon spokesman declined to comment.', 'A', 'spokesman', 'the one-word alias', { name: 'Pentagon', span: 'Pentagon' }],
    [
      'A senior official at the U.S. Department of Defense said the drills would go on.',
      'senior',
      'Defense',
      'the longest alias, not the shorter ones inside it',
      { name: 'Pentagon', span: 'U.S. Department of Defense' },
    ],
    [
      'Officials of the Department of State met on Monday.',
      'Officials',
      'State',
      'an alias after an attachment',
      { name: 'State Department', span: 'Department of State' },
    ],
    ['The Justice Department said it would appeal.', 'The', 'Department', 'a two-word alias', { name: 'Justice Department', span: 'Justice Department' }],
    [
      'The Harbor Safety Board (HSB) said on Monday that the HSB inspectors found no fault.',
      'the',
      'inspectors',
      'an acronym the article defines',
      { name: 'HSB', span: 'HSB' },
    ],
    ['The department said the ferry was safe.', 'The', 'department', 'a common noun alone', null],
    ['A spokesman for the mayor declined to comment.', 'A', 'mayor', 'no alias at all', null],
    ['The Department of Harbors said it would review.', 'The', 'Harbors', 'an alias start word without the rest of any alias', null],
  ];
  for (const [text, from, to, what, want] of cases) {
    it(what, () => {
      expect(aliasIn(text, from, to)).toEqual(want);
    });
  }
});
