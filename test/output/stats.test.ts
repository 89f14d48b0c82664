import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameKey, surnameMerges } from '../../src/output/names.js';
import { formatStatsCsv, formatStatsJson, formatStatsTable, monthOf, StatsAggregator } from '../../src/output/stats.js';
import { loadWidth } from '../../src/output/width.js';
import type { Act, Quote, QuoteType, Speaker } from '../../src/types.js';

function q(type: QuoteType, speaker: Partial<Speaker> | null, act: Act = 'statement'): Quote {
  return {
    text: 'x',
    start: 0,
    end: 1,
    type,
    act,
    cue: 'said',
    speaker: speaker && { text: speaker.name ?? 'someone', start: 0, end: 1, name: null, kind: 'person', ...speaker },
    via: [],
  };
}
const person = (name: string, gender: Speaker['gender'] = null): Quote => q('direct', { name, gender });
const plain = new Chalk({ level: 0 });

describe('StatsAggregator', () => {
  it('counts quotes and articles per canonical name and kind, per type, unnamed and unattributed', () => {
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
    expect(r.speakers.map(({ name, kind, quotes, articles }) => ({ name, kind, quotes, articles }))).toEqual([
      { name: 'Ana Ruiz', kind: 'person', quotes: 3, articles: 2 },
      { name: 'Pentagon', kind: 'organization', quotes: 2, articles: 2 },
      { name: 'Bo Li', kind: 'person', quotes: 1, articles: 1 },
    ]);
    expect(r.unnamed).toEqual({ person: 0, organization: 0, anonymous: 1 });
    expect(r.noSpeaker).toBe(1);
    expect(r.by).toEqual([]);
    expect(r.groups).toEqual([]);
    expect(JSON.parse(formatStatsJson(r))).toEqual(r);
  });

  it('keeps one name with two kinds apart, and breaks count ties by name', () => {
    const agg = new StatsAggregator();
    agg.addArticle([q('direct', { name: 'Jordan', kind: 'person' }), q('direct', { name: 'Jordan', kind: 'organization' }), q('direct', { name: 'Adams' })]);
    expect(agg.report().speakers.map((s) => [s.name, s.kind, s.quotes])).toEqual([
      ['Adams', 'person', 1],
      ['Jordan', 'organization', 1],
      ['Jordan', 'person', 1],
    ]);
  });

  it('gives a speaker the gender most of its quotes show, and none when they are even or absent', () => {
    const agg = new StatsAggregator();
    agg.addArticle([person('Ana Ruiz', 'female'), person('Ana Ruiz', null), person('Ana Ruiz', 'female'), person('Bo Li', 'male')]);
    agg.addArticle([person('Bo Li', 'female'), person('Cy Park')]);
    const genders = Object.fromEntries(agg.report().speakers.map((s) => [s.name, s.gender]));
    expect(genders).toEqual({ 'Ana Ruiz': 'female', 'Bo Li': null, 'Cy Park': null });
  });
});

