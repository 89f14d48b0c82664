import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeArticle, InputError, readArticleFile } from '../../src/batch/decode.js';
import { extractQuotes } from '../../src/extract/index.js';
import type { Quote, Span } from '../../src/types.js';
import { spanOf } from '../helpers/index.js';

// One small file per kind of dirty input (fixtures/nasty/, kept byte-exact by .gitattributes), each with the
// result we expect: the exact quotes where the right answer is clear, "no exception and no quote" where nothing
// is right. Cases the rules do not get right yet are written up in test/known-failures.md and asserted here as
// they behave now, so a fix shows up as a failing test to update.

const DIR = fileURLToPath(new URL('../../fixtures/nasty/', import.meta.url));
const path = (name: string): string => DIR + name;

async function load(name: string): Promise<{ text: string; warnings: string[]; quotes: Quote[] }> {
  const article = await readArticleFile(path(name));
  return { text: article.text, warnings: article.warnings, quotes: extractQuotes(article.text).map(withoutEntityFields) };
}

/** Role and gender are tested in test/naming/; these cases are about reading dirty input. */
function withoutEntityFields(q: Quote): Quote {
  if (!q.speaker) return q;
  const { role: _r, gender: _g, genderBy: _b, ...speaker } = q.speaker;
  return { ...q, speaker };
}

/** The span of the `nth` occurrence of `s` in `text`, in code points. */
const at: (text: string, s: string, nth?: number) => Span = spanOf;

/** The offsets hold against the text as read: every span is the text at its code points. */
function expectExactSpans(text: string, quotes: Quote[]): void {
  const cps = Array.from(text);
  for (const q of quotes) {
    expect(cps.slice(q.start, q.end).join('')).toBe(q.text);
    for (const s of [q.speaker, q.speaker?.mention]) if (s) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  }
}

/** The quotes as (text, speaker name, speaker kind, cue) rows, for cases where only those matter. */
const rows = (quotes: Quote[]) => quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.kind ?? null, q.cue]);

