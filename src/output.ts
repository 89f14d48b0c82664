import type { ChalkInstance } from 'chalk';
import type { ArticleResult, Quote } from './types.js';

export function formatJson(article: ArticleResult, pretty = false): string {
  return JSON.stringify(article, null, pretty ? 2 : undefined);
}

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

function fit(s: string, width: number): string {
  const chars = Array.from(s);
  if (chars.length <= width) return s + ' '.repeat(width - chars.length);
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/**
 * One row per quote, trimmed to `width` columns. The quote column takes whatever the fixed columns leave,
 * so a narrow terminal still shows who said it.
 */
export function formatTable(article: ArticleResult, chalk: ChalkInstance, width: number, explain = false): string {
  const fixed: Column[] = [
    {
      title: 'SPEAKER',
      width: 24,
      get: (q) => q.speaker?.name ?? q.speaker?.text ?? '?',
      colour: (c, v, q) => (q.speaker ? c.bold(v) : c.dim(v)),
    },
    {
      title: 'KIND',
      width: 12,
      get: (q) => q.speaker?.kind ?? '-',
      colour: (c, v, q) => (q.speaker ? c[KIND_COLOURS[q.speaker.kind]](v) : c.dim(v)),
    },
    { title: 'CUE', width: 14, get: (q) => q.cue ?? '-', colour: (c, v) => c.cyan(v) },
    { title: 'TYPE', width: 8, get: (q) => q.type, colour: (c, v) => c.magenta(v) },
  ];
  if (explain) {
    fixed.push({
      title: 'RULES',
      width: 30,
      get: (q) => (q.explain ? `${q.explain.quoteRule}/${q.explain.speakerRule ?? '-'}` : '-'),
      colour: (c, v) => c.dim(v),
    });
  }
  const gap = 2;
  const used = fixed.reduce((n, col) => n + col.width + gap, 0);
  const quoteWidth = Math.max(10, width - used);
  const header = [...fixed.map((col) => fit(col.title, col.width)), fit('QUOTE', quoteWidth)].join(' '.repeat(gap));
  const lines = [chalk.bold.underline(`${article.id}`) + chalk.dim(`  ${article.quotes.length} quote(s)  ${article.source}`)];
  if (article.quotes.length === 0) return lines.join('\n');
  lines.push(chalk.dim(header.trimEnd()));
  for (const q of article.quotes) {
    const cells = fixed.map((col) => col.colour(chalk, fit(oneLine(col.get(q)), col.width), q));
    cells.push(fit(oneLine(q.text), quoteWidth).trimEnd());
    lines.push(cells.join(' '.repeat(gap)));
  }
  return lines.join('\n');
}
