import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { formatJson } from '../../src/output/json.js';
import { formatTable, speakerLabel } from '../../src/output/table.js';
import { loadWidth } from '../../src/output/width.js';
import type { ArticleResult, Quote, Speaker } from '../../src/types.js';
import { fixtureIds, readFixture } from '../helpers/index.js';

const plain = new Chalk({ level: 0 });
const articles: ArticleResult[] = fixtureIds().map((id) => ({ id, source: `fixtures/${id}.txt`, quotes: extractQuotes(readFixture(id), { explain: true }) }));
const noSpace = (s: string): string => s.replace(/\s+/g, '');

/** The part of `line` from terminal column `from` on (wide characters take two columns). */
function fromColumn(line: string, from: number): string {
  let col = 0;
  let i = 0;
  const chars = Array.from(line);
  while (i < chars.length && col < from) col += stringWidth(chars[i++]!);
  return chars.slice(i).join('');
}

/** The terminal column where `needle` starts in `line`. */
const columnOf = (line: string, needle: string): number => stringWidth(line.slice(0, line.indexOf(needle)));

function quote(text: string, speaker: Partial<Speaker> | null, more: Partial<Quote> = {}): Quote {
  return {
    text,
    start: 0,
    end: Array.from(text).length,
    type: 'direct',
    act: 'statement',
    cue: 'said',
    speaker: speaker && { text: speaker.name ?? 'someone', start: 0, end: 1, name: null, kind: 'person', ...speaker },
    via: [],
    ...more,
  };
}

// The table's width code is loaded on demand (src/output/width.ts), as the batch run does before a table.
beforeAll(loadWidth);

