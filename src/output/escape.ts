/**
 * Text from articles, JSONL ids and file names is untrusted: shown raw on a terminal, an escape sequence can clear
 * the screen, set the window title or forge a hyperlink (OSC 8), a newline can forge extra stderr lines, and a bidi
 * override (U+202E) can make one name read as another. On a terminal and in stderr lines such characters are shown
 * as visible escapes, as GNU ls and git quote file names; JSON output stays exact (JSON.stringify escapes C0
 * controls itself) except for U+2028/U+2029, which JSON allows raw but Python's splitlines() and old JavaScript
 * parsers treat as line ends.
 */

/**
 * C0 and C1 controls (ESC among them) and DEL; the bidi embeddings, overrides and isolates; the line and
 * paragraph separators. Tab and newline are in C0: a table cell or a one-line message must not contain them raw.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNSAFE_TEST = new RegExp(UNSAFE.source);

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  switch (ch) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\u001b':
      return '\\e';
  }
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every control, bidi and separator character shown as a visible escape (`\e`, `\n`, `\u202e`). */
export function escapeForTerminal(s: string): string {
  return UNSAFE_TEST.test(s) ? s.replace(UNSAFE, visible) : s;
}

/** Like escapeForTerminal, but keeps line breaks: for multi-line text (a quote's content) shown on a terminal. */
export function escapeKeepingLines(s: string): string {
  return s.split('\n').map(escapeForTerminal).join('\n');
}

const SEPARATORS = /[\u2028\u2029]/g;

/** JSON text with U+2028/U+2029 escaped: still the same JSON value, but safe for line-splitting readers. */
export function escapeJsonSeparators(json: string): string {
  return json.includes('\u2028') || json.includes('\u2029') ? json.replace(SEPARATORS, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029')) : json;
}
