/**
 * Input discovery and streaming for archives: files, directories (walked lazily, one directory's names at a
 * time), globs, and JSONL/NDJSON archives read line by line. Nothing here reads a whole archive at once; the
 * consumer pulls one item at a time, so memory stays flat whatever the archive's size.
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeArticle, describeFsError, InputError, idFromPath } from './decode.js';
import { globToRegex, hasGlob, mayMatchBelow, splitGlob } from './glob.js';

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
}

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

function idString(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/**
 * One JSONL line to an item; `source` is `<file>:<line>`. The id is the id field, stringified, or the source
 * when the object has none.
 */
function jsonlItem(raw: string, source: string, first: boolean, bytes: number, opts: FieldOptions): DecodedItem {
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
  const id = idString(getField(obj, opts.idField)) ?? source;
  const body = getField(obj, opts.textField);
  if (typeof body !== 'string') {
    const what = body === undefined ? 'no' : 'a non-string';
    return { kind: 'failure', id, source, reason: `${what} "${opts.textField}" field`, bytes };
  }
  const article: SourceArticle = { kind: 'article', id, source, text: body, bytes, warnings: [] };
  if (opts.keepFields && opts.keepFields.length > 0) article.meta = pickFields(obj, opts.keepFields);
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

/** Invalid bytes in a JSONL line become U+FFFD (JSON.parse sees them as text); a BOM is kept for jsonlItem. */
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes a raw article: UTF-8 checks for a text file, UTF-8 and JSON for an archive line. */
export function decodeRaw(raw: RawArticle, opts: FieldOptions): DecodedItem {
  if (raw.format === 'jsonl') return jsonlItem(lenientUtf8.decode(raw.data), raw.source, raw.line === 1, raw.bytes, opts);
  try {
    const { text, warnings } = decodeArticle(raw.data, raw.source);
    return { kind: 'article', id: raw.id, source: raw.source, text, bytes: raw.bytes, warnings };
  } catch (err) {
    return { kind: 'failure', id: raw.id, source: raw.source, reason: err instanceof InputError ? err.reason : String(err), bytes: raw.bytes };
  }
}

/**
 * The lines of a stream as bytes, without their "\n" or "\r\n" (a line end is never inside a UTF-8
 * sequence, so each line decodes on its own). Pulls one chunk at a time, so a consumer that stops pulling stops
 * the reading (readline's iterator would buffer up to 1024 lines ahead, whatever their size); a line longer
 * than a chunk is assembled from pieces once, not re-scanned. A line within one chunk is a view of it.
 */
export async function* readLineBytes(input: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  let parts: Buffer[] = [];
  const finish = (line: Buffer): Buffer => (line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, -1) : line);
  for await (const chunk of input) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let nl = b.indexOf(10, start); nl !== -1; nl = b.indexOf(10, start)) {
      let line = b.subarray(start, nl);
      if (parts.length > 0) {
        parts.push(line);
        line = Buffer.concat(parts);
        parts = [];
      }
      yield finish(line);
      start = nl + 1;
    }
    if (start < b.length) parts.push(b.subarray(start));
  }
  const tail = Buffer.concat(parts);
  if (tail.length > 0) yield finish(tail);
}

/** Streams a JSONL archive line by line; line numbers count every line, blank ones too. */
export async function* readJsonl(input: NodeJS.ReadableStream, file: string): AsyncGenerator<SourceItem> {
  let line = 0;
  try {
    for await (const data of readLineBytes(input)) {
      line++;
      const source = `${file}:${line}`;
      yield { kind: 'raw', format: 'jsonl', id: source, source, line, data, bytes: data.length + 1 };
    }
  } catch (err) {
    yield { kind: 'failure', id: null, source: line > 0 ? `${file}:${line + 1}` : file, reason: describeFsError(err), bytes: 0 };
  }
}

async function readArticle(path: string, id: string): Promise<SourceItem> {
  try {
    // sync: an article is small, and a thread-pool round trip per file costs more than the read itself
    const data = readFileSync(path);
    return { kind: 'raw', format: 'text', id, source: path, line: 0, data, bytes: data.length };
  } catch (err) {
    return { kind: 'failure', id, source: path, reason: describeFsError(err), bytes: 0 };
  }
}

async function* readFileInput(path: string, id: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  if (opts.jsonl || isJsonlPath(path)) yield* readJsonl(createReadStream(path), path);
  else yield await readArticle(path, id);
}

async function readStdinArticle(stdin: NodeJS.ReadableStream): Promise<SourceItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const data = Buffer.concat(chunks);
  return { kind: 'raw', format: 'text', id: 'stdin', source: 'stdin', line: 0, data, bytes: data.length };
}

interface Entry {
  name: string;
  dir: boolean;
  file: boolean;
}

/** One directory's entries, sorted by name so runs are reproducible; hidden entries (".git") left out. */
async function listDir(path: string): Promise<Entry[]> {
  // One call for the whole directory: the entries are sorted before use anyway, and iterating an opendir handle
  // costs a promise per entry (garbage that, on a tree of 48,000 files, grew the main thread's heap).
  const entries: Entry[] = [];
  for (const d of readdirSync(path, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue;
    let isDir = d.isDirectory();
    let isFile = d.isFile();
    if (d.isSymbolicLink()) {
      // follow links to files; links to directories are not walked (no cycles)
      try {
        isFile = (await stat(join(path, d.name))).isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (isDir || isFile) entries.push({ name: d.name, dir: isDir, file: isFile });
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
    if (e.dir) yield* walkDir(root, childRel, opts);
    else if (opts.exts.includes(extOf(e.name))) yield* readFileInput(join(root, childRel), idFromRelative(childRel), opts);
  }
}

async function* expandGlob(pattern: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const { base, rest } = splitGlob(pattern);
  const re = globToRegex(rest);
  let found = 0;
  async function* walk(rel: string): AsyncGenerator<SourceItem> {
    let entries: Entry[];
    try {
      entries = await listDir(rel === '' ? base : join(base, rel));
    } catch {
      return;
    }
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.dir) {
        if (mayMatchBelow(rest, childRel)) yield* walk(childRel);
      } else if (re.test(childRel)) {
        found++;
        const path = base === '.' && !pattern.startsWith('./') ? childRel : join(base, childRel);
        yield* readFileInput(path, idFromPath(path), opts);
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
      if (opts.jsonl) yield* readJsonl(opts.stdin, 'stdin');
      else yield await readStdinArticle(opts.stdin);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (err) {
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
