import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/index.js';

// A clause split by a mid-sentence attribution (src/extract/reported-speech/cue-rules.ts, aroundAttribution).
// Invented sentences; each row lists every quote found, as "rule: text".

const found = (text: string): string[] => extractQuotes(text, { acts: 'all', explain: true }).map((q) => `${q.explain?.quoteRule}: ${q.text}`);

describe('a clause split by the attribution', () => {
  it.each([
    // Both halves long enough: both are reported.
    [
      'The new bridge, the mayor said, will cost the city $2 billion.',
      ['clause-name-cue: The new bridge', 'clause-name-cue-clause: will cost the city $2 billion'],
    ],
    // A rest too short to stand alone still makes the first half a statement.
    ['Any attempt to repair the old bridge, the mayor said, becomes hopeless.', ['clause-name-cue: Any attempt to repair the old bridge']],
    // An appositive after the attribution is about the speaker: nothing after it is said.
    ['The bridge will close in May, said Ana Ruiz, a city engineer.', ['clause-cue-name: The bridge will close in May']],
    // A possessive "'s" in it makes no verb ("the Hale campaign's director"); a pronoun's "'s" does ("it's").
    ["The bridge will close in May, said Ana Ruiz, the Hale campaign's Iowa director.", ['clause-cue-name: The bridge will close in May']],
    [
      "The bridge is safe, said Ana Ruiz, it's the report that is wrong.",
      ['clause-cue-name: The bridge is safe', "clause-cue-name-clause: it's the report that is wrong"],
    ],
    // A fronted circumstance is not what was said, even with a short rest.
    ['After the vote, the mayor said, nothing changed.', []],
    // A span of time or a set aside before the attribution says nothing of its own: only the rest was said.
    ['Six months ago, the senator said, the media called him a fringe candidate.', ['clause-name-cue-clause: the media called him a fringe candidate']],
    ['After all, she added, voters have been angry about the tax for years.', ['clause-name-cue-clause: voters have been angry about the tax for years']],
    ['Even then, others insist, the festival will be hard to cancel.', ['clause-name-cue-clause: the festival will be hard to cancel']],
    ['In the meantime, the mayor said, the old bridge will stay open.', ['clause-name-cue-clause: the old bridge will stay open']],
    // Negatives: a phrase that only begins like an aside, or a longer span, is still what was said.
    [
      'After all the delays, the mayor said, the new bridge will cost more.',
      ['clause-name-cue: After all the delays', 'clause-name-cue-clause: the new bridge will cost more'],
    ],
    [
      'Six months of talks, the envoy said, will cost both sides dearly.',
      ['clause-name-cue: Six months of talks', 'clause-name-cue-clause: will cost both sides dearly'],
    ],
  ] as const)('%s', (text, quotes) => {
    expect(found(text)).toEqual(quotes);
  });
});

// 'thing-object': "add", "charge" and "mention" report speech only with a clause or a quotation. Invented sentences;
// each row lists every quote found (texts only).
const texts = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => q.text);

describe('a verb that reports only a clause, with a plain noun object', () => {
  it.each([
    // A thing added, billed or named: no statement.
    ['The governor has added another duty to her job: spokeswoman.', []],
    ['Over the past year the region added 40,000 factory jobs.', []],
    ['The marina charged a $2,000 mooring fee last summer.', []],
    ['The harbour club charged a large fee for each boat.', []],
    ['Prosecutors charged him with fraud on Monday.', []],
    ['Several council members mentioned the deficit during the meeting.', []],
    ['The strike will end soon, the union leader said, adding a warning for the owners.', ['The strike will end soon']],
    ['The small harbour town boasts a new football stadium.', []],
    ['The farmer answered the door on Sunday morning.', []],
    // A clause after the same verbs is still what was said.
    ['The governor added that the budget would be balanced by June.', ['the budget would be balanced by June']],
    ['The governor added the budget would be balanced by June.', ['the budget would be balanced by June']],
    ['The opposition charged the count had been rigged in three districts.', ['the count had been rigged in three districts']],
    ['The minister mentioned that the talks had stalled again.', ['the talks had stalled again']],
    ['The coach boasted that his team had never lost at home.', ['his team had never lost at home']],
    ['The farmer answered that the road had been closed for weeks.', ['the road had been closed for weeks']],
    ['The strike will end soon, the union leader said, adding that talks would resume.', ['The strike will end soon', 'talks would resume']],
  ] as const)('%s', (text, quotes) => {
    expect(texts(text)).toEqual(quotes);
  });
});

