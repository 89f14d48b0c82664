/**
 * Input discovery and streaming for archives: files, directories (walked lazily, one directory's names at a
 * time), globs, and JSONL/NDJSON archives read line by line. Nothing here reads a whole archive at once; the
 * consumer pulls one item at a time, so memory stays flat whatever the archive's size.
 */
import { closeSync, constants, createReadStream, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeArticle, describeFsError, hasUtf16Bom, InputError, idFromPath, UTF16_REASON } from './decode.js';
import { compileGlob, type Glob, GlobError, hasGlob, splitGlob } from './glob.js';

export interface SourceOptions {
  /** Extensions picked when walking a directory, without the dot ("txt", "md"). */
  exts: string[];
  /** Read every file (and stdin) as JSONL, not only `.jsonl`/`.ndjson` files. */
  jsonl: boolean;
  /** Dotted path of the article text in a JSONL object. */
  textField: string;
  /** Dotted path of the article id in a JSONL object. */
  idField: string;
  /** Dotted paths of JSONL fields copied into each article's `meta` (--keep-fields). */
  keepFields?: string[];
  /** Where `-` reads from. */
  stdin: NodeJS.ReadableStream;
  /** Largest article read, in bytes: a file, a JSONL line or stdin text over it is that article's failure. */
  maxArticleBytes?: number;
  /**
   * Lines of a larger archive before the JSONL read on stdin: a partition of it (GNU parallel, Dask, Hadoop)
   * numbers its lines as the whole archive would, so `stdin:<line>` sources and ids match a single run's.
   */
  lineOffset?: number;
}

/**
 * 64 MiB: a long news article is well under 1 MiB, and extraction needs ~45 bytes of heap per character, so a
 * bigger article is either not an article or too big for a default heap (a V8 string itself stops at ~1 GiB).
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

/** "67108864 bytes" as "64 MiB", for messages. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  }
  return `${n} bytes`;
}

const overCap = (size: number | string, cap: number): string =>
  `${typeof size === 'number' ? formatBytes(size) : size}, over the --max-article-bytes limit of ${formatBytes(cap)}, skipped`;

/**
 * An article as read, not yet decoded. Decoding (UTF-8, JSON) happens where the article is extracted: in a
 * worker pool the bytes travel to a worker as they are, so the main thread never holds article text on its heap
 * (its young generation would otherwise grow to V8's maximum, ~32 MB, just to hold texts in flight).
 */
export interface RawArticle {
  kind: 'raw';
  /** `text`: a whole article (a file, stdin); `jsonl`: one line of an archive, without its line end. */
  format: 'text' | 'jsonl';
  /** From the file name; for a JSONL line `<file>:<line>` until its object tells its own. */
  id: string;
  source: string;
  /** 1-based JSONL line number; 0 for a text article. */
  line: number;
  data: Uint8Array;
  /** Size in the input, for throughput and progress. */
  bytes: number;
}

/** A decoded article to extract from. */
export interface SourceArticle {
  kind: 'article';
  id: string;
  source: string;
  text: string;
  bytes: number;
  warnings: string[];
  /** The --keep-fields values, for a JSONL article when fields were asked for. */
  meta?: Record<string, unknown>;
}

/** An input that yields no article: unreadable file, binary file, malformed JSONL line... */
export interface SourceFailure {
  kind: 'failure';
  id: string | null;
  source: string;
  reason: string;
  bytes: number;
}

/** A blank JSONL line: not an article, not a failure; kept only so line-in/line-out filters stay aligned. */
export interface SourceSkip {
  kind: 'skip';
  source: string;
  reason: string;
  bytes: number;
}

/** What reading the inputs yields, in input order. */
export type SourceItem = RawArticle | SourceFailure | SourceSkip;
/** What one raw article decodes to. */
export type DecodedItem = SourceArticle | SourceFailure | SourceSkip;
export type FieldOptions = Pick<SourceOptions, 'textField' | 'idField' | 'keepFields'>;

export const JSONL_EXTS = new Set(['jsonl', 'ndjson']);

export function parseExts(list: string): string[] {
  return list
    .split(',')
    .map((e) => e.trim().replace(/^\./, '').toLowerCase())
    .filter((e) => e !== '');
}

function extOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

export function isJsonlPath(path: string): boolean {
  return JSONL_EXTS.has(extOf(path));
}

