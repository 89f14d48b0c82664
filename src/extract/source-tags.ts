/**
 * Stage 6b, source tags: news digests and newsletters end each item with the outlet it summarises or quotes, in
 * brackets: "ROLL TIDE Alabama beat Clemson … [ESPN.]", "… “China’s slowdown is spreading.” [WaPo.]". The item's
 * text, after its headline in capitals, is what the outlet reported; the tag is its speaker. A tagged item is one
 * attribution: what it tells inside (a "said" of its own) is the outlet's summary, so it takes the item whole.
 */

import { type ArticleContext, makeContent } from './article.js';
import { type Candidate, candidate } from './candidate.js';
import type { Token } from './segment.js';

/** Words of a tag: at most four ("[Mother Jones.]", "[Associated Press]"); longer brackets are asides, not tags. */
const MAX_TAG_WORDS = 4;

/** An item's tag: the token range of "[", the name and "]" (the cue), and of the name alone (the speaker). */
interface Tag {
  open: number;
  close: number;
  name: { first: number; last: number };
}

/** "[AP.]", "[Reuters]" closing the paragraph whose last token is `last - 1`, or null. */
function tagAt(a: ArticleContext, first: number, last: number): Tag | null {
  const t = a.tokens;
  let close = last - 1;
  // "[AP.]." — a full stop after the bracket still closes the item.
  if (t[close]?.text === '.' && close > first) close--;
  if (t[close]?.text !== ']') return null;
  let open = close - 1;
  while (open > first && t[open]!.text !== '[' && close - open <= MAX_TAG_WORDS * 2 + 1) open--;
  if (t[open]?.text !== '[' || open <= first) return null;
  let nameLast = close;
  if (t[nameLast - 1]?.text === '.') nameLast--;
  const words = t.slice(open + 1, nameLast);
  if (words.length === 0 || words.length > MAX_TAG_WORDS || !words.every((x) => x.kind === 'word' && x.cap)) return null;
  // The tag names an outlet the lexicon knows, or a person by full name (a digest's own writer): "[Applause]",
  // "[Laughter]" and "[Video clip]" in a transcript are stage directions, not sources.
  const alias = a.namer.aliasWithin(open + 1, nameLast);
  const whole = alias !== null && alias.first === open + 1 && alias.last === nameLast;
  const info = a.namer.describe(open + 1, nameLast);
  if (!(whole && alias.outlet) && !(info.kind === 'person' && info.named && words.length >= 2)) return null;
  return { open, close, name: { first: open + 1, last: nameLast } };
}

/** Letters all in capitals, with at least two of them: a word of a headline in capitals ("ROLL", "13-YEAR-OLDS"). */
const isCapsWord = (x: Token): boolean => x.kind === 'word' && !/\p{Ll}/u.test(x.text) && /\p{Lu}.*\p{Lu}/u.test(x.text);

/**
 * Where an item's text begins after its headline in capitals ("ROLL TIDE Alabama beat …" → "Alabama"): at the
 * first word with a small letter, or at the opening mark of a quotation that runs to the item's end (the
 * quotation may open with an acronym: "… REALITY “VR provides …”").
 */
function afterHeadline(a: ArticleContext, first: number, last: number): number {
  const t = a.tokens;
  const end = lastWordOrMark(t, first, last);
  let i = first;
  for (; i < last; i++) {
    const x = t[i]!;
    if (x.kind === 'open' && a.seg.quoteCloseToken[x.quote] === end) break;
    // "A NEW WAY TO VOTE": a one-letter word continues the headline when a word in capitals follows it.
    const oneLetter = x.kind === 'word' && /^\p{Lu}$/u.test(x.text) && t[i + 1] !== undefined && isCapsWord(t[i + 1]!);
    if (x.kind === 'word' && !isCapsWord(x) && !oneLetter && !/^\d/.test(x.text)) break;
  }
  // No headline, or no text after it: the item is all text.
  if (i >= last || i === first) return first;
  let k = i;
  while (k > first && t[k - 1]!.kind === 'open') k--;
  // The headline must hold words in capitals, not only punctuation ("“We won” [AP.]").
  for (let j = first; j < k; j++) if (isCapsWord(t[j]!)) return k;
  return first;
}

/** Each paragraph that ends in a source tag, as one quote of the outlet (or writer) the tag names. */
export function findSourceTags(a: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  for (const p of paragraphRanges(a)) {
    const tag = tagAt(a, p.first, p.last);
    if (!tag) continue;
    const from = afterHeadline(a, p.first, tag.open);
    const content = makeContent(a, from, tag.open);
    // An item that quotes nobody is the digest's own teaser ("Get ready for a flood of stickers."), not
    // a statement of the outlet.
    if (!content || content.type === 'indirect') continue;
    // The item's text in quotation marks whole: a direct quote of the outlet.
    const o = t[from]!;
    const whole = o.kind === 'open' && a.seg.quoteCloseToken[o.quote] === lastWordOrMark(t, from, tag.open);
    const np = tag.name;
    out.push(
      candidate(
        { ...content, type: whole ? 'direct' : content.type },
        { sentence: t[tag.open]!.sentence, paragraph: a.seg.paragraphOf[tag.open]! },
        {
          cue: { first: tag.open, last: tag.close + 1 },
          speaker: { first: np.first, last: np.last, np },
          via: [],
          rule: 'source-tag',
          speakerRule: 'source-tag',
        },
      ),
    );
  }
  return out;
}

/** Token ranges [first, last) of the paragraphs, by paragraph number. */
function paragraphRanges(a: ArticleContext): { first: number; last: number }[] {
  const of = a.seg.paragraphOf;
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i < of.length; i++) {
    const p = of[i]!;
    while (out.length <= p) out.push({ first: i, last: i });
    out[p]!.last = i + 1;
  }
  return out;
}

/** The last token in [from, to) that is not sentence punctuation. */
function lastWordOrMark(t: Token[], from: number, to: number): number {
  let k = to - 1;
  while (k > from && t[k]!.kind === 'punct') k--;
  return k;
}

/**
 * The candidates of other stages that lie outside every tagged item: the item is the outlet's, and what it tells
 * inside ("Erdogan said …") is part of its summary, not a statement of its own.
 */
export function outsideSourceTags(a: ArticleContext, tagged: readonly Candidate[], others: readonly Candidate[]): Candidate[] {
  if (tagged.length === 0) return [...others];
  const ranges = paragraphRanges(a);
  const spans = tagged.map((c) => {
    const p = ranges[c.paragraph]!;
    return { start: a.tokens[p.first]!.start, end: a.tokens[p.last - 1]!.end };
  });
  return others.filter((c) => !spans.some((s) => c.start < s.end && c.end > s.start));
}
