/**
 * The table for people at a terminal: every quote whole, wrapped to the terminal's width, with who said it (a
 * pronoun shown with the name it was resolved to), its kind, gender, act, cue, type and via. Widths are terminal
 * columns (string-width: a Chinese character or an emoji takes two), not code points, so rows stay aligned
 * whatever the script (loadWidth() in width.ts must be awaited first). Every article-derived string is escaped first (escape.ts): a quote cannot move the cursor,
 * retitle the window or reverse the text around it.
 */
import type { ChalkInstance } from 'chalk';
import type { ArticleResult, Quote } from '../types.js';
import { metaCell } from './csv.js';
import { escapeForTerminal } from './escape.js';
import { stringWidth, wrapAnsi } from './width.js';

interface Column {
  title: string;
  width: number;
  /** The cell's lines, before wrapping (one entry per line the cell must start). */
  get: (q: Quote) => string[];
  colour: (c: ChalkInstance, line: string, q: Quote, index: number) => string;
}

const KIND_COLOURS = { person: 'green', organization: 'blue', anonymous: 'yellow' } as const;
const GAP = '  ';
const INDENT = '    ';
/** Below this many columns for the quote beside its row, the quote goes under the row, indented. */
const MIN_QUOTE_COLUMN = 36;

/** One line, whitespace runs (newlines, tabs) as one space, then every unsafe character as a visible escape. */
function safeLine(s: string): string {
  return escapeForTerminal(s.replace(/\s+/g, ' ').trim());
}

/** `s` wrapped to `width` terminal columns: at spaces where it can, inside a word only when the word is longer. */
export function wrap(s: string, width: number): string[] {
  if (s === '') return [''];
  return wrapAnsi(s, Math.max(1, width), { hard: true, trim: true }).split('\n');
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/** Who said it as the table shows it: the name, or "she → Lena Ortiz" when a pronoun was resolved to it. */
export function speakerLabel(q: Quote): string {
  const sp = q.speaker;
  if (!sp) return '?';
  const who = sp.name ?? sp.text;
  if (sp.mention && sp.mention.text !== '' && sp.mention.text !== who) return `${sp.mention.text} → ${who}`;
  return who || '?';
}

function columns(): Column[] {
  return [
    {
      title: 'SPEAKER',
      width: 18,
      get: (q) => [speakerLabel(q), ...(q.via.length > 0 ? [`via ${q.via.join(', ')}`] : [])],
      colour: (c, v, q, i) => (i > 0 || !q.speaker ? c.dim(v) : c.bold(v)),
    },
    {
      title: 'KIND',
      width: 12,
      get: (q) => [q.speaker?.kind ?? '-'],
      colour: (c, v, q) => (q.speaker ? c[KIND_COLOURS[q.speaker.kind]](v) : c.dim(v)),
    },
    { title: 'GENDER', width: 6, get: (q) => [q.speaker?.gender ?? '-'], colour: (c, v, q) => (q.speaker?.gender ? v : c.dim(v)) },
    { title: 'ACT', width: 9, get: (q) => [q.act ?? 'statement'], colour: (c, v) => c.yellow(v) },
    { title: 'CUE', width: 12, get: (q) => [q.cue ?? '-'], colour: (c, v) => c.cyan(v) },
    { title: 'TYPE', width: 8, get: (q) => [q.type], colour: (c, v) => c.magenta(v) },
  ];
}

/** The lines of one row of cells side by side, each cell wrapped to its column; short cells padded with blanks. */
function gridRow(cells: { lines: string[]; width: number; colour: (line: string, i: number) => string }[]): string[] {
  const height = Math.max(...cells.map((cell) => cell.lines.length));
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    const parts = cells.map((cell) => {
      const line = cell.lines[i] ?? '';
      return line === '' ? ' '.repeat(cell.width) : cell.colour(line, i) + ' '.repeat(Math.max(0, cell.width - stringWidth(line)));
    });
    out.push(parts.join(GAP).trimEnd());
  }
  return out;
}

function cellLines(parts: string[], width: number): string[] {
  return parts.flatMap((p) => wrap(safeLine(p), width));
}

/** The title line: id, count, source, and the kept JSONL fields (outlet, date...). */
function titleLine(article: ArticleResult, chalk: ChalkInstance): string {
  const meta = article.meta
    ? Object.entries(article.meta)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${safeLine(k)}: ${safeLine(metaCell(v) ?? '')}`)
    : [];
  return (
    chalk.bold.underline(safeLine(article.id)) +
    chalk.dim(`  ${article.quotes.length} quote(s)  ${safeLine(article.source)}${meta.length > 0 ? `  ${meta.join('  ')}` : ''}`)
  );
}

/**
 * One row per quote. Wide terminals (120 columns and up) get the quote beside its row, wrapped in its column;
 * narrower ones get it under the row, indented, wrapped to the terminal; below the width of the columns
 * themselves (under ~80), the row's cells flow as one wrapped line. With `explain`, the rules that found the
 * quote follow it.
 */
export function formatTable(article: ArticleResult, chalk: ChalkInstance, width: number, explain = false): string {
  const lines = [titleLine(article, chalk)];
  if (article.quotes.length === 0) return lines.join('\n');
  const cols = columns();
  const gridWidth = cols.reduce((n, col) => n + col.width, 0) + GAP.length * (cols.length - 1);
  const besideWidth = width - gridWidth - GAP.length;
  const beside = besideWidth >= MIN_QUOTE_COLUMN;
  const grid = beside || width >= gridWidth;
  const quoteWidth = beside ? besideWidth : Math.max(10, width - INDENT.length);
  const quoteLines = (q: Quote): string[] => {
    const text = wrap(safeLine(q.text), quoteWidth);
    if (!explain || !q.explain) return text;
    const rules = [q.explain.quoteRule, q.explain.speakerRule ?? '-', q.explain.actRule, q.explain.nameRule].filter((r) => r !== undefined && r !== null);
    return [...text, ...wrap(safeLine(`rules: ${rules.join('/')}`), quoteWidth)];
  };
  const isRulesLine = (line: string): boolean => line.startsWith('rules: ');
  if (grid) {
    const titles = cols.map((col) => pad(col.title, col.width));
    lines.push(chalk.dim((beside ? [...titles, 'QUOTE'] : titles).join(GAP).trimEnd()));
  }
  for (const q of article.quotes) {
    const cells = cols.map((col) => ({
      lines: cellLines(col.get(q), col.width),
      width: col.width,
      colour: (line: string, i: number) => col.colour(chalk, line, q, i),
    }));
    const quote = quoteLines(q);
    if (beside) {
      lines.push(...gridRow([...cells, { lines: quote, width: quoteWidth, colour: (l) => (isRulesLine(l) ? chalk.dim(l) : l) }]));
      continue;
    }
    if (grid) lines.push(...gridRow(cells));
    else {
      // too narrow for the columns: the row's values as one line, wrapped
      const flow = cols.map((col) => col.get(q).map(safeLine).join(' ')).join(' · ');
      lines.push(...wrap(flow, width).map((l) => chalk.bold(l)));
    }
    for (const l of quote) lines.push(INDENT + (isRulesLine(l) ? chalk.dim(l) : l));
  }
  return lines.join('\n');
}
