/** Gold files (format: shared/eval/README.md): parsing and checking them, and the views a judge scores in. */
import { ACTS, type Act, type QuoteType, type Span } from '../types.js';

export const QUOTE_TYPES: readonly QuoteType[] = ['direct', 'indirect', 'mixed'];

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface GoldSpeaker extends Span {
  name: string | null;
  /** person, organization or anonymous; other values (older PolNeAR conversions) are kept but never judged. */
  kind?: string | null;
  /** For persons, when the set annotates it. */
  gender?: string | null;
  mention?: Span;
}

/** The gold's acts: the tool's four, and `other` (action or event predicates, topic frames) that it never reports. */
export type GoldAct = Act | 'other';
export const GOLD_ACTS: readonly GoldAct[] = [...ACTS, 'other'];

export interface GoldQuote extends Span {
  type: QuoteType;
  /** Absent in sets that do not annotate acts: such a quote is required in every view. */
  act?: GoldAct;
  cue: string | null;
  speaker: GoldSpeaker | null;
}

export interface NotQuote {
  text: string;
  reason?: string;
}

export interface GoldArticle {
  quotes: GoldQuote[];
  optional: GoldQuote[];
  notQuotes: NotQuote[];
}

export class GoldFormatError extends Error {}

function parseSpan(v: unknown, where: string, chars: string[] | undefined): Span {
  if (!isObject(v)) throw new GoldFormatError(`${where}: not an object`);
  const { text, start, end } = v;
  if (typeof text !== 'string') throw new GoldFormatError(`${where}: "text" must be a string`);
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) > (end as number) || (start as number) < 0) {
    throw new GoldFormatError(`${where}: "start"/"end" must be integers with 0 <= start <= end`);
  }
  const span = { text, start: start as number, end: end as number };
  // Wrong offsets would make every figure quietly wrong, so they are a format error, not a warning.
  if (chars && chars.slice(span.start, span.end).join('') !== text) {
    throw new GoldFormatError(`${where}: article text at ${span.start}-${span.end} is not "text"`);
  }
  return span;
}

function parseGoldQuote(v: unknown, where: string, chars: string[] | undefined): GoldQuote {
  const span = parseSpan(v, where, chars);
  const q = v as Record<string, unknown>;
  if (!QUOTE_TYPES.includes(q.type as QuoteType)) {
    throw new GoldFormatError(`${where}: "type" must be one of ${QUOTE_TYPES.join(', ')}`);
  }
  if (q.act !== undefined && q.act !== null && !GOLD_ACTS.includes(q.act as GoldAct)) {
    throw new GoldFormatError(`${where}: "act" must be one of ${GOLD_ACTS.join(', ')}`);
  }
  if (q.cue !== undefined && q.cue !== null && typeof q.cue !== 'string') {
    throw new GoldFormatError(`${where}: "cue" must be a string or null`);
  }
  let speaker: GoldSpeaker | null = null;
  if (q.speaker !== undefined && q.speaker !== null) {
    const s = q.speaker as Record<string, unknown>;
    const sSpan = parseSpan(s, `${where}.speaker`, chars);
    if (s.name !== undefined && s.name !== null && typeof s.name !== 'string') {
      throw new GoldFormatError(`${where}.speaker: "name" must be a string or null`);
    }
    speaker = { ...sSpan, name: (s.name as string | null | undefined) ?? null, kind: (s.kind as string | null | undefined) ?? null };
    if (typeof s.gender === 'string') speaker.gender = s.gender;
    if (s.mention !== undefined && s.mention !== null) speaker.mention = parseSpan(s.mention, `${where}.speaker.mention`, chars);
  }
  const out: GoldQuote = { ...span, type: q.type as QuoteType, cue: (q.cue as string | null | undefined) ?? null, speaker };
  if (typeof q.act === 'string') out.act = q.act as GoldAct;
  return out;
}

/**
 * Checks a parsed `<id>.gold.json` and keeps what the judge needs. With `articleText`, every offset is
 * checked against the article. Throws GoldFormatError with a one-line reason.
 */
export function parseGold(data: unknown, articleText?: string): GoldArticle {
  if (!isObject(data)) throw new GoldFormatError('not a JSON object');
  const chars = articleText === undefined ? undefined : Array.from(articleText);
  const list = (key: string, required: boolean): unknown[] => {
    const v = data[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) throw new GoldFormatError(`"${key}" must be an array`);
    return v;
  };
  const quotes = list('quotes', true).map((q, i) => parseGoldQuote(q, `quotes[${i}]`, chars));
  const optional = list('optional', false).map((q, i) => parseGoldQuote(q, `optional[${i}]`, chars));
  const notQuotes = list('notQuotes', false).map((n, i) => {
    if (!isObject(n) || typeof n.text !== 'string') throw new GoldFormatError(`notQuotes[${i}]: "text" must be a string`);
    return typeof n.reason === 'string' ? { text: n.text, reason: n.reason } : { text: n.text };
  });
  return { quotes, optional, notQuotes };
}

/**
 * The gold as a tool that reports only `acts` should be judged (shared/eval/README.md, "Views"): gold quotes
 * whose act is set and is not one of them become optional. The statements view is `['statement']`; `'all'`
 * keeps every gold quote required.
 */
export function viewOf(gold: GoldArticle, acts: readonly Act[] | 'all'): GoldArticle {
  if (acts === 'all') return gold;
  const required = (q: GoldQuote) => q.act === undefined || (acts as readonly GoldAct[]).includes(q.act);
  return { quotes: gold.quotes.filter(required), optional: [...gold.optional, ...gold.quotes.filter((q) => !required(q))], notQuotes: gold.notQuotes };
}
