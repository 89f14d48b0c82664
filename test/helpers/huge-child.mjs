// Runs extractQuotes on one generated input in a child process (test/huge.test.ts kills it when it hangs).
// Usage: node huge-child.mjs <case> [<case> ...]; prints one JSON line per case: {name, chars, ms, quotes}.
// Uses the built library (npm test builds first).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractQuotes } from '../../dist/index.js';

const SEED = readFileSync(new URL('../../fixtures/north-korea-reinforcements.txt', import.meta.url), 'utf8');
const MB = 1_000_000;

/** `unit` repeated to at least `size` UTF-16 units. */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length));

/** Invented paragraphs with quotes of every kind, so the big article exercises all passes. */
const PARAGRAPHS = [
  '"We are ahead of schedule," Mayor Lena Ortiz said on Monday. She added that the bridge would reopen in May.',
  'According to the transport ministry, the costs are under control. “It is a bold plan,” said Tobin Quist, a council member.',
  'The spokesman told reporters: "Nothing has been decided." Critics called it a "gamble", and he said they were wrong.',
  "In the '90s, rock 'n' roll bands played at Kim's club. ‘It was the best decade,’ said Kim Dae-ho.",
  '„Wir schaffen das“, sagte Brandt. « We will not give in », said Minister Claire Dumas, as quoted by Reuters.',
].join('\n');

export const CASES = {
  // Sizes: 20 MB where the input is cheap to process, 5 MB where 20 MB would take most of a minute on a busy
  // 2-core machine; both prove the pipeline is not quadratic (a quadratic step takes hours at 5 MB).
  'article-5mb': () => fill(`${PARAGRAPHS}\n${SEED}\n`, 5 * MB),
  'article-20mb': () => fill(`${PARAGRAPHS}\n${SEED}\n`, 20 * MB),
  'article-one-line-20mb': () => fill(`${(`${PARAGRAPHS} ${SEED}`).replace(/[\r\n]+/g, ' ')} `, 20 * MB),
  'line-of-a-20mb': () => 'a'.repeat(20 * MB),
  'line-of-quote-marks-20mb': () => '"'.repeat(20 * MB),
  'line-of-alternating-quote-a-5mb': () => fill('"a', 5 * MB),
  'line-of-alternating-apostrophe-a-5mb': () => fill("'a", 5 * MB),
  'line-of-words-and-spaces-20mb': () => fill('blorvin ', 20 * MB),
};

/** Inputs aimed at each regular expression and loop in src/: nested or overlapping quantifiers would blow up here. */
export const PATHOLOGICAL = {
  spaces: () => ' '.repeat(MB),
  'line breaks': () => '\n'.repeat(MB),
  'CRLF breaks': () => fill('\r\n', MB),
  'space-newline': () => fill(' \n', MB),
  'open quote per paragraph': () => fill('"\n', MB),
  'curly open per paragraph': () => fill('“a\n\n', MB),
  'open parens': () => '('.repeat(MB),
  'open parens and spaces': () => fill('( ', MB),
  'paren dot': () => fill(').', MB),
  commas: () => ','.repeat(MB),
  'one long word': () => 's'.repeat(MB),
  'dotted word a.a.a': () => `${fill('a.', MB)}a`,
  "apostrophe word a'a'a": () => `${fill("a'", MB)}a`,
  'hyphen word a-a-a': () => `${fill('a-', MB)}a`,
  'mixed joiners': () => fill("a.b'c-d&e·f’", MB),
  'initials A. A. A.': () => fill('A. ', MB),
  'Mr. Mr. Mr.': () => fill('Mr. ', MB),
  'capitalised run': () => fill('Kim ', MB),
  'possessive run': () => fill("Kim's ", MB),
  'one sentence of cues': () => fill('he said ', MB),
  'cues with commas': () => fill('X, he said, as Y, ', MB),
  'according to chain': () => fill('according to the ministry, ', MB),
  'told chain': () => fill('told reporters told reporters ', MB),
  'quotes in one sentence': () => fill('"a b c," said Kim, ', MB),
  'quote-only sentences': () => fill('"We will win this." ', MB),
  'straight singles': () => "'".repeat(MB),
  'curly singles': () => '‘’'.repeat(MB / 2),
  guillemets: () => fill('« ', MB),
  'low-9 marks': () => fill('„‚', MB),
  'terminal run': () => fill('!?.…', MB),
  'closers after stop': () => fill('.)', MB),
  emoji: () => '😀'.repeat(MB / 2),
  'astral letters': () => fill('𝕏 ', MB),
  'combining marks': () => fill('e\u0301', MB),
  'control characters': () => fill('\u0001\u001b\u007f', MB),
  'colon lines': () => fill('Kim Dae: a b c d\n', MB),
  'digits and commas': () => fill('1,900 ', MB),
  'acronym parens': () => fill('Joint Chiefs of Staff (JCS) ', MB),
};

function run(names) {
  for (const name of names) {
    const make = CASES[name] ?? PATHOLOGICAL[name];
    if (!make) throw new Error(`unknown case ${name}`);
    const text = make();
    process.stdout.write(`${JSON.stringify({ start: name })}\n`);
    const t0 = performance.now();
    const quotes = extractQuotes(text);
    const ms = performance.now() - t0;
    // Spot-check the offsets of the first and last quote where UTF-16 and code point offsets coincide.
    if (!/[\uD800-\uDFFF]/.test(text)) {
      for (const q of [quotes[0], quotes[quotes.length - 1]]) {
        if (q && text.slice(q.start, q.end) !== q.text) throw new Error(`${name}: bad offsets ${q.start}-${q.end}`);
      }
    }
    process.stdout.write(`${JSON.stringify({ name, chars: text.length, ms: Math.round(ms), quotes: quotes.length })}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  run(args[0] === '--pathological' ? Object.keys(PATHOLOGICAL) : args);
}
