import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatStatsJson, formatStatsTable, StatsAggregator } from '../../src/output/stats.js';
import type { Quote, QuoteType, Speaker } from '../../src/types.js';

function q(type: QuoteType, speaker: Partial<Speaker> | null): Quote {
  return {
    text: 'x',
    start: 0,
    end: 1,
    type,
    act: 'statement',
    cue: 'said',
    speaker: speaker && { text: speaker.name ?? 'someone', start: 0, end: 1, name: null, kind: 'person', ...speaker },
    via: [],
  };
}

describe('StatsAggregator', () => {
  it('counts quotes per canonical name and kind, per type, unnamed and unattributed', () => {
    const agg = new StatsAggregator();
    agg.addArticle([q('direct', { name: 'Ana Ruiz' }), q('indirect', { name: 'Pentagon', kind: 'organization' }), q('direct', { name: 'Ana Ruiz' })]);
    agg.addArticle([]);
    agg.addFailure();
    agg.addArticle([
      q('mixed', { name: 'Pentagon', kind: 'organization' }),
      q('indirect', { name: null, kind: 'anonymous', text: 'a source' }),
      q('direct', null),
      q('direct', { name: 'Ana Ruiz' }),
      q('indirect', { name: 'Bo Li' }),
    ]);
    const r = agg.report();
    expect(r.articles).toEqual({ read: 4, succeeded: 3, failed: 1 });
    expect(r.quotes).toBe(8);
    expect(r.byType).toEqual({ direct: 4, indirect: 3, mixed: 1 });
    expect(r.speakers).toEqual([
      { name: 'Ana Ruiz', kind: 'person', count: 3 },
      { name: 'Pentagon', kind: 'organization', count: 2 },
      { name: 'Bo Li', kind: 'person', count: 1 },
    ]);
    expect(r.unnamed).toEqual({ person: 0, organization: 0, anonymous: 1 });
    expect(r.noSpeaker).toBe(1);
    expect(JSON.parse(formatStatsJson(r))).toEqual(r);
  });

  it('keeps one name with two kinds apart, and breaks count ties by name', () => {
    const agg = new StatsAggregator();
    agg.addArticle([q('direct', { name: 'Jordan', kind: 'person' }), q('direct', { name: 'Jordan', kind: 'organization' }), q('direct', { name: 'Adams' })]);
    expect(agg.report().speakers).toEqual([
      { name: 'Adams', kind: 'person', count: 1 },
      { name: 'Jordan', kind: 'organization', count: 1 },
      { name: 'Jordan', kind: 'person', count: 1 },
    ]);
  });

  it('prints a table with the counts and one row per speaker', () => {
    const agg = new StatsAggregator();
    agg.addArticle([q('direct', { name: 'Ana Ruiz' }), q('direct', { name: 'Ana Ruiz' }), q('indirect', { name: 'Bo Li' })]);
    const table = formatStatsTable(agg.report(), new Chalk({ level: 0 }), 1);
    expect(table).toContain('1 article(s) read, 1 succeeded, 0 failed; 3 quote(s)');
    expect(table).toContain('direct 2, indirect 1, mixed 0');
    expect(table).toMatch(/\s2 {2}Ana Ruiz\s+person/);
    expect(table).toContain('… and 1 more');
  });
});
