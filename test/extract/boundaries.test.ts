import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// Where reported content starts and ends (issue 11, clause boundaries). Invented sentences; each row gives the
// cue and the content expected for it, and rows in pairs show the boundary moving only where it should.

const contentOf = (text: string, cue: string): string | undefined => extractQuotes(text, { acts: 'all' }).find((q) => q.cue === cue)?.text;

describe('content ends', () => {
  it.each([
    // A second attribution closing the sentence is not part of the first one's content: it attributes the
    // whole clause, and the outer attribution is the one reported (the inner belief is nested in it).
    ['Officials think the bridge is unsafe, the report said.', 'said', 'Officials think the bridge is unsafe'],
    ['Officials think the bridge is unsafe, the report said.', 'think', undefined],
    ['Officials think the bridge is unsafe, the engineers warned in March.', 'warned', 'Officials think the bridge is unsafe'],
    ['Officials think the bridge is unsafe, though repairs began in May.', 'think', 'the bridge is unsafe'],
    // A participle after a comma tells about the saying, not what was said ...
    ['The mayor said the bridge would reopen in May, reflecting the new budget.', 'said', 'the bridge would reopen in May'],
    // ... but a verb that only ends in "ing" ("bring", "sing") is no participle: a series of verbs goes on.
    [
      'The governor is promising to cut taxes, bring back old rules and hire more teachers.',
      'promising',
      'to cut taxes, bring back old rules and hire more teachers',
    ],
    [
      'The mayor said the choir would sing, bring the crowd together and raise money.',
      'said',
      'the choir would sing, bring the crowd together and raise money',
    ],
    // ... but "including" is a preposition, and its phrase is part of the content.
    ['The mayor said all lanes would reopen in May, including the east lane.', 'said', 'all lanes would reopen in May, including the east lane'],
    // A semicolon joins a clause of the writer's own.
    ['The mayor said the bridge would reopen in May; the council has not voted yet.', 'said', 'the bridge would reopen in May'],
    // "even" only strengthens the subordinator after it: "even though" turns away like "though", while
    // "even if" and "even as" are part of the claim; "rather than" contrasts inside what was said.
    ['The mayor said the bridge is safe, even though engineers found cracks.', 'said', 'the bridge is safe'],
    ['The mayor said the bridge is safe, even if drivers still worry.', 'said', 'the bridge is safe, even if drivers still worry'],
    ['The mayor said tolls will rise, even as traffic falls.', 'said', 'tolls will rise, even as traffic falls'],
    ['The mayor said the city repaired the bridge, rather than closing it.', 'said', 'the city repaired the bridge, rather than closing it'],
    // Semicolons that separate the items of a series closed by "; and" keep the series together.
    [
      'The mayor said the city repaired the bridge; paved the road; and painted the rail.',
      'said',
      'the city repaired the bridge; paved the road; and painted the rail',
    ],
    // A colon goes on with what was said, unless an attribution of its own follows it.
    ['The mayor said the bridge failed for one reason: The steel was never painted.', 'said', 'the bridge failed for one reason: The steel was never painted'],
    ['The mayor said turnout was low: A city survey found that most voters stayed home.', 'said', 'turnout was low'],
    ['The mayor said turnout was low: A city survey found that most voters stayed home.', 'found', 'most voters stayed home'],
    // A bracketed sentence after a full stop is a sentence of its own, not more of what was said ...
    ['The mayor said the bridge is safe. (The council disagreed.)', 'said', 'the bridge is safe'],
    // ... while a bracket inside the sentence is part of it.
    ['The mayor said the bridge (built in 1920) is safe.', 'said', 'the bridge (built in 1920) is safe'],
    // An appositive ("a …") between commas that the clause goes on after, with its verb or a complement, is inside
    // what was said ...
    ['The mayor said the bridge, a city landmark, is unsafe.', 'said', 'the bridge, a city landmark, is unsafe'],
    [
      'The mayor said the city will turn the old mill, a ruin for decades, into a museum.',
      'said',
      'the city will turn the old mill, a ruin for decades, into a museum',
    ],
    // ... while one that closes the sentence, or is followed by a participle or an attribution, glosses it.
    ['The mayor said the city will sell the old mill, a move that angered residents.', 'said', 'the city will sell the old mill'],
    ['The mayor said the city will sell the old mill, a ruin for decades, hoping to raise money.', 'said', 'the city will sell the old mill'],
    ['The city will sell the old mill, a spokesman for the mayor, Tom Hale, said.', 'said', 'The city will sell the old mill'],
    // After a dash, "a …" describes the content's last noun and goes on with what was said, unless its noun names the
    // act itself ("a move", "a message", "a reference").
    [
      'The mayor said the new stadium was the fruit of years of work — an investment that has paid off.',
      'said',
      'the new stadium was the fruit of years of work — an investment that has paid off',
    ],
    ['The mayor said the city would sell the old mill — a move that angered residents.', 'said', 'the city would sell the old mill'],
    ['The coach told players not to hold rallies near the field — a message that was ignored.', 'told', 'not to hold rallies near the field'],
    // A noun of ordering, asking or promising glosses the saying as "message" does.
    ['The coach told players not to hold rallies near the field — an order that was ignored.', 'told', 'not to hold rallies near the field'],
    ['The mayor said the city would sell the old mill — a promise she kept.', 'said', 'the city would sell the old mill'],
    // Negative: a noun that is no act of saying describes the content's last noun and goes on with it.
    ['The mayor said the city would sell the old mill — a ruin for decades.', 'said', 'the city would sell the old mill — a ruin for decades'],
    // Without any of these the content runs to the sentence's end.
    ['The mayor said the bridge would reopen in May after the council votes.', 'said', 'the bridge would reopen in May after the council votes'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('content starts', () => {
  it.each([
    // A currency sign, "#" or "@" written against its word is part of what was said; a dash before the content
    // is punctuation and stays out.
    ['The senator said $1 trillion would be needed to rebuild the roads.', 'said', '$1 trillion would be needed to rebuild the roads'],
    ['The minister said €40 million had been set aside for the dam.', 'said', '€40 million had been set aside for the dam'],
    ['The actress said #MeToo had changed the studios.', 'said', '#MeToo had changed the studios'],
    ['The senator said — $1 trillion would be needed.', 'said', '$1 trillion would be needed'],
    // A word that tells how many before a number opens the content; a preposition of time before a number is an
    // adverbial of the saying.
    ['Organizers claimed nearly 400 delegates took part.', 'claimed', 'nearly 400 delegates took part'],
    ['The mayor said about 200 people attended the meeting.', 'said', 'about 200 people attended the meeting'],
    ['Officials said almost half of the roads were closed.', 'said', 'almost half of the roads were closed'],
    ['The mayor said in 2012 that the bridge was safe.', 'said', 'the bridge was safe'],
    ['The mayor has said for 20 years the bridge is safe.', 'said', 'the bridge is safe'],
    // An addressee ends before a subject pronoun, alone or with its auxiliary.
    ['Tom Hale told Politico he’ll work full-time to help the party.', 'told', 'he’ll work full-time to help the party'],
    ['Tom Hale told Politico he will work full-time to help the party.', 'told', 'he will work full-time to help the party'],
    // A dateline is not part of what was said.
    ['RIVERTON (AP) — The bridge will reopen in May, the mayor said.', 'said', 'The bridge will reopen in May'],
    // A fronted subordinate clause sets the scene; the statement is the main clause.
    ['Though the council has not voted, the bridge will reopen in May, the mayor said.', 'said', 'the bridge will reopen in May'],
    ['The bridge will reopen in May, the mayor said.', 'said', 'The bridge will reopen in May'],
    // A prepositional phrase of time or place ends where a subject pronoun or a phrase opener starts the content.
    ['The senator said on Tuesday he would vote against the bill.', 'said', 'he would vote against the bill'],
    ['The senator said in an interview the vote would be close.', 'said', 'the vote would be close'],
    ['The senator said on Tuesday that the vote would be close.', 'said', 'the vote would be close'],
    // ... but a phrase that goes on with "of" is still the adverbial: "at the end of the session".
    ['The senator said at the end of the session the vote would be close.', 'said', 'the vote would be close'],
    // A circumstance the adverbial skipper does not take whole, then "that": the content starts after "that".
    ['The bank reported last month that its clients were saving more money abroad.', 'reported', 'its clients were saving more money abroad'],
    ['Several economists suggest however that rates will fall.', 'suggest', 'rates will fall'],
    // ... but not when a new phrase starts after the circumstance: that "that" is a relative pronoun.
    ['The senator said on Tuesday the plan that the council approved will fail.', 'said', 'the plan that the council approved will fail'],
    ['The senator said the plan that the council approved will fail.', 'said', 'the plan that the council approved will fail'],
    // A name or an object pronoun before "that" is whom the cue addressed.
    ['The company promised Ms. Vint that she could lead the branch.', 'promised', 'she could lead the branch'],
    ['The company promised them that the plant would stay open.', 'promised', 'the plant would stay open'],
    // An article after the addressee starts the content: "told reporters the vote …".
    ['The senator told reporters the vote would be close.', 'told', 'the vote would be close'],
    ['The senator told reporters that the vote would be close.', 'told', 'the vote would be close'],
  ])('%s', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('content that runs into a second attribution', () => {
  it.each([
    // A stance's object ends at a comma inside the closing quotation mark as at one outside it, so the
    // attribution after it is found (and the stance, nested in what the spokesman said, is not reported twice) ...
    ['The senator called the bill "a disgrace," her spokesman said.', 'said', 'The senator called the bill "a disgrace,"'],
    ['The senator called the bill "a disgrace," her spokesman said.', 'called', undefined],
    ['The senator called the bill "a disgrace," adding that it would fail.', 'called', 'the bill "a disgrace,"'],
    // "as" with a phrase is part of a stance's object; "as" with a clause tells a circumstance.
    ['The senator opposed the delay as a disgrace to the city.', 'opposed', 'the delay as a disgrace to the city'],
    ['The senator opposed the plan as they debated it.', 'opposed', 'the plan'],
    // ... while a comma inside a quotation that is not at its end does not end it.
    ['The senator called the bill "slow, costly and unfair" in every way.', 'called', 'the bill "slow, costly and unfair" in every way'],
    // A time after it is a circumstance of the act (see acts.test.ts, medium, occasion or time).
    ['The senator called the bill "slow, costly and unfair" today.', 'called', 'the bill "slow, costly and unfair"'],
  ])('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('an attribution between commas splits one statement in two', () => {
  const partsOf = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => q.text);
  it.each([
    ['Most of the layoffs, she said, have hit rural plants.', ['Most of the layoffs', 'have hit rural plants']],
    // The second part may open with a quotation ...
    [
      "The club's investment in its courses, Ms. Tanzer said, ''is a perfect example'' of adapting.",
      ["The club's investment in its courses", "''is a perfect example'' of adapting"],
    ],
    // ... or with an infinitive, which describes no one (unlike an appositive about the speaker).
    ['It is her duty, she said, to explain the budget to the board.', ['It is her duty', 'to explain the budget to the board']],
    ['The bridge will reopen, said Ms. Ortiz, a city engineer.', ['The bridge will reopen']],
    ['The bridge will reopen, the mayor said, to the relief of drivers.', ['The bridge will reopen']],
  ])('%s', (text, parts) => {
    expect(partsOf(text)).toEqual(parts);
  });
});

describe("participles in a list of the subject's verbs", () => {
  it.each([
    // "X took …, saying A, was …": what the participle reports ends where another finite verb of the subject
    // comes back after a comma.
    ['The mayor took questions, saying the bridge is safe, was upbeat about the budget and left early.', 'saying', 'the bridge is safe'],
    // Not after a relative clause or an appositive inside the content: that verb is the content's own.
    ['The mayor resigned, saying the bridge, which is old, has been repaired.', 'saying', 'the bridge, which is old, has been repaired'],
    ['The mayor resigned, saying the bridge, the oldest in town, is safe.', 'saying', 'the bridge, the oldest in town, is safe'],
    // Not a participle ("distracted from"): only "be", "have", "do" and the modals are taken for the verb.
    ['The mayor resigned in May, claiming he was wasting time, distracted from real work.', 'claiming', 'he was wasting time, distracted from real work'],
  ])('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('fronted subordinate clauses', () => {
  it.each([
    // A quotation inside the fronted clause is stepped over: the cue is still inside the clause, whose content
    // ends at its comma.
    ['When the "tough" mayor claimed the bridge is safe, residents were furious.', 'claimed', 'the bridge is safe'],
    ['After the mayor claimed the bridge is safe, residents were furious.', 'claimed', 'the bridge is safe'],
    // No subordinator: the content runs on.
    ['The mayor claimed the bridge is safe, and residents were furious.', 'claimed', 'the bridge is safe, and residents were furious'],
  ])('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('cue verbs that also name things', () => {
  it('"called for" is a demand, not a thing named', () => {
    expect(contentOf('The mayor called for a recount of the ballots.', 'called for')).toBe('a recount of the ballots');
  });

  it('"a class called Perception" names a class', () => {
    expect(contentOf('She teaches a class called Perception at the college.', 'called')).toBeUndefined();
  });
});
