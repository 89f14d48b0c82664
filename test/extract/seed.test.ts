import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import { cpSlice, readFixture } from '../helpers/index.js';

// The seed article (fixtures/north-korea-reinforcements.txt) and its three direct quotes.
const text = readFixture('north-korea-reinforcements');
const quotes = extractQuotes(text);
const direct = quotes.filter((q) => q.type === 'direct');

describe('seed article: north-korea-reinforcements', () => {
  it('has three direct quotes, in order, with their exact spans', () => {
    expect(direct.map((q) => [q.start, q.end])).toEqual([
      [71, 296],
      [377, 634],
      [1422, 1740],
    ]);
    for (const q of direct) expect(cpSlice(text, q.start, q.end)).toBe(q.text);
    expect(direct[0]!.text.startsWith('North Korea is presumed')).toBe(true);
    expect(direct[2]!.text.endsWith('killed by mid-January,')).toBe(true);
  });

  it('names JCS, JCS and BBC with their kind, cue and via', () => {
    expect(direct.map((q) => ({ name: q.speaker?.name, kind: q.speaker?.kind, cue: q.cue, via: q.via }))).toEqual([
      { name: 'JCS', kind: 'organization', cue: 'informed', via: ['Yonhap'] },
      { name: 'JCS', kind: 'organization', cue: 'noted', via: [] },
      { name: 'BBC', kind: 'organization', cue: 'reported', via: ['Western intelligence'] },
    ]);
  });

  it('keeps the whole noun phrase as the speaker span', () => {
    expect(direct.map((q) => q.speaker && { text: q.speaker.text, start: q.speaker.start, end: q.speaker.end })).toEqual([
      { text: 'the Joint Chiefs of Staff (JCS) of South Korea', start: 307, end: 353 },
      { text: 'the JCS', start: 642, end: 649 },
      { text: 'the Russian section of the BBC', start: 1751, end: 1781 },
    ]);
  });

  it('does not report "cannon fodder" as a quote of its own', () => {
    expect(quotes.some((q) => q.text.replace(/[\s",.]+/g, ' ').trim() === 'cannon fodder')).toBe(false);
    // It appears twice (headline and body); neither is a quote's whole content.
    const at = [...text.matchAll(/cannon fodder/g)].map((m) => m.index);
    expect(at).toHaveLength(2);
    expect(quotes.some((q) => at.includes(q.start))).toBe(false);
  });

  it('resolves "the source" to the Pentagon source quoted by the NYT', () => {
    const q = quotes.find((x) => x.cue === 'According to');
    expect(q).toMatchObject({
      type: 'indirect',
      speaker: {
        text: 'a high-ranking U.S. Department of Defense source',
        name: 'Pentagon',
        kind: 'anonymous',
        mention: { text: 'the source', start: 842, end: 852 },
      },
      via: ['New York Times'],
    });
  });
});
