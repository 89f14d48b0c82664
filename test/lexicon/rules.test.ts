import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/extract/article.js';
import { findDirectQuotes } from '../../src/extract/direct-quotes/index.js';
import { findQuoteSpans } from '../../src/extract/quote-marks.js';
import { findReportedSpeech } from '../../src/extract/reported-speech/index.js';
import { segment } from '../../src/extract/segment.js';
import { extractQuotes } from '../../src/index.js';
import {
  ACT_RULES_DOC,
  BOUNDARY_END_RULES,
  BOUNDARY_START_RULES,
  type BoundaryEntry,
  QUOTE_RULES,
  type RuleEntry,
  SPEAKER_RULES,
} from '../../src/lexicon/rules.js';

/** The quote of the example that the entry is about, and the speaker phrase as written there. */
function run(entry: RuleEntry) {
  const quote = extractQuotes(entry.example, { explain: true, acts: 'all' }).find((q) => q.text === entry.quote);
  const local = quote?.speaker ? (quote.speaker.mention ?? quote.speaker).text : null;
  return { quote, local };
}

// Every rule is documented by an example that must still produce it: the lexicon and the code stay in step.
function expectRule(entry: RuleEntry, field: 'quoteRule' | 'speakerRule'): void {
  const { quote, local } = run(entry);
  expect(quote, `no quote "${entry.quote}" in: ${entry.example}`).toBeDefined();
  expect(quote!.explain?.[field]).toBe(entry.id);
  expect(local).toBe(entry.speaker);
}

describe('quote rules', () => {
  it.each(QUOTE_RULES.map((r) => [r.id, r] as const))('%s', (_id, entry) => expectRule(entry, 'quoteRule'));
});

describe('speaker rules (the resolution sieve)', () => {
  it.each(SPEAKER_RULES.map((r) => [r.id, r] as const))('%s', (_id, entry) => expectRule(entry, 'speakerRule'));

  it('resolves a pronoun to the earlier full mention, keeping the pronoun as the mention', () => {
    const [q] = extractQuotes('Lena Ortiz spoke first. "The bridge will open in May," she said.');
    expect(q!.speaker).toMatchObject({ text: 'Lena Ortiz', name: 'Lena Ortiz', kind: 'person', mention: { text: 'she' } });
  });

  it('never resolves a pronoun to a name inside the statement it attributes', () => {
    const [q] = extractQuotes('Theresa May met the mayor. The bridge will reopen in May, she said.');
    expect(q!.speaker).toMatchObject({ text: 'Theresa May', mention: { text: 'she' } });
  });

  it('does not resolve "she" to a man named before', () => {
    const [q] = extractQuotes('John Barker left early. "The bridge will open in May," she said.');
    // unresolved, so unnamed: anonymous, like every speaker the article does not name (shared/eval/README.md)
    expect(q!.speaker).toMatchObject({ text: 'she', name: null, kind: 'anonymous' });
    expect(q!.speaker!.mention).toBeUndefined();
  });

  it('resolves a back-reference to the fuller mention with the same head noun, intermediaries included', () => {
    const text = 'The plan was reported by a senior ministry source, quoted by Reuters. According to the source, the troops will leave in May.';
    const [q] = extractQuotes(text);
    expect(q!.speaker).toMatchObject({ text: 'a senior ministry source', kind: 'anonymous', mention: { text: 'the source' } });
    expect(q!.via).toEqual(['Reuters']);
  });

  it('takes the name from an appositive ("Hugh Hill, a doctor at the clinic, said")', () => {
    const [q] = extractQuotes('Hugh Hill, a doctor at the clinic, said the ward would close.');
    expect(q!.speaker).toMatchObject({ text: 'Hugh Hill, a doctor at the clinic', name: 'Hugh Hill', kind: 'person' });
  });

  it('drops titles and roles from the name ("Foreign Minister Andrii Sybiha said")', () => {
    const [q] = extractQuotes('Foreign Minister Andrii Sybiha said the talks would resume.');
    expect(q!.speaker).toMatchObject({ text: 'Foreign Minister Andrii Sybiha', name: 'Andrii Sybiha', kind: 'person' });
  });

  it('names a spokesman by the institution he speaks for ("the ministry\'s spokesman said")', () => {
    const [q] = extractQuotes("The Russian Defence Ministry's spokesman said the drills were over.");
    expect(q!.speaker).toMatchObject({ name: 'Ministry of Defence of Russia', kind: 'anonymous' });
  });
});

