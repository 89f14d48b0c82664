/**
 * `whosaid report`: one self-contained HTML file (inline CSS, script and SVG; no request leaves it). The overview
 * and the quote table come from counts and compact rows gathered as the articles stream by; only the first
 * `maxArticles` articles are kept as pages, so an archive of thousands of articles makes a file of bounded size.
 */
import { randomBytes } from 'node:crypto';
import { monthOf, StatsAggregator } from '../output/stats.js';
import { type ReportArticle, type ReportFields, renderArticle, speakerName } from './article.js';
import { type Bar, barChart } from './charts.js';
import { escapeHtml, jsonForScript } from './html.js';

export interface ReportOptions {
  /** Articles rendered as pages (the rest count in the overview and the table). */
  maxArticles: number;
  /** Rows in the quote table (the rest count in the overview). */
  maxRows: number;
  fields: ReportFields;
  /** When the report was made, shown in its footer (tests pass a fixed one). */
  generated?: Date;
}

/** Characters of a quote kept in the table (the article page has it whole). */
const ROW_TEXT = 300;
const NONE = '(none)';

/** Gender parts of a bar: quotes by women, by men, by persons of unknown gender, by organizations and anonymous sources. */
const GENDER_PARTS = [
  { name: 'female', colour: '#c2185b' },
  { name: 'male', colour: '#1565c0' },
  { name: 'person, gender unknown', colour: '#9e9e9e' },
  { name: 'organization or anonymous', colour: '#d7ccc8' },
];

type Row = [
  article: number,
  quote: number,
  speaker: string,
  kind: string,
  gender: string,
  act: string,
  outlet: string,
  date: string,
  cue: string,
  text: string,
];

