import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { Quote, Speaker } from '../../src/types.js';
import { spanOf } from '../helpers/index.js';

/** The span of the nth occurrence of `s` in `text`, in code points. */
const at = spanOf;

interface Case {
  name: string;
  text: string;
  quote: string;
  type?: Quote['type'];
  cue: string | null;
  speaker: { text: string; nth?: number; name: string | null; kind: Speaker['kind']; mention?: string };
  via?: string[];
  /** Quotes in the text (default 1); the case is about the last one. */
  count?: number;
}

/** The one quote a case expects, with exact offsets, built from the strings the case names. */
function expected(c: Case): Quote {
  const sp = c.speaker;
  const speaker: Speaker = { ...at(c.text, sp.text, sp.nth ?? 0), name: sp.name, kind: sp.kind };
  if (sp.mention) speaker.mention = at(c.text, sp.mention, sp.text === sp.mention ? 1 : 0);
  return { ...at(c.text, c.quote), type: c.type ?? 'direct', act: 'statement' as const, cue: c.cue, speaker, via: c.via ?? [] };
}

const lastQuote = (text: string, options = {}): Quote | undefined => extractQuotes(text, options).at(-1);

/** The quote without the speaker's role and gender, which test/naming/entities.test.ts checks case by case. */
function withoutEntityFields(q: Quote | undefined): Quote | undefined {
  if (!q?.speaker) return q;
  const { role: _r, gender: _g, genderBy: _b, ...speaker } = q.speaker;
  return { ...q, speaker };
}

