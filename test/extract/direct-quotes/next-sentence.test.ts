import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/index.js';

// The next-sentence rule (src/extract/direct-quotes/index.ts): `"… win." He said.` attributes the quotation before
// it only when the short sentence does nothing but attribute. Invented sentences; each row lists every quote
// found, as "rule cue: text".

const found = (text: string): string[] => extractQuotes(text, { acts: 'all', explain: true }).map((q) => `${q.explain?.quoteRule} ${q.cue ?? '-'}: ${q.text}`);

describe('an attribution standing after the quotation', () => {
  it.each([
    ['"We will win." He said.', ['next-sentence said: We will win.']],
    // An appositive or a participle after the comma tells about the saying.
    ['"I am not being paid!" Mr. Lee declared, a point he likes to make.', ['next-sentence declared: I am not being paid!']],
    ['"Nobody is available." Ms. Ruiz remarked, alluding to the vacant seat.', ['next-sentence remarked: Nobody is available.']],
    // A clause after the comma is the sentence's own content, not a gloss on the quotation before it.
    [
      '"It is my wheelhouse." Mr. Lee said, twice, that he was going back to work on Wednesday.',
      ['quote-only-sentence -: It is my wheelhouse.', 'name-cue-clause said: he was going back to work on Wednesday'],
    ],
    [
      '"You never see a stranger here." Perhaps, the grocer said, this "town has grown too fast."',
      ['quote-only-sentence -: You never see a stranger here.', 'clause-name-cue-clause said: this "town has grown too fast."'],
    ],
  ] as const)('%s', (text, quotes) => {
    expect(found(text)).toEqual(quotes);
  });
});