function metaString(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export class ReportBuilder {
  private readonly stats = new StatsAggregator();
  private read = 0;
  private failed = 0;
  private quotes = 0;
  private readonly failures: string[] = [];
  private readonly kinds = new Map<string, number>();
  private readonly genders = new Map<string, number>();
  private readonly acts = new Map<string, number>();
  private readonly byOutlet = new Map<string, number[]>();
  private readonly byMonth = new Map<string, number[]>();
  private readonly pages: string[] = [];
  private readonly index: string[] = [];
  private readonly rows: Row[] = [];
  private rowsLeftOut = 0;

  constructor(private readonly options: ReportOptions) {}

  addArticle(article: ReportArticle): void {
    this.read++;
    const meta = article.meta ?? {};
    this.stats.addArticle(article.quotes, meta);
    const outlet = metaString(meta[this.options.fields.outlet]) ?? NONE;
    const date = metaString(meta[this.options.fields.date]);
    const month = monthOf(meta[this.options.fields.date]) ?? NONE;
    const rendered = this.pages.length < this.options.maxArticles;
    const anchor = `a${this.pages.length}`;
    if (rendered) {
      this.pages.push(renderArticle(article, anchor, this.options.fields));
      const title = metaString(meta[this.options.fields.title]) ?? article.id;
      this.index.push(
        `<li><a href="#${anchor}">${escapeHtml(title)}</a> <span class="muted">${escapeHtml([outlet === NONE ? '' : outlet, date ?? ''].filter(Boolean).join(' · '))}</span> <span class="n">${article.quotes.length} quote(s)</span></li>`,
      );
    }
    article.quotes.forEach((q, i) => {
      this.quotes++;
      const sp = q.speaker;
      const kind = sp?.kind ?? 'no speaker';
      const gender = sp?.kind === 'person' ? (sp.gender ?? 'unknown') : '';
      this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
      if (sp?.kind === 'person') this.genders.set(gender, (this.genders.get(gender) ?? 0) + 1);
      this.acts.set(q.act ?? 'statement', (this.acts.get(q.act ?? 'statement') ?? 0) + 1);
      const part = sp?.kind !== 'person' ? 3 : gender === 'female' ? 0 : gender === 'male' ? 1 : 2;
      for (const [map, key] of [
        [this.byOutlet, outlet],
        [this.byMonth, month],
      ] as const) {
        const parts = map.get(key) ?? [0, 0, 0, 0];
        parts[part]!++;
        map.set(key, parts);
      }
      if (this.rows.length >= this.options.maxRows) {
        this.rowsLeftOut++;
        return;
      }
      const text = Array.from(q.text.replace(/\s+/g, ' '));
      this.rows.push([
        rendered ? this.pages.length - 1 : -1,
        i,
        speakerName(q),
        kind,
        gender,
        q.act ?? 'statement',
        outlet,
        date ?? '',
        q.cue ?? '',
        text.length > ROW_TEXT ? `${text.slice(0, ROW_TEXT - 1).join('')}…` : text.join(''),
      ]);
    });
  }

  addFailure(source: string, reason: string): void {
    this.read++;
    this.failed++;
    this.stats.addFailure();
    if (this.failures.length < 100) this.failures.push(`${source}: ${reason}`);
  }

  html(): string {
    const nonce = randomBytes(16).toString('base64');
    const report = this.stats.report();
    // the table's speakers under the names the charts use ("Trump" in one article is "Donald Trump" in the run)
    for (const r of this.rows) if (r[3] === 'person' || r[3] === 'organization' || r[3] === 'anonymous') r[2] = this.stats.mergedName(r[3], r[2]);
    const top = report.speakers.slice(0, 20);
    const charts = [
      barChart(
        'Most quoted speakers',
        top.map((s) => ({ label: s.name, values: [s.quotes] })),
        { parts: [{ name: 'quotes', colour: '#5c6bc0' }], note: `top ${top.length} of ${report.speakers.length} named speakers; names merged across articles` },
      ),
      barChart(
        'Quotes by kind of speaker',
        [...this.kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ label: k, values: [v] })),
        { parts: [{ name: 'quotes', colour: '#26a69a' }] },
      ),
      barChart(
        'Gender of quoted persons',
        ['female', 'male', 'unknown'].map((g) => ({ label: g, values: [this.genders.get(g) ?? 0] })),
        { parts: [{ name: 'quotes', colour: '#8d6e63' }], note: genderShare(this.genders) },
      ),
      barChart(
        'Quotes by act',
        [...this.acts].sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ label: k, values: [v] })),
        {
          parts: [{ name: 'quotes', colour: '#ffa726' }],
        },
      ),
      barChart('Quotes by outlet, by gender of the speaker', stackRows(this.byOutlet, 'size', 25), {
        parts: GENDER_PARTS,
        note: this.byOutlet.size > 25 ? `25 largest of ${this.byOutlet.size}` : undefined,
      }),
      barChart('Quotes by month, by gender of the speaker', stackRows(this.byMonth, 'label', 36), {
        parts: GENDER_PARTS,
        note: this.byMonth.size > 36 ? `latest 36 of ${this.byMonth.size} months` : undefined,
      }),
    ];
    const outlets = [...this.byOutlet.keys()].sort();
    const acts = [...this.acts.keys()].sort();
    const capNote =
      this.read - this.failed > this.pages.length
        ? `<p class="warn">Article pages: the first ${this.pages.length} of ${this.read - this.failed} articles are rendered (whosaid report --max-articles N for more); the overview and the table count them all.</p>`
        : '';
    const rowsNote =
      this.rowsLeftOut > 0
        ? `<p class="warn">The table holds the first ${this.rows.length} quotes; ${this.rowsLeftOut} more are counted in the overview only (--max-rows N).</p>`
        : '';
    const failures =
      this.failures.length > 0
        ? `<details class="warn"><summary>${this.failed} input(s) failed</summary><ul>${this.failures.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul></details>`
        : '';
    const options = (values: string[]): string => values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('');
    const generated = (this.options.generated ?? new Date()).toISOString();
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>whosaid report</title>
<style>${CSS}</style></head>
<body>
<nav><b>whosaid</b> <a href="#overview">Overview</a> <a href="#quotes">Quotes</a> <a href="#articles">Articles (${this.pages.length})</a></nav>
<main>
<section class="home" id="overview"><h1>Who is quoted</h1>
<p class="summary">${this.read} article(s) read, ${this.read - this.failed} succeeded, ${this.failed} failed; ${this.quotes} quote(s); ${report.speakers.length} named speaker(s).</p>
${capNote}${failures}<div class="charts">${charts.join('')}</div></section>
<section class="home" id="quotes"><h2>Quotes</h2>
<div class="filters"><label>speaker <input id="f-speaker" type="search" placeholder="name contains…"></label>
<label>outlet <select id="f-outlet"><option value="">all</option>${options(outlets)}</select></label>
<label>act <select id="f-act"><option value="">all</option>${options(acts)}</select></label> <span id="f-count" class="muted"></span></div>
${rowsNote}<table class="qt"><thead><tr><th>speaker</th><th>kind</th><th>gender</th><th>act</th><th>cue</th><th>outlet</th><th>date</th><th>quote</th></tr></thead><tbody id="rows"></tbody></table></section>
<section class="home" id="articles"><h2>Articles</h2>${capNote}<ol class="index">${this.index.join('')}</ol></section>
${this.pages.join('\n')}
</main>
<div id="pop" hidden></div>
<footer class="muted">Made by whosaid on ${escapeHtml(generated)}. Works offline; nothing is loaded from the network.</footer>
<script type="application/json" id="data">${jsonForScript({ rows: this.rows })}</script>
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>
`;
  }
}

function genderShare(genders: Map<string, number>): string {
  const f = genders.get('female') ?? 0;
  const m = genders.get('male') ?? 0;
  return f + m > 0 ? `women ${Math.round((100 * f) / (f + m))}% of quotes by persons of known gender` : 'no gender known';
}

/** Rows of a stacked chart: the largest `limit` (outlets), or the last `limit` in label order (months). */
function stackRows(map: Map<string, number[]>, order: 'size' | 'label', limit: number): Bar[] {
  const entries = [...map];
  if (order === 'size') {
    entries.sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0) || (a[0] < b[0] ? -1 : 1));
    return entries.slice(0, limit).map(([label, values]) => ({ label, values }));
  }
  // months sort as text ("2016-09" < "2016-10"); "(none)" last
  entries.sort((a, b) => (a[0] === NONE ? 1 : b[0] === NONE ? -1 : a[0] < b[0] ? -1 : 1));
  return entries.slice(-limit).map(([label, values]) => ({ label, values }));
}

const CSS = `
:root{font-family:system-ui,sans-serif;color:#222;background:#fafafa}
body{margin:0}nav{position:sticky;top:0;background:#263238;color:#fff;padding:8px 16px;z-index:2}
nav a{color:#b3e5fc;margin-left:16px}main{padding:8px 24px;max-width:1300px}
.muted{color:#777}.warn{background:#fff8e1;border-left:4px solid #ffb300;padding:6px 10px}
.charts{display:flex;flex-wrap:wrap;gap:16px}.chart{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px;margin:0}
.chart figcaption{font-weight:600;margin-bottom:4px}.chart text{font-size:12px;fill:#333}.legend{margin:2px 0 6px;font-size:12px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--c);margin:0 4px 0 8px;vertical-align:middle}
.filters label{margin-right:16px}.qt{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
.qt td,.qt th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}.qt td.text{max-width:600px}
.article{display:none}.article:target,.article:has(:target){display:block}
body:has(.article:target) .home,body:has(.article :target) .home{display:none}
.cols{display:flex;gap:24px;align-items:flex-start}.text{flex:3;white-space:pre-wrap;line-height:1.7;background:#fff;padding:16px;border:1px solid #ddd;border-radius:6px;font-size:16px}
aside{flex:2}.q{background:var(--c);cursor:pointer;border-radius:2px}.sp{border-bottom:3px solid #000;font-weight:600}
.cue{text-decoration:underline dotted 2px;font-style:italic}.q.hot{outline:2px solid #000}
.qlist li{margin-bottom:10px}.qlist li.hot{outline:2px solid #000}.qlist blockquote{margin:2px 0 2px 20px;font-style:italic}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 8px;margin:0 0 0 20px;font-size:13px}dt{color:#777}dd{margin:0}
.sources li{list-style:none}.n{color:#555;font-size:12px}
#pop{position:fixed;background:#fff;border:1px solid #444;border-radius:6px;padding:8px;max-width:420px;box-shadow:0 4px 16px #0003;z-index:3;font-size:13px}
footer{padding:16px 24px}
[id]{scroll-margin-top:48px}
`;

/** The page's script: the quote table (filtered, built with textContent only) and the quote details popup. */
const SCRIPT = `
(() => {
  const data = JSON.parse(document.getElementById('data').textContent);
  const rows = data.rows;
  const tbody = document.getElementById('rows');
  const fSpeaker = document.getElementById('f-speaker');
  const fOutlet = document.getElementById('f-outlet');
  const fAct = document.getElementById('f-act');
  const count = document.getElementById('f-count');
  const SHOW = 500;
  function cell(tr, text, cls) { const td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); return td; }
  function render() {
    const s = fSpeaker.value.trim().toLowerCase();
    const o = fOutlet.value;
    const a = fAct.value;
    const hits = rows.filter((r) => (!s || r[2].toLowerCase().includes(s)) && (!o || r[6] === o) && (!a || r[5] === a));
    tbody.textContent = '';
    for (const r of hits.slice(0, SHOW)) {
      const tr = document.createElement('tr');
      cell(tr, r[2]); cell(tr, r[3]); cell(tr, r[4]); cell(tr, r[5]); cell(tr, r[8]); cell(tr, r[6]); cell(tr, r[7]);
      const td = cell(tr, '', 'text');
      if (r[0] >= 0) { const link = document.createElement('a'); link.href = '#a' + r[0] + '-q' + r[1]; link.textContent = r[9]; td.appendChild(link); }
      else { td.textContent = r[9]; td.title = 'article page not rendered (beyond --max-articles)'; }
      tbody.appendChild(tr);
    }
    count.textContent = hits.length + ' quote(s)' + (hits.length > SHOW ? ', first ' + SHOW + ' shown' : '');
  }
  for (const el of [fSpeaker, fOutlet, fAct]) el.addEventListener('input', render);
  render();
  const pop = document.getElementById('pop');
  document.addEventListener('click', (ev) => {
    const span = ev.target.closest && ev.target.closest('.q');
    for (const el of document.querySelectorAll('.hot')) el.classList.remove('hot');
    if (!span) { if (!ev.target.closest || !ev.target.closest('#pop')) pop.hidden = true; return; }
    const section = span.closest('.article');
    const i = span.dataset.q.split(' ')[0];
    const item = document.getElementById(section.id + '-q' + i);
    for (const el of section.querySelectorAll('.q')) if (el.dataset.q.split(' ').includes(i)) el.classList.add('hot');
    pop.textContent = '';
    if (item) { item.classList.add('hot'); pop.appendChild(item.querySelector('dl').cloneNode(true)); }
    pop.hidden = false;
    pop.style.left = Math.min(ev.clientX + 12, window.innerWidth - 440) + 'px';
    pop.style.top = Math.min(ev.clientY + 12, window.innerHeight - 240) + 'px';
  });
})();
`;
