/** End to end: --keep-fields, `whosaid stats --by`, -f csv and --json, on a small invented archive. */
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleResult } from '../../src/types.js';
import { jsonLines, runCli, tempTree } from '../helpers/index.js';

const articles = [
  {
    id: 'a1',
    outlet: 'Daily Planet',
    date: '2016-10-23',
    url: 'https://example.org/a1',
    nested: { section: 'politics' },
    text: '"We will build the bridge," said Donald J. Trump on Monday. Hillary Clinton said the plan was reckless.',
  },
  { id: 'a2', outlet: 'Daily Planet', date: '2016-11-02', text: 'Donald Trump said he would win. Bill Clinton told reporters that turnout would be high.' },
  { id: 'a3', outlet: 'Morning Star', date: '2016-11-05', text: '"Nobody knows," President Trump said. "We are ready," said Lena Ortiz, a spokeswoman.' },
  { id: 'a4', text: 'Clinton said the count would take days.' },
];
const { dir, cleanup } = tempTree({ 'news.jsonl': `${articles.map((a) => JSON.stringify(a)).join('\n')}\n` });
afterAll(cleanup);

// the CLI runs a Node process per case: slow on a loaded machine
describe('--keep-fields', { timeout: 30_000 }, () => {
  it('copies the fields (dotted paths too) into each article\'s "meta", null when an article lacks one', async () => {
    const r = await runCli(['news.jsonl', '--keep-fields', 'outlet, date,nested.section', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout) as ArticleResult[];
    expect(out.map((a) => a.meta)).toEqual([
      { outlet: 'Daily Planet', date: '2016-10-23', 'nested.section': 'politics' },
      { outlet: 'Daily Planet', date: '2016-11-02', 'nested.section': null },
      { outlet: 'Morning Star', date: '2016-11-05', 'nested.section': null },
      { outlet: null, date: null, 'nested.section': null },
    ]);
    // meta comes after id and source, before the quotes
    expect(Object.keys(out[0]!)).toEqual(['id', 'source', 'meta', 'quotes']);
  });

  it('adds the fields as CSV columns after the fixed ones', async () => {
    const r = await runCli(['news.jsonl', '--keep-fields', 'outlet,url', '-f', 'csv', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('id,quote,type,cue,speaker,name,kind,start,end,via,outlet,url');
    expect(lines.find((l) => l.startsWith('a1,'))).toMatch(/,Daily Planet,https:\/\/example\.org\/a1$/);
    expect(lines.find((l) => l.startsWith('a2,'))).toMatch(/,Daily Planet,$/);
  });

  it('is absent without the option, and an empty list is a usage error', async () => {
    const plain = jsonLines((await runCli(['news.jsonl', '-q'], { cwd: dir })).stdout) as ArticleResult[];
    expect(plain.every((a) => a.meta === undefined)).toBe(true);
    const bad = await runCli(['news.jsonl', '--keep-fields', ' , '], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--keep-fields');
  });
});

// the CLI runs a Node process per case: slow on a loaded machine
describe('whosaid stats --by', { timeout: 30_000 }, () => {
  it('gives one CSV row per outlet and speaker, names merged as a reader would', async () => {
    const r = await runCli(['stats', 'news.jsonl', '--by', 'outlet', '-f', 'csv', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n').filter((l) => l !== '');
    expect(rows[0]).toBe('outlet,name,kind,gender,quotes,articles,variants');
    const trump = rows.filter((l) => l.includes(',Donald Trump,'));
    // "Donald J. Trump" and "Donald Trump" in the Daily Planet, "President Trump" in the Morning Star: one man
    expect(trump.map((l) => l.split(',').slice(0, 2).concat(l.split(',').slice(4, 6)))).toEqual([
      ['Daily Planet', 'Donald Trump', '2', '2'],
      ['Morning Star', 'Donald Trump', '1', '1'],
    ]);
    // two Clintons in the run: the bare "Clinton" of a4 stays on its own (and has no outlet)
    expect(rows.some((l) => l.startsWith(',Clinton,person,'))).toBe(true);
    expect(rows.filter((l) => l.includes('Clinton,')).length).toBe(3);
  });

  it('takes --json like -f json, groups by month from the date field, and rejects three keys', async () => {
    const r = await runCli(['stats', 'news.jsonl', '--by', 'month', '--json', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { by: string[]; groups: { group: { month: string | null }; articles: number }[] };
    expect(report.by).toEqual(['month']);
    expect(report.groups.map((g) => [g.group.month, g.articles])).toEqual([
      ['2016-11', 2],
      ['2016-10', 1],
      [null, 1],
    ]);
    const years = await runCli(['stats', 'news.jsonl', '--by', 'year,kind', '--date-field', 'date', '-f', 'csv', '-q'], { cwd: dir });
    expect(years.stdout.split('\r\n')[0]).toBe('year,kind,name,speaker_kind,gender,quotes,articles,variants');
    expect(years.stdout).toContain('\r\n2016,person,Lena Ortiz,person,female,1,1,Lena Ortiz\r\n');
    const none = await runCli(['stats', 'news.jsonl', '--by', 'year', '--date-field', 'published', '--json', '-q'], { cwd: dir });
    expect((JSON.parse(none.stdout) as { groups: { group: unknown }[] }).groups.map((g) => g.group)).toEqual([{ year: null }]);
    const three = await runCli(['stats', 'news.jsonl', '--by', 'outlet,month,kind'], { cwd: dir });
    expect(three.code).toBe(2);
    expect(three.stderr).toContain('--by: give one or two keys');
    const clash = await runCli(['stats', 'news.jsonl', '--json', '-f', 'csv'], { cwd: dir });
    expect(clash.code).toBe(2);
  });
});

// the CLI runs a Node process per case: slow on a loaded machine
describe('the table from the command line', { timeout: 30_000 }, () => {
  it('shows an ESC in a JSONL id, a quote and a kept field as a visible escape', async () => {
    const evil = { id: 'x\u001b]0;owned\u0007', outlet: 'Bad\u001b[2J', text: '"Pay\u001b[31m now," said Ana Ruiz.' };
    const { dir: d, cleanup: done } = tempTree({ 'evil.jsonl': `${JSON.stringify(evil)}\n` });
    try {
      const r = await runCli(['evil.jsonl', '-f', 'table', '--keep-fields', 'outlet'], { cwd: d });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
      expect(r.stdout).toContain('x\\e]0;owned\\x07');
      expect(r.stdout).toContain('outlet: Bad\\e[2J');
      expect(r.stdout).toContain('Pay\\e[31m now,');
    } finally {
      done();
    }
  });
});
