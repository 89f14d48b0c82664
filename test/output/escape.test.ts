import { describe, expect, it } from 'vitest';
import { escapeForTerminal, escapeJsonSeparators, escapeKeepingLines } from '../../src/output/escape.js';

describe('escapeForTerminal', () => {
  it.each([
    ['clear screen', 'a\u001b[2Jb', 'a\\e[2Jb'],
    ['window title (OSC 0, BEL)', '\u001b]0;pwned\u0007', '\\e]0;pwned\\x07'],
    ['OSC 8 hyperlink', '\u001b]8;;http://x\u001b\\y', '\\e]8;;http://x\\e\\y'],
    ['a newline that would forge a line', 'id\nwhosaid: fake', 'id\\nwhosaid: fake'],
    ['carriage return and tab', 'a\rb\tc', 'a\\rb\\tc'],
    ['C1 CSI', 'a\u009bb', 'a\\x9bb'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['bidi override', 'abc\u202Efdp.exe', 'abc\\u202efdp.exe'],
    ['bidi isolate', '\u2067x\u2069', '\\u2067x\\u2069'],
    ['line separator', 'a\u2028b', 'a\\u2028b'],
  ])('%s is shown as a visible escape', (_name, input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });

  it('leaves ordinary text, accents, CJK and emoji alone', () => {
    for (const s of ['Lena Ortiz said “yes”', 'café — naïve', '北京 東京', '👩‍🔬 ok']) expect(escapeForTerminal(s)).toBe(s);
  });

  it('keeps line breaks when asked, and escapes the rest', () => {
    expect(escapeKeepingLines('one\u001b[31m\ntwo')).toBe('one\\e[31m\ntwo');
  });
});

describe('escapeJsonSeparators', () => {
  it('escapes U+2028 and U+2029 and the JSON value stays the same', () => {
    const json = JSON.stringify({ text: 'a\u2028b\u2029c' });
    const out = escapeJsonSeparators(json);
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ text: 'a\u2028b\u2029c' });
  });
  it('leaves other JSON untouched', () => {
    expect(escapeJsonSeparators('{"a":"b"}')).toBe('{"a":"b"}');
  });
});
