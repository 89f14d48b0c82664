/**
 * Segmentation: words, punctuation and quote marks as tokens with UTF-16 offsets, then "frame" sentences,
 * in which each top-level quotation counts as one opaque piece: the full stops inside a long quote do not end
 * the sentence that carries its attribution.
 */
import { Buffer } from 'node:buffer';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/words.js';
import { isNewline, type QuoteSpan } from './quote-marks.js';

export type TokenKind = 'word' | 'punct' | 'open' | 'close';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A line break stands between this token and the previous one. */
  newline: boolean;
  /** Index of the quote span this mark opens or closes, or that the token lies inside; -1 outside. */
  quote: number;
  /** Frame sentence index. */
  sentence: number;
}

/** The word tokens in [first, last). */
export function wordsIn(tokens: Token[], first: number, last: number): Token[] {
  const out: Token[] = [];
  for (let i = first; i < last; i++) if (tokens[i]!.kind === 'word') out.push(tokens[i]!);
  return out;
}

/** Word sequences ("according to", "as quoted by") grouped by first word: a scan costs one look-up per token. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

export function phraseIndex(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const list = index.get(p[0]!);
    if (list) list.push(p);
    else index.set(p[0]!, [p]);
  }
  return index;
}

/** The phrases of the index that start with the word at `i` (none: an empty list). */
export function phrasesFrom(tokens: Token[], i: number, index: PhraseIndex): readonly (readonly string[])[] {
  return index.get(tokens[i]!.lower) ?? NO_PHRASES;
}
const NO_PHRASES: readonly (readonly string[])[] = [];

/** Whether the lower-case words from `i` on spell the phrase. */
export function phraseMatches(tokens: Token[], i: number, phrase: readonly string[]): boolean {
  for (let n = 0; n < phrase.length; n++) if (tokens[i + n]?.lower !== phrase[n]) return false;
  return true;
}

/** The first phrase of the index, in list order, that the words from `i` on spell; null if none. */
export function phraseAt(tokens: Token[], i: number, index: PhraseIndex): readonly string[] | null {
  for (const phrase of phrasesFrom(tokens, i, index)) if (phraseMatches(tokens, i, phrase)) return phrase;
  return null;
}

/** Inside a top-level quotation, not one of its marks. */
export const isInsideQuote = (t: Token): boolean => t.quote >= 0 && t.kind !== 'open' && t.kind !== 'close';

export interface Sentence {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Paragraph index of the first token. */
  paragraph: number;
}

export interface Segmented {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  /** Token index of each quote's opening and closing mark. */
  quoteOpenToken: number[];
  quoteCloseToken: number[];
  /** Paragraph index of each token. */
  paragraphOf: Int32Array;
}

// Words keep inner apostrophes, hyphens, dots and ampersands (Kim's, so-called, U.S, AT&T) and digit groups
// (1,900); everything else that is not a space is a one-character token. Scanned by hand rather than with a
// regular expression: exec() allocates a match object per token, a fifth of all the extractor's garbage.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;
const CONNECTORS = new Set(["'", '’', '-', '.', '&', '·'].map((c) => c.charCodeAt(0)));
const UNKNOWN = 0;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
/** The class of each BMP code unit, filled in as characters are met (a surrogate is OTHER here: see charClass). */
const BMP_CLASS = new Uint8Array(0x10000);

function classify(ch: string): number {
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

/** The class of the code point at `i` and its length in code units (2 for a surrogate pair), packed as class * 4 + length. */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    let k = BMP_CLASS[c]!;
    if (k === UNKNOWN) k = BMP_CLASS[c] = c >= 0xdc00 && c <= 0xdfff ? OTHER : classify(text[i]!);
    return k * 4 + 1;
  }
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return OTHER * 4 + 1; // a lone high surrogate
  return classify(text.slice(i, i + 2)) * 4 + 2;
}

/** The end of the word starting at `i` (a word character): runs of word characters joined by single connectors. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n) {
      const k = charClass(text, i);
      if (k >> 2 !== WORD) break;
      i += k & 3;
    }
    if (i + 1 < n && CONNECTORS.has(text.charCodeAt(i)) && charClass(text, i + 1) >> 2 === WORD) i++;
    else if (i < n && isMojibakeTail(text, i)) i++;
    else return i;
  }
}

/**
 * UTF-8 read as Latin-1 or Windows-1252, common in scraped news: "Peña" arrives as "PeÃ±a", "Tomás" as "TomÃ¡s".
 * Every accented Latin letter of U+00C0–U+00FF becomes "Ã" and a second byte of 0x80–0xBF, shown as a sign
 * ("±", "¡", "©"); that sign is the rest of the letter, so the name stays one word.
 */
