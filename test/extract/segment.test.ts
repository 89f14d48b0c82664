import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-marks.js';
import { segment, tokenize } from '../../src/extract/segment.js';
import { fromCompromise, toFile, type WordClassFile } from '../../src/lexicon/word-classes.js';

// The tokenizer scans by hand (no match object per token). Its definition is this regular expression: words of
// letters, digits and marks joined by single ' ’ - . & ·, or carrying on after the second half of a letter
// mis-decoded from UTF-8 ("Ã" then U+0080–U+00BF: "PeÃ±a"), else any one non-space code point.
const DEFINITION = /[\p{L}\p{N}\p{M}]+(?:['’\-.&·][\p{L}\p{N}\p{M}]+|(?<=Ã|A\u0303)[\u0080-\u00bf][\p{L}\p{N}\p{M}]*)*|[^\s]/gu;

const spans = (text: string): [number, number][] => tokenize(text, []).tokens.map((t) => [t.start, t.end]);
const defined = (text: string): [number, number][] => [...text.matchAll(DEFINITION)].map((m) => [m.index, m.index + m[0].length]);

const PIECES = [
  'word',
  'Kim',
  "Kim's",
  'so-called',
  'U.S.',
  'AT&T',
  '1,900',
  '3.5',
  'l·l',
  "rock'n'roll",
  '--',
  "'",
  '’',
  '.',
  '&',
  '·',
  '-',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '😀',
  '𝕏',
  'e\u0301',
  '\u0301',
  '中文',
  'Ⅻ',
  '\ud800',
  '\udc00',
  '"',
  '“',
  '—',
  '…',
  'Ã',
  'A\u0303',
  '±',
  '¡',
  '©',
];

describe('tokenize', () => {
  it('splits text exactly as its defining regular expression does (1,000 random texts)', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(spans(t)).toEqual(defined(t));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['PeÃ±a Nieto said', ['PeÃ±a', 'Nieto', 'said']],
    ['TomÃ¡s Ruiz', ['TomÃ¡s', 'Ruiz']],
    ['PeA\u0303\u00b1a Nieto', ['PeA\u0303\u00b1a', 'Nieto']],
    ['cafÃ©.', ['cafÃ©', '.']],
    // a sign after any other letter stays its own token
    ['Pe±a ¡Hola!', ['Pe', '±', 'a', '¡', 'Hola', '!']],
  ])('keeps a letter mis-decoded from UTF-8 inside its word: %s', (text, words) => {
    expect(tokenize(text, []).tokens.map((t) => t.text)).toEqual(words);
  });

  // Tokens of a text with a character above U+00FF are sliced from a one-byte copy of it where they hold none
  // (see oneByteCopy): every token must still read exactly as the text does there, wide characters included.
  it.each([
    ['“Pérez said” — Zoë’s ﬁrm', ['“', 'Pérez', 'said', '”', '—', 'Zoë’s', 'ﬁrm']],
    ['Ortiz said 中文 and café—Über', ['Ortiz', 'said', '中文', 'and', 'café', '—', 'Über']],
    ['he said “no”', ['he', 'said', '“', 'no', '”']],
    ['𝕏 Straße ½ l·l', ['𝕏', 'Straße', '½', 'l·l']],
    ['plain Latin-1: Zoë Müller', ['plain', 'Latin-1', ':', 'Zoë', 'Müller']],
  ])('reads every token as the text has it, wide characters or not: %s', (text, words) => {
    const tokens = tokenize(text, []).tokens;
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(t.text).toBe(text.slice(t.start, t.end));
    expect(tokens.map((t) => t.lower)).toEqual(words.map((w) => w.toLowerCase()));
  });

  it('slices every token as the text has it (1,000 random texts with wide characters)', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((a) => `“${a.join('')}`);
    fc.assert(
      fc.property(text, (t) => {
        for (const x of tokenize(t, []).tokens) {
          expect(x.text).toBe(t.slice(x.start, x.end));
          expect(x.lower).toBe(x.text.toLowerCase());
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps lower-case forms and capitals right without lowering every word', () => {
    const tokens = tokenize('the iPhone and ÉCOLE said Über', []).tokens;
    expect(tokens.map((t) => [t.lower, t.cap])).toEqual([
      ['the', false],
      ['iphone', false],
      ['and', false],
      ['école', true],
      ['said', false],
      ['über', true],
    ]);
  });
});

describe('word classes', () => {
  const built = fileURLToPath(new URL('../../dist/lexicon/word-classes.json', import.meta.url));
  it('the table the build wrote is the one compromise gives', () => {
    const file = JSON.parse(readFileSync(built, 'utf8')) as WordClassFile;
    expect(file).toEqual(toFile(fromCompromise()));
  });
});

// A quotation opening with a capital after an abbreviation that ends a name or a place ("Calif.", "D.C.", "Jr.")
// starts a new sentence; after a title before a name (`Sen. "Bud" Jones`) the name goes on.
describe('a quotation after an abbreviation', () => {
  const sentenceTexts = (text: string): string[] => {
    const seg = segment(text, findQuoteSpans(text));
    return seg.sentences.map((s) => text.slice(seg.tokens[s.first]!.start, seg.tokens[s.last - 1]!.end));
  };
  it.each([
    [
      '"It is a disaster," says Ana Hale of Fresno, Calif. "It will cost jobs."',
      ['"It is a disaster," says Ana Hale of Fresno, Calif.', '"It will cost jobs."'],
    ],
    [
      '"It is a disaster," says Ana Hale of Washington, D.C. "It will cost jobs."',
      ['"It is a disaster," says Ana Hale of Washington, D.C.', '"It will cost jobs."'],
    ],
    ['"It is a disaster," says Tom Hale Jr. "It will cost jobs."', ['"It is a disaster," says Tom Hale Jr.', '"It will cost jobs."']],
    ['The bill was sponsored by Sen. "Bud" Jones of Ohio.', ['The bill was sponsored by Sen. "Bud" Jones of Ohio.']],
    ['The plant in Fresno, Calif. "employs" a few hundred people.', ['The plant in Fresno, Calif. "employs" a few hundred people.']],
  ] as const)('%s', (text, sentences) => {
    expect(sentenceTexts(text)).toEqual(sentences);
  });
});
