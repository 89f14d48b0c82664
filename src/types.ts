/** The public data model: one record per quoted statement, as printed in JSON. */

export type QuoteType = 'direct' | 'indirect' | 'mixed';

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
}

/** Which rule found a quote and which named its speaker; present only with `explain`. */
export interface Explanation {
  quoteRule: string;
  speakerRule: string | null;
}

export interface Quote extends Span {
  type: QuoteType;
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
  quotes: Quote[];
}

/** Alias table: canonical name -> variants as they appear in text ("Pentagon" -> ["U.S. Department of Defense"]). */
export type AliasTable = Record<string, string[]>;

export interface ExtractOptions {
  /** Extra aliases merged over the built-in lexicon. */
  aliases?: AliasTable;
  /** Add `explain` (rule ids) to each quote. */
  explain?: boolean;
}