// Each speaker position around a direct quote.
const POSITIONS: Case[] = [
  {
    name: '"…," said X',
    text: '"The bridge will open in May," said Mayor Lena Ortiz.',
    quote: 'The bridge will open in May,',
    cue: 'said',
    speaker: { text: 'Mayor Lena Ortiz', name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: '"…," X said',
    text: '"The bridge will open in May," Mayor Lena Ortiz said.',
    quote: 'The bridge will open in May,',
    cue: 'said',
    speaker: { text: 'Mayor Lena Ortiz', name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: '"…," X told Y',
    text: '"The bridge will open in May," Lena Ortiz told reporters.',
    quote: 'The bridge will open in May,',
    cue: 'told',
    speaker: { text: 'Lena Ortiz', name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: 'X said: "…"',
    text: 'Lena Ortiz said: "The bridge will open in May."',
    quote: 'The bridge will open in May.',
    cue: 'said',
    speaker: { text: 'Lena Ortiz', name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: 'According to X, "…"',
    text: 'According to Lena Ortiz, "the bridge will open in May."',
    quote: 'the bridge will open in May.',
    cue: 'According to',
    speaker: { text: 'Lena Ortiz', name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: '"…," according to X',
    text: '"The bridge will open in May," according to Lena Ortiz.',
    quote: 'The bridge will open in May,',
    cue: 'according to',
    speaker: { text: 'Lena Ortiz', name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: '"…," she said (pronoun, resolved)',
    text: 'Lena Ortiz spoke first. "The bridge will open in May," she said.',
    quote: 'The bridge will open in May,',
    cue: 'said',
    speaker: { text: 'Lena Ortiz', name: 'Lena Ortiz', kind: 'person', mention: 'she' },
  },
];

// Whole noun phrases and canonical names.
const PHRASES: Case[] = [
  {
    name: 'a phrase with an acronym and a complement',
    text: '"The exercise went well," the Joint Chiefs of Staff (JCS) of South Korea said.',
    quote: 'The exercise went well,',
    cue: 'said',
    speaker: { text: 'the Joint Chiefs of Staff (JCS) of South Korea', name: 'JCS', kind: 'organization' },
  },
  {
    name: 'a section of an outlet',
    text: '"Prices will fall next year," said the Russian section of the BBC.',
    quote: 'Prices will fall next year,',
    cue: 'said',
    speaker: { text: 'the Russian section of the BBC', name: 'BBC', kind: 'organization' },
  },
  {
    name: 'an acronym the article defines',
    text: 'The National Water Board (NWB) met on Monday. "Supplies are safe," the NWB said.',
    quote: 'Supplies are safe,',
    cue: 'said',
    speaker: { text: 'the NWB', name: 'NWB', kind: 'organization' },
  },
  {
    name: 'the alias lexicon',
    text: '"The contract is under review," the U.S. Department of Defense said.',
    quote: 'The contract is under review,',
    cue: 'said',
    speaker: { text: 'the U.S. Department of Defense', name: 'Pentagon', kind: 'organization' },
  },
  {
    name: 'a full name for a later surname',
    text: 'Harbor Rowing Club chairman Dan Ortiz arrived early. "We are ready," Ortiz said.',
    quote: 'We are ready,',
    cue: 'said',
    speaker: { text: 'Ortiz', nth: 1, name: 'Dan Ortiz', kind: 'person' },
  },
  {
    name: 'a back-reference to an organization quoted before',
    text: 'The Northwind Shipping Company said on Monday that it would cut 200 jobs. "This is a hard day," the company said.',
    quote: 'This is a hard day,',
    cue: 'said',
    speaker: { text: 'The Northwind Shipping Company', name: 'Northwind Shipping Company', kind: 'organization', mention: 'the company' },
    count: 2,
  },
  {
    name: 'an unlisted organization',
    text: '"The plan is a disaster," Acme Corp said.',
    quote: 'The plan is a disaster,',
    cue: 'said',
    speaker: { text: 'Acme Corp', name: 'Acme Corp', kind: 'organization' },
  },
];

// Kinds.
const KINDS: Case[] = [
  {
    name: 'person',
    text: '"We move on," said Mayor Lena Ortiz.',
    quote: 'We move on,',
    cue: 'said',
    speaker: { text: 'Mayor Lena Ortiz', name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: 'organization',
    text: '"The plan is sound," the ministry said.',
    quote: 'The plan is sound,',
    cue: 'said',
    // A common noun is no name; an institution that the article does not name is still an organization.
    speaker: { text: 'the ministry', name: null, kind: 'organization' },
  },
  {
    name: 'anonymous: officials',
    text: '"The talks have stalled," officials said.',
    quote: 'The talks have stalled,',
    cue: 'said',
    speaker: { text: 'officials', name: null, kind: 'anonymous' },
  },
  {
    name: 'anonymous: a senior official',
    text: '"The plan is sound," said a senior official.',
    quote: 'The plan is sound,',
    cue: 'said',
    speaker: { text: 'a senior official', name: null, kind: 'anonymous' },
  },
  {
    name: 'anonymous: a spokesperson for a company',
    text: '"We will appeal," a spokesperson for Northwind Shipping said.',
    quote: 'We will appeal,',
    cue: 'said',
    speaker: { text: 'a spokesperson for Northwind Shipping', name: null, kind: 'anonymous' },
  },
  {
    name: 'anonymous: a plural common noun opening the sentence',
    text: 'Investors said the plant would close in June.',
    quote: 'the plant would close in June',
    type: 'indirect',
    cue: 'said',
    speaker: { text: 'Investors', name: null, kind: 'anonymous' },
  },
  {
    name: 'anonymous: earlier reports (indirect)',
    text: 'Earlier reports indicated that the plant would close in June.',
    quote: 'the plant would close in June',
    type: 'indirect',
    cue: 'indicated',
    speaker: { text: 'Earlier reports', name: null, kind: 'anonymous' },
  },
];

// Once listed in known-failures.md; kept here so they stay fixed.
const FIXED: Case[] = [
  {
    name: 'a title word before a name',
    text: 'Councillor Tom Hadley said the city could not afford the extra staff.',
    quote: 'the city could not afford the extra staff',
    type: 'indirect',
    cue: 'said',
    speaker: { text: 'Councillor Tom Hadley', name: 'Tom Hadley', kind: 'person' },
  },
  {
    name: 'a noun compound with a verb form in it',
    text: 'According to the city finance office, the Sunday hours will cost about $240,000 a year.',
    quote: 'the Sunday hours will cost about $240,000 a year',
    type: 'indirect',
    cue: 'According to',
    speaker: { text: 'the city finance office', name: null, kind: 'organization' },
  },
  {
    name: 'a role, then the name in apposition',
    text: 'The curator, Ana Costa, said the claims were unfair.',
    quote: 'the claims were unfair',
    type: 'indirect',
    cue: 'said',
    speaker: { text: 'The curator, Ana Costa', name: 'Ana Costa', kind: 'person' },
  },
  {
    name: 'a name in apposition after the cue',
    text: '«Nous restons ici», said the mayor, Anne Dupont.',
    quote: 'Nous restons ici',
    cue: 'said',
    speaker: { text: 'the mayor, Anne Dupont', name: 'Anne Dupont', kind: 'person' },
  },
  {
    name: 'a common-noun complement after the cue',
    text: '"We will appeal," said a lawyer for the family.',
    quote: 'We will appeal,',
    cue: 'said',
    speaker: { text: 'a lawyer for the family', name: null, kind: 'anonymous' },
  },
  {
    name: 'a name, an age and a description before the cue',
    text: 'Marta J. Olsen, 58, a retired nurse from Ohio, said she wanted change.',
    quote: 'she wanted change',
    type: 'indirect',
    cue: 'said',
    // The name to group by drops the middle initial: "Marta Olsen" and "Marta J. Olsen" are one person.
    speaker: { text: 'Marta J. Olsen, 58, a retired nurse from Ohio', name: 'Marta Olsen', kind: 'person' },
  },
  {
    name: 'a source close to someone',
    text: '"It is late," a source close to the council said.',
    quote: 'It is late,',
    cue: 'said',
    speaker: { text: 'a source close to the council', name: null, kind: 'anonymous' },
  },
  {
    name: 'an adverbial before the colon',
    text: 'Brooks told reporters after the vote:\n“This library stays open.”',
    quote: 'This library stays open.',
    cue: 'told',
    speaker: { text: 'Brooks', name: 'Brooks', kind: 'person' },
  },
  {
    name: 'a reported clause, then the cue, the name and its appositive',
    text: 'Tuition will rise again next year, said Mark Tally, a student loan expert at the college.',
    quote: 'Tuition will rise again next year',
    type: 'indirect',
    cue: 'said',
    speaker: { text: 'Mark Tally', name: 'Mark Tally', kind: 'person' },
  },
  {
    name: 'a clause with a partial quotation, then the cue, the name and its appositive',
    text: 'The old law was “very assertive and interventionist,” said Gary Orfield, a law professor.',
    quote: 'The old law was “very assertive and interventionist,”',
    type: 'mixed',
    cue: 'said',
    speaker: { text: 'Gary Orfield', name: 'Gary Orfield', kind: 'person' },
  },
  {
    name: 'a back-reference to an organization named, not quoted, before',
    text: 'The Northwind Shipping Company cut 200 jobs. "This is a hard day," the company said.',
    quote: 'This is a hard day,',
    cue: 'said',
    speaker: { text: 'The Northwind Shipping Company', name: 'Northwind Shipping Company', kind: 'organization', mention: 'the company' },
  },
];

// Intermediaries.
const VIA: Case[] = [
  {
    name: 'told an outlet',
    text: '"Supplies are safe," the Ministry of Defence told Reuters.',
    quote: 'Supplies are safe,',
    cue: 'told',
    speaker: { text: 'the Ministry of Defence', name: 'Ministry of Defence', kind: 'organization' },
    via: ['Reuters'],
  },
  {
    name: 'as quoted by',
    text: '"The drills will continue," said the JCS, as quoted by Yonhap.',
    quote: 'The drills will continue,',
    cue: 'said',
    speaker: { text: 'the JCS', name: 'JCS', kind: 'organization' },
    via: ['Yonhap'],
  },
  {
    name: 'citing data from',
    text: '"About 300 soldiers were wounded," the Russian section of the BBC reported, citing data from Western intelligence.',
    quote: 'About 300 soldiers were wounded,',
    cue: 'reported',
    speaker: { text: 'the Russian section of the BBC', name: 'BBC', kind: 'organization' },
    via: ['Western intelligence'],
  },
  {
    name: 'none',
    text: '"The plan is sound," Reuters reported.',
    quote: 'The plan is sound,',
    cue: 'reported',
    speaker: { text: 'Reuters', name: 'Reuters', kind: 'organization' },
    via: [],
  },
];

describe('speakers', () => {
  describe.each([
    ['position', POSITIONS],
    ['noun phrase and canonical name', PHRASES],
    ['kind', KINDS],
    ['via', VIA],
    ['fixed', FIXED],
  ] as const)('%s', (_group, cases) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const quotes = extractQuotes(c.text);
      expect(quotes).toHaveLength(c.count ?? 1);
      expect(withoutEntityFields(quotes.at(-1))).toEqual(expected(c));
    });
  });

  // The naming stage works on copies with every field present (one object shape, for V8): an output speaker must
  // still carry `mention` and `role` only when the article gives them, and always `gender` and `genderBy`.
  describe('fields of the speaker', () => {
    it.each([
      ['a name, no mention, no role', '"We will build the bridge by May," Lena Ortiz said.', ['text', 'start', 'end', 'name', 'kind', 'gender', 'genderBy']],
      [
        'a pronoun resolved to the name: the mention',
        'Lena Ortiz opened the site on Monday. "We will build the bridge by May," she said.',
        ['text', 'start', 'end', 'name', 'kind', 'mention', 'gender', 'genderBy'],
      ],
      [
        'a role before the name',
        '"We will build the bridge by May," said city spokeswoman Lena Ortiz.',
        ['text', 'start', 'end', 'name', 'kind', 'role', 'gender', 'genderBy'],
      ],
      ['unnamed sources: neither', 'The plan is sound, officials said.', ['text', 'start', 'end', 'name', 'kind', 'gender', 'genderBy']],
    ])('%s', (_name, text, keys) => {
      const quotes = extractQuotes(text);
      expect(quotes).toHaveLength(1);
      expect(Object.keys(quotes[0]!.speaker!)).toEqual(keys);
    });

    it('an article without quotes names no one', () => {
      expect(extractQuotes('The bridge will open in May. The council approved the plan on Monday.')).toEqual([]);
    });
  });

  describe('aliases option', () => {
    const text = '"We will build it," the Harbour Development Agency said.';

    it('without it, an unlisted organization is named as written', () => {
      expect(lastQuote(text)?.speaker?.name).toBe('Harbour Development Agency');
    });

    it('maps a variant to the canonical name it is listed under', () => {
      const q = lastQuote(text, { aliases: { HDA: ['Harbour Development Agency'] } });
      expect(withoutEntityFields(q)?.speaker).toEqual({ ...at(text, 'the Harbour Development Agency'), name: 'HDA', kind: 'organization' });
    });

    it('extends the built-in lexicon, which still applies', () => {
      const both = 'The HDA met on Monday. "We will build it," the HDA said. "The contract is under review," the U.S. Department of Defense said.';
      const quotes = extractQuotes(both, { aliases: { 'Harbour Development Agency': ['HDA'] } });
      expect(quotes.map((q) => q.speaker?.name)).toEqual(['Harbour Development Agency', 'Pentagon']);
    });
  });

  describe('not statements: scare quotes and titles', () => {
    it.each([
      'Ukrainian troops described the attacks as "cannon fodder" tactics.',
      'The so-called "cannon fodder" units moved north.',
      'She is reading "The Long Road Home" this summer.',
      'Sara Lindqvist, the author of "Crossing the Sound", has followed the debate closely.',
    ])('%j: no quote of its own', (text) => {
      const direct = extractQuotes(text).filter((q) => q.type === 'direct');
      expect(direct).toEqual([]);
    });
  });
});

describe('a possessive owner stands for someone named before, as a subject pronoun does', () => {
  /** The canonical name of the speaker of the quote whose cue is `cue`, every act reported. */
  const nameOf = (text: string, cue: string) => extractQuotes(text, { acts: 'all' }).find((q) => q.cue === cue)?.speaker?.name;
  it.each([
    ['Ana Ruiz spoke in Dayton on Monday. Her support for the new dam is firm.', 'support for', 'Ana Ruiz'],
    ['Tom Hale left the party in May. Despite his dislike for the unions, he won.', 'dislike for', 'Tom Hale'],
    ['Ana Ruiz met Tom Hale on Monday. His criticism of the budget was sharp.', 'criticism of', 'Tom Hale'],
    ['The Farmers Union met on Monday. Its opposition to the dam is old.', 'opposition to', 'Farmers Union'],
  ] as const)('%s → %s', (text, cue, name) => {
    expect(nameOf(text, cue)).toBe(name);
  });
  it('with nobody named before, the owner stays unnamed', () => {
    expect(nameOf('Her support for the new dam is firm.', 'support for')).toBeNull();
  });
});
