import { describe, expect, it } from 'vitest';
import {
  checkFloor,
  contextOf,
  FloorsFormatError,
  formatErrorLine,
  type GoldArticle,
  GoldFormatError,
  type GoldQuote,
  type GoldSpeaker,
  judgeArticle,
  parseFloors,
  parseGold,
  report,
  scoreSet,
  spansMatch,
  trimRange,
  viewOf,
} from '../../src/eval/index.js';
import type { Quote, QuoteType, Speaker } from '../../src/types.js';
import { spanOf } from '../helpers/index.js';

// Invented article; ASCII only, so string indices are code points.
const ARTICLE =
  'Mayor Lena Ortiz said the bridge will reopen in May. "We are ahead of schedule," she told reporters. ' +
  'The council called the plan a "bold gamble" on Tuesday. Critics said the "bold gamble" would cost more than promised.';

const at = (sub: string, nth = 0, text = ARTICLE) => spanOf(text, sub, nth);

function goldSpeaker(sub: string, name: string | null, mention?: string): GoldSpeaker {
  const s: GoldSpeaker = { ...at(sub), name, kind: 'person' };
  if (mention) s.mention = at(mention);
  return s;
}

function gq(sub: string, type: QuoteType, cue: string | null, speaker: GoldSpeaker | null): GoldQuote {
  return { ...at(sub), type, cue, speaker };
}

function fq(span: { text: string; start: number; end: number }, type: QuoteType, speaker: Speaker | null = null, cue: string | null = 'said'): Quote {
  return { ...span, type, act: 'statement', cue, speaker, via: [] };
}

function spk(sub: string, name: string | null = null, nth = 0): Speaker {
  return { ...at(sub, nth), name, kind: 'person' };
}

const ORTIZ = goldSpeaker('Mayor Lena Ortiz', 'Lena Ortiz', 'she');
const BRIDGE = gq('the bridge will reopen in May', 'indirect', 'said', goldSpeaker('Mayor Lena Ortiz', 'Lena Ortiz'));
const SCHEDULE = gq('We are ahead of schedule', 'direct', 'told', ORTIZ);

function gold(quotes: GoldQuote[], optional: GoldQuote[] = [], notQuotes: string[] = []): GoldArticle {
  return { quotes, optional, notQuotes: notQuotes.map((text) => ({ text })) };
}

describe('trimming and the overlap rule', () => {
  it('trims spaces and punctuation at both edges', () => {
    const chars = Array.from('  "Yes, we will."  ');
    const r = trimRange(chars, 0, chars.length);
    expect(chars.slice(r.start, r.end).join('')).toBe('Yes, we will');
  });

  it('judges a found span with quote marks and comma as an exact match', () => {
    const withMarks = at('"We are ahead of schedule,"');
    const j = judgeArticle(ARTICLE, gold([SCHEDULE]), [fq(withMarks, 'direct', spk('she'), 'told')]);
    expect(j.counts.matched).toBe(1);
    expect(j.counts.exact).toBe(1);
    expect(report('t', 1, j.counts).exactF1).toBe(1);
  });

  it('matches at half of the longer span and not just below it', () => {
    expect(spansMatch({ start: 0, end: 20 }, { start: 10, end: 30 })).toBe(true); // 10 of 20
    expect(spansMatch({ start: 0, end: 20 }, { start: 9, end: 29 })).toBe(true); // 11 of 20
    expect(spansMatch({ start: 0, end: 20 }, { start: 11, end: 31 })).toBe(false); // 9 of 20
    // The longer span decides: 9 chars inside a 9-char span, but only 9 of a 19-char one.
    expect(spansMatch({ start: 0, end: 19 }, { start: 0, end: 9 })).toBe(false);
    expect(spansMatch({ start: 0, end: 18 }, { start: 0, end: 9 })).toBe(true);
    expect(spansMatch({ start: 5, end: 5 }, { start: 5, end: 5 })).toBe(false);
  });

  it('applies the rule to trimmed spans in judgeArticle', () => {
    // gold "the bridge will reopen in May" is 29 chars; 14 shared chars is below half, 15 is half or more.
    const g = gold([BRIDGE]);
    const below = { text: '', start: BRIDGE.start + 15, end: BRIDGE.end + 20 };
    const above = { text: '', start: BRIDGE.start + 14, end: BRIDGE.end };
    expect(judgeArticle(ARTICLE, g, [fq(below, 'indirect')]).counts.matched).toBe(0);
    expect(judgeArticle(ARTICLE, g, [fq(above, 'indirect')]).counts.matched).toBe(1);
  });
});

