import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { ArticleResult } from '../../src/types.js';
import { FIXTURES, fixtureIds, parseLines, ROOT, readFixture, runCli } from '../helpers/index.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'src', 'schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile<ArticleResult>(schema);

function expectValid(line: unknown): void {
  const ok = validate(line);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
}

// Short invented articles beside the fixtures: a pronoun mention, an inherited speaker (cue null), a quote
// without speaker, astral characters.
const SMALL: Record<string, string> = {
  pronoun: 'Lena Ortiz spoke first. "The bridge will open in May," she said. "Then we rebuild."',
  according: 'According to the harbour master, the port will reopen on Friday.',
  astral: '🎉𝕏 "The vote is final," said Mayor Lena Ortiz.',
  orphan: 'The clock struck nine.\n\n"Nobody expected this to happen so soon."',
  nothing: 'No one said anything today.',
};

describe('src/schema.json', () => {
  it('is a draft 2020-12 schema that ajv compiles in strict mode', () => {
    expect((schema as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  describe('accepts real CLI output', () => {
    let lines: ArticleResult[];
    let explained: ArticleResult[];
    beforeAll(async () => {
      const files = fixtureIds().map((id) => join(FIXTURES, `${id}.txt`));
      const plain = await runCli(['--format', 'json', ...files]);
      const withExplain = await runCli(['--format', 'json', '--explain', ...files]);
      expect(plain.code).toBe(0);
      expect(withExplain.code).toBe(0);
      lines = parseLines(plain.stdout);
      explained = parseLines(withExplain.stdout);
    });

    it('for every fixture, without --explain', () => {
      expect(lines.map((l) => l.id)).toEqual(fixtureIds());
      for (const line of lines) {
        expectValid(line);
        for (const q of line.quotes) expect(q).not.toHaveProperty('explain');
      }
    });

    it('for every fixture, with --explain', () => {
      for (const line of explained) {
        expectValid(line);
        for (const q of line.quotes) expect(q.explain).toBeDefined();
      }
    });

    it.each(Object.entries(SMALL))('for the small article %s, on stdin', async (_name, text) => {
      const r = await runCli(['--explain'], { input: text });
      expect(r.code).toBe(0);
      const [line] = parseLines(r.stdout);
      expectValid(line);
    });
  });

  it('accepts library output wrapped as a line, for fixtures and small articles', () => {
    const texts = [...fixtureIds().map(readFixture), ...Object.values(SMALL)];
    for (const text of texts) {
      for (const explain of [false, true]) expectValid({ id: 'x', source: 'x', quotes: extractQuotes(text, { explain }) });
    }
  });

  // One invented sentence per act, so that every act the extractor gives is one the schema documents.
  it.each([
    ['statement', 'The mayor said the bridge would open in May.'],
    ['belief', 'The mayor believes the bridge will open in May.'],
    ['stance', 'The union endorsed the harbor plan on Monday.'],
    ['finding', 'A new poll found that most voters back the harbor plan.'],
    ['other', 'The mayor did not respond to a request for comment.'],
  ] as const)('accepts a quote of the act %s', (act, text) => {
    const quotes = extractQuotes(text, { acts: 'all', explain: true });
    expect(quotes.map((q) => q.act)).toContain(act);
    expectValid({ id: 'x', source: 'x', quotes });
  });

  it('covers the optional shapes: mention, null cue, null speaker rule', () => {
    const all = Object.values(SMALL).flatMap((t) => extractQuotes(t, { explain: true }));
    expect(all.some((q) => q.speaker?.mention)).toBe(true);
    expect(all.some((q) => q.cue === null)).toBe(true);
    expect(all.some((q) => q.speaker === null && q.explain?.speakerRule === null)).toBe(true);
  });

  describe('rejects what is not documented', () => {
    const good = (): ArticleResult => ({
      id: 'a',
      source: 'a.txt',
      quotes: [
        {
          text: 'Hi,',
          start: 1,
          end: 4,
          type: 'direct',
          act: 'statement',
          cue: 'said',
          via: [],
          speaker: { text: 'she', start: 11, end: 14, name: null, kind: 'person', mention: { text: 'she', start: 11, end: 14 } },
          explain: { quoteRule: 'trailing-name-cue', speakerRule: null },
        },
      ],
    });
    const mutations: Array<[string, (l: any) => void]> = [
      ['an extra field on a quote', (l) => (l.quotes[0].score = 1)],
      ['an extra field on a speaker', (l) => (l.quotes[0].speaker.age = 40)],
      ['an unknown gender', (l) => (l.quotes[0].speaker.gender = 'f')],
      ['an unknown act', (l) => (l.quotes[0].act = 'rumour')],
      ['a missing act', (l) => delete l.quotes[0].act],
      ['an extra field on a mention', (l) => (l.quotes[0].speaker.mention.name = 'x')],
      ['an extra field on the line', (l) => (l.version = 1)],
      ['an unknown type', (l) => (l.quotes[0].type = 'paraphrase')],
      ['an unknown kind', (l) => (l.quotes[0].speaker.kind = 'pronoun')],
      ['a negative offset', (l) => (l.quotes[0].start = -1)],
      ['a fractional offset', (l) => (l.quotes[0].end = 4.5)],
      ['a missing via', (l) => delete l.quotes[0].via],
      ['a missing speaker name', (l) => delete l.quotes[0].speaker.name],
      ['explain without speakerRule', (l) => delete l.quotes[0].explain.speakerRule],
      ['explain with another field', (l) => (l.quotes[0].explain.why = 'x')],
      ['a numeric quoteRule', (l) => (l.quotes[0].explain.quoteRule = 3)],
    ];
    it('the unmutated line is valid', () => expectValid(good()));
    it.each(mutations)('%s', (_name, mutate) => {
      const line = good();
      mutate(line);
      expect(validate(line)).toBe(false);
    });
  });
});