function isMojibakeTail(text: string, i: number): boolean {
  // "Ã" precomposed, or decomposed as "A" and a combining tilde when the text was normalised to NFD.
  const p = text.charCodeAt(i - 1);
  if (p !== 0xc3 && !(p === 0x303 && text.charCodeAt(i - 2) === 0x41)) return false;
  const c = text.charCodeAt(i);
  return c >= 0x80 && c <= 0xbf;
}

const ABBREV = new Set(ABBREVIATIONS);
const TITLE_ABBREV = new Set(TITLE_ABBREVIATIONS);

/** The first character of a word, a whole code point even when it is astral ("𝕏"). */
function firstChar(word: string): string {
  const cp = word.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** toLowerCase, without a new string when there is nothing to lower (V8 always allocates one). */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return word.toLowerCase();
  }
  return word;
}

/**
 * V8 holds a text that has any character above U+00FF in two bytes per character, and every slice of it too, even
 * "said" or "the"; most news has one (a curly quote, a dash), so about half the tokens were two-byte. Two-byte
 * strings have maps of their own, so the many places that read a word's `length` or call its `charCodeAt` or
 * `endsWith` met more string maps than an inline cache holds and went megamorphic (callgrind on 3 MB of news:
 * V8's megamorphic property load 408M instructions, 114M with one-byte tokens; all the work outside the optimising
 * compiler 6.1G -> 5.7G), and comparing them with one-byte lexicon words takes the slower mixed-width path. The
 * tokens are sliced instead from a one-byte copy of the text, the same length (each code unit's low byte: exact
 * for the characters up to U+00FF, the only ones a token sliced from it holds).
 */
