/**
 * CSV output for spreadsheets: one row per quote, RFC 4180 (CRLF records, fields quoted when needed).
 *
 * A spreadsheet evaluates a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab and CR lead some of
 * them to do so too), so a quote such as "=1+1 is the answer" or "=HYPERLINK(...)" in an article would run in
 * whoever opens the file. As OWASP recommends, such text cells get a leading `'`, which spreadsheets show as
 * text and do not display; `raw` (the CLI's `--csv-raw`) leaves every cell exact, for programs that read CSV.
 * Numbers (offsets) are never prefixed.
 */
import type { ArticleResult, Quote } from '../types.js';

export const CSV_COLUMNS = ['id', 'quote', 'type', 'cue', 'speaker', 'name', 'kind', 'start', 'end', 'via'] as const;

/** The UTF-8 byte order mark: Excel reads a CSV file as UTF-8 only when it starts with one (`--csv-bom`). */
export const CSV_BOM = '\ufeff';

export interface CsvOptions {
  /** Leave text cells that a spreadsheet would read as formulas as they are. */
  raw?: boolean;
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field, quoted when it holds a comma, a double quote, CR or LF; inner quotes doubled; formulas neutralised. */
export function csvField(value: string | number | null | undefined, opts: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && !opts.raw && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: (string | number | null | undefined)[], opts: CsvOptions = {}): string {
  return `${fields.map((f) => csvField(f, opts)).join(',')}\r\n`;
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

function quoteRow(id: string, q: Quote, extra: string[], opts: CsvOptions): string {
  return csvRow([id, q.text, q.type, q.cue, q.speaker?.text, q.speaker?.name, q.speaker?.kind, q.start, q.end, q.via.join('; '), ...extra], opts);
}

/**
 * The article's rows (no header); an article without quotes has none. `via` entries are joined with "; ".
 * `keepFields`: the kept fields' columns, from the article's `meta` (empty cells for a plain-text article).
 */
export function formatCsv(article: Pick<ArticleResult, 'id' | 'quotes' | 'meta'>, opts: CsvOptions = {}, keepFields: readonly string[] = []): string {
  const extra = keepFields.map((f) => metaCell(article.meta?.[f]) ?? '');
  let out = '';
  for (const q of article.quotes) out += quoteRow(article.id, q, extra, opts);
  return out;
}
