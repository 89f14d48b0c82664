/**
 * Input discovery and streaming for archives: files, directories (walked lazily, one directory's names at a
 * time), globs, and JSONL/NDJSON archives read line by line. Nothing here reads a whole archive at once; the
 * consumer pulls one item at a time, so memory stays flat whatever the archive's size.
 */
import { createReadStream, readFileSync, type Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { globToRegex, hasGlob, mayMatchBelow, splitGlob } from './glob.js';
import { decodeArticle, describeFsError, idFromPath, InputError } from './input.js';

export interface SourceOptions {
  /** Extensions picked when walking a directory, without the dot ("txt", "md"). */
  exts: string[];
  /** Read every file (and stdin) as JSONL, not only `.jsonl`/`.ndjson` files. */
  jsonl: boolean;
  /** Dotted path of the article text in a JSONL object. */
  textField: string;
  /** Dotted path of the article id in a JSONL object. */
  idField: string;
  /** Where `-` reads from. */
  stdin: NodeJS.ReadableStream;
}

/** An article to extract from. `bytes` is its size in the input, for throughput and progress. */
export interface SourceArticle {
  kind: 'article';
  id: string;
  source: string;
  text: string;
  bytes: number;
  warnings: string[];
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

export type SourceItem = SourceArticle | SourceFailure | SourceSkip;

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
 * One JSONL line to an item. `file` names the archive ("stdin" for standard input), `line` is 1-based.
 * The id is the id field, stringified, or `<file>:<line>` when the object has none.
 */
export function parseJsonlLine(raw: string, file: string, line: number, opts: Pick<SourceOptions, 'textField' | 'idField'>): SourceItem {
  const source = `${file}:${line}`;
  const bytes = Buffer.byteLength(raw) + 1;
  const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
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
  return { kind: 'article', id, source, text: body, bytes, warnings: [] };
}

/**
 * The lines of a stream, without their "\n" or "\r\n". Pulls one chunk at a time, so a consumer that stops
 * pulling stops the reading (readline's iterator would buffer up to 1024 lines ahead, whatever their size);
 * a line longer than a chunk is assembled from pieces once, not re-scanned.
 */
export async function* readLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  const finish = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    let nl: number;
    while ((nl = s.indexOf('\n', start)) !== -1) {
      let line = s.slice(start, nl);
      if (parts.length > 0) {
        parts.push(line);
        line = parts.join('');
        parts = [];
      }
      yield finish(line);
      start = nl + 1;
    }
    if (start < s.length) parts.push(s.slice(start));
  }
  const tail = parts.join('') + decoder.end();
  if (tail !== '') yield finish(tail);
}

/** Streams a JSONL archive line by line; line numbers count every line, blank ones too. */
export async function* readJsonl(input: NodeJS.ReadableStream, file: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let line = 0;
  try {
    for await (const raw of readLines(input)) {
      line++;
      yield parseJsonlLine(raw, file, line, opts);
    }
  } catch (err) {
    yield { kind: 'failure', id: null, source: line > 0 ? `${file}:${line + 1}` : file, reason: describeFsError(err), bytes: 0 };
  }
}

async function readArticle(path: string, id: string, size?: number): Promise<SourceItem> {
  let bytes: Buffer;
  try {
    // sync: an article is small, and a thread-pool round trip per file costs more than the read itself
    bytes = readFileSync(path);
  } catch (err) {
    return { kind: 'failure', id, source: path, reason: describeFsError(err), bytes: size ?? 0 };
  }
  try {
    const { text, warnings } = decodeArticle(bytes, path);
    return { kind: 'article', id, source: path, text, bytes: bytes.length, warnings };
  } catch (err) {
    const reason = err instanceof InputError ? err.reason : String(err);
    return { kind: 'failure', id, source: path, reason, bytes: bytes.length };
  }
}

async function* readFileInput(path: string, id: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  if (opts.jsonl || isJsonlPath(path)) yield* readJsonl(createReadStream(path), path, opts);
  else yield await readArticle(path, id);
}

async function readStdinArticle(stdin: NodeJS.ReadableStream): Promise<SourceItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const all = Buffer.concat(chunks);
  try {
    const { text, warnings } = decodeArticle(all, 'stdin');
    return { kind: 'article', id: 'stdin', source: 'stdin', text, bytes: all.length, warnings };
  } catch (err) {
    return { kind: 'failure', id: 'stdin', source: 'stdin', reason: err instanceof InputError ? err.reason : String(err), bytes: all.length };
  }
}

interface Entry {
  name: string;
  dir: boolean;
  file: boolean;
}

/** One directory's entries, sorted by name so runs are reproducible; hidden entries (".git") left out. */
async function listDir(path: string): Promise<Entry[]> {
  const dir = await opendir(path);
  const entries: Entry[] = [];
  for await (const d of dir as AsyncIterable<Dirent>) {
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
      if (opts.jsonl) yield* readJsonl(opts.stdin, 'stdin', opts);
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
