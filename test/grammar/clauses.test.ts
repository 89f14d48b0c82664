import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// Where a clause that ends at its comma ends sooner (src/grammar/clauses.ts, nextCommaBy). Invented sentences;
// each row gives a cue and the content expected for it.

const contentOf = (text: string, cue: string): string | undefined => extractQuotes(text, { acts: 'all' }).find((q) => q.cue === cue)?.text;

describe('another speaker attributing inside a fronted clause', () => {
  it.each([
    // "and" with a subject of its own and a verb of saying: another speaker's attribution, whose content ends at
    // the fronted clause's comma.
    ['Although the agency declined to comment and state officials later said the report was wrong, the audit was delayed.', 'declined', 'to comment'],
    ['Although the agency declined to comment and state officials later said the report was wrong, the audit was delayed.', 'said', 'the report was wrong'],
    // "and" joining two objects, or a second verb with no subject, goes on with the same content.
    ['Although the agency declined to comment on the audit and the report, the audit was delayed.', 'declined', 'to comment on the audit and the report'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});
