/** The public data model: one record per quoted statement, as printed in JSON. */

export type QuoteType = 'direct' | 'indirect' | 'mixed';

/**
 * What kind of attribution a quote is. `statement`: speech or writing (said, told, wrote, according to, a colon
 * attribution; every direct or mixed quote). `belief`: thoughts, intents, wishes (thinks, wants, plans, declined
 * to). `stance`: support, opposition, praise or blame with an object (supports, criticized). `finding`: evidence
 * from polls, studies, data, documents (the poll found, data show).
 */
export type Act = 'statement' | 'belief' | 'stance' | 'finding' | 'other';
export const ACTS: readonly Act[] = ['statement', 'belief', 'stance', 'finding', 'other'];

/** A person's gender as the article shows it; null when the evidence is absent or conflicting. */
export type Gender = 'female' | 'male';
/** Where a gender came from: a pronoun that refers to the speaker, an honorific, a gendered role noun, or (a labelled fallback) first-name statistics. */
export type GenderEvidence = 'pronoun' | 'honorific' | 'role-noun' | 'first-name';

/**
 * `person` and `organization` are named (or resolved) sources; `anonymous` covers unnamed ones
 * ("a source", "officials", "earlier reports").
 */
export type SpeakerKind = 'person' | 'organization' | 'anonymous';

/** A piece of the article: `articleText.slice(start, end) === text`, offsets in Unicode code points. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Speaker extends Span {
  /** The name a user would group by ("JCS", "Pentagon", "Ted Cruz"), or null when there is none. */
  name: string | null;
  kind: SpeakerKind;
  /** The local mention when `text` is an earlier, fuller mention it refers to ("he", "the source"). */
  mention?: Span;
  /** The role or title the article gives the speaker ("political scientist", "spokeswoman"), when it gives one. */
  role?: string | null;
  /** For persons: the gender the article's own evidence shows, else null; null for organizations and anonymous sources. */
  gender?: Gender | null;
  /** What `gender` was inferred from, or null. */
  genderBy?: GenderEvidence | null;
}

/** Which rule found a quote and which named its speaker; present only with `explain`. */
export interface Explanation {
  quoteRule: string;
  speakerRule: string | null;
  /** The rule that gave the quote its act. */
  actRule?: string | null;
  /** The rule that ended the content where it ends. */
  boundaryRule?: string | null;
  /** The rule that chose the speaker's canonical name. */
  nameRule?: string | null;
}

export interface Quote extends Span {
  type: QuoteType;
  act: Act;
  /** The reporting expression as written ("said", "According to"), or null when the speaker was inherited. */
  cue: string | null;
  speaker: Speaker | null;
  /** Outlets or intermediaries the statement came through ("Yonhap", "Western intelligence"). */
  via: string[];
  explain?: Explanation;
}

/** One line of JSON output. */
export interface ArticleResult {
  id: string;
  source: string;
  /** JSONL fields copied with --keep-fields (outlet, date, url ...), by the path given. */
  meta?: Record<string, unknown>;
  quotes: Quote[];
}

/** Alias table: canonical name -> variants as they appear in text ("Pentagon" -> ["U.S. Department of Defense"]). */
export type AliasTable = Record<string, string[]>;

export interface ExtractOptions {
  /** Extra aliases merged over the built-in lexicon. */
  aliases?: AliasTable;
  /** Add `explain` (rule ids) to each quote. */
  explain?: boolean;
  /** Which acts to report: a list, or 'all'. Default: statements only. */
  acts?: readonly Act[] | 'all';
}
