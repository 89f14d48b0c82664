/**
 * Which canonical names, across the articles of one run, are the same speaker. The extractor names each speaker
 * within its article; an archive then holds "Donald J. Trump", "Donald Trump", "President Trump" and "Trump" for
 * one man, and a count per string splits him four ways. Here a name becomes a key that ignores what a reader
 * ignores (case, a leading title, a middle initial, a leading "the"), and a surname alone joins the full name with
 * that surname when the run knows exactly one; when it knows two ("Bill Clinton", "Hillary Clinton"), "Clinton"
 * stays on its own, because a reader could not tell which one it is either.
 */
import { HONORIFICS, ROLE_NOUNS } from '../lexicon/titles.js';
import type { SpeakerKind } from '../types.js';

/** Words before a name that are not part of it: honorifics ("Sen.") and offices ("President"). */
const TITLE_WORDS = new Set([...HONORIFICS, ...ROLE_NOUNS]);
/** Words after a surname that tell a different person ("Donald Trump Jr." is not his father). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a name, lower-case, curly apostrophes straightened, trailing dots and commas dropped. */
function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/[.,]+$/, ''))
    .filter((w) => w !== '');
}

/**
 * The key names are merged by. Persons: without leading titles (while a name is left) and middle initials
 * ("Sen. Ted Cruz", "Ted Cruz" -> "ted cruz"; "Donald J. Trump" -> "donald trump"). Every kind: case, spacing
 * and a leading "the" ignored ("the Pentagon" = "Pentagon").
 */
export function nameKey(name: string, kind: SpeakerKind): string {
  let w = words(name);
  if (w.length > 1 && w[0] === 'the') w = w.slice(1);
  if (kind !== 'person') return w.join(' ');
  while (w.length > 1 && TITLE_WORDS.has(w[0]!)) w = w.slice(1);
  if (w.length > 2) w = [w[0]!, ...w.slice(1, -1).filter((m) => !/^\p{L}$/u.test(m)), w[w.length - 1]!];
  return w.join(' ');
}

/** The surname a full person key ends with (before a "Jr."), or null for a one-word key. */
export function surnameOf(key: string): string | null {
  const w = key.split(' ');
  while (w.length > 1 && SUFFIXES.has(w[w.length - 1]!)) w.pop();
  return w.length >= 2 ? w[w.length - 1]! : null;
}

/**
 * For a set of person keys: one-word keys that are the surname of exactly one multi-word key map to it;
 * everything else maps to itself (absent from the map). Used within one article and over the whole run.
 */
export function surnameMerges(personKeys: Iterable<string>): Map<string, string> {
  const bySurname = new Map<string, string | null>();
  const single: string[] = [];
  for (const key of personKeys) {
    const surname = surnameOf(key);
    if (surname === null) {
      if (!key.includes(' ')) single.push(key);
      continue;
    }
    const seen = bySurname.get(surname);
    // null marks a surname shared by two different full names: ambiguous
    if (seen === undefined) bySurname.set(surname, key);
    else if (seen !== key) bySurname.set(surname, null);
  }
  const merges = new Map<string, string>();
  for (const key of single) {
    const full = bySurname.get(key);
    if (full) merges.set(key, full);
  }
  return merges;
}
