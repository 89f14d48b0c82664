export { extractQuotes } from './extract/index.js';
export type {
  Act,
  AliasTable,
  ArticleResult,
  Explanation,
  ExtractOptions,
  Gender,
  GenderEvidence,
  Quote,
  QuoteType,
  Span,
  Speaker,
  SpeakerKind,
} from './types.js';
export { ACTS } from './types.js';
