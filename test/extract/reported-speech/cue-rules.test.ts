import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/index.js';

// A clause split by a mid-sentence attribution (src/extract/reported-speech/cue-rules.ts, aroundAttribution).
// Invented sentences; each row lists every quote found, as "rule: text".

const found = (text: string): string[] => extractQuotes(text, { acts: 'all', explain: true }).map((q) => `${q.explain?.quoteRule}: ${q.text}`);

describe('a clause split by the attribution', () => {
  it.each([
    // Both halves long enough: both are reported.
    [
      'The new bridge, the mayor said, will cost the city $2 billion.',
      ['clause-name-cue: The new bridge', 'clause-name-cue-clause: will cost the city $2 billion'],
    ],
    // A rest too short to stand alone still makes the first half a statement.
    ['Any attempt to repair the old bridge, the mayor said, becomes hopeless.', ['clause-name-cue: Any attempt to repair the old bridge']],
    // An appositive after the attribution is about the speaker: nothing after it is said.
    ['The bridge will close in May, said Ana Ruiz, a city engineer.', ['clause-cue-name: The bridge will close in May']],
    // A fronted circumstance is not what was said, even with a short rest.
    ['After the vote, the mayor said, nothing changed.', []],
  ] as const)('%s', (text, quotes) => {
    expect(found(text)).toEqual(quotes);
  });
});
