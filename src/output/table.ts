import type { ChalkInstance } from 'chalk';
import type { ArticleResult, Quote } from '../types.js';

interface Column {
  title: string;
  width: number;
  get: (q: Quote) => string;
  colour: (c: ChalkInstance, value: string, q: Quote) => string;
}

const KIND_COLOURS = { person: 'green', organization: 'blue', anonymous: 'yellow' } as const;

/** Characters as the terminal counts them: code points, with newlines and tabs shown as spaces. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function fitWidth(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s + ' '.repeat(width - chars.length);
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Below this many columns for the quote, each quote goes on its own indented line under its row. */
const MIN_QUOTE_COLUMN = 30;

/**
 * One row per quote, trimmed to `width` columns. The quote column takes whatever the fixed columns leave, so a
 * narrow terminal still shows who said it; when that is too little to read (an 80-column terminal), the quote
 * moves to its own line under the row, indented.
 */
export function formatTable(article: ArticleResult, chalk: ChalkInstance, width: number, explain = false): string {
  const fixed: Column[] = [
    {
      title: 'SPEAKER',
      width: 22,
      get: (q) => q.speaker?.name ?? q.speaker?.text ?? '?',
      colour: (c, v, q) => (q.speaker ? c.bold(v) : c.dim(v)),
    },
    {
      title: 'KIND',
      width: 12,
      get: (q) => q.speaker?.kind ?? '-',
      colour: (c, v, q) => (q.speaker ? c[KIND_COLOURS[q.speaker.kind]](v) : c.dim(v)),
    },
    { title: 'CUE', width: 12, get: (q) => q.cue ?? '-', colour: (c, v) => c.cyan(v) },
    { title: 'TYPE', width: 8, get: (q) => q.type, colour: (c, v) => c.magenta(v) },
  ];
  const rules: Column = {
    title: 'RULES',
    width: 34,
    get: (q) => (q.explain ? `${q.explain.quoteRule}/${q.explain.speakerRule ?? '-'}` : '-'),
    colour: (c, v) => c.dim(v),
  };
  const gap = 2;
  const indent = '    ';
  const usedBy = (cols: Column[]): number => cols.reduce((n, col) => n + col.width + gap, 0);
  const withRules = explain ? [...fixed, rules] : fixed;
  const stacked = width - usedBy(withRules) < MIN_QUOTE_COLUMN;
  // Stacked and still too wide for the rules column: the rules go on their own line under the quote.
  const rulesOnOwnLine = explain && stacked && usedBy(withRules) - gap > width;
  const columns = rulesOnOwnLine ? fixed : withRules;
  const quoteWidth = stacked ? Math.max(10, width - indent.length) : width - usedBy(columns);
  const titles = columns.map((col) => fitWidth(col.title, col.width));
  const header = (stacked ? titles : [...titles, 'QUOTE']).join(' '.repeat(gap));
  const lines = [chalk.bold.underline(`${article.id}`) + chalk.dim(`  ${article.quotes.length} quote(s)  ${article.source}`)];
  if (article.quotes.length === 0) return lines.join('\n');
  lines.push(chalk.dim(header.trimEnd()));
  for (const q of article.quotes) {
    const cells = columns.map((col) => col.colour(chalk, fitWidth(oneLine(col.get(q)), col.width), q));
    const quote = fitWidth(oneLine(q.text), quoteWidth).trimEnd();
    if (!stacked) {
      lines.push([...cells, quote].join(' '.repeat(gap)));
      continue;
    }
    lines.push(cells.join(' '.repeat(gap)).trimEnd(), indent + quote);
    if (rulesOnOwnLine) lines.push(indent + rules.colour(chalk, fitWidth(`rules: ${rules.get(q)}`, quoteWidth).trimEnd(), q));
  }
  return lines.join('\n');
}
