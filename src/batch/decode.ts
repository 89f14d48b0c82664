import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

/** An article ready for extraction. Offsets in the output are relative to `text`. */
export interface ArticleInput {
  id: string;
  source: string;
  text: string;
  /** Non-fatal problems with the input (replaced bytes), for stderr. */
  warnings: string[];
}

export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
  }
}

/** Why a UTF-16 file is refused, with the way to convert it. */
export const UTF16_REASON = 'UTF-16 text, not UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8), skipped';

/** A UTF-16 byte order mark (either order): such a file is full of NUL bytes, but it is text, and says so. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Bytes to article text. A leading UTF-8 BOM is dropped, so offsets count from the first character after it;
 * line ends (LF, CRLF, CR) are kept as they are, so offsets match the file. A UTF-16 byte order mark or NUL bytes
 * mean the file is no UTF-8 article (an InputError); other invalid bytes become U+FFFD with a warning, and
 * offsets after them are those of the decoded text (each U+FFFD is one character).
 */
export function decodeArticle(bytes: Uint8Array, source: string): { text: string; warnings: string[] } {
  if (hasUtf16Bom(bytes)) throw new InputError(source, UTF16_REASON);
  if (bytes.includes(0)) throw new InputError(source, 'binary file (contains NUL bytes), skipped');
  const warnings: string[] = [];
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = lenientUtf8.decode(bytes);
    warnings.push(`${source}: invalid UTF-8 bytes replaced with U+FFFD`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, warnings };
}

export function idFromPath(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

export async function readArticleFile(path: string): Promise<ArticleInput> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
  const { text, warnings } = decodeArticle(bytes, path);
  return { id: idFromPath(path), source: path, text, warnings };
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
