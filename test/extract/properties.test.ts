import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { formatJson } from '../../src/output/json.js';
import type { Quote, Span } from '../../src/types.js';

// Property tests over article-like text: invented words and names, every kind of quote mark, dashes, colons,
// all three line ends, astral and combining characters, control characters (never NUL: the reader refuses those
// before extraction) and very long words; plus random mutations of the seed article. Each property runs 1,000
// cases on short texts (up to about 2,000 characters) so the file stays well under a minute.

const RUNS = 1000;
const SEED_ARTICLE = readFileSync(fileURLToPath(new URL('../../fixtures/north-korea-reinforcements.txt', import.meta.url)), 'utf8');

const WORDS = [
  'blorvin',
  'quastel',
  'the',
  'a',
  'of',
  'will',
  'never',
  'trelp',
  'mundane',
  'zorf',
  'it',
  'that',
  'we',
  'is',
  'not',
  'Varnia',
  'council',
  'ministry',
  'source',
  'officials',
  'constructor',
  'toString',
  '__proto__',
  'attacks',
  'comments',
];
const NAMES = ['Tobin Quist', 'Vela Marrow', 'Dr. Anselm Krey', 'Sen. Ora Plimb', 'the spokesman', 'Kim', 'Pell Institute (PI)', 'PI', 'Zarnov Daily'];
const CUES = [
  'said',
  'says',
  'told reporters',
  'added',
  'according to',
  'warned',
  'claimed',
  'noted',
  'insisted',
  'said on Tuesday',
  'he said',
  'she said',
  'they said',
  'asked',
];
const MARKS = ['"', '“', '”', '‘', '’', "'", '„', '‚', '«', '»', '‹', '›', '« ', ' »'];
const PUNCT = ['.', ',', ':', ';', '?', '!', '…', '—', '–', '-', ' — ', '(', ')', '&quot;', '<p>', '&#8220;'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\u2029'];
const ODD = [
  '😀',
  '𝕏',
  '👩‍👩‍👧',
  'e\u0301',
  'n\u0303o',
  '\u0301',
  '\uFEFF',
  '\u200B',
  '\u00A0',
  '\t',
  '\u0001',
  '\u001B',
  '\u007F',
  '\uFFFD',
  'Ⅻ',
  '中文',
  'ﬁ',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 5, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 600 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((s) => s.replace(/\0/g, '')) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ');

/** Article-like text: 0 to 300 pieces with random separators. */
const articleText = fc.array(fc.tuple(piece, separator), { maxLength: 300 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

type Mutation = { kind: 'insert'; at: number; what: string } | { kind: 'delete' | 'duplicate'; at: number; len: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    what: fc.oneof(fc.constantFrom(...MARKS, ...PUNCT, ...BREAKS, ...ODD), fc.string({ maxLength: 3 })),
  }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
);

/** A window of the seed article (at most 2,000 characters) with up to 12 random edits: marks, characters, cuts, copies. */
const mutatedSeed = fc
  .tuple(fc.nat({ max: SEED_ARTICLE.length }), fc.integer({ min: 0, max: 2000 }), fc.array(mutation, { maxLength: 12 }))
  .map(([from, len, edits]) => {
    let s = SEED_ARTICLE.slice(from, from + len);
    for (const e of edits) {
      const at = s.length === 0 ? 0 : e.at % (s.length + 1);
      if (e.kind === 'insert') s = s.slice(0, at) + e.what.replace(/\0/g, '') + s.slice(at);
      else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
      else s = s.slice(0, at + e.len) + s.slice(at, at + e.len) + s.slice(at + e.len);
    }
    return s;
  });

const anyText = fc.oneof(articleText, mutatedSeed);

function spansOf(quotes: Quote[]): Span[] {
  const spans: Span[] = [];
  for (const q of quotes) {
    spans.push(q);
    if (q.speaker) {
      spans.push(q.speaker);
      if (q.speaker.mention) spans.push(q.speaker.mention);
    }
  }
  return spans;
}

const withExplain = fc.boolean();

describe('extraction on random and mutated article text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyText, withExplain, (text, explain) => {
        expect(Array.isArray(extractQuotes(text, { explain }))).toBe(true);
      }),
      // Inputs this property once found, kept so they run every time: a phrase opener as the article's first word
      // read the token before it (index -1) when a sentence subject was looked for.
      { numRuns: RUNS, examples: [['the spokesman according to said ', false]] },
    );
  });

  it('prints every quote, speaker and mention span exactly: text equals the code points [start, end)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cps = Array.from(text);
        for (const s of spansOf(extractQuotes(text))) {
          expect(s.text).toBe(cps.slice(s.start, s.end).join(''));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every span inside the article: 0 <= start <= end <= length in code points, integers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const length = Array.from(text).length;
        for (const s of spansOf(extractQuotes(text))) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('returns quotes sorted by position, non-empty and not overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quotes = extractQuotes(text);
        for (const q of quotes) expect(q.end).toBeGreaterThan(q.start);
        for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.end);
      }),
      { numRuns: RUNS },
    );
  });

  it('prints JSON that parses back to the same result', () => {
    fc.assert(
      fc.property(anyText, withExplain, (text, explain) => {
        const result = { id: 'prop', source: 'prop.txt', quotes: extractQuotes(text, { explain }) };
        for (const pretty of [false, true]) {
          const printed = formatJson(result, pretty);
          expect(JSON.parse(printed)).toEqual(result);
        }
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('uses only the documented enums, a string-or-null cue and a via list of strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const q of extractQuotes(text, { explain: true })) {
          expect(['direct', 'indirect', 'mixed']).toContain(q.type);
          expect(q.cue === null || (typeof q.cue === 'string' && q.cue.length > 0)).toBe(true);
          expect(Array.isArray(q.via)).toBe(true);
          for (const v of q.via) expect(typeof v).toBe('string');
          if (q.speaker) {
            expect(['person', 'organization', 'anonymous']).toContain(q.speaker.kind);
            expect(q.speaker.name === null || typeof q.speaker.name === 'string').toBe(true);
          }
          expect(typeof q.explain?.quoteRule).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives offsets relative to the string as given when it starts with a BOM (the library drops nothing)', () => {
    fc.assert(
      fc.property(articleText, (body) => {
        const text = `\uFEFF${body}`;
        const cps = Array.from(text);
        for (const s of spansOf(extractQuotes(text))) expect(s.text).toBe(cps.slice(s.start, s.end).join(''));
      }),
      { numRuns: RUNS },
    );
  });
});