function oneByteCopy(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** The index of the first character above U+00FF at or after `from`; the text's length if none. */
function nextWide(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) if (text.charCodeAt(i) > 0xff) return i;
  return n;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// One piece: the per-character loop of the tokenizer, kept whole so that V8 keeps its state in registers.
export function tokenize(text: string, quotes: QuoteSpan[]): { tokens: Token[]; openTok: number[]; closeTok: number[] } {
  // The role of the mark at each index: 2q+1 opens quote q, 2q+2 closes it, 0 for none. A typed array, not a Map:
  // a 20 MB line of quote marks has millions of them. Two-character marks ('' for ") are few: a set.
  const markRole = new Int32Array(quotes.length > 0 ? text.length + 1 : 0);
  const twoChar = new Set<number>();
  quotes.forEach((q, i) => {
    markRole[q.open] = 2 * i + 1;
    markRole[q.close] = 2 * i + 2;
    if (q.openLength === 2) twoChar.add(q.open);
    if (q.closeLength === 2) twoChar.add(q.close);
  });
  const openTok = new Array<number>(quotes.length).fill(-1);
  const closeTok = new Array<number>(quotes.length).fill(-1);
  const tokens: Token[] = [];
  let lastEnd = 0;
  let inside = -1;
  // The next character above U+00FF: a token that ends before it is sliced from the one-byte copy (see oneByteCopy).
  let wide = nextWide(text, 0);
  const narrow = wide < text.length ? oneByteCopy(text) : text;
  for (let pos = 0; pos < text.length; ) {
    const cls = charClass(text, pos);
    if (cls >> 2 === SPACE) {
      pos += cls & 3;
      continue;
    }
    const start = pos;
    let stop = cls >> 2 === WORD ? wordEnd(text, pos) : pos + (cls & 3);
    // A two-character mark ('' for ") is one token. Only a mark can be one: most tokens skip the set.
    const markLength = quotes.length > 0 && markRole[start] !== 0 && twoChar.has(start) ? 2 : 1;
    if (markLength === 2) stop = start + 2;
    // A word may have swallowed a quote mark the pairing stage decided is a mark ("'Hello'"); split there. An
    // article without quotation marks has no mark to look for.
    if (quotes.length > 0) {
      for (let j = start + 1; j < stop; j++) {
        if (markRole[j] !== 0) {
          stop = j;
          break;
        }
      }
    }
    pos = stop;
    if (wide < start) wide = nextWide(text, start);
    const word = (wide >= stop ? narrow : text).slice(start, stop);
    const end = start + word.length;
    let newline = false;
    for (let k = lastEnd; k < start; k++) {
      if (isNewline(text.charCodeAt(k))) {
        newline = true;
        break;
      }
    }
    lastEnd = end;
    // 2q+1 opens quote q, 2q+2 closes it (see markRole)
    const role = quotes.length > 0 && word.length === markLength ? markRole[start]! : 0;
    // Kind and capital from the first character: ASCII by its code (most tokens; no string or regex per
    // token), anything else as before, by a whole code point.
    const c0 = word.charCodeAt(0);
    let isWord: boolean;
    let cap: boolean;
    if (c0 < 0x80) {
      cap = c0 >= 0x41 && c0 <= 0x5a;
      isWord = cap || (c0 >= 0x61 && c0 <= 0x7a) || (c0 >= 0x30 && c0 <= 0x39);
    } else {
      const first = firstChar(word);
      cap = isUpper(first);
      isWord = /[\p{L}\p{N}]/u.test(first);
    }
    const idx = tokens.length;
    let quote = inside;
    let kind: TokenKind = isWord ? 'word' : 'punct';
    if (role !== 0) {
      quote = (role - 1) >> 1;
      if (role % 2 === 1) {
        kind = 'open';
        openTok[quote] = idx;
        inside = quote;
      } else {
        kind = 'close';
        closeTok[quote] = idx;
        inside = -1;
      }
    }
    tokens.push({ start, end, text: word, lower: lowerCase(word), kind, cap, newline, quote, sentence: 0 });
  }
  return { tokens, openTok, closeTok };
}

/** Marks that end a sentence. */
export const TERMINAL = new Set(['.', '!', '?', '…']);
/** TERMINAL.has(text), by the character code: asked of every token of every article. */
const isTerminal = (text: string): boolean => {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
};
const CLOSERS = new Set([')', ']', '’', "'", '"', '”', '»']);

/** A full stop after an abbreviation or an initial ("Sen.", "J. Smith") does not end a sentence. */
function isAbbreviation(tokens: Token[], dot: number): boolean {
  const prev = tokens[dot - 1];
  if (!prev || prev.end !== tokens[dot]!.start || prev.kind !== 'word') return false;
  if (ABBREV.has(prev.lower)) return true;
  // Single capital letters are initials ("George W. Bush"), dotted acronyms end in a letter ("U.S").
  if (prev.text.length === 1 && prev.cap) return true;
  return prev.text.length <= 5 && /^(?:\p{L}\.)+\p{L}$/u.test(prev.text);
}

export function segment(text: string, quotes: QuoteSpan[]): Segmented {
  const { tokens, openTok, closeTok } = tokenize(text, quotes);
  const sentences: Sentence[] = [];
  const paragraphOf = new Int32Array(tokens.length);
  let paragraph = 0;
  let first = 0;
  const startSentence = (at: number): void => {
    if (at > first) {
      // Each token learns its sentence as the sentence closes, while it is fresh in the cache, not in a pass of
      // its own over all the tokens.
      for (let k = first; k < at; k++) tokens[k]!.sentence = sentences.length;
      sentences.push({ first, last: at, paragraph: paragraphOf[first] ?? 0 });
    }
    first = at;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const insideQuote = t.quote >= 0 && t.kind !== 'open';
    if (t.newline) {
      paragraph++;
      // Paragraph breaks end sentences, except inside a quote that runs on over paragraphs.
      if (!insideQuote) startSentence(i);
    }
    paragraphOf[i] = paragraph;
    if (insideQuote && t.kind !== 'close') continue;
    const next = tokens[i + 1];
    if (!next || next.newline) continue;
    if (t.kind === 'close') {
      // After a closing mark whose content ended a sentence ("… win." He said), a capital starts a new one.
      const inner = tokens[i - 1];
      if (inner && isTerminal(inner.text) && (next.cap || next.kind === 'open')) startSentence(i + 1);
      continue;
    }
    if (!isTerminal(t.text)) continue;
    if (t.text === '.' && isAbbreviation(tokens, i)) {
      // "the U.S. The next" still ends: an abbreviation followed by a capitalised function word.
      // `… a nurse from Tacoma, Wash. "I think …"`: a quotation opening with a capital after an abbreviation that
      // ends a name or a place (not a title before a name: `Sen. "Bud" Jones`) starts a sentence too.
      const quoteOpens = next.kind === 'open' && tokens[i + 2]?.cap === true && !TITLE_ABBREV.has(tokens[i - 1]!.lower);
      if (!quoteOpens && !(next.cap && /^(?:The|He|She|They|It|We|I|But|And|In|On|This|That|A|An)$/.test(next.text))) continue;
    }
    // Skip closing brackets and marks that belong to this sentence: "(… .)" or "… end.’".
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.kind !== 'open' && !tokens[j]!.newline) j++;
    const after = tokens[j];
    if (!after || after.newline) continue;
    // "… the bond sale. (As Reuters first reported, …)": a bracketed sentence after a full stop is a new one.
    const bracketed = after.text === '(' && tokens[j + 1]?.cap === true;
    if (after.cap || after.kind === 'open' || bracketed || /^\p{N}/u.test(after.text)) startSentence(j);
  }
  startSentence(tokens.length);
  return { text, tokens, sentences, quotes, quoteOpenToken: openTok, quoteCloseToken: closeTok, paragraphOf };
}
