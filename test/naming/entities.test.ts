import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { Quote, Speaker } from '../../src/types.js';

// Speakers as entities of the article: canonical name, kind, role, gender and the rule that chose the name. Each
// case is an invented article and what a careful reader says about the speaker of its last quote (or of the quote
// that contains `quote`).

interface Case {
  name: string;
  text: string;
  /** Part of the quote the case is about (default: the last quote). */
  quote?: string;
  want: Partial<Pick<Speaker, 'name' | 'kind' | 'role' | 'gender' | 'genderBy'>> & { nameRule?: string };
}

function speakerOf(c: Case): { speaker: Speaker | null; nameRule: string | null | undefined } {
  const quotes = extractQuotes(c.text, { explain: true });
  const q: Quote | undefined = c.quote ? quotes.find((x) => x.text.includes(c.quote!)) : quotes.at(-1);
  if (!q) throw new Error(`no quote in: ${c.text}`);
  return { speaker: q.speaker, nameRule: q.explain?.nameRule };
}

function check(c: Case): void {
  const { speaker, nameRule } = speakerOf(c);
  expect(speaker).not.toBeNull();
  const { nameRule: wantRule, ...want } = c.want;
  const got: Record<string, unknown> = {};
  for (const k of Object.keys(want)) got[k] = speaker![k as keyof Speaker] ?? null;
  expect(got).toEqual(want);
  if (wantRule !== undefined) expect(nameRule).toBe(wantRule);
}