describe('empty and blank input', () => {
  it.each(['empty.txt', 'whitespace-only.txt'])('%s: an article with no quotes', async (name) => {
    const { quotes, warnings } = await load(name);
    expect(quotes).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('the library takes an empty string and blank strings', () => {
    for (const s of ['', ' ', '\n', '\r\n\r\n', '\t \u00a0\u2028\u3000']) expect(extractQuotes(s)).toEqual([]);
  });
});

describe('encodings', () => {
  it('a binary file (NUL bytes) is an InputError naming the file', async () => {
    await expect(readArticleFile(path('binary.bin'))).rejects.toThrow(InputError);
    await expect(readArticleFile(path('binary.bin'))).rejects.toThrow(/binary\.bin: binary file \(contains NUL bytes\), skipped/);
  });

  it('a UTF-16 file is named as such, not as binary', async () => {
    await expect(readArticleFile(path('utf16.txt'))).rejects.toThrow(/utf16\.txt: UTF-16 text, not UTF-8/);
  });

  it('invalid UTF-8 bytes in good text become U+FFFD, with a warning, and the quote is still found', async () => {
    const { text, warnings, quotes } = await load('invalid-utf8.txt');
    expect(text.startsWith('The caf\uFFFD reopened')).toBe(true);
    expect(warnings).toEqual([`${path('invalid-utf8.txt')}: invalid UTF-8 bytes replaced with U+FFFD`]);
    expect(quotes).toEqual([
      {
        ...at(text, 'We are ahead of schedule,'),
        type: 'direct',
        act: 'statement',
        cue: 'said',
        speaker: { ...at(text, 'Mayor Lena Ortiz'), name: 'Lena Ortiz', kind: 'person' },
        via: [],
      },
    ]);
  });

  it('a UTF-8 BOM is dropped by the reader: offsets count from the character after it', async () => {
    const bytes = await readFile(path('bom.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text, quotes } = await load('bom.txt');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(quotes).toEqual([
      {
        text: 'We are ahead of schedule.',
        start: 24,
        end: 49,
        type: 'direct',
        act: 'statement',
        cue: 'said',
        speaker: { text: 'Mayor Lena Ortiz', start: 0, end: 16, name: 'Lena Ortiz', kind: 'person' },
        via: [],
      },
    ]);
  });

  it('the library keeps a BOM it is given: offsets are then relative to the string as given (one more)', async () => {
    const withBom = (await readFile(path('bom.txt'))).toString('utf8');
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    const quotes = extractQuotes(withBom);
    expect(quotes.map((q) => [q.text, q.start, q.end, q.speaker?.start, q.speaker?.end])).toEqual([['We are ahead of schedule.', 25, 50, 1, 17]]);
    expectExactSpans(withBom, quotes);
  });

  it('decodeArticle drops only a leading BOM and keeps one further in', () => {
    expect(decodeArticle(new TextEncoder().encode('\uFEFFa\uFEFFb'), 'x').text).toBe('a\uFEFFb');
  });
});

describe('line ends', () => {
  for (const name of ['crlf.txt', 'cr-only.txt']) {
    it(`${name}: kept as read, both quotes found, offsets against the text with its CRs`, async () => {
      const { text, quotes } = await load(name);
      expect(text.includes('\r')).toBe(true);
      const ortiz = { ...at(text, 'Mayor Lena Ortiz'), name: 'Lena Ortiz', kind: 'person' as const };
      expect(quotes).toEqual([
        { ...at(text, 'We are ahead of schedule,'), type: 'direct', act: 'statement', cue: 'said', speaker: ortiz, via: [] },
        {
          ...at(text, 'The costs are under control,'),
          type: 'direct',
          act: 'statement',
          cue: 'added',
          speaker: { ...ortiz, mention: at(text, 'she') },
          via: [],
        },
      ]);
      expectExactSpans(text, quotes);
    });
  }

  it('CRLF offsets: one more per CRLF before the quote than with LF', async () => {
    const { text } = await load('crlf.txt');
    const lf = text.replace(/\r\n/g, '\n');
    const [q1, q2] = extractQuotes(text);
    const [l1, l2] = extractQuotes(lf);
    expect(q1!.start - l1!.start).toBe(1);
    expect(q2!.start - l2!.start).toBe(2);
  });

  it('U+2028 and U+2029 separate paragraphs like a line break', () => {
    for (const sep of ['\u2028', '\u2029']) {
      const text = `Bridge news${sep}"We are ahead of schedule," Mayor Lena Ortiz said.${sep}"Costs are fine," she added.`;
      expect(rows(extractQuotes(text))).toEqual([
        ['We are ahead of schedule,', 'Lena Ortiz', 'person', 'said'],
        ['Costs are fine,', 'Lena Ortiz', 'person', 'added'],
      ]);
    }
  });

  it('a quote left open at a CR paragraph end is dropped, not run into the next paragraph', () => {
    const text = '"We are ahead, Ortiz wrote\r\rThe council met on Monday. "Costs are fine," Mayor Lena Ortiz said.';
    expect(rows(extractQuotes(text)).filter((r) => r[1] !== null)).toContainEqual(['Costs are fine,', 'Lena Ortiz', 'person', 'said']);
    expectExactSpans(text, extractQuotes(text));
  });
});

describe('quote marks', () => {
  it('unbalanced marks: no exception; the unclosed quote is not taken as a direct quote', async () => {
    const { text, quotes } = await load('unbalanced.txt');
    expectExactSpans(text, quotes);
    expect(quotes.every((q) => q.type !== 'direct')).toBe(true);
    expect(quotes[0]).toMatchObject({
      ...at(text, 'We are ahead of schedule'),
      type: 'indirect',
      act: 'statement',
      cue: 'said',
      speaker: { name: 'Lena Ortiz' },
    });
  });

  it('stray and doubled marks: the doubled-quote statement is found with its speaker, the stray ones make nothing', async () => {
    const { text, quotes } = await load('stray-doubled.txt');
    expectExactSpans(text, quotes);
    expect(quotes[0]).toEqual({
      ...at(text, 'We are ahead of schedule,'),
      type: 'direct',
      act: 'statement',
      cue: 'said',
      speaker: { ...at(text, 'Mayor Lena Ortiz'), name: 'Lena Ortiz', kind: 'person' },
      via: [],
    });
    expect(quotes.some((q) => q.text.includes('"'))).toBe(false);
  });

  it("apostrophes ('90s, rock 'n' roll, Kim's, officials', 'em) open no quote", async () => {
    const { text, quotes } = await load('apostrophes.txt');
    expect(quotes).toEqual([
      {
        ...at(text, 'It was the best decade of my life,'),
        type: 'direct',
        act: 'statement',
        cue: 'said',
        speaker: { ...at(text, 'Kim Dae-ho'), name: 'Kim Dae-ho', kind: 'person' },
        via: [],
      },
    ]);
  });

  it('single quotes nested in double quotes stay inside the quote', async () => {
    const { text, quotes } = await load('nested-single-in-double.txt');
    expect(quotes).toEqual([
      {
        ...at(text, "She told me 'never again' and walked out,"),
        type: 'direct',
        act: 'statement',
        cue: 'said',
        speaker: { ...at(text, 'Tom Birch'), name: 'Tom Birch', kind: 'person' },
        via: [],
      },
    ]);
  });

  it('double quotes nested in single quotes (British style) stay inside the quote', async () => {
    const { text, quotes } = await load('nested-double-in-single.txt');
    expect(quotes).toEqual([
      {
        ...at(text, 'He called it "a disaster" on live television,'),
        type: 'direct',
        act: 'statement',
        cue: 'said',
        speaker: { ...at(text, 'Tom Birch'), name: 'Tom Birch', kind: 'person' },
        via: [],
      },
    ]);
  });

  it('a quote in a headline ("Name: \'…\'") and the report under it', async () => {
    const { text, quotes } = await load('headline-quotes.txt');
    expect(rows(quotes)).toEqual([
      ['We are ahead of schedule', 'Lena Ortiz', 'person', ':'],
      ['the bridge will reopen in May', 'Lena Ortiz', 'person', 'said'],
    ]);
    expect(quotes[0]).toMatchObject(at(text, 'We are ahead of schedule'));
    expectExactSpans(text, quotes);
  });

  it('German marks „…“ and ‚…‘ pair, with their speaker', async () => {
    const { text, quotes } = await load('german-marks.txt');
    const brandt = { ...at(text, 'Chancellor Olaf Brandt'), name: 'Olaf Brandt', kind: 'person' as const };
    expect(quotes).toEqual([
      { ...at(text, 'We will not give up on this bridge'), type: 'direct', act: 'statement', cue: 'said', speaker: brandt, via: [] },
      { ...at(text, 'Never'), type: 'direct', act: 'statement', cue: 'added', speaker: { ...brandt, mention: at(text, 'he') }, via: [] },
      { ...at(text, 'will we let the river win.'), type: 'direct', act: 'statement', cue: 'added', speaker: { ...brandt, mention: at(text, 'he') }, via: [] },
    ]);
  });

  it('French guillemets « … » (with or without inner spaces) pair, with their speaker', async () => {
    const { text, quotes } = await load('french-marks.txt');
    const dumas = { ...at(text, 'Minister Claire Dumas'), name: 'Claire Dumas', kind: 'person' as const };
    expect(quotes).toEqual([
      { ...at(text, ' We will not give in to the pressure '), type: 'direct', act: 'statement', cue: 'said', speaker: dumas, via: [] },
      { ...at(text, 'Nothing has been decided yet'), type: 'direct', act: 'statement', cue: 'told', speaker: { ...dumas, mention: at(text, 'she') }, via: [] },
    ]);
  });

  it('typographic marks “…” and ‘…’ pair, with their speaker', async () => {
    const { text, quotes } = await load('typographic-marks.txt');
    const lopes = { ...at(text, 'Ana Lopes'), name: 'Ana Lopes', kind: 'person' as const };
    expect(quotes).toEqual([
      { ...at(text, 'We are ready for the storm,'), type: 'direct', act: 'statement', cue: 'said', speaker: lopes, via: [] },
      { ...at(text, 'The boats are tied up,'), type: 'direct', act: 'statement', cue: 'added', speaker: { ...lopes, mention: at(text, 'she') }, via: [] },
    ]);
  });
});

describe('words that name properties of JavaScript objects', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('"%s" in an article is a word like any other', (word) => {
    const text = `His ${word} on the site was late, the ${word} said. "The ${word} will come," ${word} said.`;
    const quotes = extractQuotes(text);
    expectExactSpans(text, quotes);
    expect(quotes.map((q) => q.text)).toEqual([`His ${word} on the site was late`, `The ${word} will come,`]);
  });

  it('"__proto__" does not reach any prototype either', () => {
    const text = 'His __proto__ was late. "The __proto__ will come," said Ana Lopes, the __proto__ expert.';
    const quotes = extractQuotes(text);
    expectExactSpans(text, quotes);
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['The __proto__ will come,', 'Ana Lopes']]);
  });
});