describe('formatTable', () => {
  it.each([80, 120, 200])('fits every line of every fixture in %i columns and shows every quote whole', (width) => {
    for (const article of articles) {
      for (const explain of [false, true]) {
        const lines = formatTable(article, plain, width, explain).split('\n');
        // The title line names the file; everything under it fits.
        for (const line of lines.slice(1)) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
        if (article.quotes.length === 0 || explain) continue;
        // Every quote's words are all there, in order: nothing is cut.
        const header = lines[1]!;
        const quoteText =
          width >= 120
            ? lines.slice(2).map((l) => fromColumn(l, header.indexOf('QUOTE')))
            : lines.slice(2).filter((l) => l.startsWith('    ') && !l.startsWith('    rules:'));
        expect(noSpace(quoteText.join(''))).toBe(noSpace(article.quotes.map((q) => q.text).join('')));
      }
    }
  });

  it('puts the quote beside its row from 120 columns, wrapped in its column at word ends', () => {
    const article = articles.find((a) => a.id === 'harbor-cup-final')!;
    const lines = formatTable(article, plain, 120).split('\n');
    expect(lines[1]).toMatch(/^SPEAKER +KIND +GENDER +ACT +CUE +TYPE +QUOTE$/);
    // female: the fallback of first-name statistics, the only evidence this fixture gives
    expect(lines[2]).toMatch(/^Maria Santos +person +female +statement +said +direct +We never stopped believing, not even when$/);
    expect(lines[3]).toMatch(/^ {60,}we went a goal down,$/);
    const wide = formatTable(article, plain, 200).split('\n');
    expect(wide[2]).toMatch(/direct +We never stopped believing, not even when we went a goal down,$/);
  });

  it('puts each quote on its own indented line at 80 columns, wrapped, never cut', () => {
    const long = 'We will keep the ferry running through the winter, whatever the council decides about the budget next spring.';
    const lines = formatTable({ id: 'x', source: 'x.txt', quotes: [quote(long, { name: 'Ana Ruiz' })] }, plain, 80).split('\n');
    expect(lines[1]).toMatch(/^SPEAKER +KIND +GENDER +ACT +CUE +TYPE$/);
    expect(lines[2]).toMatch(/^Ana Ruiz +person +- +statement +said +direct$/);
    expect(lines.slice(3)).toEqual([
      '    We will keep the ferry running through the winter, whatever the council',
      '    decides about the budget next spring.',
    ]);
  });

  it('with --explain, follows each quote with the rules that found it', () => {
    const lines = formatTable(articles.find((a) => a.id === 'harbor-cup-final')!, plain, 80, true).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      expect.stringMatching(/^Maria Santos +person +female +statement +said +direct$/),
      '    We never stopped believing, not even when we went a goal down,',
      expect.stringMatching(/^ {4}rules: trailing-name-cue\/before-cue/),
    ]);
  });

  it('shows a resolved pronoun with its name, the gender, the act and via', () => {
    const q = quote(
      'The bridge opens in May.',
      { text: 'Lena Ortiz', name: 'Lena Ortiz', gender: 'female', mention: { text: 'she', start: 40, end: 43 } },
      {
        act: 'statement',
        via: ['Reuters'],
      },
    );
    expect(speakerLabel(q)).toBe('she → Lena Ortiz');
    const lines = formatTable({ id: 'x', source: 'x.txt', quotes: [q] }, plain, 120).split('\n');
    expect(lines[2]).toMatch(/^she → Lena Ortiz +person +female +statement +said +direct +The bridge opens in May\.$/);
    expect(lines[3]).toBe('via Reuters');
    // no speaker at all: a question mark, and dashes for what is unknown
    const none = formatTable({ id: 'y', source: 'y.txt', quotes: [quote('Nobody knows.', null, { cue: null })] }, plain, 120).split('\n');
    expect(none[2]).toMatch(/^\? +- +- +statement +- +direct +Nobody knows\.$/);
  });

  it('keeps columns aligned with Chinese, Japanese and emoji, at 80, 120 and 200 columns', () => {
    const quotes = [
      quote('我们会继续努力，直到问题得到解决。这是我们对人民的承诺，也是对未来的责任。', { name: '王小明' }),
      quote('東京の電車は今日も時間通りに来ました。本当に素晴らしいことだと思います。', { name: '佐藤花子', kind: 'person' }),
      quote('Best night ever 🎉🎉 thank you all 🙏 see you next season 🏆', { name: 'Ana Ruiz 👩‍🚀' }),
      quote('Plain text only.', { name: 'Bo Li' }),
    ];
    for (const width of [80, 120, 200]) {
      const lines = formatTable({ id: 'wide', source: 'wide.txt', quotes }, plain, width).split('\n');
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      const rows = lines.filter((l) => l.includes(' person '));
      expect(rows).toHaveLength(4);
      const kindColumns = new Set(rows.map((l) => columnOf(l, ' person ')));
      expect(kindColumns.size).toBe(1);
      const wrappedCJK = lines.join('').replace(/\s+/g, '');
      for (const q of quotes) expect(wrappedCJK).toContain(noSpace(q.text));
    }
  });

  it('shows an ESC or a bidi override in a quote, a name or a JSONL id as a visible escape', () => {
    const evil: ArticleResult = {
      id: 'line-7\u001b]0;owned\u0007',
      source: 'dump.jsonl:7',
      meta: { outlet: 'Evil\u001b[2J News' },
      quotes: [quote('Pay now\u001b[31m or else\u202e gnp.exe', { name: 'Ana\u001b[1mRuiz' })],
    };
    for (const width of [80, 120, 200, 50]) {
      const out = formatTable(evil, plain, width);
      expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(out).toContain('line-7\\e]0;owned\\x07');
      expect(out).toContain('Evil\\e[2J News');
      expect(out.replace(/\s+/g, ' ')).toContain('Pay now\\e[31m or else\\u202e gnp.exe');
      expect(out).toContain('Ana\\e[1mRuiz');
    }
  });

  it('lets the cells flow on one wrapped line when the terminal is narrower than the columns', () => {
    const lines = formatTable({ id: 'x', source: 'x.txt', quotes: [quote('Short and sweet.', { name: 'Ana Ruiz' })] }, plain, 50).split('\n');
    expect(lines[1]).toBe('Ana Ruiz · person · - · statement · said · direct');
    expect(lines[2]).toBe('    Short and sweet.');
  });

  it('shows a title line only when there are no quotes, with kept fields', () => {
    expect(formatTable({ id: 'empty', source: 'empty.txt', quotes: [] }, plain, 80)).toBe('empty  0 quote(s)  empty.txt');
    expect(formatTable({ id: 'e', source: 'd.jsonl:1', meta: { outlet: 'Daily Planet', date: null }, quotes: [] }, plain, 80)).toBe(
      'e  0 quote(s)  d.jsonl:1  outlet: Daily Planet',
    );
  });

  it('colours only with a chalk that has a level', () => {
    const article = articles[0]!;
    expect(formatTable(article, new Chalk({ level: 2 }), 120)).toMatch(/\u001b\[/);
    expect(formatTable(article, plain, 120)).not.toMatch(/\u001b\[/);
  });
});

describe('formatJson', () => {
  it('is one line unless pretty', () => {
    const article = articles[0]!;
    expect(formatJson(article)).not.toContain('\n');
    expect(formatJson(article, true).split('\n').length).toBeGreaterThan(10);
    expect(JSON.parse(formatJson(article, true))).toEqual(article);
  });
});