const NAMES: Case[] = [
  {
    name: 'a role and an affiliation before the name are removed, the role kept',
    text: '"The vote will be close," said Riverton University political scientist Mara Quint.',
    want: { name: 'Mara Quint', kind: 'person', role: 'political scientist' },
  },
  {
    name: 'a capitalised title before the name is removed',
    text: 'Harbour Relations Minister Tomas Vell said the port would reopen in May.',
    want: { name: 'Tomas Vell', kind: 'person', role: 'Minister' },
  },
  {
    name: 'a party label before the name is removed',
    text: 'Democrat Ilse Varga said the count was fair.',
    want: { name: 'Ilse Varga', kind: 'person' },
  },
  {
    name: 'a surname takes the full name written earlier',
    text: 'Mara Quint has studied the city for years.\n\n"The vote will be close," Quint said.',
    want: { name: 'Mara Quint', kind: 'person', nameRule: 'surname' },
  },
  {
    name: 'a surname takes the full name written later',
    text: '"The vote will be close," Quint said.\n\nMara Quint, a planner, has studied the city for years.',
    quote: 'The vote will be close',
    want: { name: 'Mara Quint', kind: 'person', nameRule: 'surname' },
  },
  {
    name: '"Mr." and the surname take the full name; the middle initial is dropped',
    text: 'Oscar T. Lindell runs the marina.\n\n"Business is slow," Mr. Lindell said.',
    want: { name: 'Oscar Lindell', kind: 'person', gender: 'male', genderBy: 'honorific' },
  },
  {
    name: 'a surname in capitals (a transcript) takes the full name',
    text: 'Senator Nadia Brock joined us.\n\nBROCK: We will not vote for it.',
    want: { name: 'Nadia Brock', kind: 'person' },
  },
  {
    name: 'a first name alone takes the full name when one person has it',
    text: 'Ilse Varga ran the shop for decades.\n\n"We never closed," Ilse said.',
    want: { name: 'Ilse Varga', kind: 'person' },
  },
  {
    name: 'a description takes the name of the person the article gave that role',
    text: 'Admiral Jonas Peller toured the base on Monday.\n\n"The fleet is ready," the admiral said.',
    want: { name: 'Jonas Peller', kind: 'person', nameRule: 'description' },
  },
  {
    name: 'a description followed by a name in apposition takes that name, not the person named most',
    text: "Tomas Vell bought the mill. Tomas Vell owns the port.\n\nThe mill will close, said the board's chairman, Peter Marek, on Monday.",
    want: { name: 'Peter Marek', kind: 'person', nameRule: 'appositive-name' },
  },
  {
    name: 'a description no one was given takes the person the article names most',
    text: 'Tomas Vell bought the mill. Tomas Vell also owns the port. Lena Ortiz sold it to him.\n\n"We will hire," the businessman said.',
    want: { name: 'Tomas Vell', kind: 'person', nameRule: 'main-subject' },
  },
  {
    name: 'but not against the gender of the noun',
    text: 'Tomas Vell bought the mill. Tomas Vell also owns the port. Lena Ortiz sold it to him.\n\n"We will hire," the businesswoman said.',
    want: { name: 'Lena Ortiz', kind: 'person', nameRule: 'main-subject' },
  },
  {
    name: 'a name after a role and a comma names a person the lexicon does not know',
    text: 'Her campaign manager, Rich Beeson, said the count was fair.',
    want: { name: 'Rich Beeson', kind: 'person' },
  },
  {
    name: 'a name in apposition to a description names the speaker',
    text: 'Her lawyer, Dario Benning, said the case would be dropped.',
    want: { name: 'Dario Benning', kind: 'person' },
  },
  {
    name: 'two people who share a surname stay apart',
    text: 'Maria Vance and her husband, Tom Vance, own the bakery.\n\n"We bake at four," Tom Vance said.',
    want: { name: 'Tom Vance', kind: 'person' },
  },
  {
    name: 'a bare surname two people share is the one named in full first, however often the other is',
    text:
      'Senator Nadia Brock opened her campaign on Monday. Her brother, Paul Brock, runs the bakery where she spoke; ' +
      'Paul Brock baked the bread. Paul Brock also paid for the hall.\n\n"We will win this," Brock said.',
    want: { name: 'Nadia Brock', kind: 'person', nameRule: 'surname' },
  },
  {
    name: 'the other one still takes his full name',
    text:
      'Senator Nadia Brock opened her campaign on Monday. Her brother, Paul Brock, runs the bakery where she spoke.\n\n' +
      '"The bread was free," Paul Brock said.',
    want: { name: 'Paul Brock', kind: 'person', nameRule: 'full-name' },
  },
  {
    name: 'a name with a letter mis-decoded from UTF-8 stays whole, and its surname takes it',
    text: 'Mayor JosÃ© NuÃ±ez opened the bridge.\n\n"It is a good day," NuÃ±ez said.',
    want: { name: 'JosÃ© NuÃ±ez', kind: 'person', nameRule: 'surname' },
  },
  {
    name: 'words the lexicon knows as common nouns are a person when an appositive gives a role',
    text: '"We counted every ballot," said Sterling Pike, the chief election director.',
    want: { name: 'Sterling Pike', kind: 'person' },
  },
  {
    name: 'also without an article before the role, and the surname alone then takes the full name',
    text: 'Sterling Pike, director of the election office, spoke on Monday.\n\n"We counted every ballot," said Pike.',
    want: { name: 'Sterling Pike', kind: 'person', nameRule: 'surname' },
  },
  {
    name: '"he" continues the subject of the sentence before, not an owner named in passing',
    text: 'Wes Harlan quit his job in May to canvass. Inspired by Tomas Vell\'s plans, he now knocks on doors every day.\n\n"I will keep going," he said.',
    want: { name: 'Wes Harlan', kind: 'person' },
  },
  {
    name: 'but an owner that opens its sentence is its topic, and "he" continues it',
    text: 'Wes Harlan works for the campaign. Tomas Vell\'s success shows how he has courted voters.\n\n"We will win," he said.',
    want: { name: 'Tomas Vell', kind: 'person' },
  },
  {
    name: 'a generic noun for an organization takes the organization named just before',
    text: 'Golden Harvest opened a store in Dayton in May.\n\n"We will appeal the ruling," the company said.',
    want: { name: 'Golden Harvest', kind: 'organization', nameRule: 'organization-description' },
  },
  {
    name: 'a title with "of" inside it is removed before the name',
    text: 'Lena Ortiz toured the port on Monday.\n\n"We will win," said former secretary of state Lena Ortiz.',
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: 'a headline in title case is no person, so a first name still has one owner',
    text: 'Lena Finally Reveals Why She Kept Her 3 Mills\n\nLena Ortiz promised on Monday to keep the mill.\n\n"We will not sell," Lena said.',
    want: { name: 'Lena Ortiz', kind: 'person', nameRule: 'first-name' },
  },
  {
    name: 'a name after a participle or preposition is its object; the name in apposition is the speaker',
    text: 'A volunteer working for Mayor Ortiz, Tess Farrow of the county clinic, said the vote was fair.',
    want: { name: 'Tess Farrow', kind: 'person', nameRule: 'appositive-name' },
  },
  {
    name: 'a name that heads the phrase keeps it, whatever its apposition says',
    text: "Mayor Lena Ortiz, Tess Farrow's aunt, said the vote was fair.",
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: 'a role whose qualifier is an institution noun ("fund manager") is still a described person',
    text: 'Tomas Vell bought the mill in May. Tomas Vell also owns the port.\n\n"We will hire," the fund manager said.',
    want: { name: 'Tomas Vell', kind: 'person', nameRule: 'main-subject' },
  },
  {
    name: 'a neurosurgeon or a speechwriter is a role like any other',
    text: 'Admiral Jonas Peller, a retired neurosurgeon, toured the base on Monday.\n\n"The fleet is ready," the neurosurgeon said.',
    want: { name: 'Jonas Peller', kind: 'person', nameRule: 'description' },
  },
  {
    name: 'a capitalised title in the appositive ("the National Committeeman") makes the name a person',
    text: '"The vote will be close," said Corbin Vale, the National Committeeman from Ohio.',
    want: { name: 'Corbin Vale', kind: 'person' },
  },
  {
    name: "a generic noun after an organization's name is that organization",
    text: 'The Acme group said it would march again.',
    want: { name: 'Acme', kind: 'organization' },
  },
  {
    name: 'but a campaign is its own organization',
    text: 'The Ortiz campaign said it would march again.',
    want: { name: 'Ortiz campaign', kind: 'organization' },
  },
  {
    name: 'a name before "of" and a place is the person, not an institution',
    text: '"The levee held," said Gov. Tobias Reyes of Nevada.',
    want: { name: 'Tobias Reyes', kind: 'person' },
  },
];

