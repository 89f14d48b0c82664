/** The HTML report without a browser: escaping, code-point highlighting, the page cap, the command's errors. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCue, renderArticle } from '../../src/report/article.js';
import { escapeHtml, jsonForScript, safeHref } from '../../src/report/html.js';
import { ReportBuilder } from '../../src/report/page.js';
import type { Quote, Speaker } from '../../src/types.js';
import { runCli, tempTree } from '../helpers/index.js';

const FIELDS = { outlet: 'outlet', date: 'date', url: 'url', title: 'title' };
const cps = (s: string): string[] => Array.from(s);

/** A quote whose offsets are found (in code points) from its text's first occurrence in `article`. */
function quoteIn(article: string, text: string, speaker: (Partial<Speaker> & { text: string }) | null, more: Partial<Quote> = {}): Quote {
  const at = (needle: string): number => cps(article.slice(0, article.indexOf(needle))).length;
  const start = at(text);
  return {
    text,
    start,
    end: start + cps(text).length,
    type: 'direct',
    act: 'statement',
    cue: 'said',
    speaker: speaker && {
      start: at(speaker.text),
      end: at(speaker.text) + cps(speaker.text).length,
      name: speaker.text,
      kind: 'person',
      ...speaker,
    },
    via: [],
    ...more,
  };
}

const fromHtml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of the spans that carry quote `i`, joined, from the rendered HTML. */
function highlighted(html: string, i: number): string {
  let out = '';
  for (const m of html.matchAll(/<span class="q[^"]*" data-q="([\d ]+)"[^>]*>([^<]*)<\/span>/g)) {
    if (m[1]!.split(' ').includes(String(i))) out += fromHtml(m[2]!);
  }
  return out;
}

