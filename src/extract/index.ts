/**
 * The extractor, as a pipeline of stages that each take values and return values (docs/architecture.md):
 * quote marks → segments → the article context → direct quotes → reported speech → transcripts → source tags →
 * overlaps → speakers → acts → output records. Each stage records the rule that fired, so that `--explain` can say why a quote is there.
 */

import { nameSpeakers } from '../naming/speaker-names.js';
import type { ExtractOptions, Quote, Speaker } from '../types.js';
import { classifyActs } from './acts.js';
import { buildArticle } from './article.js';
import { findDirectQuotes } from './direct-quotes/index.js';
import { removeOverlaps } from './overlaps.js';
import { findQuoteSpans } from './quote-marks.js';
import { toRecords } from './records.js';
import { findReportedSpeech } from './reported-speech/index.js';
import { segment } from './segment.js';
import { findSourceTags, outsideSourceTags } from './source-tags.js';
import { resolveSpeakers } from './speakers.js';
import { findTranscripts } from './transcripts.js';

export function extractQuotes(text: string, given: ExtractOptions | null = {}): Quote[] {
  // null options are no options (JavaScript callers pass null for "none"); anything else not an object is a mistake
  const options = given ?? {};
  if (typeof options !== 'object') throw new TypeError(`extractQuotes: options must be an object, got ${typeof options}`);
  if (typeof text !== 'string' || text.length === 0) return [];
  const marks = findQuoteSpans(text);
  const seg = segment(text, marks);
  const article = buildArticle(seg, options);
  const direct = findDirectQuotes(article);
  const reported = findReportedSpeech(article, direct);
  const transcripts = findTranscripts(article);
  // A digest item tagged with its outlet ("… [AP.]") is the outlet's whole: it takes what the other stages found inside it.
  const tagged = findSourceTags(article);
  const quotes = removeOverlaps([...tagged, ...outsideSourceTags(article, tagged, [...direct, ...reported.quotes, ...transcripts])]);
  const resolved = resolveSpeakers(article, quotes, reported.agents);
  // Canonical names, kinds, roles and genders from the article's table of people and organizations.
  // The speakers in an array built by push, not map(): map() gives arrays of two maps (packed from its builtin,
  // holey once inlined), and each switch threw away extractQuotes' optimised code ("wrong map", measured).
  const speakers: (Speaker | null)[] = [];
  for (const r of resolved) speakers.push(r.speaker);
  const named = nameSpeakers(article.namer, text, speakers);
  const acts = classifyActs(article, quotes);
  return toRecords(article, resolved, named, acts, options);
}
