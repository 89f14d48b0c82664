/**
 * Stage 10, output records: the resolved quotes of the acts asked for (statements by default) as the public
 * `Quote` records, with offsets converted from UTF-16 units to Unicode code points (the unit every offset in the
 * output counts).
 */

import type { NameRule } from '../naming/speaker-names.js';
import type { Act, ExtractOptions, Quote, Speaker } from '../types.js';
import type { ActOf } from './acts.js';
import type { ArticleContext } from './article.js';
import { codePointIndexer } from './code-points.js';
import type { Resolved } from './speakers.js';

/** The acts reported when the caller asks for none: "who said what" means statements. */
const DEFAULT_ACTS: readonly Act[] = ['statement'];

export function toRecords(
  a: ArticleContext,
  resolved: readonly Resolved[],
  named: { speakers: readonly (Speaker | null)[]; rules: readonly (NameRule | null)[] },
  acts: readonly ActOf[],
  options: ExtractOptions,
): Quote[] {
  const wanted = options.acts === 'all' ? null : new Set(options.acts ?? DEFAULT_ACTS);
  const text = a.seg.text;
  const cp = codePointIndexer(text);
  const t = a.tokens;
  const out: Quote[] = [];
  for (const [i, { quote: c, speakerRule, via }] of resolved.entries()) {
    const speaker = named.speakers[i] ?? null;
    const { act, rule: actRule } = acts[i]!;
    if (wanted && !wanted.has(act)) continue;
    const q: Quote = {
      text: text.slice(c.start, c.end),
      start: cp(c.start),
      end: cp(c.end),
      type: c.type,
      act,
      cue: c.cue ? text.slice(t[c.cue.first]!.start, t[c.cue.last - 1]!.end) : null,
      speaker: speaker ? convertSpeaker(speaker, cp) : null,
      via,
    };
    if (options.explain) {
      q.explain = {
        quoteRule: c.rule,
        speakerRule: speaker ? speakerRule : null,
        actRule,
        boundaryRule: c.boundary ? `${c.boundary.start}/${c.boundary.end}` : null,
        nameRule: speaker ? (named.rules[i] ?? null) : null,
      };
    }
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
