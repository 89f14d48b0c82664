/**
 * Word lists as data: each list is one concept, its words come in groups, and each group says why its words are
 * there (and, when they were added for cases seen while measuring, where: a set name and an article count).
 * `test/lexicon/lexicon.test.ts` checks every registered list: no duplicate entries, a reason for every group,
 * and a use somewhere in src/ outside the file that defines it.
 */

export interface WordGroup {
  /** Why these words belong to the concept. */
  readonly reason: string;
  /** Where an observed case came from, when the entry was added for one: "polnear-train, 3 articles". */
  readonly seen?: string;
  readonly words: readonly string[];
}

/**
 * A registered word list: its exported name (so that the lint test can find where it is used), its groups, and
 * the look-up set the stages use. The set is a plain Set, not a subclass: `has` on the per-token paths stays on
 * V8's fast path.
 */
export interface WordList {
  readonly id: string;
  readonly groups: readonly WordGroup[];
  readonly set: ReadonlySet<string>;
}

/** Multi-word phrases ("according to"), with reasons like word sets. */
export interface PhraseGroup {
  readonly reason: string;
  readonly seen?: string;
  readonly phrases: readonly (readonly string[])[];
}

export class PhraseList {
  readonly phrases: readonly (readonly string[])[];
  constructor(
    readonly id: string,
    readonly groups: readonly PhraseGroup[],
  ) {
    this.phrases = groups.flatMap((g) => g.phrases);
  }
}

/** Every list built with `wordSet` or `phraseList`, for the lint test. */
export const REGISTRY: (WordList | PhraseList)[] = [];

export function wordSet(id: string, groups: readonly WordGroup[]): ReadonlySet<string> {
  const set = new Set(groups.flatMap((g) => g.words));
  REGISTRY.push({ id, groups, set });
  return set;
}

/** One group: the common case of a list whose words all share one reason. */
export function wordSetOf(id: string, reason: string, words: readonly string[]): ReadonlySet<string> {
  return wordSet(id, [{ reason, words }]);
}

/** A word with its own reason: lists whose entries each need a different why (src/lexicon/names.ts). */
export interface WordEntry {
  word: string;
  why: string;
}

/**
 * A registered list of words each with its own reason, as the look-up set the stages use (like `wordSet`); the
 * lint test sees it as groups of the words that share a reason.
 */
export function wordEntries(id: string, entries: readonly WordEntry[]): ReadonlySet<string> {
  return registerEntries(id, entries);
}

/** Registers a list of entries that carry more than a word and its reason (gender.ts), for the lint test. */
export function registerEntries(id: string, entries: readonly WordEntry[]): ReadonlySet<string> {
  const groups = new Map<string, string[]>();
  for (const e of entries) {
    const g = groups.get(e.why);
    if (g) g.push(e.word);
    else groups.set(e.why, [e.word]);
  }
  const set = new Set(entries.map((e) => e.word));
  REGISTRY.push({ id, groups: [...groups].map(([reason, words]) => ({ reason, words })), set });
  return set;
}

export function phraseList(id: string, groups: readonly PhraseGroup[]): PhraseList {
  const list = new PhraseList(id, groups);
  REGISTRY.push(list);
  return list;
}