/** `a.b.c` in `obj`; a key that itself contains dots ("meta.id") wins over the path. */
export function getField(obj: unknown, path: string): unknown {
  if (typeof obj !== 'object' || obj === null) return undefined;
  if (Object.hasOwn(obj, path)) return (obj as Record<string, unknown>)[path];
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Deepest nesting of an id given as an object or array that is written out as its JSON. */
const MAX_ID_DEPTH = 64;

/** Whether a JSON value nests deeper than `limit`, found without recursion (its depth may be in the thousands). */
function nestsDeeper(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The id as a string. An object or array id is written as its JSON, unless it nests deeper than MAX_ID_DEPTH:
 * JSON.stringify recurses, and the stack it has differs between the main thread and a worker, so a fixed limit
 * keeps `--jobs 1` and `--jobs 2` giving the same output.
 */
function idString(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (nestsDeeper(value, MAX_ID_DEPTH)) throw new InputError('', `the id field nests deeper than ${MAX_ID_DEPTH} levels`);
  return JSON.stringify(value);
}

/**
 * One JSONL line to an item; `source` is `<file>:<line>`. The id is the id field, stringified, or the source
 * when the object has none.
 */
function jsonlItem(raw: string, source: string, first: boolean, bytes: number, opts: FieldOptions, warnings: string[]): DecodedItem {
  const text = first && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return { kind: 'skip', source, reason: 'blank line', bytes };
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    return { kind: 'failure', id: null, source, reason: `invalid JSON (${(err as Error).message})`, bytes };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { kind: 'failure', id: null, source, reason: `not a JSON object`, bytes };
  }
  let id: string;
  try {
    id = idString(getField(obj, opts.idField)) ?? source;
  } catch (err) {
    return { kind: 'failure', id: null, source, reason: err instanceof InputError ? err.reason : String(err), bytes };
  }
  const body = getField(obj, opts.textField);
  if (typeof body !== 'string') {
    const what = body === undefined ? 'no' : 'a non-string';
    return { kind: 'failure', id, source, reason: `${what} "${opts.textField}" field`, bytes };
  }
  const article: SourceArticle = { kind: 'article', id, source, text: body, bytes, warnings };
  if (opts.keepFields && opts.keepFields.length > 0) {
    const meta = pickFields(obj, opts.keepFields);
    // Kept values are written as JSON like ids, so the same depth limit keeps one line's failure to that line.
    if (nestsDeeper(meta, MAX_ID_DEPTH)) return { kind: 'failure', id, source, reason: `a kept field nests deeper than ${MAX_ID_DEPTH} levels`, bytes };
    article.meta = meta;
  }
  return article;
}

/**
 * The --keep-fields values of a JSONL object, keyed by the path as given; a missing field is null, so every
 * article's `meta` (and every CSV row) has the same keys whatever the archive left out.
 */
export function pickFields(obj: unknown, paths: readonly string[]): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const path of paths) meta[path] = getField(obj, path) ?? null;
  return meta;
}

/** "outlet, date,url" -> ["outlet", "date", "url"]: trimmed, empty entries and repeats dropped. */
export function parseFieldList(list: string): string[] {
  return [
    ...new Set(
      list
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== ''),
    ),
  ];
}

/**
 * Invalid bytes in a JSONL line become U+FFFD (JSON.parse sees them as text), with a warning as for a file; a
 * BOM is kept for jsonlItem.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function decodeLine(data: Uint8Array, source: string, warnings: string[]): string {
  try {
    return strictUtf8.decode(data);
  } catch {
    warnings.push(`${source}: invalid UTF-8 bytes replaced with U+FFFD`);
    return lenientUtf8.decode(data);
  }
}

/** Decodes a raw article: UTF-8 checks for a text file, UTF-8 and JSON for an archive line. */
export function decodeRaw(raw: RawArticle, opts: FieldOptions): DecodedItem {
  if (raw.format === 'jsonl') {
    const warnings: string[] = [];
    return jsonlItem(decodeLine(raw.data, raw.source, warnings), raw.source, raw.line === 1, raw.bytes, opts, warnings);
  }
  try {
    const { text, warnings } = decodeArticle(raw.data, raw.source);
    return { kind: 'article', id: raw.id, source: raw.source, text, bytes: raw.bytes, warnings };
  } catch (err) {
    return { kind: 'failure', id: raw.id, source: raw.source, reason: err instanceof InputError ? err.reason : String(err), bytes: raw.bytes };
  }
}

/** A line longer than the cap: its bytes were counted and dropped as they came, never held. */
export class LongLine {
  constructor(readonly bytes: number) {}
}

