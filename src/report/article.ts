/**
 * One article as HTML: its text with every quote highlighted in its speaker's colour, the speaker's mention and
 * the cue marked, each quote's details (speaker, kind, gender, act, cue, via, the rules that found it) and the
 * article's sources. Offsets are code points, as in the JSON output: the text is split into code points, not
 * UTF-16 units, so an emoji or a rare CJK character before a quote does not shift its highlight.
 */
import type { Quote } from '../types.js';
import { escapeHtml, safeHref } from './html.js';

export interface ReportArticle {
  id: string;
  source: string;
  text: string;
  quotes: Quote[];
  meta?: Record<string, unknown>;
}

/** The field names the report reads from kept JSONL fields. */
export interface ReportFields {
  outlet: string;
  date: string;
  url: string;
  title: string;
}

type MarkKind = 'q' | 'sp' | 'cue';
interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  quote: number;
}

/** A distinct, light colour for the n-th speaker (golden-angle hues: neighbours never look alike). */
export function speakerColour(n: number): string {
  return `hsl(${Math.round((n * 137.508 + 200) % 360)} 85% 82%)`;
}

/** The key that makes two quotes of one article "the same speaker" for colouring and the sources list. */
export function speakerKey(q: Quote): string {
  const sp = q.speaker;
  if (!sp) return '\u0000none';
  return `${sp.kind}\u0000${sp.name ?? sp.text}`;
}

export function speakerName(q: Quote): string {
  const sp = q.speaker;
  if (!sp) return '(no speaker)';
  return sp.name ?? (sp.text || '(unnamed)');
}

const validSpan = (start: unknown, end: unknown, length: number): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Where the cue is written: the output gives its text, not its offsets, so the nearest whole-word occurrence
 * outside every quote, within 300 code points of the quote, is taken; none, no mark.
 */
export function findCue(cps: readonly string[], q: Quote, quotes: readonly Quote[]): { start: number; end: number } | null {
  if (!q.cue) return null;
  const cue = Array.from(q.cue.toLowerCase());
  if (cue.length === 0) return null;
  const from = Math.max(0, q.start - 300);
  const to = Math.min(cps.length - cue.length, q.end + 300);
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (let i = from; i <= to; i++) {
    let ok = true;
    for (let j = 0; j < cue.length && ok; j++) ok = cps[i + j]!.toLowerCase() === cue[j];
    if (!ok || isLetter(cps[i - 1]) || isLetter(cps[i + cue.length])) continue;
    const end = i + cue.length;
    if (quotes.some((o) => i < o.end && end > o.start)) continue;
    const distance = i >= q.end ? i - q.end : q.start - end;
    if (distance >= 0 && distance < bestDistance) {
      best = { start: i, end };
      bestDistance = distance;
    }
  }
  return best;
}

function metaText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One line of a quote's details, as plain text (for the hover title) and as HTML rows (for the list). */
function details(q: Quote): [string, string][] {
  const sp = q.speaker;
  const rows: [string, string][] = [];
  rows.push(['speaker', sp ? speakerName(q) : '(no speaker)']);
  if (sp?.text && sp.text !== sp.name) rows.push(['as written', sp.text]);
  if (sp?.mention) rows.push(['mention', sp.mention.text]);
  if (sp) rows.push(['kind', sp.kind]);
  if (sp?.kind === 'person') rows.push(['gender', sp.gender ? `${sp.gender}${sp.genderBy ? ` (by ${sp.genderBy})` : ''}` : 'unknown']);
  if (sp?.role) rows.push(['role', sp.role]);
  rows.push(['act', q.act ?? 'statement'], ['cue', q.cue ?? '-'], ['type', q.type]);
  if (q.via.length > 0) rows.push(['via', q.via.join(', ')]);
  if (q.explain) {
    const e = q.explain;
    const rules = [`quote: ${e.quoteRule}`, `speaker: ${e.speakerRule ?? '-'}`];
    if (e.actRule) rules.push(`act: ${e.actRule}`);
    if (e.boundaryRule) rules.push(`boundary: ${e.boundaryRule}`);
    if (e.nameRule) rules.push(`name: ${e.nameRule}`);
    rows.push(['rules', rules.join(', ')]);
  }
  return rows;
}

