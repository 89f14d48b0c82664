import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvHeader, formatCsv } from '../../src/output/csv.js';
import type { Quote } from '../../src/types.js';

/** A minimal RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  return rows;
}

const ARTICLE = '"We will rebuild the bridge, and fast," said Mayor Ana Ruiz.';

const quotes: Quote[] = [
  {
    text: 'We will rebuild the bridge, and fast,',
    start: 1,
    end: 38,
    type: 'direct',
    act: 'statement',
    cue: 'said',
    speaker: { text: 'Mayor Ana Ruiz', start: 45, end: 59, name: 'Ana Ruiz', kind: 'person' },
    via: [],
  },
  {
    text: 'the "plan" is\r\nfunded',
    start: 0,
    end: 21,
    type: 'indirect',
    act: 'statement',
    cue: null,
    speaker: null,
    via: ['Reuters', 'AP'],
  },
];

describe('CSV', () => {
  it('quotes fields with commas, quotes, CR or LF, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('has the header id,quote,type,cue,speaker,name,kind,start,end,via', () => {
    expect(csvHeader()).toBe('id,quote,type,cue,speaker,name,kind,start,end,via\r\n');
    expect(CSV_COLUMNS).toHaveLength(10);
  });

  it('writes one CRLF row per quote that reads back field for field', () => {
    expect(ARTICLE.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
    const out = formatCsv({ id: 'bridge, "2016"', quotes });
    const rows = parseCsv(csvHeader() + out);
    expect(rows).toEqual([
      [...CSV_COLUMNS],
      ['bridge, "2016"', 'We will rebuild the bridge, and fast,', 'direct', 'said', 'Mayor Ana Ruiz', 'Ana Ruiz', 'person', '1', '38', ''],
      ['bridge, "2016"', 'the "plan" is\r\nfunded', 'indirect', '', '', '', '', '0', '21', 'Reuters; AP'],
    ]);
    expect(formatCsv({ id: 'empty', quotes: [] })).toBe('');
  });
});