describe('name merging across articles', () => {
  const merged = (...articles: Quote[][]): [string, number, number][] => {
    const agg = new StatsAggregator();
    for (const a of articles) agg.addArticle(a);
    return agg.report().speakers.map((s) => [s.name, s.quotes, s.articles]);
  };

  it('merges a middle initial, a title and an unambiguous surname into the most used full name', () => {
    expect(
      merged(
        [person('Donald Trump'), person('Donald Trump')],
        [person('Donald J. Trump')],
        [person('President Trump'), person('Trump')],
        [person('Trump'), person('Donald Trump')],
      ),
    ).toEqual([['Donald Trump', 7, 4]]);
  });

  it('tells which merged name a name as written went to, itself when it went to two', () => {
    const agg = new StatsAggregator();
    agg.addArticle([person('Donald J. Trump'), person('Hillary Clinton'), person('Clinton')]);
    agg.addArticle([person('Trump'), person('Donald Trump')]);
    agg.addArticle([person('Bill Clinton')]);
    agg.addArticle([person('Clinton')]);
    agg.report();
    expect(agg.mergedName('person', 'Trump')).toBe('Donald Trump');
    expect(agg.mergedName('person', 'Donald J. Trump')).toBe('Donald Trump');
    // "Clinton" is Hillary in the first article and nobody in particular in the fourth
    expect(agg.mergedName('person', 'Clinton')).toBe('Clinton');
    expect(agg.mergedName('organization', 'Trump')).toBe('Trump');
  });

  it('counts an article once when it names the same person two ways', () => {
    expect(merged([person('Trump'), person('Donald Trump'), person('Mr. Trump')])).toEqual([['Donald Trump', 3, 1]]);
  });

  it('keeps people who share a surname apart, and a surname alone apart when it could be either', () => {
    const rows = merged([person('Hillary Clinton'), person('Clinton')], [person('Bill Clinton')], [person('Clinton')]);
    // In the first article "Clinton" can only be Hillary; in the third, the run knows two Clintons.
    expect(rows).toEqual([
      ['Hillary Clinton', 2, 1],
      ['Bill Clinton', 1, 1],
      ['Clinton', 1, 1],
    ]);
  });

  it('keeps a son with "Jr." apart from his father, and does not merge different first names', () => {
    const rows = merged([person('Donald Trump')], [person('Donald Trump Jr.')], [person('Ivana Trump')]);
    expect(rows.map((r) => r[0]).sort()).toEqual(['Donald Trump', 'Donald Trump Jr.', 'Ivana Trump']);
  });

  it('merges organizations written with "the" or another case, not with a person of the same name', () => {
    const agg = new StatsAggregator();
    agg.addArticle([q('direct', { name: 'the Pentagon', kind: 'organization' }), q('direct', { name: 'Pentagon', kind: 'organization' })]);
    agg.addArticle([q('direct', { name: 'PENTAGON', kind: 'organization' }), q('direct', { name: 'Pentagon', kind: 'person' })]);
    expect(agg.report().speakers.map((s) => [s.name, s.kind, s.quotes, s.articles])).toEqual([
      ['Pentagon', 'organization', 3, 2],
      ['Pentagon', 'person', 1, 1],
    ]);
  });

  it('builds keys a reader would agree with', () => {
    expect(nameKey('Sen. Ted  Cruz', 'person')).toBe('ted cruz');
    expect(nameKey('Donald J. Trump', 'person')).toBe('donald trump');
    expect(nameKey('Hillary Rodham Clinton', 'person')).toBe('hillary rodham clinton');
    expect(nameKey('President', 'person')).toBe('president');
    expect(nameKey('The New York Times', 'organization')).toBe('new york times');
    expect(surnameMerges(['donald trump', 'trump', 'clinton', 'bill clinton', 'hillary clinton'])).toEqual(new Map([['trump', 'donald trump']]));
  });
});

