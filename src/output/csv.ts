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

/** The header; fields kept with --keep-fields are extra columns after the fixed ones, named by their paths. */
export function csvHeader(keepFields: readonly string[] = []): string {
  return csvRow([...CSV_COLUMNS, ...keepFields]);
}

/** A kept JSONL value as a cell: strings, numbers and booleans as they are, objects and arrays as JSON. */
export function metaCell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function quoteRow(id: string, q: Quote, extra: string[]): string {
  return csvRow([id, q.text, q.type, q.cue, q.speaker?.text, q.speaker?.name, q.speaker?.kind, q.start, q.end, q.via.join('; '), ...extra]);
}

/**
 * The article's rows (no header); an article without quotes has none. `via` entries are joined with "; ".
 * `keepFields`: the kept fields' columns, from the article's `meta` (empty cells for a plain-text article).
 */
export function formatCsv(article: Pick<ArticleResult, 'id' | 'quotes' | 'meta'>, keepFields: readonly string[] = []): string {
  const extra = keepFields.map((f) => metaCell(article.meta?.[f]) ?? '');
  let out = '';
  for (const q of article.quotes) out += quoteRow(article.id, q, extra);
  return out;
}