const NOT_NAMES: Case[] = [
  {
    name: 'a title alone is no name, though it is one person',
    text: '"The levee held," said former Nevada Gov. and party chairman Tobias Reyes.',
    want: { name: null, kind: 'person' },
  },
  {
    name: 'the person a relation is "of" is not the speaker',
    text: 'Lena Ortiz toured the port on Monday.\n\n"We will win," said the husband of Lena Ortiz.',
    want: { name: null, kind: 'anonymous' },
  },
  {
    name: 'nor the person a friend is "of", titled or not',
    text: 'Lena Ortiz toured the port on Monday.\n\n"We will win," said a friend of former mayor Lena Ortiz.',
    want: { name: null, kind: 'anonymous' },
  },
  {
    name: 'a plural for unnamed people opening a sentence before "said" is no surname',
    text: 'Officials said the bridge would reopen in May.',
    want: { name: null, kind: 'anonymous' },
  },
  {
    name: 'a place alone is no source name; as the subject it stands for its government',
    text: 'Beijing said it would respond to the new tariffs.',
    want: { name: null, kind: 'organization', nameRule: 'place' },
  },
  {
    name: 'a place written with its state, as datelines write it, names no one',
    text: '"The count is over," a clerk in Columbus, Ohio, said.',
    want: { name: null, kind: 'anonymous', nameRule: 'place' },
  },
  {
    name: 'a generic noun for an organization takes no person named just before it',
    text: 'Golden Harvest opened a store in May. Lena Ortiz sold it the land.\n\n"We will appeal the ruling," the company said.',
    want: { name: null, kind: 'organization' },
  },
  {
    name: 'nor an organization named more than two sentences before',
    text: 'Golden Harvest opened a store in May. The store is large. It sells bread. It sells fish.\n\n"We will appeal the ruling," the company said.',
    want: { name: null, kind: 'organization' },
  },
  {
    name: 'a place prefix and one word is a place, never the person "she" means',
    text: 'Dana Whitlock runs the shop. The storm hit Fort Pierce on Monday.\n\n"The river rose fast," she said.',
    want: { name: 'Dana Whitlock', kind: 'person' },
  },
  {
    name: 'a place prefix before a longer run qualifies the name after it',
    text: '"The storm hit us hard," said Fort Worth Mayor Lena Ortiz.',
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: 'a capitalised name with an appositive that gives no role stays an organization',
    text: '"We will appeal," said Golden Harvest, the grocery chain.',
    want: { name: 'Golden Harvest', kind: 'organization' },
  },
  {
    name: 'a common noun for an institution is no name, and stays an organization',
    text: '"We will appeal the ruling," the agency said.',
    want: { name: null, kind: 'organization', nameRule: 'common-noun' },
  },
  {
    name: 'a common noun for people is no name and is anonymous',
    text: '"We lost everything," the couple said.',
    want: { name: null, kind: 'anonymous', gender: null },
  },
  {
    name: 'a plural common noun is anonymous',
    text: 'Organizers said the march would go ahead.',
    want: { name: null, kind: 'anonymous' },
  },
  {
    name: 'an unresolved pronoun is anonymous',
    text: '"It is over," he said.',
    want: { name: null, kind: 'anonymous', gender: null },
  },
  {
    name: 'a party label in the plural is no organization name',
    text: 'Democrats said the bill would fail.',
    want: { name: null, kind: 'anonymous' },
  },
  {
    name: 'an unnamed judge has no name',
    text: '"The ruling stands," a Superior Court judge said.',
    want: { name: null, kind: 'anonymous' },
  },
];