describe('pairing', () => {
  it('pairs best overlap first, one to one', () => {
    const text = 'aaaaaaaaaa' + 'bbbbbbbbbbbbbbbbbbbb';
    const g: GoldArticle = {
      quotes: [
        { text: 'aaaaaaaaaa', start: 0, end: 10, type: 'direct', cue: null, speaker: null },
        { text: 'b'.repeat(20), start: 10, end: 30, type: 'direct', cue: null, speaker: null },
      ],
      optional: [],
      notQuotes: [],
    };
    // The first found quote could take either gold quote; greedy in found order would give it B and leave
    // the exact find of B unmatched.
    const found = [fq({ text: '', start: 0, end: 20 }, 'direct'), fq({ text: '', start: 10, end: 30 }, 'direct')];
    const j = judgeArticle(text, g, found);
    expect(j.counts.matched).toBe(2);
    expect(j.counts.falsePositives).toBe(0);
    expect(j.counts.exact).toBe(1);
  });

  it('ranks by overlap in characters, not by how closely the lengths fit', () => {
    const text = 'x'.repeat(60);
    const g: GoldArticle = { quotes: [{ text: 'x'.repeat(40), start: 0, end: 40, type: 'direct', cue: null, speaker: null }], optional: [], notQuotes: [] };
    // [0,60) shares 40 characters (40/60 of the longer); [0,30) shares 30 (30/40): the first wins.
    const j = judgeArticle(text, g, [fq({ text: '', start: 0, end: 30 }, 'direct'), fq({ text: '', start: 0, end: 60 }, 'direct')]);
    expect(j.errors.map((e) => [e.kind, e.start, e.end])).toEqual([['FP', 0, 30]]);
  });

  it('counts a duplicate find as a false positive', () => {
    const j = judgeArticle(ARTICLE, gold([SCHEDULE]), [
      fq(at('We are ahead of schedule'), 'direct', spk('she')),
      fq(at('We are ahead of schedule'), 'direct', spk('she')),
    ]);
    expect(j.counts).toMatchObject({ matched: 1, falsePositives: 1 });
    // NAME: the gold names Lena Ortiz, the find has no name (the speaker "she" itself is right).
    expect(j.errors.map((e) => e.kind)).toEqual(['FP', 'NAME']);
  });
});

