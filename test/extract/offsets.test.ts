import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { Quote, Span } from '../../src/types.js';
import { cpSlice, FIXTURES, fixtureIds, parseLines, readFixture, runCli } from '../helpers/index.js';

/** Every span in a list of quotes: the quote, its speaker and the speaker's local mention. */
function spansOf(quotes: Quote[]): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  quotes.forEach((q, i) => {
    out.push([`quote ${i}`, q]);
    if (q.speaker) out.push([`speaker ${i}`, q.speaker]);
    if (q.speaker?.mention) out.push([`mention ${i}`, q.speaker.mention]);
  });
  return out;
}

function expectSpansMatch(text: string, quotes: Quote[]): void {
  for (const [label, s] of spansOf(quotes)) {
    expect(s.start, label).toBeLessThan(s.end);
    expect(cpSlice(text, s.start, s.end), label).toBe(s.text);
  }
}

const ids = fixtureIds();

describe('offsets count code points in the text as read', () => {
  it('finds the fixtures', () => {
    expect(ids).toContain('north-korea-reinforcements');
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(ids)('fixture %s', (id) => {
    const text = readFixture(id);

    it('library: every quote, speaker and mention slices back to its text', () => {
      const quotes = extractQuotes(text);
      expect(quotes.length).toBeGreaterThan(0);
      expectSpansMatch(text, quotes);
    });

    it('CLI JSON: every quote, speaker and mention slices back to its text', async () => {
      const r = await runCli(['--format', 'json', join(FIXTURES, `${id}.txt`)]);
      expect(r.code).toBe(0);
      const [result] = parseLines(r.stdout);
      expect(result!.quotes.length).toBeGreaterThan(0);
      expectSpansMatch(text, result!.quotes);
    });
  });

  it('counts an astral character (emoji, 𝕏) as one, not two UTF-16 units', () => {
    const text = '🎉𝕏 "The vote is final," said Mayor Lena Ortiz. 🙂 "We move on," she added.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(['The vote is final,', 'We move on,']);
    expectSpansMatch(text, quotes);
    // Two astral characters, a space and the mark: the content starts at code point 4 (UTF-16 index 6).
    expect(quotes[0]!.start).toBe(4);
    expect(text.indexOf('The vote')).toBe(6);
    expect(quotes[0]!.speaker).toMatchObject({ text: 'Mayor Lena Ortiz', start: 29, end: 45 });
    expect(quotes[1]!.speaker!.mention).toEqual({ text: 'she', start: 63, end: 66 });
    // The same offsets, read as UTF-16, would point elsewhere.
    expect(text.slice(quotes[1]!.start, quotes[1]!.end)).not.toBe('We move on,');
  });

  it('the CLI drops a leading UTF-8 BOM before counting', async () => {
    const text = '"The vote is final," said Mayor Lena Ortiz.';
    const r = await runCli(['-'], { input: `\uFEFF${text}` });
    expect(r.code).toBe(0);
    const [result] = parseLines(r.stdout);
    expect(result!.quotes[0]).toMatchObject({ text: 'The vote is final,', start: 1, end: 19 });
    expectSpansMatch(text, result!.quotes);
  });
});
