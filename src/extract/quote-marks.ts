/**
 * Quote marks: pairs opening and closing marks on the raw text. Works in UTF-16 indices; never throws.
 *
 * Double marks (" “ ” „ « » ‹ ›) open and close top-level quotes; single marks (' ‘ ’ ‚) do too when no
 * double quote is open and they are not apostrophes. Marks of the other family inside an open quote are nested
 * quotes and do not pair at the top level (British style nests doubles in singles, American the reverse). A quote left open at the end of a paragraph continues
 * when the next paragraph opens with a mark of the same family (the news convention for quotes that run over
 * several paragraphs); otherwise it is dropped and the text after it is read as ordinary text.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark; of the second one when the close is doubled (`,"" said`), which then lies after contentEnd + 1. */
  close: number;
  /** Content: text.slice(contentStart, contentEnd), between the marks. */
  contentStart: number;
  contentEnd: number;
  /** True when the quote runs over more than one paragraph. */
  multiParagraph: boolean;
  family: 'double' | 'single';
  /** Mark lengths in UTF-16 units: 1, or 2 for '' typed as a double quote. */
  openLength: number;
  closeLength: number;
}

type Role = 'open' | 'close' | 'either' | 'none';

/**
 * White space as JavaScript's `\s` has it (the tokenizer splits on that), line separators included, and the
 * invisible format characters scraped text carries (zero-width space, direction marks).
 */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200f) ||
  c === 0x2028 ||
  c === 0x2029 ||
  (c >= 0x202a && c <= 0x202f) ||
  c === 0x205f ||
  c === 0x2060 ||
  c === 0x3000 ||
  c === 0xfeff;
/** A line break: LF, CR, or a Unicode line or paragraph separator. */
export const isNewline = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Letters and digits, for apostrophe tests; covers Latin, Cyrillic, Greek and other alphabets. A surrogate
 * half counts as a word character (astral letters such as 𝕏 or CJK extensions), so a mark next to one is
 * judged like a mark next to a letter; emoji are rare enough next to apostrophes not to matter.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD_CHAR.test(String.fromCharCode(c));
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Characters after which a mark opens a quote: start, space, or opening punctuation. */
const OPENERS = new Set([0x28, 0x5b, 0x7b, 0x2014, 0x2013, 0x2d, 0x2f, 0x3a]);

/**
 * Two apostrophes typed for a double quote (''like this'', as in newspaper archives exported to ASCII) are a
 * double mark two characters long.
 */
function isApostrophePair(text: string, i: number): boolean {
  // Indices past the end are tested, not read: charCodeAt there (NaN) made V8 discard the optimised scan.
  const n = text.length;
  return (
    text.charCodeAt(i) === 0x27 &&
    i + 1 < n &&
    text.charCodeAt(i + 1) === 0x27 &&
    (i + 2 >= n || text.charCodeAt(i + 2) !== 0x27) &&
    (i === 0 || text.charCodeAt(i - 1) !== 0x27)
  );
}

function doubleRole(text: string, i: number, len = 1): Role {
  const c = len === 2 ? 0x22 : text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const next = i + len < text.length ? text.charCodeAt(i + len) : 0x20;
  const leftOpen = isSpace(prev) || OPENERS.has(prev) || isDoubleMark(prev) || isSingleMark(prev);
  const rightClosed = isSpace(next) || !isWordChar(next);
  switch (c) {
    case 0x201c: // “ opens in English; closes in German („…“), decided by the pairing state
    case 0x201e: // „
    case 0xab: // «
    case 0x2039: // ‹
      return c === 0x201c ? 'either' : 'open';
    case 0x201d: // ”
    case 0xbb: // »
    case 0x203a: // ›
      // Swedish and some sloppy text use ” on both sides; a space before and a letter after means open.
      return leftOpen && !rightClosed ? 'either' : 'close';
    default: // straight "
      if (leftOpen && !isSpace(next)) return 'open';
      if (!leftOpen && rightClosed) return 'close';
      return 'either';
  }
}

function isDoubleMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}
function isSingleMark(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201a;
}

/** Clipped words that start with an apostrophe: 'em, 'til, 'cause, rock 'n' roll. */
const LEADING_ELISIONS = /^(?:em|til|tis|twas|cause|n|round|bout|nuff|s)\b/i;

function singleRole(text: string, i: number): Role {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  // Kim’s, don't, rock’n’roll: a mark between two word characters is an apostrophe.
  if (isWordChar(prev) && isWordChar(next)) return 'none';
  const leftOpen = isSpace(prev) || OPENERS.has(prev) || isDoubleMark(prev);
  if (leftOpen) {
    if (isSpace(next) || (!isWordChar(next) && !isDoubleMark(next))) return 'none';
    // '90s, ’em, 'n': elisions, not quotes.
    if (isDigit(next)) return 'none';
    if (LEADING_ELISIONS.test(text.slice(i + 1, i + 7)) && !/^\w{6}/.test(text.slice(i + 1, i + 8))) return 'none';
    return c === 0x2019 ? 'either' : 'open';
  }
  if (c === 0x201a) return 'open';
  // ‘ after a word: the German closing mark of ‚…‘, or an English opening one typed without a space.
  if (c === 0x2018) return 'either';
  // After a word or punctuation and before a space or punctuation: a closing mark, or a plural possessive
  // ("the officials’ claims"), which only pairing can tell apart.
  return 'close';
}

interface Open {
  at: number;
  /** Length of the opening mark: 2 for '' typed as a double quote. */
  len: number;
  family: 'double' | 'single';
  mark: number;
  multiParagraph: boolean;
}

/** The closing mark that matches an opening one: „ closes with “ or ”, « with », and the rest loosely. */
function closes(openMark: number, closeMark: number): boolean {
  if (openMark === 0xab) return closeMark === 0xbb;
  if (openMark === 0x2039) return closeMark === 0x203a;
  if (openMark === 0xbb) return closeMark === 0xab;
  if (openMark === 0x201e) return closeMark === 0x201c || closeMark === 0x201d;
  return closeMark !== 0xab && closeMark !== 0xbb && closeMark !== 0x2039 && closeMark !== 0x203a;
}