const ORGANIZATIONS: Case[] = [
  {
    name: "a person's campaign is an organization named after the person",
    text: 'Lena Ortiz runs for mayor.\n\n"We raised a million," the Ortiz campaign said.',
    want: { name: 'Ortiz campaign', kind: 'organization' },
  },
  {
    name: 'an acronym the article defines names the organization under both forms',
    text: 'The Harbour Development Agency (HDA) met on Monday.\n\n"We will build it," the Harbour Development Agency said.',
    want: { name: 'HDA', kind: 'organization', gender: null, genderBy: null },
  },
  {
    name: 'the acronym alone names the same organization',
    text: 'The Harbour Development Agency (HDA) met on Monday.\n\n"We will build it," the HDA said.',
    want: { name: 'HDA', kind: 'organization' },
  },
  {
    name: 'an alias from the lexicon',
    text: '"The review is complete," the U.S. Department of Defense said.',
    want: { name: 'Pentagon', kind: 'organization', nameRule: 'alias', gender: null },
  },
  {
    name: 'a proper name keeps its capitalised words only',
    text: 'According to the progressive Riverton Policy Institute, rents rose by a third.',
    want: { name: 'Riverton Policy Institute', kind: 'organization' },
  },
  {
    name: 'a one-word alias that is a common word needs its capital',
    text: 'The independent Ohio senator said the bill would fail.',
    want: { name: null },
  },
];