/**
 * The lines of a stream as bytes, without their line end: LF, CRLF, or a lone CR (old Mac files; a raw CR
 * cannot be inside a JSON value, so it can only end a line). A line end is never inside a UTF-8 sequence, so
 * each line decodes on its own. Pulls one chunk at a time, so a consumer that stops pulling stops the reading
 * (readline's iterator would buffer up to 1024 lines ahead, whatever their size); a line longer than a chunk is
 * assembled from pieces once, not re-scanned; a line within one chunk is a view of it. A line over `maxBytes`
 * is not assembled at all: it comes out as a LongLine with its size.
 */
export async function* readLineBytes(input: NodeJS.ReadableStream, maxBytes = Number.POSITIVE_INFINITY): AsyncGenerator<Uint8Array | LongLine> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  /** Bytes of the current line dropped because it is over the cap (0: not over). */
  let dropped = 0;
  /** The last chunk ended with a CR: an LF at the start of the next one belongs to it. */
  let crPending = false;
  for await (const chunk of input) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    if (crPending && b.length > 0 && b[0] === 10) start = 1;
    crPending = false;
    // the next LF and CR from `start`, each searched for once per chunk position, never re-scanned
    let lf = b.indexOf(10, start);
    let cr = b.indexOf(13, start);
    while (lf !== -1 || cr !== -1) {
      const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      const piece = b.subarray(start, end);
      if (dropped > 0 || partBytes + piece.length > maxBytes) {
        yield new LongLine(dropped + partBytes + piece.length + 1);
      } else if (parts.length > 0) {
        parts.push(piece);
        yield Buffer.concat(parts);
      } else yield piece;
      parts = [];
      partBytes = 0;
      dropped = 0;
      start = end + 1;
      if (end === cr) {
        if (start < b.length && b[start] === 10) start++;
        else if (start === b.length) crPending = true;
        cr = b.indexOf(13, start);
      }
      if (lf !== -1 && lf < start) lf = b.indexOf(10, start);
    }
    if (start < b.length) {
      const rest = b.length - start;
      if (dropped > 0 || partBytes + rest > maxBytes) {
        dropped += partBytes + rest;
        parts = [];
        partBytes = 0;
      } else {
        parts.push(b.subarray(start));
        partBytes += rest;
      }
    }
  }
  if (dropped > 0) yield new LongLine(dropped + partBytes);
  else if (partBytes > 0) yield Buffer.concat(parts);
}

/** Streams a JSONL archive line by line; line numbers count every line, blank ones too. */
export async function* readJsonl(input: NodeJS.ReadableStream, file: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES, lineOffset = 0): AsyncGenerator<SourceItem> {
  let line = lineOffset;
  try {
    for await (const data of readLineBytes(input, maxBytes)) {
      line++;
      const source = `${file}:${line}`;
      if (data instanceof LongLine) yield { kind: 'failure', id: null, source, reason: `line of ${overCap(data.bytes, maxBytes)}`, bytes: data.bytes };
      else yield { kind: 'raw', format: 'jsonl', id: source, source, line, data, bytes: data.length + 1 };
    }
  } catch (err) {
    yield { kind: 'failure', id: null, source: line > 0 ? `${file}:${line + 1}` : file, reason: describeFsError(err), bytes: 0 };
  }
}

/** Bytes read first, to tell a binary file by its NUL bytes before reading (and holding) the rest of it. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Names that are stdin or a pipe a shell made on purpose (`<(zcat a.jsonl.gz)` is /dev/fd/63): read as streams,
 * like `-`. Any other name that is not a regular file (a device such as /dev/zero, a FIFO, a socket) is refused:
 * reading it may never end, and opening a FIFO blocks until someone writes to it.
 */
const STREAM_NAMES = /^\/dev\/(stdin|fd\/\d+)$|^\/proc\/self\/fd\/\d+$/;

/**
 * A text article from a regular file: opened without blocking (a FIFO swapped in after the check cannot hang
 * the run), the first 64 KiB checked for NUL bytes, at most `maxBytes` read. Synchronous: an article is small,
 * and a thread-pool round trip per file costs more than the read itself.
 */
