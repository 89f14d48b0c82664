import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type DecodedItem, decodeRaw, getField, LongLine, parseExts, readLineBytes, readSources, type SourceOptions } from '../../src/batch/sources.js';
import { tempTree } from '../helpers/index.js';

const ARTICLE_A = '"We will rebuild the bridge," said Mayor Ana Ruiz.\n';
const ARTICLE_B = 'The council said the vote would take place on Monday.\n';

function options(over: Partial<SourceOptions> = {}): SourceOptions {
  return { exts: ['txt'], jsonl: false, textField: 'text', idField: 'id', stdin: Readable.from([]), ...over };
}

/** The items read, decoded as an extractor (in this thread or a worker) decodes them. */
async function collect(inputs: string[], opts: SourceOptions): Promise<DecodedItem[]> {
  const out: DecodedItem[] = [];
  for await (const item of readSources(inputs, opts)) out.push(item.kind === 'raw' ? decodeRaw(item, opts) : item);
  return out;
}

const brief = (items: DecodedItem[]) => items.map((i) => (i.kind === 'article' ? { id: i.id, source: i.source } : { kind: i.kind, source: i.source }));

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function tree(files: Record<string, string | Buffer>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('directories', () => {
  it('are walked recursively in name order, picking the chosen extensions, hidden entries left out', async () => {
    const dir = tree({
      'b/two.txt': ARTICLE_B,
      'a/one.txt': ARTICLE_A,
      'a/notes.md': 'A note.',
      'a/z/deep.txt': ARTICLE_B,
      '.git/HEAD.txt': 'ignored',
      'top.txt': ARTICLE_A,
    });
    const items = await collect([dir], options());
    expect(brief(items)).toEqual([
      { id: 'a/one', source: `${dir}/a/one.txt` },
      { id: 'a/z/deep', source: `${dir}/a/z/deep.txt` },
      { id: 'b/two', source: `${dir}/b/two.txt` },
      { id: 'top', source: `${dir}/top.txt` },
    ]);
    expect(items[0]).toMatchObject({ kind: 'article', text: ARTICLE_A, bytes: Buffer.byteLength(ARTICLE_A) });
    const withMd = await collect([dir], options({ exts: parseExts('txt, .MD') }));
    expect(withMd.map((i) => (i.kind === 'article' ? i.id : null))).toContain('a/notes');
  });

  it('read .jsonl files found in them line by line when the extension is picked', async () => {
    const dir = tree({ 'dump.jsonl': '{"id":"x","text":"One."}\n{"id":"y","text":"Two."}\n' });
    const items = await collect([dir], options({ exts: ['jsonl'] }));
    expect(brief(items)).toEqual([
      { id: 'x', source: `${dir}/dump.jsonl:1` },
      { id: 'y', source: `${dir}/dump.jsonl:2` },
    ]);
  });
});

describe('files and globs', () => {
  it('keep the order given; a missing file or a binary one is a failure, the rest go on', async () => {
    const dir = tree({ 'one.txt': ARTICLE_A, 'two.txt': ARTICLE_B, 'bin.txt': Buffer.from([1, 0, 2]) });
    const items = await collect([`${dir}/two.txt`, `${dir}/missing.txt`, `${dir}/bin.txt`, `${dir}/one.txt`], options());
    expect(items.map((i) => i.kind)).toEqual(['article', 'failure', 'failure', 'article']);
    expect(items[1]).toMatchObject({ id: 'missing', reason: 'no such file' });
    expect(items[2]).toMatchObject({ id: 'bin', reason: expect.stringContaining('binary') });
    expect(brief([items[0]!, items[3]!])).toEqual([
      { id: 'two', source: `${dir}/two.txt` },
      { id: 'one', source: `${dir}/one.txt` },
    ]);
  });

  it('expands globs with * and **; one matching nothing is a failure', async () => {
    const dir = tree({ '2016/01/a.txt': ARTICLE_A, '2016/02/b.txt': ARTICLE_B, '2017/c.txt': ARTICLE_A, '2016/x.md': 'no' });
    expect(brief(await collect([`${dir}/2016/*/*.txt`], options()))).toEqual([
      { id: 'a', source: `${dir}/2016/01/a.txt` },
      { id: 'b', source: `${dir}/2016/02/b.txt` },
    ]);
    const all = await collect([`${dir}/**/*.txt`], options());
    expect(all.map((i) => (i.kind === 'article' ? i.id : i.kind))).toEqual(['a', 'b', 'c']);
    const none = await collect([`${dir}/*.pdf`], options());
    expect(none).toMatchObject([{ kind: 'failure', reason: 'no files match' }]);
  });

  it('stdin is one article, or JSONL with --jsonl', async () => {
    const one = await collect(['-'], options({ stdin: Readable.from([Buffer.from(`\uFEFF${ARTICLE_A}`)]) }));
    expect(one).toMatchObject([{ kind: 'article', id: 'stdin', source: 'stdin', text: ARTICLE_A }]);
    const lines = await collect(['-'], options({ jsonl: true, stdin: Readable.from(['{"id":7,"text":"a"}\n{"text":"b"}\n']) }));
    expect(brief(lines)).toEqual([
      { id: '7', source: 'stdin:1' },
      { id: 'stdin:2', source: 'stdin:2' },
    ]);
  });
});

describe('JSONL', () => {
  const fields = { textField: 'text', idField: 'id' };
  /** Line `line` of archive `file`, decoded as a worker decodes it. */
  const parseJsonlLine = (text: string, file: string, line: number, opts: typeof fields) => {
    const data = Buffer.from(text);
    return decodeRaw({ kind: 'raw', format: 'jsonl', id: `${file}:${line}`, source: `${file}:${line}`, line, data, bytes: data.length + 1 }, opts);
  };

  it('takes the id field stringified, or <file>:<line> when there is none', () => {
    expect(parseJsonlLine('{"id":42,"text":"T"}', 'a.jsonl', 3, fields)).toMatchObject({ kind: 'article', id: '42', source: 'a.jsonl:3', text: 'T' });
    expect(parseJsonlLine('{"id":"k-1","text":"T"}', 'a.jsonl', 3, fields)).toMatchObject({ id: 'k-1' });
    expect(parseJsonlLine('{"id":null,"text":"T"}', 'a.jsonl', 9, fields)).toMatchObject({ id: 'a.jsonl:9' });
    expect(parseJsonlLine('{"text":"T"}', 'a.jsonl', 9, fields)).toMatchObject({ id: 'a.jsonl:9' });
  });

  it('follows dotted field paths; a key with a dot in it wins', () => {
    const opts = { textField: 'article.body', idField: 'meta.ids.0' };
    const line = '{"meta":{"ids":["n-1","n-2"]},"article":{"body":"Body text."}}';
    expect(parseJsonlLine(line, 'f', 1, opts)).toMatchObject({ kind: 'article', id: 'n-1', text: 'Body text.' });
    expect(getField({ 'a.b': 1, a: { b: 2 } }, 'a.b')).toBe(1);
    expect(getField({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(getField({ a: 'str' }, 'a.length')).toBeUndefined();
  });

  it('reports malformed lines with their line number and goes on', async () => {
    const dir = tree({
      'dump.jsonl': [
        '{"id":"a","text":"One."}',
        '{"id":"b","text":',
        '[1,2]',
        '{"id":"d","body":"x"}',
        '{"id":"e","text":5}',
        '',
        '{"id":"g","text":"Seven."}',
      ].join('\n'),
    });
    const items = await collect([`${dir}/dump.jsonl`], options());
    const src = (n: number) => `${dir}/dump.jsonl:${n}`;
    expect(items).toMatchObject([
      { kind: 'article', id: 'a', source: src(1) },
      { kind: 'failure', id: null, source: src(2), reason: expect.stringContaining('invalid JSON') },
      { kind: 'failure', id: null, source: src(3), reason: 'not a JSON object' },
      { kind: 'failure', id: 'd', source: src(4), reason: 'no "text" field' },
      { kind: 'failure', id: 'e', source: src(5), reason: 'a non-string "text" field' },
      { kind: 'skip', source: src(6) },
      { kind: 'article', id: 'g', source: src(7), text: 'Seven.' },
    ]);
  });

  it('reads any file as JSONL with --jsonl, and strips a BOM on the first line', async () => {
    const dir = tree({ 'dump.txt': '\uFEFF{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}\r\n' });
    const items = await collect([`${dir}/dump.txt`], options({ jsonl: true }));
    expect(items).toMatchObject([
      { kind: 'article', id: 'a', text: 'One.' },
      { kind: 'article', id: 'b', text: 'Two.' },
    ]);
  });
});

describe('readLineBytes', () => {
  const readLines = async function* (input: NodeJS.ReadableStream, max?: number): AsyncGenerator<string> {
    for await (const bytes of readLineBytes(input, max)) yield bytes instanceof LongLine ? `<${bytes.bytes} bytes dropped>` : new TextDecoder().decode(bytes);
  };
  const chunked = (text: string, size: number): Buffer[] => {
    const bytes = Buffer.from(text);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    return chunks;
  };
  const all = async (input: NodeJS.ReadableStream, max?: number): Promise<string[]> => {
    const lines: string[] = [];
    for await (const l of readLines(input, max)) lines.push(l);
    return lines;
  };

  it('a lone CR ends a line too (old Mac files), and CRLF cut between two chunks is still one line end', async () => {
    const text = 'one\rtwo\r\nthree\r\rfive\nsix\r';
    // before: CR-only ends merged "one" and "two" into one line, so two articles became one failure
    for (const size of [1, 2, 3, 4, 5, 64]) expect(await all(Readable.from(chunked(text, size)))).toEqual(['one', 'two', 'three', '', 'five', 'six']);
  });

  it('a line over the cap comes out as its size, never assembled; the lines around it are untouched', async () => {
    const text = `short\n${'y'.repeat(50)}\nafter\n${'z'.repeat(30)}`;
    for (const size of [3, 7, 1000]) {
      expect(await all(Readable.from(chunked(text, size)), 20)).toEqual(['short', '<51 bytes dropped>', 'after', '<30 bytes dropped>']);
    }
    expect(await all(Readable.from(chunked('exactly20exactly20ab\n', 4)), 20)).toEqual(['exactly20exactly20ab']);
  });

  it('splits on LF and CRLF across chunk boundaries and multi-byte characters, last line without newline kept', async () => {
    const text = `first line\r\nsecond — ünïcode\n\nlong ${'x'.repeat(100)}\nlast`;
    const bytes = Buffer.from(text);
    // split into 7-byte chunks: cuts through CRLF pairs and UTF-8 sequences
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const lines: string[] = [];
    for await (const l of readLines(Readable.from(chunks))) lines.push(l);
    expect(lines).toEqual(['first line', 'second — ünïcode', '', `long ${'x'.repeat(100)}`, 'last']);
    const none: string[] = [];
    for await (const l of readLines(Readable.from([Buffer.from('')]))) none.push(l);
    expect(none).toEqual([]);
  });
});

describe('what a batch refuses, one input at a time', () => {
  it('a JSONL line over --max-article-bytes, binary and oversized files, a device: one failure each, the rest read', async () => {
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(2000) });
    const dir = tree({
      'a.jsonl': `{"id":"a","text":"One."}\n${big}\n{"id":"c","text":"Three."}\n`,
      'small.txt': 'Fine.',
      'large.txt': 'z'.repeat(3000),
      'bin.txt': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.alloc(100_000, 65)]),
    });
    const got = await collect(
      [join(dir, 'a.jsonl'), join(dir, 'small.txt'), join(dir, 'large.txt'), join(dir, 'bin.txt'), '/dev/zero'],
      options({ maxArticleBytes: 1000 }),
    );
    expect(got.map((i) => (i.kind === 'article' ? i.id : `${i.kind}: ${'reason' in i ? i.reason : ''}`))).toEqual([
      'a',
      'failure: line of 2 KiB, over the --max-article-bytes limit of 1000 bytes, skipped',
      'c',
      'small',
      'failure: 2.9 KiB, over the --max-article-bytes limit of 1000 bytes, skipped',
      // the size is known before a byte is read: over the cap, the file is not opened for reading at all
      'failure: 97.7 KiB, over the --max-article-bytes limit of 1000 bytes, skipped',
      'failure: not a regular file (a device), skipped',
    ]);
    // under the cap, NUL bytes in the first 64 KiB are found before the rest is read
    expect(await collect([join(dir, 'bin.txt')], options())).toMatchObject([{ kind: 'failure', reason: 'binary file (contains NUL bytes), skipped' }]);
  });

  it('stdin text over the cap, or binary, fails without being held whole', async () => {
    const over = await collect(['-'], options({ maxArticleBytes: 100, stdin: Readable.from(inChunks('w'.repeat(1000), 10)) }));
    expect(over).toMatchObject([{ kind: 'failure', source: 'stdin', reason: 'more than 100 bytes, over the --max-article-bytes limit of 100 bytes, skipped' }]);
    const bin = await collect(['-'], options({ stdin: Readable.from([Buffer.from([65, 0, 66])]) }));
    expect(bin).toMatchObject([{ kind: 'failure', reason: 'binary input (contains NUL bytes), skipped' }]);
    const ok = await collect(['-'], options({ maxArticleBytes: 100, stdin: Readable.from([Buffer.from('Short text.')]) }));
    expect(ok).toMatchObject([{ kind: 'article', text: 'Short text.' }]);
  });

  it('invalid UTF-8 inside a JSONL line gets the same warning as a file; a CR-only archive gives every article', async () => {
    const dir = tree({
      'bad.jsonl': Buffer.concat([Buffer.from('{"id":"a","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"b","text":"fine"}\n')]),
      'mac.jsonl': '{"id":"m1","text":"One."}\r{"id":"m2","text":"Two."}\r',
    });
    const got = await collect([join(dir, 'bad.jsonl'), join(dir, 'mac.jsonl')], options());
    expect(got).toMatchObject([
      { kind: 'article', id: 'a', text: 'caf\ufffd', warnings: [`${join(dir, 'bad.jsonl')}:1: invalid UTF-8 bytes replaced with U+FFFD`] },
      { kind: 'article', id: 'b', warnings: [] },
      { kind: 'article', id: 'm1', text: 'One.' },
      { kind: 'article', id: 'm2', text: 'Two.' },
    ]);
  });

  it('an id nested 5,000 levels deep fails that line alone, with a reason, and the next line is read', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const dir = tree({ 'd.jsonl': `{"id":${deep},"text":"x"}\n{"id":[["ok"]],"text":"y"}\n` });
    const got = await collect([join(dir, 'd.jsonl')], options());
    expect(got).toMatchObject([
      { kind: 'failure', id: null, reason: 'the id field nests deeper than 64 levels' },
      { kind: 'article', id: '[["ok"]]', text: 'y' },
    ]);
  });

  it('dangling links and link loops are reported the same way by a directory walk and by a glob', async () => {
    const dir = tree({ 'd/real.txt': 'Real.' });
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'd', 'dangling.txt'));
    symlinkSync(join(dir, 'd', 'loop.txt'), join(dir, 'd', 'loop.txt'));
    const reasons = (items: DecodedItem[]) => items.map((i) => (i.kind === 'failure' ? `${i.source}: ${i.reason}` : `${i.kind} ${i.source}`));
    const expected = [
      `${join(dir, 'd', 'dangling.txt')}: dangling symbolic link (its target does not exist)`,
      `${join(dir, 'd', 'loop.txt')}: symbolic link loop`,
      `article ${join(dir, 'd', 'real.txt')}`,
    ];
    expect(reasons(await collect([join(dir, 'd')], options()))).toEqual(expected);
    expect(reasons(await collect([join(dir, 'd', '*.txt')], options()))).toEqual(expected);
    // named directly: the same words
    expect(reasons(await collect([join(dir, 'd', 'dangling.txt')], options()))).toEqual([expected[0]]);
  });

  it('a bad glob pattern is the failure of that pattern only, the next input is read', async () => {
    const dir = tree({ 'a/x.txt': 'X.' });
    const got = await collect([join(dir, '[z-a]*.txt'), join(dir, 'a', '*.txt')], options());
    expect(got.map((i) => (i.kind === 'failure' ? i.reason : i.kind))).toEqual(['invalid pattern: range z-a is out of order', 'article']);
  });
});

function inChunks(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}