// A span of time after the cue tells when the words were said ('name-cue-clause'). Invented sentences.
describe('a span of time after the cue', () => {
  it.each([
    ['The plant closed in March, as the local paper reported a few days later.', []],
    ['The senator said so two weeks ago.', []],
    // A clause that only begins or ends with a time is still what was said.
    ['The senator said the plant closed two weeks ago.', ['the plant closed two weeks ago']],
    ['The mayor said a few days later was too late for the vote.', ['a few days later was too late for the vote']],
  ] as const)('%s', (text, quotes) => {
    expect(texts(text)).toEqual(quotes);
  });
});

// A content of one word that says nothing alone: a question word cut off by an aside, or "one" for a thing.
describe('a lone word after the cue', () => {
  it.each([
    ['In her memoir the senator described how, as a girl, her family moved west.', []],
    ['"The sound came from up there," the guide said, pointing to one and then the other of the towers.', ['The sound came from up there,']],
    // A stance's object may be one word; a question word with its clause is a statement.
    ['The senator described how her family moved west in 1950.', ['how her family moved west in 1950']],
    ['Most of the delegates backed Ruiz.', ['Ruiz']],
  ] as const)('%s', (text, quotes) => {
    expect(texts(text)).toEqual(quotes);
  });
});

// 'remind-of': reminding someone of a thing calls it to mind; reminding someone that … reports.
describe('remind someone of a thing', () => {
  it.each([
    ['The old mayor reminds many voters of a kindly uncle who never leaves.', []],
    ['The governor reminded voters that the bridge had opened on time.', ['the bridge had opened on time']],
  ] as const)('%s', (text, quotes) => {
    expect(texts(text)).toEqual(quotes);
  });
});

// 'participle-after-noun': a participle after "be" is a progressive tense, a verb of its own, also with an adverb
// between ("are increasingly admitting"); after a noun it describes the noun and reports nothing.
describe('a participle after "be" and an adverb', () => {
  it.each([
    ['Club owners are quietly admitting that the season is lost.', ['the season is lost']],
    ['Party leaders are now saying that the race is close.', ['the race is close']],
    ['Party leaders are saying that the race is close.', ['the race is close']],
    ['Reports increasingly saying that the race is close worried the campaign.', []],
    ['The memo, now saying that the race is close, was sent to donors.', []],
  ] as const)('%s', (text, quotes) => {
    expect(texts(text)).toEqual(quotes);
  });
});

// 'and-cue-clause': "…, but said …" is a second verb of the sentence's subject, also after an opening phrase whose
// comma stands inside a quotation (`Speaking on "Meet the Press," …`).
const bySpeaker = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => `${q.speaker?.text ?? '-'}: ${q.text}`);

describe('a second verb of saying after an opening phrase', () => {
  it.each([
    [
      'Speaking Sunday on "Meet the Press," Ms. Ortiz admitted that the figure was wrong, but said her office would release the report.',
      ['Ms. Ortiz: the figure was wrong', 'Ms. Ortiz: her office would release the report'],
    ],
    [
      'Speaking on Sunday, Ms. Ortiz admitted that the figure was wrong, but said her office would release the report.',
      ['Ms. Ortiz: the figure was wrong', 'Ms. Ortiz: her office would release the report'],
    ],
    // The quotation is the opening phrase's own; no subject after it, no speaker.
    ['Speaking on "Meet the Press," and said nothing new about the report.', []],
  ] as const)('%s', (text, quotes) => {
    expect(bySpeaker(text)).toEqual(quotes);
  });
});

