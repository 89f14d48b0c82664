import { describe, expect, it } from 'vitest';
import { globToRegex, hasGlob, mayMatchBelow, splitGlob } from '../../src/batch/glob.js';

describe('globToRegex', () => {
  it('* and ? stay inside one path segment', () => {
    const re = globToRegex('*.txt');
    expect(re.test('a.txt')).toBe(true);
    expect(re.test('dir/a.txt')).toBe(false);
    expect(globToRegex('a?c.md').test('abc.md')).toBe(true);
    expect(globToRegex('a?c.md').test('a/c.md')).toBe(false);
  });

  it('** spans any number of directories, none included', () => {
    const re = globToRegex('**/*.txt');
    expect(re.test('a.txt')).toBe(true);
    expect(re.test('x/a.txt')).toBe(true);
    expect(re.test('x/y/z/a.txt')).toBe(true);
    expect(re.test('x/y/a.md')).toBe(false);
    expect(globToRegex('2016/**').test('2016/01/a.txt')).toBe(true);
  });

  it('escapes regex characters and supports classes', () => {
    expect(globToRegex('a+b(1).txt').test('a+b(1).txt')).toBe(true);
    expect(globToRegex('a+b(1).txt').test('aab(1)xtxt')).toBe(false);
    expect(globToRegex('[ab]*.txt').test('b1.txt')).toBe(true);
    expect(globToRegex('[!ab]*.txt').test('b1.txt')).toBe(false);
    expect(globToRegex('[!ab]*.txt').test('c1.txt')).toBe(true);
  });
});

describe('splitGlob / hasGlob / mayMatchBelow', () => {
  it('starts the walk at the last directory without wildcards', () => {
    expect(splitGlob('articles/2016/*.txt')).toEqual({ base: 'articles/2016', rest: '*.txt' });
    expect(splitGlob('*.txt')).toEqual({ base: '.', rest: '*.txt' });
    expect(splitGlob('/data/**/*.txt')).toEqual({ base: '/data', rest: '**/*.txt' });
    expect(hasGlob('plain/path.txt')).toBe(false);
    expect(hasGlob('a/*.txt')).toBe(true);
  });

  it('prunes directories the pattern cannot reach', () => {
    expect(mayMatchBelow('2016/*/*.txt', '2016')).toBe(true);
    expect(mayMatchBelow('2016/*/*.txt', '2017')).toBe(false);
    expect(mayMatchBelow('*.txt', 'sub')).toBe(false);
    expect(mayMatchBelow('**/*.txt', 'a/b/c')).toBe(true);
  });
});
