// The word-class table as the build writes it and as each thread reads it back at start-up.
import { describe, expect, it } from 'vitest';
import { fromCompromise, KNOWN, PLACE, toFile, VERB } from '../../src/lexicon/word-classes.js';

describe('the word-class file', () => {
  const built = fromCompromise();
  const file = toFile(built);

  it('holds every word once, one string per class combination, words split by a line break', () => {
    const back = new Map<string, number>();
    for (const [bits, words] of Object.entries(file.classes)) {
      expect(typeof words).toBe('string');
      for (const w of words.split('\n')) {
        expect(back.has(w)).toBe(false);
        back.set(w, Number(bits));
      }
    }
    expect(back).toEqual(built.table);
    expect(back.size).toBeGreaterThan(20_000);
  });

  it('is read back by the built module with the classes compromise gives', async () => {
    // The module under dist reads dist/lexicon/word-classes.json (the sources under vitest build the table).
    const dist = (await import('../../dist/lexicon/word-classes.js')) as typeof import('../../src/lexicon/word-classes.js');
    for (const [word, bits] of built.table) if (dist.classesOf(word) !== bits) expect.fail(`${word}: ${dist.classesOf(word)} != ${bits}`);
    expect(dist.classesOf('said') & VERB).toBe(VERB);
    expect(dist.classesOf('france') & PLACE).toBe(PLACE);
    expect(dist.classesOf('zzqxv') & KNOWN).toBe(0);
  });

  it('refuses a word with a line break, which would come back as two', () => {
    const table = new Map([
      ['ok', KNOWN],
      ['two\nwords', KNOWN],
    ]);
    expect(() => toFile({ version: 'x', table })).toThrow(/line break/);
  });
});