describe('act rules', () => {
  it.each(ACT_RULES_DOC.map((r) => [r.id, r] as const))('%s', (_id, entry) => {
    const quote = extractQuotes(entry.example, { explain: true, acts: 'all' }).find((q) => q.text === entry.quote);
    expect(quote, `no quote "${entry.quote}" in: ${entry.example}`).toBeDefined();
    expect(quote!.act).toBe(entry.act);
    expect(quote!.explain?.actRule).toBe(entry.id);
  });
});

/**
 * The boundary rules of the candidates the finding stages return, before overlaps are removed: a content ended by
 * a closing attribution ("…, the report said") is nested in that attribution's own and dropped later.
 */
function candidateBoundaries(text: string): Map<string, string | null> {
  const seg = segment(text, findQuoteSpans(text));
  const a = buildArticle(seg, {});
  const direct = findDirectQuotes(a);
  const all = [...direct, ...findReportedSpeech(a, direct).quotes];
  return new Map(all.map((c) => [text.slice(c.start, c.end), c.boundary ? `${c.boundary.start}/${c.boundary.end}` : null]));
}

describe('boundary rules', () => {
  const cases = (side: 0 | 1, list: readonly BoundaryEntry[]) => list.map((r) => [r.id, side, r] as const);
  it.each([...cases(0, BOUNDARY_START_RULES), ...cases(1, BOUNDARY_END_RULES)])('%s (%s: 0 start, 1 end)', (id, side, entry) => {
    const found = candidateBoundaries(entry.example);
    expect(found.has(entry.quote), `no quote "${entry.quote}" in: ${entry.example}`).toBe(true);
    expect(found.get(entry.quote)?.split('/')[side]).toBe(id);
  });

  it('--explain prints where the content starts and ends, and the direct quote is bounded by its marks', () => {
    const text = '"The vote was fair," the mayor said. She said the bridge is safe, even though engineers found cracks.';
    const rules = extractQuotes(text, { explain: true }).map((q) => [q.text, q.explain?.boundaryRule]);
    expect(rules).toEqual([
      ['The vote was fair,', 'quote-marks/quote-marks'],
      ['the bridge is safe', 'after-cue/clause-turn'],
    ]);
  });

  it('names "after-that" only when a "that" was left out', () => {
    const [withThat] = extractQuotes('The mayor said that the bridge is safe.', { explain: true });
    const [without] = extractQuotes('The mayor said the bridge is safe.', { explain: true });
    expect(withThat!.explain?.boundaryRule).toBe('after-that/sentence-end');
    expect(without!.explain?.boundaryRule).toBe('after-cue/sentence-end');
  });
});

describe('statements that are not quotes', () => {
  it.each([
    'He said nothing.',
    'She said so.',
    "The so-called 'peace plan' was never published.",
    'The report was said to be incomplete.',
    'He did not say whether the plant would close.',
    'The secretary of state and the mayor met on Monday.',
    'Two conference calls were held last week.',
    'The jobs report cheered investors on Friday.',
    'Some 310 pledged votes will be at stake.',
    'Dozens more showed up to hear Ortiz.',
    'Marlow repeated that approach in her speech last week.',
    'Farmers get one credit line and draw what they need.',
  ])('%s', (text) => {
    expect(extractQuotes(text, { acts: 'all' })).toEqual([]);
  });
});

describe('documentation', () => {
  it('the README explains every rule id that --explain can print', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const { id } of [...QUOTE_RULES, ...SPEAKER_RULES]) expect(readme, id).toContain(`\`${id}\``);
  });
});
