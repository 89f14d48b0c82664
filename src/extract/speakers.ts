/**
 * Stage 8, speaker resolution: each kept quote's speaker, through the resolution sieve (src/naming/resolver.ts),
 * from pronouns and back-references to the fullest earlier mention; quotes that stand alone take the previous
 * speaker, and "…, adding that" the speaker of its sentence.
 */

import { roleNouns } from '../lexicon/index.js';
import type { SpeakerRuleId } from '../lexicon/rules.js';
import type { Mention } from '../naming/resolver.js';
import { Resolver } from '../naming/resolver.js';
import type { Speaker } from '../types.js';
import type { ArticleContext } from './article.js';
import type { Candidate } from './candidate.js';

/** A kept quote with its speaker (UTF-16 offsets), the rule that named it, and its intermediaries. */
export interface Resolved {
  quote: Candidate;
  speaker: Speaker | null;
  speakerRule: SpeakerRuleId | null;
  via: string[];
}

/**
 * Speakers for `quotes` (in article order). `agents` are the mentions named in passing by the reported-speech
 * stage ("reported by a senior source"), which a later "the source" may refer to.
 */
export function resolveSpeakers(a: ArticleContext, quotes: readonly Candidate[], agents: readonly Mention[]): Resolved[] {
  const resolver = new Resolver(a.tokens);
  // The resolver keeps what it learns in the mentions it holds: give it copies, the context stays as built.
  for (const m of agents) resolver.add(copy(m));
  for (const m of a.mentions) resolver.add(copy(m));
  const speakerOf = new Map<Candidate, Speaker | null>();
  const out: Resolved[] = [];
  let previous: Resolved | null = null;
  for (const c of quotes) {
    const r: Resolved = { quote: c, speaker: null, speakerRule: c.speakerRule, via: c.via };
    if (c.inherit) {
      const near = previous?.speaker && c.paragraph - previous.quote.paragraph <= 2;
      r.speaker = near ? { ...previous!.speaker! } : null;
      if (!near) r.speakerRule = null;
    } else if (c.sameSentenceAs) {
      const owner = speakerOf.get(c.sameSentenceAs);
      r.speaker = owner ? { ...owner } : null;
    } else if (c.speaker) {
      localSpeaker(a, resolver, c, r);
    }
    speakerOf.set(c, r.speaker);
    if (r.speaker) previous = r;
    out.push(r);
  }
  return out;
}

/** Objects built field by field, not spread: V8 builds spread literals on a slow path (see candidate()). */
const copy = (m: Mention): Mention => ({ first: m.first, last: m.last, info: m.info, via: m.via });

/** The local speaker of `c`, resolved through the sieve when it is a pronoun or a back-reference; fills in `r`. */
function localSpeaker(a: ArticleContext, resolver: Resolver, c: Candidate, r: Resolved): void {
  const sp = c.speaker!;
  const t = a.tokens;
  const info = a.namer.describe(sp.np.first, sp.np.last);
  const via = [...c.via];
  const local: Mention = { first: sp.first, last: sp.last, info, via };
  // "The bridge will reopen in May, she said": "she" is never someone named inside what she said.
  const found = resolver.resolve(local, (m) => t[m.last - 1]!.end <= c.start || t[m.first]!.start >= c.end);
  r.via = via;
  // "The actress said": the person given that role, named before, is who a later "she" continues.
  const first = t[sp.np.first]!.lower;
  if (!found && !info.named && roleNouns.has(info.head) && (first === 'the' || first === 'this')) {
    const e = a.namer.people.byRole(info.head, sp.np.first);
    if (e) resolver.noteDescribedSpeaker(e.name, local);
  }
  if (found) {
    local.antecedent = found.target;
    r.speakerRule = found.rule;
    for (const v of found.target.via) if (!via.includes(v)) via.push(v);
  }
  resolver.add(local);
  const text = (first: number, last: number): string => a.seg.text.slice(t[first]!.start, t[last - 1]!.end);
  const m = found ? found.target : local;
  r.speaker = { text: text(m.first, m.last), start: t[m.first]!.start, end: t[m.last - 1]!.end, name: m.info.name, kind: m.info.kind };
  if (found) r.speaker.mention = { text: text(local.first, local.last), start: t[local.first]!.start, end: t[local.last - 1]!.end };
}
