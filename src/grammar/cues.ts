/**
 * Cues: the reporting expressions that tie a statement to its speaker. Verb forms are built from the lemma
 * lexicon once, at load time.
 */

import { phraseAt, phraseIndex, type Token } from '../extract/segment.js';
import { CUE_VERBS, type CueVerb, SOURCE_PHRASES, TIME_SPAN_WORDS, TIME_UNITS } from '../lexicon/index.js';

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';

export interface CueMatch {
  verb: CueVerb;
  form: VerbForm;
  /** Token range of the cue [first, last): "said", "pointed out", "called for". */
  first: number;
  last: number;
}

const VOWEL = /[aeiou]/;

export function inflect(lemma: string): Record<VerbForm, string> {
  const last = lemma.slice(-1);
  const consonantY = last === 'y' && !VOWEL.test(lemma.slice(-2, -1));
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = last === 'e' ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const gerund = last === 'e' && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return { base: lemma, third, past, participle: past, gerund };
}

interface FormEntry {
  verb: CueVerb;
  form: VerbForm;
}

const FORMS = new Map<string, FormEntry[]>();
for (const verb of CUE_VERBS) {
  const forms = { ...inflect(verb.lemma), ...verb.forms };
  if (verb.forms?.past && !verb.forms.participle) forms.participle = verb.forms.past;
  for (const form of ['base', 'third', 'past', 'participle', 'gerund'] as const) {
    if (verb.only && !verb.only.includes(form)) continue;
    const word = forms[form];
    const list = FORMS.get(word) ?? [];
    if (!list.some((e) => e.verb === verb)) list.push({ verb, form });
    FORMS.set(word, list);
  }
}

/** The cue verb at token `i`, if any. A verb that needs a particle ("call for") is tried before one that does not. */
export function cueAt(tokens: Token[], i: number): CueMatch | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  const entries = FORMS.get(t.lower);
  if (!entries) return null;
  let plain: CueMatch | null = null;
  for (const { verb, form } of entries) {
    if (verb.particle) {
      if (tokens[i + 1]?.lower === verb.particle && !durationAfter(tokens, i + 1) && !(verb.bareParticle && objectAfter(tokens, i + 2)))
        return { verb, form, first: i, last: i + 2 };
    } else if (!plain) {
      plain = { verb, form, first: i, last: i + 1 };
    }
  }
  return plain;
}

/** A word at `i` that is neither "to" nor "that": an object or a complement, which a bare particle cannot take. */
const objectAfter = (tokens: Token[], i: number): boolean => tokens[i]?.kind === 'word' && tokens[i]!.lower !== 'to' && tokens[i]!.lower !== 'that';

/**
 * "has argued for years that …", "campaigned for two decades": "for" at `i` opens a span of time (count words of
 * TIME_SPAN_WORDS ending on a plural unit of TIME_UNITS), which tells how long; it is no particle of the verb.
 */
function durationAfter(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'for') return false;
  let j = i + 1;
  while (j < i + 5 && tokens[j]?.kind === 'word' && TIME_SPAN_WORDS.has(tokens[j]!.lower) && !TIME_UNITS.has(tokens[j]!.lower)) j++;
  // "argued for months of talks": a unit with "of" after it is a noun phrase, the particle's object.
  return tokens[j]?.kind === 'word' && TIME_UNITS.has(tokens[j]!.lower) && tokens[j + 1]?.lower !== 'of';
}

/** "According to" and the like at token `i`: returns the index after the phrase, or -1. */
const SOURCE_INDEX = phraseIndex(SOURCE_PHRASES.phrases);

export function sourcePhraseAt(tokens: Token[], i: number): number {
  const phrase = phraseAt(tokens, i, SOURCE_INDEX);
  return phrase ? i + phrase.length : -1;
}

/** Every lower-case word that a cue verb (cueAt) or a source phrase (sourcePhraseAt) can start with. */
export const CUE_STARTS: ReadonlySet<string> = new Set([...FORMS.keys(), ...SOURCE_INDEX.keys()]);
