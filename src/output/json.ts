import type { ArticleResult } from '../types.js';

/** One article as JSON: one line for NDJSON, or indented with `pretty`. */
export function formatJson(article: ArticleResult, pretty = false): string {
  return JSON.stringify(article, null, pretty ? 2 : undefined);
}