describe('--by groups', () => {
  it('counts per outlet and speaker, with group totals; names merged over the whole run', () => {
    const agg = new StatsAggregator({ by: ['outlet'] });
    agg.addArticle([person('Donald Trump'), person('Ana Ruiz')], { outlet: 'Daily Planet' });
    agg.addArticle([person('Donald J. Trump')], { outlet: 'Daily Planet' });
    agg.addArticle([person('Trump'), person('Trump')], { outlet: 'Morning Star' });
    agg.addArticle([person('Ana Ruiz')], {});
    const r = agg.report();
    expect(r.by).toEqual(['outlet']);
    expect(r.groups).toEqual([
      { group: { outlet: 'Daily Planet' }, quotes: 3, articles: 2, speakers: 2 },
      { group: { outlet: 'Morning Star' }, quotes: 2, articles: 1, speakers: 1 },
      { group: { outlet: null }, quotes: 1, articles: 1, speakers: 1 },
    ]);
    // "Trump" alone in Morning Star is the run's only Trump: shown under his full name there too
    expect(formatStatsCsv(r).split('\r\n')).toEqual([
      'outlet,name,kind,gender,quotes,articles,variants',
      'Daily Planet,Donald Trump,person,,2,2,Donald Trump; Donald J. Trump',
      'Daily Planet,Ana Ruiz,person,,1,1,Ana Ruiz',
      'Morning Star,Donald Trump,person,,2,1,Trump',
      ',Ana Ruiz,person,,1,1,Ana Ruiz',
      '',
    ]);
  });

  it('groups by month and year from the date field, and by kind, gender and act from the quote', () => {
    const agg = new StatsAggregator({ by: ['year', 'gender'], dateField: 'published' });
    agg.addArticle([person('Ana Ruiz', 'female'), person('Bo Li', 'male')], { published: '2016-10-23T22:00:00-05:00' });
    agg.addArticle([person('Ana Ruiz', 'female')], { published: 'October 2, 2017' });
    agg.addArticle([person('Ana Ruiz')], { published: 'not a date' });
    expect(agg.report().groups.map((g) => [g.group.year, g.group.gender, g.quotes])).toEqual([
      ['2016', 'female', 1],
      ['2016', 'male', 1],
      ['2017', 'female', 1],
      [null, null, 1],
    ]);
    const acts = new StatsAggregator({ by: ['kind', 'act'] });
    acts.addArticle([q('direct', { name: 'Pentagon', kind: 'organization' }, 'statement'), q('indirect', { name: 'Bo Li' }, 'belief'), q('direct', null)]);
    expect(acts.report().groups.map((g) => g.group)).toEqual([
      { kind: 'organization', act: 'statement' },
      { kind: 'person', act: 'belief' },
      { kind: null, act: 'statement' },
    ]);
  });

  it.each([
    ['2016-10-23', '2016-10'],
    ['2016-1-5', '2016-01'],
    ['20161023', '2016-10'],
    ['2016-10-31T23:30:00-08:00', '2016-10'],
    ['Sun, 23 Oct 2016 10:00:00 GMT', '2016-10'],
    [1477180800, '2016-10'],
    [1477180800000, '2016-10'],
    ['2016-13-01', null],
    ['soon', null],
    [null, null],
    [{ y: 2016 }, null],
  ])('reads the month of %j as %j', (value, month) => {
    expect(monthOf(value)).toBe(month);
  });
});

describe('formatStatsTable', () => {
  beforeAll(loadWidth);

  it('prints the counts, then one row per speaker with quotes, articles, kind and gender', () => {
    const agg = new StatsAggregator();
    agg.addArticle([person('Ana Ruiz', 'female'), person('Ana Ruiz', 'female'), q('indirect', { name: 'Bo Li' })]);
    const table = formatStatsTable(agg.report(), plain, 1);
    expect(table).toContain('1 article(s) read, 1 succeeded, 0 failed; 3 quote(s)');
    expect(table).toContain('direct 2, indirect 1, mixed 0');
    expect(table).toMatch(/\n +QUOTES +ARTICLES +NAME +KIND +GENDER\n +2 +1 +Ana Ruiz +person +female\n/);
    expect(table).toContain('… and 1 more');
  });

  it('aligns wide names and shows escapes in names and group values as visible text', () => {
    const agg = new StatsAggregator({ by: ['outlet'] });
    agg.addArticle([person('习近平'), person('Ana\u001b[2JRuiz')], { outlet: 'Evil\u001b]0;pwned\u0007' });
    const table = formatStatsTable(agg.report(), plain);
    expect(table).not.toContain('\u001b');
    expect(table).not.toContain('\u0007');
    expect(table).toContain('Ana\\e[2JRuiz');
    expect(table).toContain('Evil\\e]0;pwned\\x07');
    const rows = table.split('\n').filter((l) => / person +-$/.test(l));
    // the kind column starts at the same terminal column on both rows (a Chinese character is two columns)
    const kindCol = (line: string): number => {
      const before = line.slice(0, line.indexOf('person'));
      return Array.from(before).reduce((n, ch) => n + (/\p{Script=Han}/u.test(ch) ? 2 : 1), 0);
    };
    expect(rows).toHaveLength(2);
    expect(kindCol(rows[0]!)).toBe(kindCol(rows[1]!));
  });
});
