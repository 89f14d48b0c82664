/** What `whosaid eval --errors` lists: one tab-separated line per miss, false positive or wrong attribute. */
import type { Quote, QuoteType, Span } from '../types.js';
import type { GoldQuote } from './gold.js';
import { hasSpeaker } from './match.js';

/** A miss, a false positive, a wrong speaker, a wrong type, a wrong canonical name, a wrong kind. */
export type ErrorKind = 'MISS' | 'FP' | 'SPKR' | 'TYPE' | 'NAME' | 'KIND';

/** One thing to look at when tuning rules. Offsets are of the gold quote, or the found one for FP. */
export interface ErrorItem {
  kind: ErrorKind;
  type: QuoteType;
  start: number;
  end: number;
  context: string;
  gold?: GoldQuote;
  found?: Quote;
  /** The notQuotes text an FP hit. */
  notQuote?: string;
}

const CONTEXT_CHARS = 40;
const LONG_SPAN = 160;

/** `…left[span]right…` on one line: newlines as ⏎, tabs as spaces, very long spans cut in the middle. */
export function contextOf(chars: readonly string[], start: number, end: number): string {
  const s = Math.max(0, Math.min(chars.length, start));
  const e = Math.max(s, Math.min(chars.length, end));
  const from = Math.max(0, s - CONTEXT_CHARS);
  const to = Math.min(chars.length, e + CONTEXT_CHARS);
  let span = chars.slice(s, e);
  if (span.length > LONG_SPAN) span = [...span.slice(0, LONG_SPAN / 2 - 10), ' … ', ...span.slice(-(LONG_SPAN / 2 - 10))];
  const flat = (xs: readonly string[]) =>
    xs
      .join('')
      .replace(/\r\n|\r|\n/g, '⏎')
      .replace(/\t/g, ' ');
  return `${(from > 0 ? '…' : '') + flat(chars.slice(from, s))}[${flat(span)}]${flat(chars.slice(e, to))}${to < chars.length ? '…' : ''}`;
}

function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ');
}

function describeSpeaker(s: { text?: string; name?: string | null; mention?: Span | undefined } | null | undefined): string {
  if (!s || !hasSpeaker({ speaker: s as Quote['speaker'] })) return 'none';
  const parts: string[] = [];
  if (typeof s.text === 'string' && s.text !== '') parts.push(`"${oneLine(s.text)}"`);
  if (s.mention?.text) parts.push(`("${oneLine(s.mention.text)}")`);
  if (s.name) parts.push(`=${oneLine(s.name)}`);
  return parts.join(' ');
}

/**
 * One tab-separated line per item, built for grep and cut:
 * KIND, set/id, type, start-end, context, then key=value fields (speaker, cue, found type, notQuote).
 */
export function formatErrorLine(where: string, e: ErrorItem): string {
  const fields: string[] = [e.kind, where, e.type, `${e.start}-${e.end}`, e.context];
  const cue = (q: { cue: string | null } | undefined) => (q?.cue == null ? '-' : oneLine(q.cue));
  switch (e.kind) {
    case 'MISS':
      fields.push(`speaker=${describeSpeaker(e.gold?.speaker)}`, `cue=${cue(e.gold)}`);
      break;
    case 'FP':
      fields.push(`speaker=${describeSpeaker(e.found?.speaker)}`, `cue=${cue(e.found)}`);
      if (e.notQuote !== undefined) fields.push(`notQuote="${oneLine(e.notQuote)}"`);
      break;
    case 'SPKR':
      fields.push(`gold=${describeSpeaker(e.gold?.speaker)}`, `found=${describeSpeaker(e.found?.speaker)}`, `cue=${cue(e.gold)}/${cue(e.found)}`);
      break;
    case 'TYPE':
      fields.push(`found=${e.found?.type ?? '-'}`, `cue=${cue(e.gold)}/${cue(e.found)}`);
      break;
    case 'NAME':
      fields.push(
        `gold=${oneLine(e.gold?.speaker?.name ?? '-')}`,
        `found=${oneLine(e.found?.speaker?.name ?? '-')}`,
        `speaker=${describeSpeaker(e.found?.speaker)}`,
      );
      break;
    case 'KIND':
      fields.push(`gold=${e.gold?.speaker?.kind ?? '-'}`, `found=${e.found?.speaker?.kind ?? '-'}`, `speaker=${describeSpeaker(e.found?.speaker)}`);
      break;
  }
  return fields.join('\t');
}
