import { describe, expect, it } from 'vitest';
import { compileGlob, GlobError, hasGlob, splitGlob } from '../../src/batch/glob.js';

const globToRegex = compileGlob;
const mayMatchBelow = (pattern: string, dir: string): boolean => compileGlob(pattern).mayMatchBelow(dir);

describe('compileGlob', () => {
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

describe('matching is linear, and a malformed pattern is an error of its own', () => {
  it('many stars against a long name that does not match take milliseconds, not minutes', () => {
    // a regular expression built from this pattern backtracks exponentially on a name without the final "b"
    const name = 'a'.repeat(200);
    const started = performance.now();
    expect(compileGlob('*a*a*a*a*a*a*b').test(name)).toBe(false);
    expect(compileGlob('*a*a*a*a*a*a*a').test(name)).toBe(true);
    const deep = Array.from({ length: 40 }, () => 'd').join('/');
    expect(compileGlob(`${'**/'.repeat(9)}x.txt`).test(deep)).toBe(false);
    expect(compileGlob(`${'**/'.repeat(9)}x.txt`).test(`${deep}/x.txt`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stars still find the right split when an early guess fails', () => {
    expect(compileGlob('*ab*ac').test('xabyabzac')).toBe(true);
    expect(compileGlob('*ab*ac').test('xabyabzad')).toBe(false);
    expect(compileGlob('a*').test('a')).toBe(true);
    expect(compileGlob('?').test('')).toBe(false);
    expect(compileGlob('[a-c]?[!x]').test('byz')).toBe(true);
    expect(compileGlob('[a-c]?[!x]').test('byx')).toBe(false);
    expect(compileGlob('[]]').test(']')).toBe(true);
    expect(compileGlob('a[b').test('a[b')).toBe(true);
  });

  it('a class range written backwards is a GlobError that names it', () => {
    expect(() => compileGlob('[z-a]*.txt')).toThrow(GlobError);
    expect(() => compileGlob('[z-a]*.txt')).toThrow('range z-a is out of order');
  });
});
