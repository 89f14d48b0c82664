import type { ArticleResult } from '../types.js';
import { escapeJsonSeparators } from './escape.js';

/**
 * One article as JSON: one line for NDJSON, or indented with `pretty`. The same JSON value as JSON.stringify
 * gives, with U+2028/U+2029 escaped (see escape.ts), so a reader that splits on them still sees one line.
 */
export function formatJson(article: ArticleResult, pretty = false): string {
  return escapeJsonSeparators(JSON.stringify(article, null, pretty ? 2 : undefined));
}