function readArticle(path: string, id: string, maxBytes: number): SourceItem {
  const fail = (reason: string, bytes = 0): SourceFailure => ({ kind: 'failure', id, source: path, reason, bytes });
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return fail(describeFsError(err));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail('is a directory');
    if (!st.isFile()) return fail(`not a regular file (${fileKind(st)}), skipped`);
    if (st.size > maxBytes) return fail(overCap(st.size, maxBytes), st.size);
    // one byte more than the cap: a file that grew since fstat is still caught
    const data = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    // the first 64 KiB alone: a binary file is refused before the rest of it is read
    let n = readSync(fd, data, 0, Math.min(SNIFF_BYTES, data.length), null);
    // UTF-16 text has NUL bytes too, but deserves the message that says how to convert it
    if (hasUtf16Bom(data.subarray(0, n))) return fail(UTF16_REASON, st.size);
    if (data.subarray(0, n).includes(0)) return fail('binary file (contains NUL bytes), skipped', st.size);
    for (let got = n; got > 0 && n < data.length; n += got) got = readSync(fd, data, n, data.length - n, null);
    if (n > maxBytes) return fail(overCap('a file that grew', maxBytes), n);
    return { kind: 'raw', format: 'text', id, source: path, line: 0, data: data.subarray(0, n), bytes: n };
  } catch (err) {
    return fail(describeFsError(err));
  } finally {
    closeSync(fd);
  }
}

function fileKind(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

async function* readFileInput(path: string, id: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const cap = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (STREAM_NAMES.test(path)) {
    // a stream by name: read asynchronously, so that Ctrl-C still works while it waits for its writer
    const stream = createReadStream(path);
    if (opts.jsonl || isJsonlPath(path)) yield* readJsonl(stream, path, cap);
    else yield await readStreamArticle(stream, path, idFromPath(path), cap);
    return;
  }
  if (opts.jsonl || isJsonlPath(path)) {
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(path);
    } catch (err) {
      yield { kind: 'failure', id: null, source: path, reason: describeFsError(err), bytes: 0 };
      return;
    }
    if (!st.isFile()) yield { kind: 'failure', id: null, source: path, reason: `not a regular file (${fileKind(st)}), skipped`, bytes: 0 };
    else yield* readJsonl(createReadStream(path), path, cap);
  } else {
    // a text article is opened without blocking and checked to be a regular file first (see readArticle)
    yield readArticle(path, id, cap);
  }
}

/**
 * A whole stream as one article (stdin, /dev/fd/N), up to `maxBytes`. Reading stops at the cap or at a NUL byte
 * in the first chunk (binary input): that is the article's failure, and nothing more is held.
 */
async function readStreamArticle(stream: NodeJS.ReadableStream, source: string, id: string, maxBytes: number): Promise<SourceItem> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (total < SNIFF_BYTES && !hasUtf16Bom(chunks[0] ?? b) && b.subarray(0, SNIFF_BYTES - total).includes(0)) {
      return { kind: 'failure', id, source, reason: 'binary input (contains NUL bytes), skipped', bytes: total + b.length };
    }
    total += b.length;
    if (total > maxBytes) return { kind: 'failure', id, source, reason: overCap(`more than ${formatBytes(maxBytes)}`, maxBytes), bytes: total };
    chunks.push(b);
  }
  const data = Buffer.concat(chunks);
  return { kind: 'raw', format: 'text', id, source, line: 0, data, bytes: data.length };
}

interface Entry {
  name: string;
  dir: boolean;
  file: boolean;
  /** A symbolic link that leads nowhere (dangling, or a loop): reported where a file would have been read. */
  broken?: string;
}

/** Milliseconds a walk may run without a turn of the event loop (which delivers Ctrl-C). */
const WALK_YIELD_MS = 50;
let lastYield = performance.now();

/**
 * Lets the event loop run if the walk has held it for 50 ms: readdirSync and synchronous reads in an async
 * generator never wait on anything, and Node delivers SIGINT and SIGTERM only between macrotasks.
 */
