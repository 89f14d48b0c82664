import stringWidthDirect from 'string-width';
import { describe, expect, it } from 'vitest';
import wrapAnsiDirect from 'wrap-ansi';
import { loadWidth, stringWidth, wrapAnsi } from '../../src/output/width.js';

// The cases run in order in one module instance: the first sees the module before anything loaded it.
describe('width (string-width and wrap-ansi loaded on demand)', () => {
  it('refuses to measure before loadWidth() was awaited, rather than guess a width', () => {
    expect(() => stringWidth('abc')).toThrow(/loadWidth/);
    expect(() => wrapAnsi('abc', 2, { hard: true, trim: true })).toThrow(/loadWidth/);
  });

  it.each([
    ['plain ASCII', 'The council met on Monday.', 26],
    ['a wide script: two columns a character', '北京', 4],
    ['an emoji cluster: two columns', '👍', 2],
    ['a combining accent takes none', 'e\u0301', 1],
    ['empty', '', 0],
  ])('after loading, measures as string-width does: %s', async (_name, s, columns) => {
    await loadWidth();
    expect(stringWidth(s)).toBe(columns);
    expect(stringWidth(s)).toBe(stringWidthDirect(s));
  });

  it('wraps as wrap-ansi does, and a second load changes nothing', async () => {
    await loadWidth();
    await loadWidth();
    const text = 'The bridge will reopen in May, the transport ministry said on Monday.';
    expect(wrapAnsi(text, 20, { hard: true, trim: true })).toBe(wrapAnsiDirect(text, 20, { hard: true, trim: true }));
    expect(wrapAnsi(text, 20, { hard: true, trim: true }).split('\n').length).toBeGreaterThan(1);
  });
});
