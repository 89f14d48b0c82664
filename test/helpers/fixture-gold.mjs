// Writes fixtures/<id>.gold.json for the invented fixtures from judgements written below (not from tool output):
// each span is given as the string it covers (and which occurrence), and its offsets are counted here in code points.
// Run: node test/helpers/fixture-gold.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../../fixtures/', import.meta.url).pathname;
function spanner(text) {
  const cps = Array.from(text);
  return (s, nth = 0) => {
    let from = 0,
      at = -1;
    for (let k = 0; k <= nth; k++) {
      at = text.indexOf(s, from);
      if (at < 0) throw new Error(`not found: ${s}`);
      from = at + 1;
    }
    const start = Array.from(text.slice(0, at)).length;
    const end = start + Array.from(s).length;
    if (cps.slice(start, end).join('') !== s) throw new Error(`bad span ${s}`);
    return { text: s, start, end };
  };
}
const golds = {
  'city-council-budget': (at) => ({
    quotes: [
      {
        ...at('We heard from hundreds of families, and they were clear about what they need,'),
        type: 'direct',
        cue: 'said',
        speaker: { ...at('Mayor Elena Brooks'), name: 'Elena Brooks', kind: 'person' },
        via: [],
      },
      {
        ...at('the city could not afford the extra staff'),
        type: 'indirect',
        cue: 'said',
        speaker: { ...at('Councillor Tom Hadley'), name: 'Tom Hadley', kind: 'person' },
        via: [],
      },
      {
        ...at(
          'This library is the only quiet place some of our students have.\n“Closing it on Sundays would have hurt them most, and we were not going to let that happen.',
        ),
        type: 'direct',
        cue: 'told',
        speaker: { ...at('Brooks', 1), name: 'Elena Brooks', kind: 'person' },
        via: [],
      },
      {
        ...at('the Sunday hours will cost about $240,000 a year'),
        type: 'indirect',
        cue: 'According to',
        speaker: { ...at('the city finance office'), name: null, kind: 'organization' }, // a common noun is no name; still an institution
        via: [],
      },
    ],
    optional: [],
    notQuotes: [],
  }),
  'harbor-cup-final': (at) => ({
    quotes: [
      {
        ...at('We never stopped believing, not even when we went a goal down,'),
        type: 'direct',
        cue: 'said',
        speaker: { ...at('captain Maria Santos'), name: 'Maria Santos', kind: 'person' },
        via: [],
      },
      {
        ...at('The players showed real character tonight.'),
        type: 'direct',
        cue: 'said',
        speaker: { ...at('Coach Daniel Reyes'), name: 'Daniel Reyes', kind: 'person' },
        via: [],
      },
      {
        ...at('It is the best night of my career,'),
        type: 'direct',
        cue: 'told',
        speaker: { ...at('Santos', 1), name: 'Maria Santos', kind: 'person' },
        via: [],
      },
      {
        ...at('We will be back next season,'),
        type: 'direct',
        cue: 'said',
        speaker: { ...at('Lakeside coach Peter Lind'), name: 'Peter Lind', kind: 'person' },
        via: [],
      },
    ],
    optional: [],
    notQuotes: [],
  }),
  'gallery-reopening': (at) => ({
    quotes: [
      {
        ...at('We wanted to bring the music back into the building,'),
        type: 'direct',
        cue: 'said',
        speaker: { ...at('Jae Kim', 1), name: 'Jae Kim', kind: 'person' },
        via: [],
      },
      {
        ...at('the officials’ claims about the delays were unfair'),
        type: 'indirect',
        cue: 'said',
        speaker: { ...at('The curator, Ana Costa'), name: 'Ana Costa', kind: 'person' },
        via: [],
      },
      {
        ...at('Every poster here tells a story about the city'),
        type: 'direct',
        cue: 'said',
        speaker: { ...at('the French designer Claire Morel'), name: 'Claire Morel', kind: 'person' },
        via: [],
      },
    ],
    optional: [],
    notQuotes: [],
  }),
  'ferry-report': (at) => ({
    quotes: [
      {
        ...at('two of the three ferries are more than forty years old'),
        type: 'indirect',
        cue: 'said',
        speaker: { ...at('The regional transport authority'), name: null, kind: 'organization' }, // a common noun is no name; still an institution
        via: [],
      },
      {
        ...at('The boats are safe, but they are tired, and the passengers deserve better,'),
        type: 'direct',
        cue: 'said',
        speaker: { ...at('Lindqvist', 1), name: 'Sara Lindqvist', kind: 'person' },
        via: [],
      },
    ],
    optional: [],
    notQuotes: [
      { text: 'fantasy schedule', reason: 'scare quotes: a nickname, not a statement' },
      { text: 'Crossing the Sound', reason: 'a book title' },
    ],
  }),
};
for (const [id, make] of Object.entries(golds)) {
  const text = readFileSync(`${dir + id}.txt`, 'utf8');
  const gold = { id, ...make(spanner(text)) };
  writeFileSync(`${dir + id}.gold.json`, `${JSON.stringify(gold, null, 2)}\n`);
  console.log('wrote', id, gold.quotes.length);
}