async function letSignalsIn(): Promise<void> {
  const now = performance.now();
  if (now - lastYield < WALK_YIELD_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastYield = performance.now();
}

/** Why a link cannot be followed, in the words a user knows. */
function brokenLink(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'dangling symbolic link (its target does not exist)';
  if (code === 'ELOOP') return 'symbolic link loop';
  return describeFsError(err);
}

/** One directory's entries, sorted by name so runs are reproducible; hidden entries (".git") left out. */
async function listDir(path: string): Promise<Entry[]> {
  await letSignalsIn();
  // One call for the whole directory: the entries are sorted before use anyway, and iterating an opendir handle
  // costs a promise per entry (garbage that, on a tree of 48,000 files, grew the main thread's heap).
  const entries: Entry[] = [];
  for (const d of readdirSync(path, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue;
    if (d.isSymbolicLink()) {
      // follow links to files; links to directories are not walked (no cycles)
      try {
        if ((await stat(join(path, d.name))).isFile()) entries.push({ name: d.name, dir: false, file: true });
      } catch (err) {
        entries.push({ name: d.name, dir: false, file: false, broken: brokenLink(err) });
      }
    } else if (d.isDirectory() || d.isFile()) entries.push({ name: d.name, dir: d.isDirectory(), file: d.isFile() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries;
}

/** Article id of a file found in a directory: its path below that directory, without the extension. */
export function idFromRelative(rel: string): string {
  const ext = extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel).split('\\').join('/');
}

async function* walkDir(root: string, rel: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const here = rel === '' ? root : join(root, rel);
  let entries: Entry[];
  try {
    entries = await listDir(here);
  } catch (err) {
    yield { kind: 'failure', id: null, source: here, reason: describeFsError(err), bytes: 0 };
    return;
  }
  for (const e of entries) {
    const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
    const path = join(root, childRel);
    if (e.dir) yield* walkDir(root, childRel, opts);
    else if (!opts.exts.includes(extOf(e.name))) continue;
    else if (e.broken) yield { kind: 'failure', id: idFromRelative(childRel), source: path, reason: e.broken, bytes: 0 };
    else yield* readFileInput(path, idFromRelative(childRel), opts);
  }
}

/**
 * The files a pattern matches, walked from its fixed base: directories it cannot read, dangling links and link
 * loops are reported as a directory walk reports them, and a malformed pattern is that pattern's failure.
 */
async function* expandGlob(pattern: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const { base, rest } = splitGlob(pattern);
  let glob: Glob;
  try {
    glob = compileGlob(rest);
  } catch (err) {
    if (!(err instanceof GlobError)) throw err;
    yield { kind: 'failure', id: null, source: pattern, reason: err.message, bytes: 0 };
    return;
  }
  let found = 0;
  const pathOf = (rel: string): string => (base === '.' && !pattern.startsWith('./') ? rel : join(base, rel));
  async function* walk(rel: string): AsyncGenerator<SourceItem> {
    let entries: Entry[];
    try {
      entries = await listDir(rel === '' ? base : join(base, rel));
    } catch (err) {
      // a base that does not exist is "no files match"; any other directory that cannot be read is reported
      if (rel !== '' || (err as NodeJS.ErrnoException).code !== 'ENOENT') {
        found++;
        yield { kind: 'failure', id: null, source: rel === '' ? base : pathOf(rel), reason: describeFsError(err), bytes: 0 };
      }
      return;
    }
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.dir) {
        if (glob.mayMatchBelow(childRel)) yield* walk(childRel);
      } else if (glob.test(childRel)) {
        found++;
        const path = pathOf(childRel);
        if (e.broken) yield { kind: 'failure', id: idFromPath(path), source: path, reason: e.broken, bytes: 0 };
        else yield* readFileInput(path, idFromPath(path), opts);
      }
    }
  }
  yield* walk('');
  if (found === 0) yield { kind: 'failure', id: null, source: pattern, reason: 'no files match', bytes: 0 };
}

/**
 * Every input in order: `-` is stdin (one article, or JSONL with `jsonl`), a directory is walked
 * recursively for files with the chosen extensions, a pattern with `*`, `?` or `[` is expanded, and a
 * `.jsonl`/`.ndjson` file (or any file with `jsonl`) is read one article per line.
 */
export async function* readSources(inputs: string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === '-') {
      const cap = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
      if (opts.jsonl) yield* readJsonl(opts.stdin, 'stdin', cap, opts.lineOffset ?? 0);
      else yield await readStreamArticle(opts.stdin, 'stdin', 'stdin', cap);
      continue;
    }
    let isDir: boolean;
    try {
      // a name that does not resolve may be a dangling link (lstat below): reported as one, not as a missing file
      isDir = (await stat(input)).isDirectory();
    } catch (err) {
      if (
        !hasGlob(input) &&
        (await lstat(input).then(
          (l) => l.isSymbolicLink(),
          () => false,
        ))
      ) {
        yield { kind: 'failure', id: idFromPath(input), source: input, reason: brokenLink(err), bytes: 0 };
        continue;
      }
      if (hasGlob(input)) yield* expandGlob(input, opts);
      else yield { kind: 'failure', id: idFromPath(input), source: input, reason: describeFsError(err), bytes: 0 };
      continue;
    }
    if (isDir) yield* walkDir(input, '', opts);
    else yield* readFileInput(input, idFromPath(input), opts);
  }
}

/** The total size of the inputs when it can be known up front (plain files only), for an ETA; else undefined. */
export async function knownTotalBytes(inputs: string[]): Promise<number | undefined> {
  if (inputs.length > 10_000) return undefined;
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    try {
      const st = await stat(input);
      if (!st.isFile()) return undefined;
      total += st.size;
    } catch {
      if (hasGlob(input)) return undefined;
    }
  }
  return total;
}