describe('escaping helpers', () => {
  it('escapes text and attribute values', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('keeps JSON in a script element from ending it, and still the same value', () => {
    const value = { text: '</script><script>alert(1)</script><!-- \u2028 & >' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it.each([
    ['https://example.org/a?b=1&c="2"', 'https://example.org/a?b=1&c=%222%22'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['//evil.example/x', null],
    ['not a url', null],
    [42, null],
  ])('links %j as %j', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });
});

describe('renderArticle', () => {
  it('highlights by code-point offsets, right after astral characters (emoji, 𝒜, rare CJK)', () => {
    const text = '𝒜😀𠀋 "Hello 🌍 world," said Ana Ruiz. Then 🎉 "again 𝒜 here," she said.';
    const q0 = quoteIn(text, 'Hello 🌍 world,', { text: 'Ana Ruiz' });
    const she = cps(text.slice(0, text.lastIndexOf('she'))).length;
    const q1 = quoteIn(text, 'again 𝒜 here,', { text: 'Ana Ruiz', mention: { text: 'she', start: she, end: she + 3 } });
    // the offsets are not UTF-16 indexes: those would be 3 and more further on
    expect(q0.start).toBe(5);
    expect(text.indexOf('Hello')).toBe(8);
    const html = renderArticle({ id: 'x', source: 'x.txt', text, quotes: [q0, q1] }, 'a0', FIELDS);
    expect(highlighted(html, 0)).toBe('Hello 🌍 world,');
    expect(highlighted(html, 1)).toBe('again 𝒜 here,');
    // the whole text is there once, in order, with nothing added
    const body = /<div class="text">([\s\S]*?)<\/div><aside>/.exec(html)![1]!;
    expect(fromHtml(body.replace(/<[^>]+>/g, ''))).toBe(text);
    // the speaker's mention and the cue are marked
    expect(html).toMatch(/<span class="sp" data-sp="0"[^>]*>Ana Ruiz<\/span>/);
    expect(html).toMatch(/<span class="cue" data-cue="0"[^>]*>said<\/span>/);
    expect(html).toMatch(/<span class="sp" data-sp="1"[^>]*>she<\/span>/);
  });

  it('shows hostile values as text: a script in a quote, quotes in an id or a name, a javascript: URL', () => {
    const text = 'Intro. "Tonight </script><script>alert(1)</script> is ours," said Bo "x" onmouseover="alert(2)" Li.';
    const q = quoteIn(text, 'Tonight </script><script>alert(1)</script> is ours,', { text: 'Bo "x" onmouseover="alert(2)" Li' });
    const html = renderArticle(
      { id: 'id" onclick="alert(3)', source: 'a.jsonl:1', text, quotes: [q], meta: { url: 'javascript:alert(4)', title: '<img src=x onerror=alert(5)>' } },
      'a0',
      FIELDS,
    );
    // every tag is one the report made: no script or img, no event handler, no javascript: link
    for (const tag of html.match(/<[a-z][^>]*>/gi)!) {
      expect(tag).toMatch(/^<(section|p|a|h2|h3|span|div|aside|ul|ol|li|b|blockquote|dl|dt|dd)[\s>]/);
      expect(tag).not.toMatch(/href="(?!#)(?!https?:)/i);
      // attribute names, once the (escaped) values are taken out
      expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+=/i);
    }
    expect(html).toContain('data-id="id&quot; onclick=&quot;alert(3)"');
    expect(html).toContain('<span class="url">javascript:alert(4)</span>');
    expect(html).toContain('&lt;img src=x onerror=alert(5)&gt;');
    expect(highlighted(html, 0)).toBe('Tonight </script><script>alert(1)</script> is ours,');
  });

  it('lists a quote whose offsets fall outside the text without highlighting it, and does not throw', () => {
    const bad: Quote = { text: 'ghost', start: 50, end: 60, type: 'direct', act: 'statement', cue: 'said', speaker: null, via: [] };
    const html = renderArticle({ id: 'x', source: 'x', text: 'Short text.', quotes: [bad] }, 'a0', FIELDS);
    expect(html).toContain('1 quote(s) with offsets outside the text');
    expect(html).toContain('<blockquote>ghost</blockquote>');
    expect(html).not.toContain('class="q"');
  });

  it('marks the nearest whole-word cue outside the quotes', () => {
    const text = '"We said no," Ana Ruiz said, and Bo Li said nothing.';
    const q = quoteIn(text, 'We said no,', { text: 'Ana Ruiz' });
    const cue = findCue(cps(text), q, [q])!;
    expect(cps(text).slice(cue.start, cue.end).join('')).toBe('said');
    expect(cue.start).toBe(cps(text).indexOf('s', 23));
    expect(findCue(cps(text), { ...q, cue: 'announced' }, [q])).toBeNull();
  });
});

describe('ReportBuilder', () => {
  const article = (i: number, outlet: string | null) => {
    const text = `Story ${i}. "All is well," said Ana Ruiz.`;
    return {
      id: `s${i}`,
      source: `s.jsonl:${i}`,
      text,
      quotes: [quoteIn(text, 'All is well,', { text: 'Ana Ruiz', gender: 'female' })],
      meta: { outlet, date: `2024-0${(i % 3) + 1}-01` },
    };
  };

  it('renders the first N articles as pages, counts them all, and says so', () => {
    const b = new ReportBuilder({ maxArticles: 2, maxRows: 3, fields: FIELDS, generated: new Date(0) });
    for (let i = 1; i <= 5; i++) b.addArticle(article(i, i % 2 ? 'Star' : null));
    b.addFailure('s.jsonl:6', 'invalid JSON <b>');
    const html = b.html();
    expect(html.match(/<section class="article"/g)).toHaveLength(2);
    expect(html).toContain('the first 2 of 5 articles are rendered');
    expect(html).toContain('The table holds the first 3 quotes; 2 more');
    expect(html).toContain('6 article(s) read, 5 succeeded, 1 failed; 5 quote(s)');
    expect(html).toContain('s.jsonl:6: invalid JSON &lt;b&gt;');
    expect(html.match(/<script/g)).toHaveLength(2);
    const data = JSON.parse(/<script type="application\/json" id="data">(.*?)<\/script>/.exec(html)![1]!) as { rows: unknown[][] };
    expect(data.rows.map((r) => [r[0], r[2], r[4], r[6]])).toEqual([
      [0, 'Ana Ruiz', 'female', 'Star'],
      [1, 'Ana Ruiz', 'female', '(none)'],
      [-1, 'Ana Ruiz', 'female', 'Star'],
    ]);
    // the page allows no request and no script without its nonce
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-[^']+'/);
    expect(html).toContain('women 100% of quotes by persons of known gender');
  });
});

// the CLI runs a Node process per case: slow on a loaded machine
describe('whosaid report', { timeout: 30_000 }, () => {
  it('needs -o, writes the file, and says where', async () => {
    const { dir, cleanup } = tempTree({ 'a.txt': '"We are ready," said Lena Ortiz.' });
    try {
      const none = await runCli(['report', 'a.txt'], { cwd: dir });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('-o');
      const made = await runCli(['report', 'a.txt', '-o', 'out.html'], { cwd: dir });
      expect(made.code).toBe(0);
      expect(made.stderr).toContain('report written to out.html');
      expect(existsSync(join(dir, 'out.html'))).toBe(true);
      expect(readFileSync(join(dir, 'out.html'), 'utf8')).toContain('We are ready,');
      const badCap = await runCli(['report', 'a.txt', '-o', 'x.html', '--max-articles', 'many'], { cwd: dir });
      expect(badCap.code).toBe(2);
    } finally {
      cleanup();
    }
  });

  it('reads outlet, date, URL and title from the fields named, and caps the pages at --max-articles', async () => {
    const lines = [
      {
        id: 'p1',
        src: { name: 'Harbor Gazette' },
        headline: 'Ferry <i>back</i>',
        link: 'https://news.example/p1',
        when: '2024-03-04',
        text: '"We are ready," said Lena Ortiz.',
      },
      { id: 'p2', src: { name: 'Morning Star' }, headline: 'Storm', text: '"Stay inside," said Ines Duarte.' },
    ];
    const { dir, cleanup } = tempTree({ 'n.jsonl': `${lines.map((l) => JSON.stringify(l)).join('\n')}\n` });
    try {
      const args = ['report', 'n.jsonl', '-o', 'r.html', '-q', '--max-articles', '1'];
      const made = await runCli([...args, '--outlet-field', 'src.name', '--title-field', 'headline', '--url-field', 'link', '--date-field', 'when'], {
        cwd: dir,
      });
      expect(made.code, made.stderr).toBe(0);
      const html = readFileSync(join(dir, 'r.html'), 'utf8');
      expect(html).toContain('<h2>Ferry &lt;i&gt;back&lt;/i&gt;</h2>');
      expect(html).toContain('<a class="url" href="https://news.example/p1" rel="noopener noreferrer">');
      expect(html).toContain('<span class="date">2024-03-04</span>');
      expect(html.match(/<section class="article"/g)).toHaveLength(1);
      expect(html).toContain('the first 1 of 2 articles are rendered');
      // both outlets are in the table's data and its filter, the second article without a page
      const data = JSON.parse(/<script type="application\/json" id="data">(.*?)<\/script>/.exec(html)![1]!) as { rows: unknown[][] };
      expect(data.rows.map((r) => [r[0], r[6]])).toEqual([
        [0, 'Harbor Gazette'],
        [-1, 'Morning Star'],
      ]);
      expect(html).toContain('<option value="Morning Star">Morning Star</option>');
    } finally {
      cleanup();
    }
  });
});
