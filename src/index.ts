export { extractQuotes } from './extract.js';
export type {
  AliasTable,
  ArticleResult,
  Explanation,
  ExtractOptions,
  Quote,
  QuoteType,
  Span,
  Speaker,
  SpeakerKind,
} from './types.js';
