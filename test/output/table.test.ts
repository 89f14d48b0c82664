import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { formatJson } from '../../src/output/json.js';
import { formatTable } from '../../src/output/table.js';
import type { ArticleResult } from '../../src/types.js';
import { fixtureIds, readFixture } from '../helpers/index.js';

const plain = new Chalk({ level: 0 });
const articles: ArticleResult[] = fixtureIds().map((id) => ({ id, source: `fixtures/${id}.txt`, quotes: extractQuotes(readFixture(id), { explain: true }) }));
const cols = (line: string): number => Array.from(line).length;

describe('formatTable', () => {
  it.each([80, 100, 120, 160])('fits every line of every fixture in %i columns (with and without --explain)', (width) => {
    for (const article of articles) {
      for (const explain of [false, true]) {
        const lines = formatTable(article, plain, width, explain).split('\n');
        // The title line names the file; everything under it fits.
        for (const line of lines.slice(1)) expect(cols(line), line).toBeLessThanOrEqual(width);
      }
    }
  });

  it('puts the quote beside its row at 120 columns', () => {
    const lines = formatTable(articles.find((a) => a.id === 'harbor-cup-final')!, plain, 120).split('\n');
    expect(lines[1]).toMatch(/^SPEAKER +KIND +CUE +TYPE +QUOTE$/);
    expect(lines[2]).toMatch(/^Maria Santos +person +said +direct +We never stopped believing, not even when we went a goal …$/);
    expect(cols(lines[2]!)).toBe(120);
    expect(lines).toHaveLength(2 + 4);
  });

  it('puts each quote on its own indented line at 80 columns, so it stays readable', () => {
    const lines = formatTable(articles.find((a) => a.id === 'harbor-cup-final')!, plain, 80).split('\n');
    expect(lines[1]).toMatch(/^SPEAKER +KIND +CUE +TYPE$/);
    expect(lines[2]).toMatch(/^Maria Santos +person +said +direct$/);
    expect(lines[3]).toBe('    We never stopped believing, not even when we went a goal down,');
    expect(lines).toHaveLength(2 + 4 * 2);
  });

  it('with --explain at 80 columns, puts the rules on their own line', () => {
    const lines = formatTable(articles.find((a) => a.id === 'harbor-cup-final')!, plain, 80, true).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      expect.stringMatching(/^Maria Santos +person +said +direct$/),
      '    We never stopped believing, not even when we went a goal down,',
      '    rules: trailing-name-cue/before-cue',
    ]);
  });

  it('with --explain at 120 columns, keeps the rules as a column and the quote under the row', () => {
    const lines = formatTable(articles.find((a) => a.id === 'harbor-cup-final')!, plain, 120, true).split('\n');
    expect(lines[1]).toMatch(/^SPEAKER +KIND +CUE +TYPE +RULES$/);
    expect(lines[2]).toMatch(/^Maria Santos +person +said +direct +trailing-name-cue\/before-cue$/);
    expect(lines[3]).toBe('    We never stopped believing, not even when we went a goal down,');
  });

  it('shows a title line only when there are no quotes', () => {
    expect(formatTable({ id: 'empty', source: 'empty.txt', quotes: [] }, plain, 80)).toBe('empty  0 quote(s)  empty.txt');
  });

  it('colours only with a chalk that has a level', () => {
    const article = articles[0]!;
    // eslint-disable-next-line no-control-regex
    expect(formatTable(article, new Chalk({ level: 2 }), 120)).toMatch(/\u001b\[/);
    // eslint-disable-next-line no-control-regex
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