const GENDER: Case[] = [
  {
    name: 'an honorific',
    text: 'Robin Tate chairs the board.\n\n"We are solvent," Ms. Tate said.',
    want: { name: 'Robin Tate', gender: 'female', genderBy: 'honorific' },
  },
  {
    name: 'a gendered role noun before the name',
    text: '"The plant is safe," said company spokeswoman Kim Arden.',
    want: { name: 'Kim Arden', gender: 'female', genderBy: 'role-noun' },
  },
  {
    name: 'a gendered role noun in apposition',
    text: 'Sasha Korin, a businessman from Ohio, said the deal was fair.',
    want: { name: 'Sasha Korin', gender: 'male', genderBy: 'role-noun' },
  },
  {
    // A first name the lexicon does not know: the pronoun is the only evidence.
    name: 'a pronoun that refers to the speaker',
    text: 'Arlis Penwick, a nurse, opened the hearing.\n\n"We are not done," she said.',
    want: { name: 'Arlis Penwick', gender: 'female', genderBy: 'pronoun' },
  },
  {
    name: 'the first name, as a labelled fallback',
    text: '"The bridge will open in May," Lena Ortiz said.',
    want: { name: 'Lena Ortiz', gender: 'female', genderBy: 'first-name' },
  },
  {
    name: 'a given name that is also a common word ("Bill") is a first name',
    text: 'Bill Rankor, the pollster for the council, was cautious. "Voters are tired," he said.',
    want: { name: 'Bill Rankor', kind: 'person', gender: 'male' },
  },
  {
    name: 'a female given name that is also a common noun ("Hope") gives the gender',
    text: '"The count is fair," Hope Varnel said.',
    want: { name: 'Hope Varnel', kind: 'person', gender: 'female', genderBy: 'first-name' },
  },
  {
    name: 'a given name that is also a common word does not make a person of an institution',
    text: '"The count is fair," the Hope Street Shelter said.',
    want: { name: 'Hope Street Shelter', kind: 'organization', gender: null },
  },
  {
    name: 'nor of an office whose name opens with it',
    text: '"The count is fair," said the Bill Review Office.',
    want: { name: 'Bill Review Office', kind: 'organization', gender: null },
  },
  {
    name: 'a surname that is also a place word ("West") after a known first name is a person',
    text: 'Marty West studies schools.\n\n"The law is a mess," West said.',
    want: { name: 'Marty West', kind: 'person' },
  },
  {
    name: 'a place word after a qualifier that is no first name stays a place',
    text: '"The count is fair," the Wild West Museum said.',
    want: { name: 'Wild West Museum', kind: 'organization' },
  },
  {
    name: 'stated evidence wins over the first name',
    text: 'Mr. Lena Hale runs the depot.\n\n"We are ready," Lena Hale said.',
    want: { name: 'Lena Hale', gender: 'male', genderBy: 'honorific' },
  },
  {
    name: 'conflicting honorifics give null',
    text: 'Mr. Robin Tate spoke first. Ms. Tate spoke next.\n\n"We are solvent," Robin Tate said.',
    want: { name: 'Robin Tate', gender: null, genderBy: null },
  },
  {
    name: '"chairman" is no evidence: it is used for women too',
    text: '"We are solvent," said board chairman Robin Tate.',
    want: { name: 'Robin Tate', gender: null, genderBy: null },
  },
  {
    name: 'no evidence and an unknown first name give null',
    text: '"We are solvent," Quennel Dravik said.',
    want: { name: 'Quennel Dravik', gender: null, genderBy: null },
  },
  {
    name: 'an organization has no gender, whatever pronoun follows',
    text: '"We are solvent," the Riverton Savings Bank said.',
    want: { kind: 'organization', gender: null, genderBy: null },
  },
  {
    name: 'an anonymous source has no gender, even with a gendered noun',
    text: '"We are solvent," a spokeswoman said.',
    want: { name: null, kind: 'anonymous', gender: null, genderBy: null },
  },
];