// 'clause-cue-name' after an aside: "…, said an official who …" is an inverted attribution even when a comma-bound
// phrase before it looks like a subject's aside ("the governor, Ann Lee, during their meeting …,"); a verb with a
// thing after it ("announced a new plan", "wrote a host of songs") keeps its subject.
describe('an inverted attribution after a comma', () => {
  it.each([
    [
      'The mayor warned the governor, Ann Lee, during their meeting in May not to move on the plan, said an aide who was told of the talks.',
      ['an aide: The mayor warned the governor, Ann Lee, during their meeting in May not to move on the plan'],
    ],
    [
      'In the end, the council voted to close the bridge, said a source close to the mayor.',
      ['a source close: In the end, the council voted to close the bridge'],
    ],
    ['The mayor, a Democrat, announced a new plan for the bridge.', ['The mayor, a Democrat: a new plan for the bridge']],
    ['The coach, Ann Lee, wrote a host of new plays for the team.', ['The coach, Ann Lee: a host of new plays for the team']],
    ['The mayor, at a rally on Monday, said the plan would fail.', ['The mayor, at a rally on Monday: the plan would fail']],
    // No verb and no quotation before the comma, and no one who could speak after the cue: the phrase before the
    // comma is the subject set off by commas, no clause that was said.
    ['Senators Ana Ruiz and Tom Hale, and Gov. Lee Park, tweeted their approval of the measure.', []],
    // A speaker after the cue still splits a clause in two.
    [
      'The contrast with the mayor, said Ana Ruiz and others, would be clear to all voters.',
      ['Ana Ruiz and others: The contrast with the mayor', 'Ana Ruiz and others: would be clear to all voters'],
    ],
  ] as const)('%s', (text, quotes) => {
    expect(bySpeaker(text)).toEqual(quotes);
  });
});

// 'gerund-clause' and 'gerund-continuation': the comma before "saying" may stand inside a closing quotation
// (`the “Green Mile,” saying …`), as American style puts it.
describe('a participle after a comma inside a quotation', () => {
  it.each([
    [
      'Residents sued after the city closed what had been called the “Green Mile,” saying that closing the park burdened poor families.',
      ['Residents: closing the park burdened poor families'],
    ],
    [
      'The mayor rebuked critics who call the plan a "giveaway," saying the plan would create jobs.',
      ['The mayor: critics who call the plan a "giveaway,"', 'The mayor: the plan would create jobs'],
    ],
    // No comma: the participle describes the quoted name.
    ['The company’s motto “Always moving forward” appearing on every truck was dropped.', []],
  ] as const)('%s', (text, quotes) => {
    expect(bySpeaker(text)).toEqual(quotes);
  });
});

// A quantifier alone is the subject ("Both said", "And all agreed"); after a phrase it only stands between the
// subject and its verb ("They both said", "The senators all agreed").
describe('a quantifier as the subject', () => {
  it.each([
    ['The two senators met on Monday. Both said the bridge would close.', ['Both: the bridge would close']],
    ['The two senators met on Monday. And all agreed that the bridge would close.', ['all: the bridge would close']],
    ['The two senators met on Monday. They both said the bridge would close.', ['They: the bridge would close']],
    ['The senators all agreed that the bridge would close.', ['The senators: the bridge would close']],
    // Before a cue in the base or the past, a quantifier that opens a clause is its subject; before a plural noun
    // ("many reports", "some support") it is a determiner.
    ['Many argue that the bridge will close.', ['Many: the bridge will close']],
    ['The bridge, many argue, could close in the spring.', ['many: The bridge', 'many: could close in the spring']],
    ['There is some support for the bridge among voters.', []],
  ] as const)('%s', (text, quotes) => {
    expect(bySpeaker(text)).toEqual(quotes);
  });
});

