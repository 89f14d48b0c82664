import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { CUE_VERBS, isIngForm } from '../../src/lexicon/index.js';
import { type PhraseGroup, REGISTRY, type WordGroup } from '../../src/lexicon/list.js';
import { CUE_FILTERS } from '../../src/lexicon/rules.js';

// The lexicon's own lint: every list is one concept, with reasons, used somewhere, without duplicates.

const SRC = new URL('../../src/', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const files = sources(SRC).map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
const entriesOf = (groups: readonly (WordGroup | PhraseGroup)[]): string[] =>
  groups.flatMap((g) => ('words' in g ? g.words : g.phrases.map((p) => p.join(' '))));

describe('word lists', () => {
  it('are registered (the lists the stages use are data in src/lexicon)', () => {
    expect(REGISTRY.length).toBeGreaterThan(40);
  });

  it.each(REGISTRY.map((l) => [l.id, l] as const))('%s: no duplicate entries', (_id, list) => {
    const entries = entriesOf(list.groups as readonly (WordGroup | PhraseGroup)[]);
    const dups = entries.filter((w, i) => entries.indexOf(w) !== i);
    expect(dups).toEqual([]);
  });

  it.each(REGISTRY.map((l) => [l.id, l] as const))('%s: every group has a reason and entries', (_id, list) => {
    expect(list.groups.length).toBeGreaterThan(0);
    for (const g of list.groups) {
      expect(g.reason.trim().length, JSON.stringify(g)).toBeGreaterThan(8);
      expect(entriesOf([g]).length).toBeGreaterThan(0);
    }
  });

  it.each(REGISTRY.map((l) => [l.id, l] as const))('%s: is used in src/ outside the file that defines it', (id) => {
    const defining = files.filter((f) => new RegExp(`export const ${id}\\b`).test(f.text));
    expect(defining, `${id} is defined once`).toHaveLength(1);
    const users = files.filter((f) => f !== defining[0] && new RegExp(`\\b${id}\\b`).test(f.text));
    expect(users.length, `${id} is used`).toBeGreaterThan(0);
  });

  it('ids are unique', () => {
    const ids = REGISTRY.map((l) => l.id);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
  });
});

describe('cue verbs', () => {
  it('every verb carries a reason', () => {
    const missing = CUE_VERBS.filter((v) => !v.reason || v.reason.trim().length < 8).map((v) => v.lemma);
    expect(missing).toEqual([]);
  });

  it('no verb is listed twice with the same particle and class', () => {
    const keys = CUE_VERBS.map((v) => `${v.lemma} ${v.particle ?? ''} ${v.class}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('cue filters (the reported-speech sieve stops there)', () => {
  it.each(CUE_FILTERS.map((f) => [f.id, f] as const))('%s', (_id, filter) => {
    const quotes = extractQuotes(filter.example);
    expect(
      quotes.map((q) => q.cue),
      filter.example,
    ).not.toContain(filter.cue);
    // The cue word is really in the example, so the filter had something to stop.
    expect(filter.example).toContain(filter.cue);
    if ('speaker' in filter) expect(quotes.map((q) => q.speaker?.text)).toContain(filter.speaker);
  });
});

describe('"-ing" forms', () => {
  it.each([
    ['saying', true],
    ['being', true],
    ['trying', true],
    ['handing', true],
    // Words that only end in "ing": no vowel before it.
    ['bring', false],
    ['sing', false],
    ['string', false],
    ['thing', false],
    ['said', false],
  ] as const)('%s → %s', (word, ing) => {
    expect(isIngForm(word)).toBe(ing);
  });
});