describe('optional and notQuotes', () => {
  const sentence = gq('The council called the plan a "bold gamble" on Tuesday', 'mixed', 'called', null);
  const nested = gq('the plan a "bold gamble"', 'mixed', 'called', null);

  it('lets an optional quote absorb a find: it counts neither way', () => {
    const j = judgeArticle(ARTICLE, gold([BRIDGE], [nested]), [
      fq(at('the bridge will reopen in May'), 'indirect'),
      fq(at('the plan a "bold gamble"'), 'mixed'),
    ]);
    expect(j.counts).toMatchObject({ found: 2, absorbed: 1, matched: 1, falsePositives: 0 });
    const r = report('t', 1, j.counts);
    expect(r.quote.p).toBe(1);
    expect(r.quote.r).toBe(1);
    expect(r.found).toBe(2);
  });

  it('credits a find to the required quote before an optional one', () => {
    // Both spans overlap the find enough; the required quote must get it, not the nested optional one.
    const outer = gq('the plan a "bold gamble" on Tuesday', 'mixed', 'called', null);
    const inner = gq('the plan a "bold gamble" on', 'mixed', 'called', null);
    const j = judgeArticle(ARTICLE, gold([outer], [inner]), [fq(at('the plan a "bold gamble" on'), 'mixed')]);
    expect(j.counts).toMatchObject({ matched: 1, absorbed: 0, falsePositives: 0 });
  });

  it('counts a find on a notQuotes string as one false positive, even where an optional quote covers it', () => {
    const boldGamble = at('bold gamble', 1); // the second occurrence, in the critics' sentence
    const optionalThere = gq('bold gamble', 'direct', null, null);
    optionalThere.start = boldGamble.start;
    optionalThere.end = boldGamble.end;
    const j = judgeArticle(ARTICLE, gold([sentence], [optionalThere], ['bold gamble']), [fq(boldGamble, 'direct')]);
    expect(j.counts).toMatchObject({ found: 1, absorbed: 0, matched: 0, falsePositives: 1, notQuoteHits: 1 });
    expect(j.errors.filter((e) => e.kind === 'FP')).toHaveLength(1);
    expect(j.errors.find((e) => e.kind === 'FP')?.notQuote).toBe('bold gamble');
  });

  it('hits a notQuote when the find is mostly that string, not when the string is a small part of it', () => {
    const hit = judgeArticle(ARTICLE, gold([], [], ['bold gamble']), [fq(at('"bold gamble" on'), 'direct')]);
    expect(hit.counts.notQuoteHits).toBe(1);
    const wide = judgeArticle(ARTICLE, gold([], [], ['bold gamble']), [fq(at('The council called the plan a "bold gamble" on Tuesday'), 'mixed')]);
    expect(wide.counts).toMatchObject({ notQuoteHits: 0, falsePositives: 1 });
  });

  it('finds a notQuotes string after astral characters (offsets in code points)', () => {
    // eight astral characters: two UTF-16 units each, one code point each; read as UTF-16, every place would
    // sit eight characters late and miss the find
    const text = `${'😀'.repeat(8)} Critics called it a "bold gamble" on Tuesday.`;
    // a find that is mostly the string, not the string itself, so only its place can tell
    const find = at('bold gamble" on', 0, text); // in code points, as the tool's output counts
    expect(find.start).toBe(8 + ' Critics called it a "'.length);
    expect(judgeArticle(text, gold([], [], ['bold gamble']), [fq(find, 'direct')]).counts).toMatchObject({ notQuoteHits: 1, falsePositives: 1 });
  });
});

