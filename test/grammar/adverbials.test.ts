import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// Where a content starts after its cue (src/grammar/adverbials.ts, skipAdverbials): which words between the cue and
// the content are adverbials of the saying, skipped, and which open the content. Invented sentences; each row gives
// a cue and the content expected for it.

const contentOf = (text: string, cue: string): string | undefined => extractQuotes(text, { acts: 'all' }).find((q) => q.cue === cue)?.text;

describe('a comparative of amount after the cue', () => {
  it.each([
    // Before a noun, an adjective or "than", "more"/"fewer"/"less" is the content's determiner.
    ['The mayor said more than 100 people attended the meeting.', 'said', 'more than 100 people attended the meeting'],
    ['Union leaders demanded more money for the nurses.', 'demanded', 'more money for the nurses'],
    ['The senator said fewer voters would turn out this year.', 'said', 'fewer voters would turn out this year'],
    ['The senator said more young voters would turn out this year.', 'said', 'more young voters would turn out this year'],
    // Before an adverb it is an adverb of the saying.
    ['The senator said more recently that the plan had failed.', 'said', 'the plan had failed'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('an adverb before a gerund', () => {
  it.each([
    // An adverb of manner right before a gerund modifies the gerund, which opens the content.
    ['The governor proposed temporarily closing the bridge to traffic.', 'proposed', 'temporarily closing the bridge to traffic'],
    ['The senator denied secretly meeting the lobbyist.', 'denied', 'secretly meeting the lobbyist'],
    // Before a clause, an adverb still tells how the saying was done.
    ['The mayor said repeatedly that the bridge was safe.', 'said', 'the bridge was safe'],
    ['The mayor said recently the bridge was safe.', 'said', 'the bridge was safe'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});
