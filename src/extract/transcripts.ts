/**
 * Stage 6, interview transcripts: a paragraph that opens with a name and a colon is that speaker's turn, and answers
 * in a Q&A belong to the interviewee.
 */

import { phraseAfter } from '../grammar/noun-phrases.js';
import { auxiliaries, determiners, hasVerbTag, isFiniteVerb, QA_LABELS } from '../lexicon/index.js';
import type { NounPhrase } from '../naming/canonical.js';
import { type ArticleContext, clauseTo, isStatement, makeContent } from './article.js';
import { type Candidate, candidate } from './candidate.js';
import { isInsideQuote } from './segment.js';

interface Label {
  np: NounPhrase;
  colon: number;
}

/** The paragraphs that open with a speaker label ("TAPPER:", "Chris Matthews:"), and the Q: and A: lines. */
function transcriptLabels(a: ArticleContext): { labels: Label[]; answerColons: number[]; questions: number[] } {
  const t = a.tokens;
  const labels: Label[] = [];
  const answerColons: number[] = [];
  const questions: number[] = [];
  for (const sent of a.seg.sentences) {
    const first = t[sent.first]!;
    if (!(first.newline || sent.first === 0) || !first.cap || first.kind !== 'word') continue;
    let colon = -1;
    for (let i = sent.first; i < sent.last && i < sent.first + 6; i++) {
      const x = t[i]!;
      if (x.text === ':') {
        colon = i;
        break;
      }
      if ((x.kind === 'word' && !x.cap) || (x.kind !== 'word' && x.text !== '.')) break;
    }
    if (colon <= sent.first) continue;
    // "Q:" and "A:" in an interview mark question and answer: they name nobody; the answers are the
    // interviewee's (see below).
    if (colon - sent.first === 1 && QA_LABELS.has(t[sent.first]!.lower)) {
      (/^a/.test(t[sent.first]!.lower) ? answerColons : questions).push(colon);
      continue;
    }
    if (colon - sent.first === 1 && Array.from(t[sent.first]!.text).length === 1) continue;
    const np = phraseAfter(t, sent.first, colon);
    if (!np || np.last !== colon || determiners.has(t[np.first]!.lower)) continue;
    // "Contributing:", "Tuesday’s Morning Email:": a heading, not a speaker.
    if (t.slice(np.first, np.last).some((x) => /['’]s?$/.test(x.text) && x.kind === 'word')) continue;
    if (np.last - np.first === 1 && hasVerbTag(t[np.first]!.lower)) continue;
    const info = a.namer.describe(np.first, np.last);
    // Interview transcripts label turns in capitals ("TAPPER:"); otherwise the label must name a person.
    // A headline in capitals before a colon ("FIX IS IN: …") has a verb; a speaker's label has none.
    const capsLabel =
      colon - np.first <= 3 &&
      t.slice(np.first, colon).every((x) => x.kind !== 'word' || (/^[\p{Lu}\d.'’-]+$/u.test(x.text) && !isFiniteVerb(x.lower) && !auxiliaries.has(x.lower)));
    if (!(info.kind === 'person' && info.named) && !capsLabel) continue;
    labels.push({ np, colon });
  }
  return { labels, answerColons, questions };
}

/**
 * Transcripts: "Chris Matthews: Seriously, …", "TAPPER: And obviously, …". A paragraph that opens with a name
 * and a colon is that speaker's turn. When the article has several such labels it is an interview, and a turn
 * runs on over the following paragraphs until the next label.
 */
export function findTranscripts(a: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  const { labels, answerColons, questions } = transcriptLabels(a);
  // Labels in capitals ("TAPPER:") mark an interview, where a turn runs on over paragraphs; named section
  // headings ("Bernie Sanders: Credit scores") do not. A headline above the transcript ("Gov. Fallin: Trump is
  // …") is a label too, but not in capitals: it neither makes nor unmakes the interview, and its turn is its line.
  const capsLabel = ({ np, colon }: Label): boolean => t.slice(np.first, colon).every((x) => x.kind !== 'word' || /^[\p{Lu}\d.'’-]+$/u.test(x.text));
  const interview = labels.filter(capsLabel).length >= 2;
  for (const [n, label] of labels.entries()) {
    const { np, colon } = label;
    let end = colon + 1;
    while (end < t.length && !t[end]!.newline) end++;
    if (interview && capsLabel(label)) {
      const next = labels[n + 1];
      const stop = next ? next.np.first : t.length;
      // A turn ends at the next label (or after 2,000 tokens: a transcript's turns are shorter).
      while (end < stop && end - colon < 2000) {
        let e = end + 1;
        while (e < stop && !t[e]!.newline) e++;
        end = e;
      }
    }
    const to = clauseTo(a, colon + 1, end);
    if (!isStatement(a, colon + 1, to, 3)) continue;
    const content = makeContent(a, colon + 1, to);
    if (!content) continue;
    out.push(
      candidate(
        content,
        { sentence: t[colon]!.sentence, paragraph: a.seg.paragraphOf[colon]! },
        {
          cue: { first: colon, last: colon + 1 },
          speaker: { first: np.first, last: np.last, np },
          via: [],
          rule: 'transcript-colon',
          speakerRule: 'before-colon',
        },
      ),
    );
  }
  if (questions.length > 0 && answerColons.length > 0) out.push(...answers(a, answerColons, Math.min(questions[0]!, answerColons[0]!) - 1));
  return out;
}

/** Q&A: each "A:" line is the interviewee's, the person named last before the first question or answer. */
function answers(a: ArticleContext, colons: number[], before: number): Candidate[] {
  const out: Candidate[] = [];
  const t = a.tokens;
  let interviewee: NounPhrase | null = null;
  for (let i = before - 1; i >= 0 && i >= before - 300 && !interviewee; i--) {
    if (!t[i]!.cap || t[i]!.kind !== 'word' || isInsideQuote(t[i]!)) continue;
    let first = i;
    while (first > 0 && t[first - 1]!.cap && t[first - 1]!.kind === 'word') first--;
    const info = a.namer.describe(first, i + 1);
    if (info.kind === 'person' && info.named) interviewee = { first, last: i + 1 };
    i = first;
  }
  if (!interviewee) return out;
  for (const colon of colons) {
    let end = colon + 1;
    while (end < t.length && !t[end]!.newline) end++;
    const to = clauseTo(a, colon + 1, end);
    if (!isStatement(a, colon + 1, to, 1)) continue;
    const content = makeContent(a, colon + 1, to);
    if (!content) continue;
    const speaker = { first: interviewee.first, last: interviewee.last, np: interviewee };
    out.push(
      candidate(
        content,
        { sentence: t[colon]!.sentence, paragraph: a.seg.paragraphOf[colon]! },
        { cue: { first: colon, last: colon + 1 }, speaker, via: [], rule: 'qa-answer', speakerRule: 'interviewee' },
      ),
    );
  }
  return out;
}