describe('speakers', () => {
  const find = (speaker: Speaker | null) => judgeArticle(ARTICLE, gold([SCHEDULE]), [fq(at('We are ahead of schedule'), 'direct', speaker, 'told')]);

  it('accepts the local mention for the full gold speaker, and the full one', () => {
    expect(find(spk('she')).counts.speakerRight).toBe(1);
    expect(find(spk('Lena Ortiz')).counts.speakerRight).toBe(1);
    const viaMention: Speaker = { ...spk('Mayor Lena Ortiz'), mention: at('she') };
    expect(find(viaMention).counts.speakerRight).toBe(1);
  });

  it('rejects a speaker elsewhere, and no speaker', () => {
    const wrong = find(spk('The council'));
    expect(wrong.counts.speakerRight).toBe(0);
    expect(wrong.errors.map((e) => e.kind)).toEqual(['SPKR']);
    expect(find(null).counts.speakerRight).toBe(0);
    expect(find({ text: '', start: 0, end: 0, name: null, kind: 'anonymous' }).counts.noSpeaker).toBe(1);
  });

  it('accepts agreeing canonical names despite case, "the" and punctuation', () => {
    const g = gold([gq('the bridge will reopen in May', 'indirect', 'said', { ...at('Mayor Lena Ortiz'), name: "Mayor's Office", kind: 'organization' })]);
    const found = fq(at('the bridge will reopen in May'), 'indirect', { ...spk('Critics'), name: 'the mayors office' });
    const j = judgeArticle(ARTICLE, g, [found]);
    expect(j.counts).toMatchObject({ speakerRight: 1, nameJudged: 1, nameRight: 1 });
    const other = judgeArticle(ARTICLE, g, [fq(at('the bridge will reopen in May'), 'indirect', { ...spk('Critics'), name: 'City Council' })]);
    expect(other.counts).toMatchObject({ speakerRight: 0, nameJudged: 1, nameRight: 0 });
  });

  it('with no gold speaker, only a find without speaker is right', () => {
    const g = gold([gq('the bridge will reopen in May', 'indirect', 'said', null)]);
    expect(judgeArticle(ARTICLE, g, [fq(at('the bridge will reopen in May'), 'indirect', null)]).counts.speakerRight).toBe(1);
    expect(judgeArticle(ARTICLE, g, [fq(at('the bridge will reopen in May'), 'indirect', spk('Critics'))]).counts.speakerRight).toBe(0);
  });

  it('compares cues ignoring case', () => {
    const j = judgeArticle(ARTICLE, gold([SCHEDULE]), [fq(at('We are ahead of schedule'), 'direct', spk('she'), 'TOLD')]);
    expect(j.counts.cueRight).toBe(1);
  });
});

describe('figures', () => {
  it('counts per type as the README says (recall over gold of the type, precision over found of the type) and reports the confusion', () => {
    const found = [
      fq(at('the bridge will reopen in May'), 'indirect', spk('Mayor Lena Ortiz')),
      fq(at('We are ahead of schedule'), 'mixed', spk('she')), // gold says direct
    ];
    const j = judgeArticle(ARTICLE, gold([BRIDGE, SCHEDULE]), found);
    const r = report('t', 1, j.counts);
    expect(r.quote).toEqual({ p: 1, r: 1, f1: 1 });
    expect(r.byType.indirect).toEqual({ p: 1, r: 1, f1: 1, speakerAcc: 1 });
    expect(r.byType.direct).toEqual({ p: null, r: 1, f1: 0, speakerAcc: 1 });
    expect(r.byType.mixed).toEqual({ p: 1, r: null, f1: 0, speakerAcc: null });
    expect(r.typeAcc).toBe(0.5);
    expect(j.errors.map((e) => e.kind)).toEqual(['NAME', 'NAME', 'TYPE']);
  });

  it('separates exact-span F1 from overlap F1', () => {
    const loose = { text: '', start: BRIDGE.start, end: BRIDGE.end - 4 }; // "... reopen in"
    const j = judgeArticle(ARTICLE, gold([BRIDGE, SCHEDULE]), [fq(loose, 'indirect'), fq(at('We are ahead of schedule'), 'direct')]);
    const r = report('t', 1, j.counts);
    expect(r.quote.f1).toBe(1);
    expect(r.exactF1).toBe(0.5);
  });

  it('micro-averages over a set: sums counts, then divides', () => {
    const right = { text: ARTICLE, gold: gold([BRIDGE]), found: [fq(at('the bridge will reopen in May'), 'indirect', spk('Mayor Lena Ortiz'))] };
    const empty = { text: ARTICLE, gold: gold([BRIDGE, SCHEDULE, gq('bold gamble', 'direct', null, null)]), found: [] };
    const { report: r } = scoreSet('two', [right, empty]);
    expect(r.articles).toBe(2);
    expect(r.gold).toBe(4);
    expect(r.quote.r).toBe(0.25); // a macro average would say 0.5
    expect(r.quote.p).toBe(1);
    expect(r.quote.f1).toBeCloseTo(0.4, 10);
    expect(r.endToEnd).toEqual({ p: 1, r: 0.25, f1: 0.4 });
    expect(r.speakerAcc).toBe(1);
    expect(r.unknownSpeakerRate).toBe(0);
  });

  it('uses null where there is nothing to divide by', () => {
    const none = report('t', 1, judgeArticle(ARTICLE, gold([BRIDGE]), []).counts);
    expect(none.quote).toEqual({ p: null, r: 0, f1: 0 });
    expect(none.speakerAcc).toBeNull();
    expect(none.nameAcc).toBeNull();
    expect(none.cueAcc).toBeNull();
    expect(none.unknownSpeakerRate).toBeNull();
    const empty = report('t', 1, judgeArticle(ARTICLE, gold([]), []).counts);
    expect(empty.quote).toEqual({ p: null, r: null, f1: null });
    expect(empty.exactF1).toBeNull();
  });
});

