/**
 * Stage 9, output records: the resolved quotes as the public `Quote` records, with offsets converted from UTF-16
 * units to Unicode code points (the unit every offset in the output counts).
 */

import type { NameRule } from '../naming/speaker-names.js';
import type { ExtractOptions, Quote, Speaker } from '../types.js';
import type { ArticleContext } from './article.js';
import { codePointIndexer } from './code-points.js';
import type { Resolved } from './speakers.js';

export function toRecords(a: ArticleContext, resolved: readonly Resolved[], options: ExtractOptions, nameRules: readonly (NameRule | null)[] = []): Quote[] {
  const text = a.seg.text;
  const cp = codePointIndexer(text);
  const t = a.tokens;
  const out: Quote[] = [];
  for (const [i, { quote: c, speaker, speakerRule, via }] of resolved.entries()) {
    const q: Quote = {
      text: text.slice(c.start, c.end),
      start: cp(c.start),
      end: cp(c.end),
      type: c.type,
      act: 'statement',
      cue: c.cue ? text.slice(t[c.cue.first]!.start, t[c.cue.last - 1]!.end) : null,
      speaker: speaker ? convertSpeaker(speaker, cp) : null,
      via,
    };
    if (options.explain) q.explain = { quoteRule: c.rule, speakerRule: speaker ? speakerRule : null, nameRule: speaker ? (nameRules[i] ?? null) : null };
    out.push(q);
  }
  return out;
}

function convertSpeaker(s: Speaker, cp: (i: number) => number): Speaker {
  const out: Speaker = { text: s.text, start: cp(s.start), end: cp(s.end), name: s.name, kind: s.kind };
  if (s.mention) out.mention = { text: s.mention.text, start: cp(s.mention.start), end: cp(s.mention.end) };
  // Role only when the article gives one; gender always, null when unknown (src/naming/speaker-names.ts).
  if (s.role) out.role = s.role;
  out.gender = s.gender ?? null;
  out.genderBy = s.genderBy ?? null;
  return out;
}