// 'and-cue-clause' in a relative clause: "…, who answered the door and said …" — the second verb shares the
// relative's subject, the person named before ", who".
describe('a second verb of saying in a relative clause', () => {
  it.each([
    [
      'The canvasser knocked on the door of Ann Lee, who answered the door on Sunday and said she planned to vote for the mayor.',
      ['Ann Lee: she planned to vote for the mayor'],
    ],
    [
      'The canvasser met Ann Lee, who told reporters the bridge was safe and said it should stay open.',
      ['Ann Lee: the bridge was safe', 'Ann Lee: it should stay open'],
    ],
    // No verb of saying: nothing reported.
    ['The canvasser met Ann Lee, who works at the clinic and walks to work.', []],
  ] as const)('%s', (text, quotes) => {
    expect(bySpeaker(text)).toEqual(quotes);
  });
});

// A "what" that opens the sentence makes the clause of the cue the subject of the verb after it (a pseudo-cleft):
// that verb opens no content ('name-cue-clause'). Invented sentences; each row lists every quote text found.
describe('a pseudo-cleft: "What X said is …"', () => {
  it.each([
    ['What she told reporters is not true.', []],
    ['What the mayor can share is what the council avoids.', []],
    // Negatives: a relative "which" or "what" inside the sentence is the content's own subject.
    ['The council passed a rule which critics said was unfair to tenants.', ['was unfair to tenants']],
    ['She told reporters what happened at the meeting.', ['what happened at the meeting']],
  ] as const)('%s', (text, quotes) => {
    expect(texts(text)).toEqual(quotes);
  });
});

// "for" and a span of time after a verb that takes "for" as its particle ("argue for", "call for") tells how long;
// the verb then reports on its own (src/grammar/cues.ts). Each row: the text, then [cue, content] of every quote.
describe('"for" and a span of time after the cue', () => {
  const cues = (text: string): string[][] => extractQuotes(text, { acts: 'all' }).map((q) => [q.cue ?? '', q.text]);
  it.each([
    ['The mayor has argued for years that the tax is unfair.', [['argued', 'the tax is unfair']]],
    ['The mayor argued for two decades that the port should close.', [['argued', 'the port should close']]],
    // Negatives: the particle's own object, a noun phrase, even one that names a time.
    ['The mayor called for a recount of the ballots.', [['called for', 'a recount of the ballots']]],
    ['The union argued for months of paid leave.', [['argued for', 'months of paid leave']]],
  ] as const)('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

// "go on" is a verb of saying only with nothing after its particle but a quotation, punctuation, "to" or "that"
// (src/lexicon/cues.ts bareParticle): an object after "on" makes another verb ("went on television").
describe('a particle that takes no object', () => {
  const cues = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => `${q.cue}: ${q.text}`);
  it.each([
    ['Hale went on the radio on Monday to say he had never signed the contract.', ['say: he had never signed the contract']],
    ['Hale went on CNN on Sunday and said the plan would fail.', ['said: the plan would fail']],
    ['The senator went on the attack against the new levy.', []],
    // Negatives: the particle before a quotation, a comma or "to" is still a cue.
    ['Hale went on: "We will not stop."', ['went on: We will not stop.']],
    ['"We will not stop," Hale went on.', ['went on: We will not stop,']],
    ['Hale went on to say the contract was never signed.', ['say: the contract was never signed']],
  ] as const)('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

// An irregular past after the subject's head is its verb, not a second noun ("The mayor spoke to …"), so the
// subject of "and said" is found (src/grammar/noun-phrases.ts, irregularPast).
describe('an irregular past after a common-noun subject', () => {
  const said = (text: string): string[] => extractQuotes(text, { acts: 'all' }).map((q) => `${q.speaker?.text}: ${q.text}`);
  it.each([
    ['The mayor spoke to reporters and said the bridge would close.', ['The mayor: the bridge would close']],
    ['The senator went to the plant and said the jobs would stay.', ['The senator: the jobs would stay']],
    ['The coach wrote to the league and said the match was fixed.', ['The coach: the match was fixed']],
    // Negatives: a verb form in "-s" after a noun is a plural head ("city guards"), and a base form is a compound.
    ['The city guards said the gate was locked.', ['The city guards: the gate was locked']],
    ['A city guard said the gate was locked.', ['A city guard: the gate was locked']],
  ] as const)('%s', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
