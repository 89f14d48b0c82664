/**
 * The pipeline: quote marks (quote-marks.ts) → segments (segment.ts) → direct quotes and their attribution
 * (direct-quotes.ts) → reported speech (reported-speech.ts) → transcripts (transcripts.ts) → overlaps and speaker
 * resolution (resolve-speakers.ts) → output records with code-point offsets. The passes share one Extraction
 * (extraction.ts) and run in a fixed order, each recording the rule that fired so `--explain` can say why a quote
 * is there.
 */

import { SpeakerNaming } from '../naming/speaker-names.js';
import type { ExtractOptions, Quote, Speaker } from '../types.js';
import { codePointIndexer } from './code-points.js';
import { Extraction } from './context.js';
import { DirectQuotes } from './direct-quotes.js';
import { findQuoteSpans } from './quote-marks.js';
import { ReportedSpeech } from './reported-speech.js';
import { SpeakerResolution } from './resolve-speakers.js';
import { segment } from './segment.js';
import { Transcripts } from './transcripts.js';

export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const seg = segment(text, findQuoteSpans(text));
  const x = new Extraction(seg, options);
  new DirectQuotes(x).directQuotes();
  new ReportedSpeech(x).reportedSpeech();
  new Transcripts(x).transcripts();
  const speakers = new SpeakerResolution(x);
  const list = speakers.dedupe();
  speakers.resolveSpeakers(list);
  // Canonical names, kinds, roles and genders from the article's table of people and organizations.
  const nameRules = new SpeakerNaming(x.namer, text).nameAll(list.map((c) => c.resolved));
  const cp = codePointIndexer(text);
  const t = seg.tokens;
  const out: Quote[] = [];
  for (const [i, c] of list.entries()) {
    const speaker = c.resolved ?? null;
    const q: Quote = {
      text: text.slice(c.start, c.end),
      start: cp(c.start),
      end: cp(c.end),
      type: c.type,
      act: 'statement',
      cue: c.cue ? text.slice(t[c.cue.first]!.start, t[c.cue.last - 1]!.end) : null,
      speaker: speaker ? convertSpeaker(speaker, cp) : null,
      via: c.via,
    };
    if (options.explain) q.explain = { quoteRule: c.rule, speakerRule: speaker ? c.speakerRule : null, nameRule: speaker ? nameRules[i]! : null };
    out.push(q);
  }
  return out;
}

function convertSpeaker(s: Speaker, cp: (i: number) => number): Speaker {
  const out: Speaker = { text: s.text, start: cp(s.start), end: cp(s.end), name: s.name, kind: s.kind };
  if (s.mention) out.mention = { text: s.mention.text, start: cp(s.mention.start), end: cp(s.mention.end) };
  if (s.role) out.role = s.role;
  out.gender = s.gender ?? null;
  out.genderBy = s.genderBy ?? null;
  return out;
}
