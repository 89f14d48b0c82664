import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Run, runCli, spanOf } from '../helpers/index.js';

// Runs the built CLI (npm test builds first), on an invented article written to a temporary folder.

const ARTICLE = 'Mayor Lena Ortiz said the bridge will reopen in May.\n"We are ahead of schedule," she told reporters.\nCritics called it a "bold gamble".\n';
const at = (s: string) => spanOf(ARTICLE, s);
const ORTIZ = { ...at('Mayor Lena Ortiz'), name: 'Lena Ortiz', kind: 'person' };
const GOLD = {
  id: 'bridge',
  quotes: [
    { ...at('the bridge will reopen in May'), type: 'indirect', cue: 'said', speaker: ORTIZ, via: [] },
    { ...at('We are ahead of schedule'), type: 'direct', cue: 'told', speaker: { ...ORTIZ, mention: at('she') }, via: [] },
  ],
  optional: [],
  notQuotes: [{ text: 'bold gamble', reason: 'scare quotes' }],
};
// Saved tool output: one right quote with the right speaker, one scare quote (a false positive).
const PREDICTIONS = {
  id: 'bridge',
  source: 'bridge.txt',
  quotes: [
    { ...at('"We are ahead of schedule,"'), type: 'direct', cue: 'told', speaker: { ...at('she'), name: null, kind: 'person' }, via: [] },
    { ...at('bold gamble'), type: 'direct', cue: 'called', speaker: null, via: [] },
  ],
};

function run(args: string[]): Promise<Run> {
  return runCli(args, { env: { NO_COLOR: '1' } });
}