function isLowerStart(text: string, j: number): boolean {
  const ch = text[j] ?? '';
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Index of the first non-space character after the paragraph break at `i`, or -1. */
function nextParagraphStart(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j < text.length ? j : -1;
}

// One piece: a single left-to-right scan whose state (open marks per level, paragraph) is shared by every branch.
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let dbl: Open | null = null;
  let sgl: Open | null = null;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits and most punctuation (U+0028 to U+00AA) are no mark and no line break: nothing below
    // applies to them, and they are most of the text.
    if (c >= 0x28 && c < 0xab) continue;
    if (isNewline(c)) {
      // A paragraph ends: an open quote continues only if the next paragraph reopens it.
      if (!dbl && !sgl) continue;
      const j = nextParagraphStart(text, i);
      if (dbl) {
        const m = j >= 0 ? text.charCodeAt(j) : 0;
        const pair = j >= 0 && isApostrophePair(text, j);
        if (j >= 0 && (isDoubleMark(m) || pair) && doubleRole(text, j, pair ? 2 : 1) !== 'close') {
          dbl.multiParagraph = true;
          i = pair ? j + 1 : j; // the reopening mark is part of the content
          sgl = null;
          continue;
        }
        // A line that goes on in lower case is the same sentence wrapped, not a new paragraph.
        if (j >= 0 && isLowerStart(text, j) && j - i <= 2) {
          dbl.multiParagraph = true;
          i = j - 1;
          continue;
        }
        dbl = null;
      }
      if (sgl) {
        const m = j >= 0 ? text.charCodeAt(j) : 0;
        if (j >= 0 && (m === 0x2018 || m === 0x27) && singleRole(text, j) === 'open') {
          sgl.multiParagraph = true;
          i = j;
          continue;
        }
        sgl = null;
      }
      // Nothing is open now: skip the blank run (it holds no marks), so a run of line breaks is scanned once.
      i = j < 0 ? n : j - 1;
      continue;
    }
    const pair = c === 0x27 && isApostrophePair(text, i);
    if (isDoubleMark(c) || pair) {
      const len = pair ? 2 : 1;
      const mark = pair ? 0x22 : c;
      const role = doubleRole(text, i, len);
      // Double marks inside a single quote are nested quotes ('He called it "a disaster",' said X).
      if (sgl && !dbl) {
        i += len - 1;
        continue;
      }
      if (dbl && role !== 'open' && closes(dbl.mark, mark)) {
        // A doubled closing mark (,"" said X) closes once: the second mark ends the quote, the content stays clean.
        let close = i;
        if (!pair && i + 1 < n && text.charCodeAt(i + 1) === c && doubleRole(text, i + 1) !== 'open') close = i + 1;
        spans.push({
          open: dbl.at,
          close,
          contentStart: dbl.at + dbl.len,
          contentEnd: i,
          multiParagraph: dbl.multiParagraph,
          family: 'double',
          openLength: dbl.len,
          closeLength: close === i ? len : 1,
        });
        i = close;
        dbl = null;
        sgl = null;
      } else if (role !== 'close') {
        // A second opening mark while one is open: the first was stray; start again here.
        dbl = { at: i, family: 'double', mark, multiParagraph: false, len };
        sgl = null;
      } else if (dbl && role === 'close') {
        // A close that does not match the opener's family («…") still ends the quote.
        spans.push({
          open: dbl.at,
          close: i,
          contentStart: dbl.at + dbl.len,
          contentEnd: i,
          multiParagraph: dbl.multiParagraph,
          family: 'double',
          openLength: dbl.len,
          closeLength: len,
        });
        dbl = null;
        sgl = null;
      }
      i += len - 1;
      continue;
    }
    if (dbl) continue; // single marks inside a double quote are nested quotes or apostrophes
    if (isSingleMark(c)) {
      const role = singleRole(text, i);
      if (role === 'none') continue;
      // German ‚…‘: after a word, ‘ closes a quote that ‚ opened (elsewhere it only opens).
      const closesLow = sgl !== null && sgl.mark === 0x201a && c === 0x2018 && i > 0 && !isSpace(text.charCodeAt(i - 1));
      if (sgl && (role !== 'open' || closesLow)) {
        spans.push({
          open: sgl.at,
          close: i,
          contentStart: sgl.at + 1,
          contentEnd: i,
          multiParagraph: sgl.multiParagraph,
          family: 'single',
          openLength: 1,
          closeLength: 1,
        });
        sgl = null;
      } else if (!sgl && role !== 'close') {
        sgl = { at: i, family: 'single', mark: c, multiParagraph: false, len: 1 };
      }
    }
  }
  return spans.filter((s) => s.contentEnd > s.contentStart);
}

/**
 * Rare branches of the scan (a quote reopened after a paragraph break, a wrapped line, apostrophes typed for a
 * double mark, guillemets, a mark that ends the text) were first met deep into a batch, each time after V8 had
 * optimised findQuoteSpans without them: it threw the code away and compiled the scan again (7 times on 3 MB).
 * Scanning this line a few times at load (V8 keeps type feedback only from a function's ninth call or so) lets
 * the first optimised code cover them. The answers are dropped: the scan is pure.
 */
const WARM_UP = "He said: ''Go now.'' Then “one\n\n“two” and “a\nwrapped line” «trois» ‹quatre› „fünf“ ‚six‘ ‘seven\n\n‘eight’ ''nine\n\n''ten'' '' “eleven\n";
for (let n = 0; n < 12; n++) findQuoteSpans(WARM_UP);
