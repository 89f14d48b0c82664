/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The report in a real browser: Debian's chromium, headless, driven by playwright-core (which ships no browser).
 * Checks that every highlighted span is exactly a quote of the JSON output, that the charts are drawn, that no
 * request leaves the page and no script from the archive runs; saves screenshots (to docs/ with
 * UPDATE_SCREENSHOTS=1, for the README; to a temporary folder otherwise).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleResult } from '../../src/types.js';
import { jsonLines, ROOT, runCli, tempTree } from '../helpers/index.js';
import { ARCHIVE, archiveJsonl } from './archive.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`report browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!haveChromium)(`the HTML report in headless Chromium (skipped when ${CHROMIUM} is missing)`, () => {
  const { dir, cleanup } = tempTree({ 'news.jsonl': archiveJsonl() });
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
  const shots = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : mkdtempSync(join(tmpdir(), 'whosaid-shots-'));
  let context: BrowserContext;
  let articles: ArticleResult[];
  let url: string;

  beforeAll(async () => {
    const made = await runCli(['report', 'news.jsonl', '-o', 'report.html', '-q'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const json = await runCli(['news.jsonl', '-q'], { cwd: dir });
    articles = jsonLines(json.stdout) as ArticleResult[];
    url = pathToFileURL(join(dir, 'report.html')).href;
    mkdirSync(shots, { recursive: true });
    // launchPersistentContext takes the fresh profile folder; chromiumSandbox false adds --no-sandbox
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  const open = async (hash: string) => {
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(url + hash);
    await page.waitForLoadState('load');
    return { page, requests, problems };
  };

  it('highlights exactly the quotes of the JSON output, offsets in code points (emoji and 𝒜 before them)', async () => {
    expect(articles.length).toBe(ARCHIVE.length);
    for (const [i, article] of articles.entries()) {
      const { page, requests, problems } = await open(`#a${i}`);
      expect(await page.locator(`#a${i}`).isVisible()).toBe(true);
      const spans = await page.evaluate((anchor) => {
        const byQuote = new Map<string, string>();
        for (const el of document.querySelectorAll<HTMLElement>(`#${anchor} .text .q`)) {
          for (const q of el.dataset.q!.split(' ')) byQuote.set(q, (byQuote.get(q) ?? '') + el.textContent);
        }
        return [...byQuote].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, text]) => text);
      }, `a${i}`);
      expect(spans, article.id).toEqual(article.quotes.map((q) => q.text));
      // the text as a whole is the article's text, nothing added or lost
      const shown = await page.locator(`#a${i} .text`).textContent();
      expect(shown).toBe(ARCHIVE[i]!.text);
      // each quote's speaker mention is marked, and its details say who and by which rules
      expect(await page.locator(`#a${i} .text .sp`).count()).toBeGreaterThan(0);
      if (article.quotes.length > 0) {
        await page.locator(`#a${i} .text .q`).first().click();
        const pop = await page.locator('#pop').textContent();
        expect(pop).toContain('speaker');
        expect(pop).toContain('rules');
        expect(pop).toContain(article.quotes[0]!.cue ?? '-');
      }
      if (i === 2) await page.screenshot({ path: join(shots, 'report-article.png') });
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('draws the charts, filters the table, and makes no request', async () => {
    const { page, requests, problems } = await open('#overview');
    const charts = await page.$$eval('#overview figure.chart', (figs) =>
      figs.map((f) => ({
        title: f.querySelector('figcaption')?.firstChild?.textContent?.trim() ?? '',
        bars: [...f.querySelectorAll('rect.bar')].map((r) => (r as SVGGraphicsElement).getBBox().width),
      })),
    );
    expect(charts.map((c) => c.title)).toEqual([
      'Most quoted speakers',
      'Quotes by kind of speaker',
      'Gender of quoted persons',
      'Quotes by act',
      'Quotes by outlet, by gender of the speaker',
      'Quotes by month, by gender of the speaker',
    ]);
    for (const c of charts.filter((x) => !x.title.startsWith('Gender'))) {
      expect(c.bars.length, c.title).toBeGreaterThan(0);
      for (const w of c.bars) expect(w).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(shots, 'report-overview.png'), fullPage: true });
    const total = articles.reduce((n, a) => n + a.quotes.length, 0);
    expect(await page.locator('#rows tr').count()).toBe(total);
    await page.selectOption('#f-outlet', 'Morning Star');
    const star = articles.filter((_a, i) => ARCHIVE[i]!.outlet === 'Morning Star').reduce((n, a) => n + a.quotes.length, 0);
    expect(await page.locator('#rows tr').count()).toBe(star);
    await page.selectOption('#f-outlet', '');
    await page.fill('#f-speaker', 'novak');
    expect(await page.locator('#rows tr').count()).toBe(2);
    await page.selectOption('#f-act', 'statement');
    expect(await page.locator('#rows tr').count()).toBe(2);
    // a row links into its article, which then shows alone
    await page.locator('#rows tr a').first().click();
    expect(await page.locator('#overview').isVisible()).toBe(false);
    expect(await page.locator('section.article:visible').count()).toBe(1);
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows hostile archive values as text: no script runs, no javascript: link, no attribute broken', async () => {
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const { page, problems } = await open('#a1');
    // the page has exactly its own two scripts
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('[onmouseover]').count()).toBe(0);
    expect(await page.locator('#a1 h2').textContent()).toBe('Council <b>approves</b> budget');
    expect(await page.locator('#a1 .url').textContent()).toBe('javascript:alert(document.domain)');
    expect(await page.locator('section[data-id=\'emoji-"quoted" id\']').count()).toBe(1);
    expect(await page.locator('#a2 .text').textContent()).toContain('</script><script>alert(1)</script>');
    expect(problems).toEqual([]);
    expect(html).not.toContain('<script>alert');
    await page.close();
  }, 60_000);
});