const PRONOUNS: Case[] = [
  {
    name: '"she" after a quote stays with its speaker over a woman named in passing since',
    text: '"The plan is late," Lena Ortiz said.\n\nThe council will vote on Maria Vance\'s budget in June.\n\n"We will not wait," she said.',
    want: { name: 'Lena Ortiz' },
  },
  {
    name: '"she" after "Asked about X," is not X',
    text: '"The plan is late," Lena Ortiz said.\n\nAsked about Maria Vance, she replied: "We will not wait."',
    want: { name: 'Lena Ortiz' },
  },
  {
    name: 'a transcript name in capitals, first name and all',
    text: 'LENA ORTIZ: We will not wait for the council.',
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: '"she" after "In her letters to X," is not X',
    text: '"The plan is late," Lena Ortiz said.\n\nIn her letters to Maria Vance, she often said the mill would close.',
    quote: 'the mill would close',
    want: { name: 'Lena Ortiz' },
  },
  {
    name: 'a fronted phrase that names no one leaves "she" to the woman named before',
    text: 'Maria Vance spoke on Monday. In her first speech, she said the mill would close.',
    quote: 'the mill would close',
    want: { name: 'Maria Vance' },
  },
  {
    name: '"…, though she said" after a fronted phrase is the clause\'s subject',
    text: '"The plan is late," Lena Ortiz said.\n\nIn the meeting, Maria Vance criticized the plan, though she said the mill would stay.',
    quote: 'the mill would stay',
    want: { name: 'Maria Vance' },
  },
  {
    // The subject of the sentence before is Brandt, a speaker already; the man named after "by" is no subject.
    name: '"he" continues the subject after a fronted "Preceded by X,", not X',
    text:
      '"We will try," Jonas Brandt said.\n\nTomas Vell, contradicting Brandt, said the port would stay shut.\n\n' +
      'But Brandt, having finished his tour, moved on. Brandt landed in Tulsa for a speech. ' +
      'Preceded at the lectern by Peter Marek, the town clerk, Brandt spoke for an hour.\n\n"We will rebuild the port," he said.',
    want: { name: 'Jonas Brandt' },
  },
  {
    name: 'a place is never the person "she" refers to',
    text: 'Lena Ortiz moved to Palm Beach in May.\n\n"The town is quiet," she said.',
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: '"she" continues the subject of the sentence before, not its object',
    text: 'Lena Ortiz criticized Dana Frey on Monday.\n\n"The plan is late," she said.',
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    // The first quote's speaker would otherwise keep "he": the paragraph has moved on to the man it names.
    name: '"he" in a paragraph that opens with a new man is that man, not the last speaker',
    text:
      '"The port will reopen," Tomas Vell said.\n\nThe vote on the budget comes next week.\n\n' +
      'Jonas Brandt, a trucker who uses the port, was less sure. He had heard such promises, he said.',
    want: { name: 'Jonas Brandt', kind: 'person' },
  },
  {
    name: 'a quote right after a paragraph that opens with a new man is his',
    text:
      '"The port will reopen," Tomas Vell said.\n\nFor Jonas Brandt, 33, a trucker, the port is his living.\n\n' +
      '"I have heard such promises before," he said.',
    want: { name: 'Jonas Brandt', kind: 'person' },
  },
  {
    name: 'but not when the new man is named late in that paragraph, in passing',
    text:
      '"The port will reopen," Tomas Vell said.\n\nThe port, which was built in 1950 and sold in 1990 to Jonas Brandt, has been shut.\n\n' +
      '"We have waited long enough," he said.',
    want: { name: 'Tomas Vell', kind: 'person' },
  },
  {
    name: '"he" after a man named in passing in the last speaker\'s own paragraph stays with the speaker',
    text:
      '"The port will reopen," Tomas Vell said.\n\n' +
      'What worried him, he said, was a question at the meeting, when a trucker asked Jonas Brandt why. "I was angry," he said.',
    quote: 'I was angry',
    want: { name: 'Tomas Vell', kind: 'person' },
  },
  {
    name: '"he" later in a paragraph that opens with a named speaker is that speaker, over a man named in passing',
    text:
      '"We will win the contract," Tomas Vell said.\n\n' +
      'Jonas Brandt said he would fight the plan to hand the contract to a rival. ' +
      'The board votes in May, he noted, so it may be clear by then whether Tomas Vell wins. He said the drivers were on his side.',
    quote: 'the drivers were on his side',
    want: { name: 'Jonas Brandt', kind: 'person' },
  },
  {
    name: 'a paragraph that opens with a named speaker gives "she" nothing when the speaker is a man',
    text: 'Jonas Brandt said he would fight the plan of Lena Ortiz. The board may vote soon. She said the vote was fair.',
    quote: 'the vote was fair',
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    // Named long before, then quoted as "the actress": "she" continues her, not a woman named in passing since.
    name: '"she" after a quote by a description ("the actress") continues the person it describes',
    text:
      'Oscar-winning actress Lena Ortiz is not sure she can back the studio plan.\n\n' +
      '"That is a fair worry," Ortiz told reporters. "The crew is tired."\n\n' +
      'The studio opened in May. It has 300 workers. It plans a second site. Its shares rose. Its rivals fell. Its costs are high.\n\n' +
      'The actress said she was weary of the old ways.\n\n' +
      'Her last film was made with Maria Vance, the studio head.\n\n' +
      '"Some people feel the plan will fail," she said.',
    want: { name: 'Lena Ortiz', kind: 'person' },
  },
  {
    name: 'with no one quoted before, "she" takes the woman named in the sentence before',
    text:
      'Oscar-winning actress Lena Ortiz opened the festival on Monday.\n\n' +
      'Her last film was made with Maria Vance, the studio head.\n\n' +
      '"Some people feel the plan will fail," she said.',
    want: { name: 'Maria Vance', kind: 'person' },
  },
  {
    // The first name alone would say a woman; "Hale … said he" says otherwise, so "he" can continue that speaker.
    name: '"X said he …" outweighs the first name: a later "he" continues X over a man named in passing',
    text:
      'Lena Hale, a chemistry professor at the college, said he never saw the report. The report was written by Tomas Vell.\n\n' +
      '"We will look again," he said.',
    want: { name: 'Lena Hale', kind: 'person', gender: 'male' },
  },
  {
    name: '"X said she …" agrees with the first name, and "he" goes to the man named since',
    text:
      'Lena Hale, a chemistry professor at the college, said she never saw the report. The report was written by Tomas Vell.\n\n' +
      '"We will look again," he said.',
    want: { name: 'Tomas Vell', kind: 'person', gender: 'male' },
  },
  {
    name: 'a possessive right after the verb of a name in brackets is evidence too ("Hale (D-Ohio) called out his rival")',
    text: 'Sen. Lena Hale (D-Ohio) called out his rival Tomas Vell for his plan.\n\n"The plan will fail," he said.',
    want: { name: 'Lena Hale', kind: 'person', gender: 'male' },
  },
  {
    name: 'a pronoun after someone else is named is not evidence for the subject',
    text: 'Lena Hale criticized Tomas Vell for his votes on the plan.\n\n"The plan will fail," Hale said.',
    want: { name: 'Lena Hale', kind: 'person', gender: 'female', genderBy: 'first-name' },
  },
  {
    // A husband named once by his honorific shares the entity's surname: the honorifics' clear majority still holds.
    name: 'three "Mrs." to one "Mr." keep the entity a woman, so "he" skips her',
    text:
      "Lena Hale runs the mill. Mrs. Hale hired 40 workers. Mrs. Hale pays well. Mr. Hale's old firm closed.\n\n" +
      'Tomas Vell wants a sale. Mrs. Hale wants to keep it. He calls for a vote on the sale.',
    want: { name: 'Tomas Vell', gender: 'male' },
  },
  {
    name: 'two "Mrs." to one "Mr." are no clear majority: the entity has no gender, and "he" may take her',
    text:
      "Lena Hale runs the mill. Mrs. Hale hired 40 workers. Mr. Hale's old firm closed.\n\n" +
      'Tomas Vell wants a sale. Mrs. Hale wants to keep it. He calls for a vote on the sale.',
    want: { name: 'Lena Hale', gender: null },
  },
  {
    name: '"he" skips a woman named in between',
    text: 'Tomas Vell met Lena Ortiz on Monday.\n\n"The plan is late," he said.',
    want: { name: 'Tomas Vell', kind: 'person', gender: 'male' },
  },
];