describe('gold files', () => {
  it('accepts a well-formed gold and defaults the lists', () => {
    const g = parseGold({ quotes: [{ ...at('bold gamble'), type: 'direct', cue: null, speaker: null }] }, ARTICLE);
    expect(g.optional).toEqual([]);
    expect(g.notQuotes).toEqual([]);
  });

  it('rejects offsets that do not point at the text, and unknown types', () => {
    const wrongOffsets = { quotes: [{ text: 'bold gamble', start: 0, end: 11, type: 'direct', cue: null, speaker: null }] };
    expect(() => parseGold(wrongOffsets, ARTICLE)).toThrow(GoldFormatError);
    expect(() => parseGold({ quotes: [{ ...at('bold gamble'), type: 'quoted' }] }, ARTICLE)).toThrow(/type/);
    expect(() => parseGold([], ARTICLE)).toThrow(GoldFormatError);
  });

  it('counts offsets in code points', () => {
    const text = '😀 Ann said "fine" today.';
    const g = parseGold({ quotes: [{ text: 'fine', start: 12, end: 16, type: 'direct', cue: 'said', speaker: null }], notQuotes: [{ text: 'today' }] }, text);
    const j = judgeArticle(text, g, [fq({ text: 'fine', start: 12, end: 16 }, 'direct'), fq({ text: 'today', start: 18, end: 23 }, 'direct')]);
    expect(j.counts).toMatchObject({ matched: 1, exact: 1, notQuoteHits: 1 });
  });
});

describe('error lines', () => {
  it('prints one tab-separated, greppable line per item with a bracketed context', () => {
    const text = 'Intro line.\nShe said "we will win the vote easily" and left.';
    const g = parseGold(
      {
        quotes: [
          { text: 'we will win the vote easily', start: 22, end: 49, type: 'direct', cue: 'said', speaker: { text: 'She', start: 12, end: 15, name: null } },
        ],
      },
      text,
    );
    const j = judgeArticle(text, g, []);
    const line = formatErrorLine('set/article-1', j.errors[0]!);
    expect(line.split('\t').slice(0, 4)).toEqual(['MISS', 'set/article-1', 'direct', '22-49']);
    expect(line).toContain('Intro line.⏎She said "[we will win the vote easily]" and left.');
    expect(line).toContain('speaker="She"');
    expect(line).toContain('cue=said');
  });

  it('shows about 40 characters either side', () => {
    const chars = Array.from(`${'x'.repeat(100)}SPAN${'y'.repeat(100)}`);
    expect(contextOf(chars, 100, 104)).toBe(`…${'x'.repeat(40)}[SPAN]${'y'.repeat(40)}…`);
  });
});

