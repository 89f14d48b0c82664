/** The frame of a direct quote, what its attribution rules share, and how an attribution is recorded. */

import { viaAfter } from '../../grammar/adverbials.js';
import type { CueMatch } from '../../grammar/cues.js';
import { nameBetween, phraseAfter } from '../../grammar/noun-phrases.js';
import type { QuoteRuleId, SpeakerRuleId } from '../../lexicon/rules.js';
import type { NounPhrase } from '../../naming/canonical.js';
import { type ArticleContext, addressedOutlet } from '../article.js';
import type { Attribution } from '../candidate.js';

/** A quotation in its sentence: [lo, hi) is the sentence cut at neighbouring quotes; o and c its marks. */
export interface Frame {
  lo: number;
  hi: number;
  o: number;
  c: number;
  /** The attribution stands as its own sentence after the quote (the next-sentence rule). */
  own: boolean;
  /** Memos, so that the rules of one frame share their scans: the trailing slot, and the nearest cue before. */
  slot: Slot | null | undefined;
  anchor: Anchor | null | undefined;
}

export type Found = Omit<Attribution, 'rule'>;

/**
 * The attribution with the rule that found it, field by field in one shape. Not `{ ...found, rule }`: the rules'
 * results come in several shapes, and adding `rule` to each spread copy missed V8's store cache every time
 * (--log-ic: a megamorphic store handled in the runtime about once per direct quote).
 */
export function withRule(found: Found, rule: QuoteRuleId): Attribution {
  return { cue: found.cue, speaker: found.speaker, via: found.via, rule, speakerRule: found.speakerRule };
}

export interface DirectRule {
  id: QuoteRuleId;
  find(a: ArticleContext, f: Frame): Found | null;
}

/** Where a trailing attribution starts (`k`), the dash before it if any, and whether a cue may stand there. */
export interface Slot {
  k: number;
  dash: number;
  cueMayFollow: boolean;
}

/** The nearest attribution ending just before token `end` (a quote's opening mark, or a colon before one). */
export type Anchor = { kind: 'according'; m: number; after: number; np: NounPhrase } | { kind: 'cue'; cue: NonNullable<CueMatch> };

/** The speaker and intermediaries of an attribution, with a closing appositive name taken as the name. */
export function attributed(
  a: ArticleContext,
  cue: { first: number; last: number },
  np: NounPhrase,
  span: { first: number; last: number },
  speakerRule: SpeakerRuleId,
  hi: number,
): Found {
  const t = a.tokens;
  // "said the mayor, Anne Dupont.": a name in apposition after the speaker, closing the sentence.
  if (span.first === np.first && t[span.last]?.text === ',' && cue.last <= span.first) {
    const after = phraseAfter(t, span.last + 1, hi);
    const name = after ? nameBetween(t, after.first, after.last) : null;
    const end = t[after?.last ?? -1];
    if (name && after && (!end || (end.kind === 'punct' && end.text !== '(') || after.last >= hi)) {
      span = { first: span.first, last: after.last };
      np = name;
    }
  }
  const via = addressedOutlet(a, cue);
  for (const v of viaAfter(t, a.namer, Math.max(span.last, cue.last), hi)) if (!via.includes(v)) via.push(v);
  return { cue, speaker: { first: span.first, last: span.last, np }, via, speakerRule };
}

/** Bounds of the frame around quote `qi`: its sentence, cut at neighbouring quotes. */
export function frame(a: ArticleContext, qi: number): Frame {
  const t = a.tokens;
  const o = a.seg.quoteOpenToken[qi]!;
  const c = a.seg.quoteCloseToken[qi]!;
  const sent = a.seg.sentences[t[o]!.sentence]!;
  let lo = sent.first;
  for (let i = o - 1; i >= sent.first; i--) {
    if (t[i]!.kind === 'close') {
      lo = i + 1;
      break;
    }
  }
  let hi = sent.last;
  for (let i = c + 1; i < sent.last; i++) {
    if (t[i]!.kind === 'open') {
      hi = i;
      break;
    }
  }
  return { lo, hi, o, c, own: false, slot: undefined, anchor: undefined };
}
