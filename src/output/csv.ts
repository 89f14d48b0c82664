/** CSV output for spreadsheets: one row per quote, RFC 4180 (CRLF records, fields quoted when needed). */
import type { ArticleResult, Quote } from '../types.js';

export const CSV_COLUMNS = ['id', 'quote', 'type', 'cue', 'speaker', 'name', 'kind', 'start', 'end', 'via'] as const;

/** A field, quoted when it holds a comma, a double quote, CR or LF; inner quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvHeader(): string {
  return csvRow([...CSV_COLUMNS]);
}

function quoteRow(id: string, q: Quote): string {
  return csvRow([id, q.text, q.type, q.cue, q.speaker?.text, q.speaker?.name, q.speaker?.kind, q.start, q.end, q.via.join('; ')]);
}

/** The article's rows (no header); an article without quotes has none. `via` entries are joined with "; ". */
export function formatCsv(article: Pick<ArticleResult, 'id' | 'quotes'>): string {
  let out = '';
  for (const q of article.quotes) out += quoteRow(article.id, q);
  return out;
}