let tmp: string;
let set: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'whosaid-eval-'));
  set = join(tmp, 'tiny');
  await mkdir(set);
  await writeFile(join(set, 'bridge.txt'), ARTICLE);
  await writeFile(join(set, 'bridge.gold.json'), JSON.stringify(GOLD));
  await writeFile(join(tmp, 'predictions.jsonl'), `${JSON.stringify(PREDICTIONS)}\n`);
  await writeFile(join(tmp, 'fail-floors.json'), JSON.stringify({ tiny: { 'quote.f1': 0.9 }, absent: { 'quote.f1': 1 } }));
  await writeFile(join(tmp, 'pass-floors.json'), JSON.stringify({ tiny: { 'quote.f1': 0.5, 'unknownSpeakerRate<=': 0.5 } }));
  await writeFile(join(tmp, 'bad-floors.json'), JSON.stringify({ tiny: { 'quote.recall': 0.5 } }));
  const broken = join(tmp, 'broken');
  await mkdir(broken);
  await writeFile(join(broken, 'good.txt'), ARTICLE);
  await writeFile(join(broken, 'good.gold.json'), JSON.stringify(GOLD));
  await writeFile(join(broken, 'bad.txt'), ARTICLE);
  await writeFile(join(broken, 'bad.gold.json'), '{"quotes": [');
  await mkdir(join(tmp, 'empty'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('whosaid eval', () => {
  it('prints one JSON line per set with the figures of saved predictions', async () => {
    const r = await run(['eval', set, '--json', '--predictions', join(tmp, 'predictions.jsonl')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rep = JSON.parse(lines[0]!);
    expect(Object.keys(rep).slice(0, 13)).toEqual([
      'set',
      'articles',
      'gold',
      'found',
      'quote',
      'exactF1',
      'speakerAcc',
      'nameAcc',
      'cueAcc',
      'unknownSpeakerRate',
      'endToEnd',
      'byType',
      'typeAcc',
    ]);
    expect(rep).toMatchObject({ set: 'tiny', articles: 1, gold: 2, found: 2 });
    expect(rep.quote).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(rep.exactF1).toBe(0.5);
    expect(rep.speakerAcc).toBe(1);
    expect(rep.nameAcc).toBe(0); // gold names "Lena Ortiz", the find gave none
    expect(rep.cueAcc).toBe(1);
    expect(rep.unknownSpeakerRate).toBe(0.5);
    expect(rep.endToEnd).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(rep.byType.direct).toEqual({ p: 0.5, r: 1, f1: 2 / 3, speakerAcc: 1 });
    expect(rep.byType.indirect).toEqual({ p: null, r: 0, f1: 0, speakerAcc: null });
    expect(rep.byType.mixed).toEqual({ p: null, r: null, f1: null, speakerAcc: null });
    expect(rep.counts).toMatchObject({ falsePositives: 1, notQuoteHits: 1 });
  });

  it('scores the statements view by default and every gold quote with --acts all', async () => {
    // The indirect gold quote becomes a belief: optional in the statements view, required with --acts all.
    // A folder of its own, outside tmp: the --sets test below counts the sets in tmp.
    const actSet = join(await mkdtemp(join(tmpdir(), 'whosaid-eval-acts-')), 'acts');
    await mkdir(actSet);
    await writeFile(join(actSet, 'bridge.txt'), ARTICLE);
    const gold = {
      ...GOLD,
      quotes: [
        { ...GOLD.quotes[0], act: 'belief' },
        { ...GOLD.quotes[1], act: 'statement' },
      ],
    };
    await writeFile(join(actSet, 'bridge.gold.json'), JSON.stringify(gold));
    const preds = join(tmp, 'predictions.jsonl');
    const st = JSON.parse((await run(['eval', actSet, '--json', '--predictions', preds])).stdout);
    const all = JSON.parse((await run(['eval', actSet, '--json', '--acts', 'all', '--predictions', preds])).stdout);
    expect([st.view, all.view]).toEqual(['statements', 'all']);
    expect(st.quote.r).toBe(1);
    expect(all.quote.r).toBe(0.5);
    expect(all.byAct.belief).toEqual({ p: null, r: 0, f1: 0 });
    for (const key of ['kindAcc', 'genderAcc', 'genderCoverage', 'sources', 'byAct']) expect(st).toHaveProperty(key);
    expect(st.sources).toEqual({ p: null, r: 0, f1: 0 }); // the predictions name nobody; the gold names Lena Ortiz
    await rm(dirname(actSet), { recursive: true, force: true });
  });

  it('lists errors one per line, greppable by kind and article', async () => {
    const r = await run(['eval', set, '--errors', '--predictions', join(tmp, 'predictions.jsonl')]);
    expect(r.code).toBe(0);
    const items = r.stdout.split('\n').filter((l) => /^(MISS|FP|SPKR|TYPE)\t/.test(l));
    expect(items.map((l) => l.split('\t').slice(0, 3).join(' '))).toEqual(['MISS tiny/bridge indirect', 'FP tiny/bridge direct']);
    expect(items[1]).toContain('[bold gamble]');
    expect(items[1]).toContain('notQuote="bold gamble"');
    expect(r.stdout).toContain('end to end');
  });

  it('runs the extractor when no predictions are given', async () => {
    const r = await run(['eval', set, '--json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout);
    // Whatever the extractor finds, eval must see exactly what `whosaid FILE` prints.
    const plain = await run([join(set, 'bridge.txt'), '--format', 'json']);
    expect(rep.found).toBe(JSON.parse(plain.stdout).quotes.length);
    expect(rep.gold).toBe(2);
  });

  it('exits 1 when a floor is not met and skips sets that were not run', async () => {
    const r = await run(['eval', set, '--floors', join(tmp, 'fail-floors.json'), '--predictions', join(tmp, 'predictions.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL tiny quote\.f1 = 0\.5000 \(floor: >= 0\.9\)$/m);
    expect(r.stdout).not.toContain('absent');
  });

  it('exits 0 when every floor is met', async () => {
    const r = await run(['eval', set, '--floors', join(tmp, 'pass-floors.json'), '--predictions', join(tmp, 'predictions.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok +tiny quote\.f1 = 0\.5000/m);
    expect(r.stdout).toMatch(/^ok +tiny unknownSpeakerRate = 0\.5000 \(floor: <= 0\.5\)$/m);
  });

  it('finds sets under --sets and reports a malformed gold file, then exits 1', async () => {
    const r = await run(['eval', '--sets', tmp, '--json', '--predictions', join(tmp, 'predictions.jsonl')]);
    expect(r.code).toBe(1);
    const sets = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sets.map((s) => [s.set, s.articles])).toEqual([
      ['broken', 1],
      ['tiny', 1],
    ]);
    expect(r.stderr).toMatch(/bad\.gold\.json: not valid JSON.*skipped/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['eval'],
      ['eval', join(tmp, 'nope')],
      ['eval', join(tmp, 'empty')],
      ['eval', set, '--floors', join(tmp, 'bad-floors.json')],
      ['eval', set, '--acts', 'statement,rumour'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });
});