describe('floors', () => {
  const r = report('s', 1, judgeArticle(ARTICLE, gold([BRIDGE, SCHEDULE]), [fq(at('the bridge will reopen in May'), 'indirect', null)]).counts);

  it('reads dotted paths with an optional comparison, >= by default', () => {
    const floors = parseFloors({ s: { 'quote.f1': 0.6, 'unknownSpeakerRate<': 0.05, 'byType.direct.speakerAcc >=': 0.9 } });
    expect(floors).toEqual([
      { set: 's', metric: 'quote.f1', op: '>=', bound: 0.6 },
      { set: 's', metric: 'unknownSpeakerRate', op: '<', bound: 0.05 },
      { set: 's', metric: 'byType.direct.speakerAcc', op: '>=', bound: 0.9 },
    ]);
    const [f1, unknown, direct] = floors.map((f) => checkFloor(r, f));
    expect(f1).toMatchObject({ value: 2 / 3, ok: true });
    expect(unknown).toMatchObject({ value: 1, ok: false });
    expect(direct).toMatchObject({ value: null, ok: false }); // nothing to measure is not a pass
  });

  it('is strict about < and lenient about <=', () => {
    expect(checkFloor(r, { set: 's', metric: 'quote.r', op: '<', bound: 0.5 }).ok).toBe(false);
    expect(checkFloor(r, { set: 's', metric: 'quote.r', op: '<=', bound: 0.5 }).ok).toBe(true);
    expect(checkFloor(r, { set: 's', metric: 'quote.r', op: '>', bound: 0.5 }).ok).toBe(false);
  });

  it('rejects unknown metrics and non-numbers', () => {
    expect(() => parseFloors({ s: { 'quote.f2': 0.5 } })).toThrow(FloorsFormatError);
    expect(() => parseFloors({ s: { 'quote.f1': '0.5' } })).toThrow(FloorsFormatError);
    expect(() => parseFloors({ s: { 'quote.f1 =>': 0.5 } })).toThrow(FloorsFormatError);
    expect(() => parseFloors([1])).toThrow(FloorsFormatError);
  });
});