describe('speakers as entities, every act', () => {
  // A passive agent named late in the article ("reported by a city official") reaches the resolver before the
  // article's names, which then arrive out of order: the sentence's subject must still be found among them.
  it('"he" in a relative-clause sentence is its subject, with an agent named after it', () => {
    const text =
      '"We will win," Tomas Vell said.\n\nJonas Brandt, who calls Vell a "menace," left early, and he said the plan can work.\n\n' +
      'The plan was reported by a city official.';
    const q = extractQuotes(text, { acts: 'all' }).find((x) => x.text === 'the plan can work');
    expect(q?.speaker?.name).toBe('Jonas Brandt');
    expect(q?.speaker?.mention?.text).toBe('he');
  });
});

describe('speakers as entities', () => {
  describe.each([
    ['names', NAMES],
    ['never a name', NOT_NAMES],
    ['organizations', ORGANIZATIONS],
    ['gender', GENDER],
    ['pronouns', PRONOUNS],
  ] as const)('%s', (_group, cases) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
  });

  it('gender and genderBy are always present on speakers, role only when the article gives one', () => {
    const quotes = extractQuotes('"The bridge will open in May," said Mayor Lena Ortiz. "We are ready," the HDA said.');
    for (const q of quotes) {
      expect(q.speaker).toHaveProperty('gender');
      expect(q.speaker).toHaveProperty('genderBy');
    }
    expect(quotes[0]!.speaker!.role).toBe('Mayor');
    expect(quotes[1]!.speaker).not.toHaveProperty('role');
  });

  it('--explain names the rule behind each name', () => {
    const text = 'Mara Quint has studied the city.\n\n"It will be close," Quint said. "We will appeal," the agency said.';
    const rules = extractQuotes(text, { explain: true }).map((q) => q.explain?.nameRule);
    expect(rules).toEqual(['surname', 'common-noun']);
  });
});