/** The article's section; `anchor` is its id in the page ("a12"). */
export function renderArticle(article: ReportArticle, anchor: string, fields: ReportFields): string {
  const cps = Array.from(article.text);
  const quotes = article.quotes;
  // colours by order of first appearance
  const colourOf = new Map<string, number>();
  const count = new Map<string, number>();
  for (const q of quotes) {
    const key = speakerKey(q);
    if (!colourOf.has(key)) colourOf.set(key, colourOf.size);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const colour = (qi: number): string => speakerColour(colourOf.get(speakerKey(quotes[qi]!))!);
  const marks: Mark[] = [];
  let bad = 0;
  quotes.forEach((q, i) => {
    if (!validSpan(q.start, q.end, cps.length)) {
      bad++;
      return;
    }
    marks.push({ start: q.start, end: q.end, kind: 'q', quote: i });
    const sp = q.speaker;
    const mention = sp?.mention ?? sp;
    if (mention && validSpan(mention.start, mention.end, cps.length) && mention.end > mention.start) {
      marks.push({ start: mention.start, end: mention.end, kind: 'sp', quote: i });
    }
    const cue = findCue(cps, q, quotes);
    if (cue) marks.push({ ...cue, kind: 'cue', quote: i });
  });
  // split the text where any mark starts or ends; each piece carries the marks over it
  const cuts = new Set<number>([0, cps.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  let body = '';
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p]!;
    const b = points[p + 1]!;
    const text = escapeHtml(cps.slice(a, b).join(''));
    const over = marks.filter((m) => m.start <= a && m.end >= b && m.end > m.start);
    if (over.length === 0) {
      body += text;
      continue;
    }
    const qs = over.filter((m) => m.kind === 'q').map((m) => m.quote);
    const sps = over.filter((m) => m.kind === 'sp').map((m) => m.quote);
    const cues = over.filter((m) => m.kind === 'cue').map((m) => m.quote);
    const classes: string[] = [];
    const attrs: string[] = [];
    let style = '';
    if (qs.length > 0) {
      classes.push('q');
      attrs.push(`data-q="${qs.join(' ')}"`);
      style = `--c:${colour(qs[0]!)}`;
      const title = details(quotes[qs[0]!]!)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n');
      attrs.push(`title="${escapeHtml(title)}"`);
    }
    if (sps.length > 0) {
      classes.push('sp');
      attrs.push(`data-sp="${sps.join(' ')}"`);
      if (!style) style = `--c:${colour(sps[0]!)}`;
      style += `;--sc:${colour(sps[0]!)}`;
    }
    if (cues.length > 0) {
      classes.push('cue');
      attrs.push(`data-cue="${cues.join(' ')}"`);
    }
    body += `<span class="${classes.join(' ')}" ${attrs.join(' ')} style="${style}">${text}</span>`;
  }

  const meta = article.meta ?? {};
  const title = metaText(meta[fields.title]);
  const url = metaText(meta[fields.url]);
  const href = safeHref(meta[fields.url]);
  const facts: string[] = [];
  const outlet = metaText(meta[fields.outlet]);
  const date = metaText(meta[fields.date]);
  if (outlet) facts.push(`<span class="outlet">${escapeHtml(outlet)}</span>`);
  if (date) facts.push(`<span class="date">${escapeHtml(date)}</span>`);
  if (url)
    facts.push(
      href ? `<a class="url" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(url)}</a>` : `<span class="url">${escapeHtml(url)}</span>`,
    );
  facts.push(`<span class="source">${escapeHtml(article.source)}</span>`);

  const sources = [...colourOf.entries()]
    .map(([key, n]) => {
      const q = quotes.find((x) => speakerKey(x) === key)!;
      const sp = q.speaker;
      const about = sp ? [sp.kind, sp.kind === 'person' ? (sp.gender ?? 'gender unknown') : null].filter(Boolean).join(', ') : '';
      return `<li><span class="swatch" style="--c:${speakerColour(n)}"></span><b>${escapeHtml(speakerName(q))}</b> <span class="muted">${escapeHtml(about)}</span> <span class="n">${count.get(key)} quote(s)</span></li>`;
    })
    .join('');
  const list = quotes
    .map((q, i) => {
      const rows = details(q)
        .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
        .join('');
      return `<li id="${anchor}-q${i}" data-q="${i}"><span class="swatch" style="--c:${colour(i)}"></span><blockquote>${escapeHtml(q.text)}</blockquote><dl>${rows}</dl></li>`;
    })
    .join('');
  return (
    `<section class="article" id="${anchor}" data-id="${escapeHtml(article.id)}">` +
    `<p class="back"><a href="#overview">← overview</a> · <a href="#quotes">quote table</a> · <a href="#articles">all articles</a></p>` +
    `<h2>${escapeHtml(title ?? article.id)}</h2>` +
    `<p class="facts">${title ? `<span class="id">${escapeHtml(article.id)}</span>` : ''}${facts.join(' ')}</p>` +
    (bad > 0 ? `<p class="warn">${bad} quote(s) with offsets outside the text are listed but not highlighted.</p>` : '') +
    `<div class="cols"><div class="text">${body}</div><aside><h3>Sources (${colourOf.size})</h3><ul class="sources">${sources || '<li class="muted">nobody quoted</li>'}</ul>` +
    `<h3>Quotes (${quotes.length})</h3><ol class="qlist">${list}</ol></aside></div></section>`
  );
}