describe('the statements view, acts, kinds, genders and sources (shared/eval/README.md)', () => {
  const belief = { ...BRIDGE, act: 'belief' as const };
  const statement = { ...SCHEDULE, act: 'statement' as const };

  it('a gold quote whose act is not a statement is optional in the statements view, required in the all view', () => {
    const g = gold([belief, statement]);
    expect(viewOf(g, ['statement']).quotes).toEqual([statement]);
    expect(viewOf(g, ['statement']).optional).toEqual([belief]);
    expect(viewOf(g, 'all')).toBe(g);
    expect(viewOf(g, ['statement', 'belief']).quotes).toHaveLength(2);
    // A gold quote without an act (sets that do not annotate acts) stays required in every view.
    expect(viewOf(gold([BRIDGE]), ['statement']).quotes).toEqual([BRIDGE]);
  });

  it('missing the belief costs recall in the all view and nothing in the statements view', () => {
    const found = [fq(at('We are ahead of schedule'), 'direct', spk('she', 'Lena Ortiz'))];
    const all = report('t', 1, judgeArticle(ARTICLE, viewOf(gold([belief, statement]), 'all'), found).counts, 'all');
    const st = report('t', 1, judgeArticle(ARTICLE, viewOf(gold([belief, statement]), ['statement']), found).counts);
    expect(all.quote.r).toBe(0.5);
    expect(st.quote).toEqual({ p: 1, r: 1, f1: 1 });
    expect(st.view).toBe('statements');
    expect(all.byAct.belief).toEqual({ p: null, r: 0, f1: 0 });
    expect(all.byAct.statement).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('a found quote is counted under its act', () => {
    const found: Quote[] = [{ ...fq(at('the bridge will reopen in May'), 'indirect', spk('Mayor Lena Ortiz', 'Lena Ortiz')), act: 'belief' }];
    const r = report('t', 1, judgeArticle(ARTICLE, gold([belief]), found).counts, 'all');
    expect(r.byAct.belief).toEqual({ p: 1, r: 1, f1: 1 });
    expect(r.byAct.statement).toEqual({ p: null, r: null, f1: null });
  });

  it('trims a leading complementizer "that" before comparing spans', () => {
    const text = 'She said that the plan is sound.';
    const chars = Array.from(text);
    const withThat = trimRange(chars, 9, 31);
    const without = trimRange(chars, 14, 31);
    expect(withThat).toEqual(without);
    // Not a word that merely starts with "that", and not a capitalised demonstrative.
    expect(trimRange(Array.from('thatched roofs'), 0, 14)).toEqual({ start: 0, end: 14 });
    expect(trimRange(Array.from('That is false'), 0, 13)).toEqual({ start: 0, end: 13 });
  });

  it('trims a complementizer "that" followed by a comma or a quotation mark, not "that\'s"', () => {
    const text = 'She said that, in the end, the plan is sound.';
    const chars = Array.from(text);
    expect(trimRange(chars, 9, 44)).toEqual(trimRange(chars, 15, 44));
    const quoted = Array.from('He said that“the plan is sound”');
    expect(trimRange(quoted, 8, 31)).toEqual(trimRange(quoted, 13, 30));
    // "that's" is a pronoun with its verb: kept.
    expect(trimRange(Array.from("that's a sound plan"), 0, 19)).toEqual({ start: 0, end: 19 });
    expect(trimRange(Array.from('that’s a sound plan'), 0, 19)).toEqual({ start: 0, end: 19 });
  });

  it('judges kinds and genders only where the gold has them', () => {
    const g = gold([{ ...SCHEDULE, speaker: { ...ORTIZ, kind: 'person', gender: 'female' } }]);
    const right = { ...spk('she', 'Lena Ortiz'), gender: 'female' as const };
    const j1 = judgeArticle(ARTICLE, g, [fq(at('We are ahead of schedule'), 'direct', right)]);
    expect(j1.counts).toMatchObject({ kindJudged: 1, kindRight: 1, genderJudged: 1, genderGiven: 1, genderRight: 1 });
    const wrong = { ...spk('she', 'Lena Ortiz'), kind: 'organization' as const, gender: 'male' as const };
    const j2 = judgeArticle(ARTICLE, g, [fq(at('We are ahead of schedule'), 'direct', wrong)]);
    expect(j2.counts).toMatchObject({ kindJudged: 1, kindRight: 0, genderGiven: 1, genderRight: 0 });
    expect(j2.errors.map((e) => e.kind)).toEqual(['KIND']);
    const none = judgeArticle(ARTICLE, g, [fq(at('We are ahead of schedule'), 'direct', spk('she', 'Lena Ortiz'))]);
    const r = report('t', 1, none.counts);
    expect(r.genderCoverage).toBe(0);
    expect(r.genderAcc).toBeNull();
    // An organization's gender is never judged.
    const org = gold([{ ...SCHEDULE, speaker: { ...ORTIZ, kind: 'organization', gender: null } }]);
    expect(judgeArticle(ARTICLE, org, [fq(at('We are ahead of schedule'), 'direct', right)]).counts.genderJudged).toBe(0);
  });

  it('sources per article: the distinct names found against the gold names, micro-averaged over articles', () => {
    const g = gold([BRIDGE, SCHEDULE]); // one source: Lena Ortiz
    const found = [
      fq(at('the bridge will reopen in May'), 'indirect', spk('Mayor Lena Ortiz', 'Lena Ortiz')),
      fq(at('We are ahead of schedule'), 'direct', spk('she', 'Ortiz')), // a second, wrong name for her
    ];
    const a = judgeArticle(ARTICLE, g, found).counts;
    expect(a).toMatchObject({ sourcesGold: 1, sourcesFound: 2, sourcesRight: 1 });
    // An article whose gold names nobody does not count.
    const unnamed = gold([{ ...BRIDGE, speaker: goldSpeaker('Mayor Lena Ortiz', null) }]);
    expect(judgeArticle(ARTICLE, unnamed, found).counts).toMatchObject({ sourcesGold: 0, sourcesFound: 0 });
    const r = report('t', 1, a);
    expect(r.sources).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
  });
});