describe('Q&A interviews', () => {
  it('a Q&A transcript: each answer is the interviewee\'s, "Q"/"A" are never speakers', async () => {
    const { text, quotes } = await load('qa-transcript.txt');
    expectExactSpans(text, quotes);
    const ortiz = { ...at(text, 'Mayor Lena Ortiz'), name: 'Lena Ortiz', kind: 'person' as const };
    expect(quotes).toEqual([
      { ...at(text, 'We are ahead of schedule, and we expect to open it in May'), type: 'indirect', act: 'statement', cue: ':', speaker: ortiz, via: [] },
      { ...at(text, 'The costs are under control'), type: 'indirect', act: 'statement', cue: ':', speaker: ortiz, via: [] },
    ]);
  });
});

describe('attribution by dash', () => {
  it('"…" — Jane Doe: the name after the dash is the speaker, the dash the cue', async () => {
    const { text, quotes } = await load('dash-attribution.txt');
    expectExactSpans(text, quotes);
    expect(quotes).toEqual([
      {
        ...at(text, 'We will win this election.'),
        type: 'direct',
        act: 'statement',
        cue: '—',
        speaker: { ...at(text, 'Jane Doe'), name: 'Jane Doe', kind: 'person' },
        via: [],
      },
    ]);
  });

  it('a dash inside a sentence that goes on is no signature', () => {
    expect(extractQuotes('"We will win," — and then the crowd cheered — the mayor said nothing more.').filter((q) => q.cue === '—')).toEqual([]);
  });
});

describe('HTML leftovers', () => {
  it('entities and tags are not decoded (offsets are against the text as read): no exception, no quote', async () => {
    const { text, quotes } = await load('html-leftovers.txt');
    expect(text).toContain('&quot;');
    expect(quotes).toEqual([]);
  });

  it('a quote between tags with real marks is still found, tags left around it', () => {
    const text = '<p>"We are ahead of schedule," Mayor Lena Ortiz said.</p>';
    const quotes = extractQuotes(text);
    expect(rows(quotes)).toEqual([['We are ahead of schedule,', 'Lena Ortiz', 'person', 'said']]);
    expectExactSpans(text, quotes);
  });
});
