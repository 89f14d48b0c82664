import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';
import type { Act, Quote } from '../../src/types.js';

// Acts (issue 11): the kind of attribution, from the cue's class in the lexicon and the frame. Invented sentences.

/** The act and text of the quote whose cue is `cue`, with every act reported. */
function actOf(text: string, cue: string): { act: Act; text: string } | undefined {
  const q = extractQuotes(text, { acts: 'all' }).find((x) => x.cue === cue);
  return q ? { act: q.act, text: q.text } : undefined;
}

/** [speaker, act, text] of the quote whose cue is `cue`, with every act reported. */
/** The quote, of any act, whose cue is `cue`. */
function quoteOf(text: string, cue: string): Quote | undefined {
  return extractQuotes(text, { acts: 'all' }).find((x) => x.cue === cue);
}

function heldBy(text: string, cue: string): [string | undefined, Act, string] | undefined {
  const q = extractQuotes(text, { acts: 'all' }).find((x) => x.cue === cue);
  return q ? [q.speaker?.text, q.act, q.text] : undefined;
}

describe('statement and belief pairs', () => {
  it.each([
    ['He said he would veto the bill.', 'said', 'statement'],
    ['He wants to veto the bill.', 'wants', 'belief'],
    ['The mayor announced that the bridge would reopen in May.', 'announced', 'statement'],
    ['The mayor hopes that the bridge will reopen in May.', 'hopes', 'belief'],
    ['The senator told reporters the vote would be close.', 'told', 'statement'],
    ['The senator thinks the vote will be close.', 'thinks', 'belief'],
    ['She wrote that the budget was a mistake.', 'wrote', 'statement'],
    ['She believes the budget is a mistake.', 'believes', 'belief'],
    ['The governor denied that he had met the donors.', 'denied', 'statement'],
    ['The governor declined to say whether he had met the donors.', 'declined', 'belief'],
    ['The union plans to strike next month.', 'plans', 'belief'],
    ['The city aims to open the bridge in May.', 'aims', 'belief'],
    ['The union warned that it would strike next month.', 'warned', 'statement'],
    // Verbs of saying added in the sweep of issue 11.
    ['The senator questioned whether the plan would work.', 'questioned', 'statement'],
    ['He recounted that the storm had lasted three days.', 'recounted', 'statement'],
    ['"It was a long night," she sighed.', 'sighed', 'statement'],
    ['The minister reaffirmed that the border would stay open.', 'reaffirmed', 'statement'],
  ] as const)('%s → %s: %s', (text, cue, act) => {
    expect(actOf(text, cue)?.act).toBe(act);
  });
});

describe('stances: an object rather than a clause', () => {
  it.each([
    ['The newspaper endorsed the mayor on Sunday.', 'endorsed', 'stance'],
    ['Local unions oppose the new pipeline.', 'oppose', 'stance'],
    ['The senator criticized the plan as reckless.', 'criticized', 'stance'],
    // Campaigning and siding for or against, contempt and rejection.
    ['The party is campaigning against the new asylum law.', 'campaigning against', 'stance'],
    ['The judge sided with the city in the dispute.', 'sided with', 'stance'],
    ['Residents bemoaned the closing of the old library.', 'bemoaned', 'stance'],
    ['The governor has repudiated the former mayor.', 'repudiated', 'stance'],
    // A negated stance is still a stance; a negated "say" reports nothing (below).
    ['The union has not endorsed the mayor.', 'endorsed', 'stance'],
    // "in favor of" after a vote or a speech, as after "be".
    ['The committee voted in favor of the new budget.', 'in favor of', 'stance'],
    ['At the convention, the general spoke out in favor of Ana Ruiz.', 'in favor of', 'stance'],
    ['Ortiz was sharply critical of the trade deal.', 'critical of', 'stance'],
    // Warmth, coolness or hostility toward something.
    ['The governor was tepid about the new pipeline.', 'tepid about', 'stance'],
    ['Most farmers are hostile to the water plan.', 'hostile to', 'stance'],
    // Verbs of saying with an object are statements: the subject said it.
    ['The mayor called for a recount of the ballots.', 'called for', 'statement'],
    ['The minister pointed to the falling jobless rate.', 'pointed to', 'statement'],
    // Setting out points one by one (issue 11): the object is what was said.
    ['The governor listed the reasons for the delay.', 'listed', 'statement'],
    ['Campaign officials detailed the scale of their operation in the South.', 'detailed', 'statement'],
    ['The minister outlined a plan to cut waiting times.', 'outlined', 'statement'],
    ['The coach hinted at a change in the starting lineup.', 'hinted at', 'statement'],
    ['The senator likened the bill to a blank check.', 'likened', 'statement'],
    ['The mayor voiced support for the new stadium.', 'voiced', 'statement'],
    ['One analyst has dubbed the contest the pothole primary.', 'dubbed', 'statement'],
    ['The mayor gushed about the new stadium and its roof.', 'gushed about', 'statement'],
    ['The senator exhorted voters to turn out in the rain.', 'exhorted', 'statement'],
    ['The aide emailed reporters that the vote was delayed.', 'emailed', 'statement'],
    // Sharing news, a report or a view hands it on: what was shared was said.
    ['The coach shared the result on social media on Monday.', 'shared', 'statement'],
    ['The senator also shared a report that the plant would close.', 'shared', 'statement'],
    ['The governor shares this bleak view of the economy.', 'shares', 'statement'],
  ] as const)('%s → %s: %s', (text, cue, act) => {
    expect(actOf(text, cue)?.act).toBe(act);
  });
});

describe('findings: polls, studies, data, documents', () => {
  it.each([
    ['A new poll found that most voters oppose the tax.', 'found', 'finding'],
    ['The data show that rents have doubled since 2010.', 'show', 'finding'],
    ['Nearly 56 percent say the economy is getting worse.', 'say', 'finding'],
    ['According to a recent survey, most drivers want more buses.', 'According to', 'finding'],
    // A share of people counted by a poll: "one in five", "nine out of 10", "two of three".
    ['One in five say they will never own a home.', 'say', 'finding'],
    ['Nearly eight out of 10 say the parks are clean.', 'say', 'finding'],
    ['Among the farmers, two of three said the rain came too late.', 'said', 'finding'],
    // What a poll, a study or data shows may be a noun phrase; what people "found" must be a clause.
    ['The results also showed a sharp drop in turnout among young voters.', 'showed', 'finding'],
    // The same cues with a person as the source are statements.
    ['The mayor says the economy is getting worse.', 'says', 'statement'],
    ['According to the mayor, most drivers want more buses.', 'According to', 'statement'],
    // A count that is no share of people: the speaker is a person.
    ['The team won one in five, the coach said.', 'said', 'statement'],
  ] as const)('%s → %s: %s', (text, cue, act) => {
    expect(actOf(text, cue)?.act).toBe(act);
  });
});

describe('findings told after their clause', () => {
  // "…, the poll found" follows its clause as "…, he said" does, when the source is a poll, a study or a document.
  it.each([
    ['Turnout fell sharply among young voters, a new study shows.', 'shows', 'Turnout fell sharply among young voters'],
    ['Most drivers want more buses, the city survey found.', 'found', 'Most drivers want more buses'],
    ['Rents rose faster than wages last year, census figures show.', 'show', 'Rents rose faster than wages last year'],
  ] as const)('%s → %s: %s', (text, cue, content) => {
    expect(actOf(text, cue)).toEqual({ act: 'finding', text: content });
  });
  // "with polls showing …": the participle after "with" has the poll for its subject.
  it('with new polls showing a close race → a finding', () => {
    expect(actOf('Both parties are nervous, with new polls showing a close race in the state.', 'showing')).toEqual({
      act: 'finding',
      text: 'a close race in the state',
    });
    expect(actOf('The tour ended with the guide showing the visitors the old mill.', 'showing')).toBeUndefined();
  });
  // A person who "found" or "showed" something after a clause reports nothing.
  it.each([
    ['The house was empty, the officer found.', 'found'],
    ['The path was steep, the guide showed.', 'showed'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(actOf(text, cue)).toBeUndefined();
  });
});

describe('stances told by a noun with its owner', () => {
  it.each([
    // Adjectives, adverbs and a year may stand between the owner and the noun.
    ["Mayor Hale's sharp, deeply personal attacks on the judge have drawn a rebuke.", 'attacks on', ["Mayor Hale's", 'stance', 'the judge']],
    ["Ms. Ruiz's repeated criticism of the budget has cost her votes.", 'criticism of', ["Ms. Ruiz's", 'stance', 'the budget']],
    ['His 2009 vote against the trade deal was a mistake.', 'vote against', ['His', 'stance', 'the trade deal']],
    // Feelings for or against someone, and disagreement.
    ['Despite his dislike for the unions, the governor signed the deal.', 'dislike for', ['his', 'stance', 'the unions']],
    ['Whatever her disagreements with the party, she stayed in the race.', 'disagreements with', ['her', 'stance', 'the party']],
    ['Their contempt for Congress is well known.', 'contempt for', ['Their', 'stance', 'Congress']],
    // Support thrown behind someone.
    ['The mayor threw her support behind Ana Ruiz.', 'support behind', ['her', 'stance', 'Ana Ruiz']],
    ['The union put its weight behind the new contract.', 'weight behind', ['its', 'stance', 'the new contract']],
  ] as const)('%s', (text, cue, expected) => {
    expect(heldBy(text, cue)).toEqual(expected);
  });
  it.each([
    // No owner: a vote, or attacks, nobody is said to hold.
    ['The vote for the new budget was close.', 'vote for'],
    ['Attacks on the judge have grown in recent weeks.', 'attacks on'],
    // A determiner before the adjectives: the phrase has no owner.
    ['The city saw a wave of angry attacks on the judge.', 'attacks on'],
    ['The weight behind the door kept it shut.', 'weight behind'],
  ] as const)('no owned stance: %s', (text, cue) => {
    expect(heldBy(text, cue)).toBeUndefined();
  });
});

describe("a measure's result in a vote is a finding", () => {
  it.each([
    ['The transit bond passed with 61 percent of the vote.', 'passed with', ['61 percent', 'finding', 'The transit bond']],
    ['The new charter was narrowly approved by 51 percent of voters.', 'approved by', ['51 percent', 'finding', 'The new charter']],
    ['The tax was easily defeated by 68 percent, with a turnout of 40 percent.', 'defeated by', ['68 percent', 'finding', 'The tax']],
  ] as const)('%s', (text, cue, expected) => {
    expect(heldBy(text, cue)).toEqual(expected);
  });
  it.each([
    // Votes counted, not a share; a share of something else; no share at all.
    ['The bill passed with 60 votes in the Senate.', 'passed with'],
    ['The road was approved by 2015 and finished in 2018.', 'approved by'],
    ['The bill passed with little debate.', 'passed with'],
  ] as const)('no vote result: %s', (text, cue) => {
    expect(heldBy(text, cue)).toBeUndefined();
  });
});

describe('a quantifier alone as the subject', () => {
  it.each([
    ['Many say the new bridge is too expensive.', 'say', ['Many', 'statement', 'the new bridge is too expensive']],
    ['But most believe the tax will pass.', 'believe', ['most', 'belief', 'the tax will pass']],
    ['Both said the plan was a mistake.', 'said', ['Both', 'statement', 'the plan was a mistake']],
    ['And both embrace a higher minimum wage.', 'embrace', ['both', 'stance', 'a higher minimum wage']],
    // "or" opens a clause as "and" does (one test, subjects.ts quantifierOpens, for the subject and the cue rule).
    ['Either the mayor resigns or many say the council will act.', 'say', ['many', 'statement', 'the council will act']],
    // "both" after the subject is stepped over, as before.
    ['The mayors both said the plan was a mistake.', 'said', ['The mayors', 'statement', 'the plan was a mistake']],
  ] as const)('%s', (text, cue, expected) => {
    expect(heldBy(text, cue)).toEqual(expected);
  });
  it('a quantifier before a noun is a determiner: "the many calls" reports nothing', () => {
    expect(extractQuotes('The many calls to the office went unanswered.', { acts: 'all' })).toEqual([]);
  });
});

describe('direct quotes are statements', () => {
  it('a quotation is a statement whatever its cue', () => {
    const [q] = extractQuotes('"The plant will stay open," the owner said.', { acts: 'all' });
    expect(q).toMatchObject({ type: 'direct', act: 'statement' });
  });
});

describe('selecting acts', () => {
  const text = 'He said he would veto the bill. She wants to veto the bill. A new poll found that most voters oppose the tax.';

  it('reports statements only by default', () => {
    expect(extractQuotes(text).map((q) => q.act)).toEqual(['statement']);
  });

  it('reports every act with "all", in article order', () => {
    expect(extractQuotes(text, { acts: 'all' }).map((q) => q.act)).toEqual(['statement', 'belief', 'finding']);
  });

  it('reports the acts listed', () => {
    expect(extractQuotes(text, { acts: ['belief', 'finding'] }).map((q) => q.act)).toEqual(['belief', 'finding']);
  });

  it('names the act rule with explain', () => {
    const [q] = extractQuotes(text, { acts: ['finding'], explain: true });
    expect(q!.explain).toMatchObject({ actRule: 'finding-source' });
  });
});

describe('chanting and reciting are speech', () => {
  it.each([
    ['“No more cuts to our schools,” the students chanted.', 'chanted', 'No more cuts to our schools,'],
    ['“The sea was calm that night,” the narrator recites over the opening scene.', 'recites', 'The sea was calm that night,'],
  ] as const)('%s → %s', (text, cue, quote) => {
    expect(actOf(text, cue)).toEqual({ act: 'statement', text: quote });
  });
});

describe('nouns that look like the new cue verbs report nothing', () => {
  it.each([
    ['The list of donors grew longer every week.', 'list'],
    ['A security detail followed the governor to the airport.', 'detail'],
    ['Her voice was calm as she left the court.', 'voice'],
    ['The details of the plan were never published.', 'details'],
    ['Her emails were released on Friday.', 'emails'],
  ] as const)('%s: no quote cued by %s', (text, cue) => {
    expect(actOf(text, cue)).toBeUndefined();
  });
});

describe('stances told in a relative clause', () => {
  /** The quote whose cue is `cue`: its text and speaker phrase. */
  // "donors who backed X" says whom they back, as "donors backed X" does; the object ends with its noun phrase.
  it.each([
    ['Tom Baker, who backed Mr. Lopez, gave the group a large sum.', 'backed', 'Mr. Lopez', 'Tom Baker'],
    ['The farm lobby, which opposed the bill, spent heavily in March.', 'opposed', 'the bill', 'The farm lobby'],
    ['The club endorsed Ms. Ruiz, a mayor who supported the new tax until last year.', 'supported', 'the new tax', 'a mayor'],
    ['Ms. Ruiz is one of the few mayors who backed the new tax because it paid for schools.', 'backed', 'the new tax', 'one of the few mayors'],
  ] as const)('%s → %s [%s]', (text, cue, content, speaker) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('stance');
    expect(q?.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });
  it('stops before the main clause’s own cue, which keeps its quote', () => {
    const qs = extractQuotes('Unions that endorsed him say they expect a close race in the fall.', { acts: 'all' });
    expect(qs.find((q) => q.cue === 'endorsed')?.text).toBe('him');
    expect(qs.find((q) => q.cue === 'say')?.text).toBe('they expect a close race in the fall');
  });
  // Praise and blame in passing, and verbs of saying with an object, stay actions told about the speaker.
  it.each([
    ['The senator, who criticized the plan in May, said on Friday that it was dead.', 'criticized'],
    ['The mayor, who called for a recount last week, conceded on Friday.', 'called for'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('views told as "X as Y"', () => {
  it.each([
    ['Many investors see the merger as a sign of weakness.', 'see', 'the merger as a sign of weakness'],
    ['The senator sees himself as the heir of the old party machine.', 'sees', 'himself as the heir of the old party machine'],
    ['The mayor views the stadium deal as a trap for taxpayers.', 'views', 'the stadium deal as a trap for taxpayers'],
    ['Farmers saw that the rains would come late.', 'saw', 'the rains would come late'],
  ] as const)('%s → %s [%s]', (text, cue, content) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
  });
  // Seeing is a belief only in those frames: what someone saw, or a passive "was seen as", reports nothing.
  it.each([
    ['We will see how the vote goes next week.', 'see'],
    ['She saw the new plan at the meeting last week.', 'saw'],
    ['Her neighbors have seen their rents double in recent years.', 'seen'],
    ['He was seen as the favorite before the debate.', 'seen'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('beliefs told with an adjective and a clause', () => {
  it.each([
    ['I am glad the voters are finally paying attention.', 'glad', 'the voters are finally paying attention', 'I'],
    ['Some party leaders are concerned that turnout will be low in the rain.', 'concerned', 'turnout will be low in the rain', 'Some party leaders'],
    ['The coach is confident that the team can win the title.', 'confident', 'the team can win the title', 'The coach'],
    ['Aides were increasingly worried the deal would collapse.', 'worried', 'the deal would collapse', 'Aides'],
  ] as const)('%s → %s [%s]', (text, cue, content, speaker) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });
  // No clause after the adjective, or no subject it is said of: no belief.
  it.each([
    ['The coach is confident and relaxed before the final.', 'confident'],
    ['She was glad to help the campaign.', 'glad'],
    ['Concerned parents filled the hall on Monday.', 'Concerned'],
    ['A worried crowd watched the results come in.', 'worried'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('views told as "X ADJECTIVE" after a verb of judging', () => {
  it.each([
    ['The coach considers the new rules unfair.', 'considers', 'the new rules unfair'],
    ['The mayor considered the plan too costly to finish.', 'considered', 'the plan too costly to finish'],
    ['Many voters consider him personally responsible for the loss of the plant.', 'consider', 'him personally responsible for the loss of the plant'],
    // What follows the adjective is no longer the view: a new clause, a reason, a second verb of the subject.
    ['Analysts have long considered a merger likely, and one of them repeated that view last week.', 'considered', 'a merger likely'],
    ['She considered the offer fair, and she signed it on Monday.', 'considered', 'the offer fair'],
    ['Voters consider the senator honest because he voted against the bill.', 'consider', 'the senator honest'],
    ['He considers Mr. Lopez untrustworthy, but views Ms. Diaz as a safe choice.', 'considers', 'Mr. Lopez untrustworthy'],
  ] as const)('%s → %s [%s]', (text, cue, content) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
  });
  // Other belief verbs take no "X ADJECTIVE" frame: a thing known or felt is no view.
  it.each([
    ['Residents knew the old road well.', 'knew'],
    ['The players felt the air cold.', 'felt'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('hopes and plans held by the sentence’s subject without a possessive', () => {
  it.each([
    [
      'Union members gathered outside the clinic on Friday, in the hopes that the board would hire more staff.',
      'hopes',
      'the board would hire more staff',
      'Union members',
    ],
    ['The team trained hard in hopes of winning the title.', 'hopes', 'of winning the title', 'The team'],
    ['Mr. Cole began a bus tour of the state, with plans to return regularly.', 'plans', 'to return regularly', 'Mr. Cole'],
    ['The senator currently has no plans to back a candidate.', 'plans', 'to back a candidate', 'The senator'],
    // A fronted "while" clause ends at its comma.
    ['While I have no plans to endorse anyone, she is a friend.', 'plans', 'to endorse anyone', 'I'],
  ] as const)('%s → %s [%s]', (text, cue, content, speaker) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });
  // Plans that nobody in the sentence holds, or plans that are a thing shown: no belief by the noun.
  it.each([
    ['There are no plans to close the school.', 'plans'],
    ['The city unveiled plans to build a new bridge.', 'plans'],
    ['Hope Street will be closed on Sunday.', 'Hope'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('a belief verb with a thing and a clause of the writer’s own after it', () => {
  it('"I know X personally, and while …": a person known is no belief', () => {
    expect(quoteOf('I know the mayor personally, and while I have no plans to endorse anyone, she is a friend.', 'know')).toBeUndefined();
  });
  it('a series closed by "and" is still one object of the clause', () => {
    expect(quoteOf('Aides expect Smith, Jones, and Lee to vote for the bill.', 'expect')?.text).toBe('Smith, Jones, and Lee to vote for the bill');
  });
  it('a clause whose verb comes before the comma is still a belief', () => {
    expect(quoteOf('Aides believe the vote will be close, but I disagree.', 'believe')?.text).toContain('the vote will be close');
  });
});

describe('where a view or an intention gives way to the next clause or predicate', () => {
  it.each([
    ['The union saw the strike as a tool for the workers, and managers had little patience for it.', 'saw', 'the strike as a tool for the workers'],
    ['The court considered the files as sealed and redacted names of older witnesses.', 'considered', 'the files as sealed'],
    ['The coach, who declined to comment, grew up in Maine.', 'declined', 'to comment'],
    ['The mayor wanted to admit more refugees, said she would open a shelter and left.', 'wanted', 'to admit more refugees'],
    // A coordination inside the view or the intention goes on.
    ['Investors see the merger as a sign of weakness and strength.', 'see', 'the merger as a sign of weakness and strength'],
    ['She views the plan as risky but fair.', 'views', 'the plan as risky but fair'],
    ['The union wants to raise wages, cut hours and hire more nurses.', 'wants', 'to raise wages, cut hours and hire more nurses'],
  ] as const)('%s → %s [%s]', (text, cue, content) => {
    expect(quoteOf(text, cue)?.text).toBe(content);
  });
});

describe('a copula other than "be": a participle after it is a passive, an adjective after it a belief or stance frame', () => {
  const quotes = (text: string) => extractQuotes(text, { acts: 'all' }).map((q) => [q.speaker?.text ?? null, q.text]);
  it.each([
    ['Voters seemed worried that prices would rise.', [['Voters', 'prices would rise']]],
    ['He remained convinced that the vote was rigged.', [['He', 'the vote was rigged']]],
    // Stance frames share the belief frames' walk back to the copula.
    ['The senator became critical of the trade deal.', [['The senator', 'the trade deal']]],
    ['The governor remained hostile to the union proposal.', [['The governor', 'the union proposal']]],
    // An auxiliary before the linking verb: the subject is before both.
    ['The mayor has become critical of the new tax plan.', [['The mayor', 'the new tax plan']]],
    // "in favor of" after a verb of voting or speaking: the verb is no part of the subject.
    ['The council voted in favor of the new stadium.', [['The council', 'the new stadium']]],
    ['She spoke out in favor of the strike.', [['She', 'the strike']]],
    // No object: no stance.
    ['The ads seemed critical.', []],
    // A passive: nobody in the sentence intended or expected anything.
    ['The ads seemed intended to tarnish him.', []],
    ['The cuts remained expected to pass.', []],
  ] as const)('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a belief whose clause opens with a pronoun and its verb written together', () => {
  it.each([
    ['Reporters believe we’re being misled.', 'believe', 'we’re being misled'],
    ["Voters feel they've been ignored by both parties.", 'feel', "they've been ignored by both parties"],
    ['He knows it’s a risk.', 'knows', 'it’s a risk'],
    // ", but" and a subject of its own turn away from the belief.
    ['Reporters know they’re being spun, but they go along with it anyway.', 'know', 'they’re being spun'],
    ['Aides think the vote is close, but the senator has doubts.', 'think', 'the vote is close'],
  ] as const)('%s → %s [%s]', (text, cue, content) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
  });
  // A contraction that is no pronoun and its verb opens no clause.
  it.each([['Fans know Boston’s streets well.', 'know']] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('beliefs told in an aside after the main clause', () => {
  it.each([
    ['The campaign opened offices in every county, confident that rural voters would return.', 'confident', 'rural voters would return', 'The campaign'],
    ['Union leaders met late into the night, hopeful that a deal was close.', 'hopeful', 'a deal was close', 'Union leaders'],
    ['Party officials flew home on Friday, eager to show that the talks were on track.', 'eager', 'to show that the talks were on track', 'Party officials'],
    ['The board delayed the vote — reluctant to raise fares before the election.', 'reluctant', 'to raise fares before the election', 'The board'],
  ] as const)('%s → %s [%s]', (text, cue, content, speaker) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });
  // No "that" or infinitive after the aside's adjective, or an adjective that describes a noun: no belief.
  it.each([
    ['The crowd left the stadium, confident and loud.', 'confident'],
    ['The mayor spoke for an hour, eager for questions.', 'eager'],
    ['A confident mayor said the bridge would reopen.', 'confident'],
    ['The players, eager fans of the coach, cheered.', 'eager'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('beliefs told with an adjective of certainty or awareness and its object', () => {
  it.each([
    ['Some local leaders are confident in the new mayor.', 'confident in', 'the new mayor', 'Some local leaders'],
    ['Many growers are mindful of how quickly prices fell last year.', 'mindful of', 'how quickly prices fell last year', 'Many growers'],
    ['Most tenants are not aware of the new rules.', 'aware of', 'the new rules', 'Most tenants'],
    ['The team is afraid of losing the title.', 'afraid of', 'losing the title', 'The team'],
    // A feeling about what a clause tells.
    ['Local residents have been upset that the council raised taxes.', 'upset', 'the council raised taxes', 'Local residents'],
    ['Voters were shocked that the mayor resigned.', 'shocked', 'the mayor resigned', 'Voters'],
  ] as const)('%s → %s [%s]', (text, cue, content, speaker) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });
  // Not predicated of a subject, another preposition, or no clause after the feeling: no belief.
  it.each([
    ['An aware public of voters watched the debate.', 'aware of'],
    ['The mayor, mindful of the cost, cut the budget.', 'mindful of'],
    ['The crew is confident on the new route.', 'confident on'],
    ['The fans were shocked by the loss.', 'shocked'],
    ['The staff was upset after the meeting.', 'upset'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('beliefs told with a verb and the preposition that takes its object', () => {
  it.each([
    ['The mayor is counting on the support of the unions.', 'counting on', 'the support of the unions', 'The mayor'],
    ['Older voters still believe in the welfare state.', 'believe in', 'the welfare state', 'Older voters'],
    // (A time phrase after the object ends it, as for every object: "hoping for better weather" on Sunday.)
    ['The team is hoping for better weather on Sunday.', 'hoping for', 'better weather', 'The team'],
    ['The team is hoping for a better result against the leaders.', 'hoping for', 'a better result against the leaders', 'The team'],
    ['The coach cares about the younger players.', 'cares about', 'the younger players', 'The coach'],
    // A thing, not a clause: the object ends before a relative clause after a comma.
    [
      'The senator is counting on the unions to carry the state, which his aides believe would decide the race.',
      'counting on',
      'the unions to carry the state',
      'The senator',
    ],
  ] as const)('%s → %s [%s]', (text, cue, content, speaker) => {
    const q = quoteOf(text, cue);
    expect(q?.act).toBe('belief');
    expect(q?.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });
  // A noun before the word, or the verb without its preposition: no such belief.
  it.each([
    ['The count on Tuesday showed a tie.', 'count on'],
    ['Her hope for a deal faded on Friday.', 'hope for'],
    ['The nurses care for the patients at night.', 'care for'],
  ] as const)('%s: no quote for %s', (text, cue) => {
    expect(quoteOf(text, cue)).toBeUndefined();
  });
});

describe('stance frames of a feeling or a wish hold a belief', () => {
  it.each([
    ['The farmers were angry about the new water rules.', 'angry about', 'belief'],
    ['Investors are optimistic about the merger.', 'optimistic about', 'belief'],
    ['The staff were reluctant to discuss the budget.', 'reluctant to', 'belief'],
    // Support and opposition stay stances.
    ['The farmers were critical of the new water rules.', 'critical of', 'stance'],
    ['The council is opposed to the new stadium.', 'opposed to', 'stance'],
    ['The union is supportive of the mayor.', 'supportive of', 'stance'],
  ] as const)('%s → %s: %s', (text, cue, act) => {
    expect(quoteOf(text, cue)?.act).toBe(act);
  });
});

describe('"backs" is a verb only after a pronoun subject', () => {
  it.each([
    ['She backs tougher rules for the banks.', 'tougher rules for the banks'],
    ['Tom Baker, a donor who also backs Ms. Ruiz, gave the group a large sum.', 'Ms. Ruiz'],
  ] as const)('%s → backs: %s', (text, content) => {
    expect(actOf(text, 'backs')).toEqual({ act: 'stance', text: content });
  });
  it.each([
    ['The running backs trained in the rain before the final.'],
    ['The party backs of the two buses were full of flags.'],
    ['Voters turned their backs on the old guard.'],
  ] as const)('%s: no quote for backs', (text) => {
    expect(actOf(text, 'backs')).toBeUndefined();
  });
});

describe('look-alikes of stance verbs that are nouns', () => {
  it('"sides" is a noun: no stance', () => {
    expect(actOf('He embraced both sides with equal warmth.', 'sides with')).toBeUndefined();
  });
  it('to find or show oneself somewhere is no finding', () => {
    expect(actOf('The mayor found himself in a fight with the council.', 'found')).toBeUndefined();
    expect(actOf('The anger showed itself in the vote on Tuesday.', 'showed')).toBeUndefined();
  });
  it('what people found or showed without a clause is no finding', () => {
    expect(actOf('The skaters have found a new home in the old depot.', 'found')).toBeUndefined();
    expect(actOf('The guide showed the visitors the old mill.', 'showed')).toBeUndefined();
  });
  it('a negated verb of saying reports nothing, even one whose object is a stance', () => {
    expect(actOf('The mayor did not say when the bridge would open.', 'say')).toBeUndefined();
    expect(actOf('The mayor has not called for a recount.', 'called for')).toBeUndefined();
  });
  it('a stance verb followed by a clause of condition, time or cause has no object', () => {
    expect(actOf('It is a plan that most voters would reject if they understood it.', 'reject')).toBeUndefined();
    expect(actOf('The mayor said the council would oppose when the time came.', 'oppose')).toBeUndefined();
  });
  it('"in favor of" after a verb that reports no vote or speech is no stance', () => {
    expect(actOf('The ruling was overturned in favor of a new trial.', 'in favor of')).toBeUndefined();
    expect(actOf('The old rules were dropped in favor of a simpler system.', 'in favor of')).toBeUndefined();
  });
  it('an adjective of attitude not said of a subject is no stance', () => {
    expect(actOf('A crowd hostile to the mayor gathered outside.', 'hostile to')).toBeUndefined();
  });
});

describe('stance objects: a name or a pronoun ends before a circumstance or the main verb', () => {
  it.each([
    ['The senator criticized Ana Ruiz during a rally on Friday.', 'criticized', 'Ana Ruiz'],
    ['Younger voters favored Ruiz 58 percent to 31 percent.', 'favored', 'Ruiz'],
    ['The union backed Gov. Tom Hale of Ohio in the primary.', 'backed', 'Gov. Tom Hale of Ohio'],
    ['Pastors supporting Mr. Hale were invited to the breakfast.', 'supporting', 'Mr. Hale'],
    // (After a comma, "…, the survey found" would report the whole clause as a finding, which wins as the longer.)
    ['Most farmers oppose him, and the mayor knows it.', 'oppose', 'him'],
    ['The council members who endorsed him met on Thursday.', 'endorsed', 'him'],
    ['The mayor endorsed Ana Ruiz Monday.', 'endorsed', 'Ana Ruiz'],
    ['Officers backed Ruiz, while enlisted troops favored Hale 58 percent to 21 percent.', 'favored', 'Hale'],
    ['After the senator criticized Ana Ruiz during a debate, the mayor left.', 'criticized', 'Ana Ruiz'],
    ['Many farmers would not support Ruiz if the plant closes.', 'support', 'Ruiz'],
    ['Two groups backing Ana Ruiz began the month with more cash.', 'backing', 'Ana Ruiz'],
    // A series of short phrases is one object; "X, and Y" alone, a number's comma or an appositive after it is none.
    ['The candidate has insulted farmers, teachers and nurses in a string of speeches.', 'insulted', 'farmers, teachers and nurses'],
    ['The governor criticized the mayor, the council, and the police chief.', 'criticized', 'the mayor, the council, and the police chief'],
    ['The donor backed Ana Ruiz, and $20,000 came from a builder.', 'backed', 'Ana Ruiz'],
    // A relative clause after the last item describes the whole series; the object goes on through it.
    ['The mayor supported nurses in Albany, Buffalo and Utica who demanded a raise.', 'supported', 'nurses in Albany, Buffalo and Utica who demanded a raise'],
    // An appositive ("a …", "an …") that the object goes on after is inside it; one that closes the sentence is not.
    [
      'The board cited a memo by the auditor, an internal watchdog, as proof of fraud.',
      'cited',
      'a memo by the auditor, an internal watchdog, as proof of fraud',
    ],
    ['The board cited a memo by the auditor, an internal watchdog.', 'cited', 'a memo by the auditor'],
    ['The fund backed Tom Hale, and Ana Ruiz, a lawyer, gave money too.', 'backed', 'Tom Hale'],
    // "and" before another phrase goes on with the object; before a verb or a clause of its own it ends it.
    ['The governor supports school choice and tax relief.', 'supports', 'school choice and tax relief'],
    ['The mayor rejected attacks from Hale and other rivals.', 'rejected', 'attacks from Hale and other rivals'],
    ['The council backed the plan and voted to fund it.', 'backed', 'the plan'],
    ['The union opposed the bill and the mayor vetoed it.', 'opposed', 'the bill'],
    ['Members opposed the cuts and the board approving them without a vote.', 'opposed', 'the cuts'],
    // "on" before a name or a day places the act; before a topic it goes on (below).
    ['The union endorsed Ana Ruiz on Thursday.', 'endorsed', 'Ana Ruiz'],
    ['Some senators attacked him on the Senate floor.', 'attacked', 'him'],
    ['The farmers who oppose her on Capitol Hill are few.', 'oppose', 'her'],
    ['The senator attacked him on trade.', 'attacked', 'him on trade'],
    // A complement after the name belongs to the stance: what the name is backed for or judged for.
    ['The union endorsed Ana Ruiz for governor.', 'endorsed', 'Ana Ruiz for governor'],
    ['The senator blamed Ruiz for the delay.', 'blamed', 'Ruiz for the delay'],
    ['The editor described Ruiz as a reformer.', 'described', 'Ruiz as a reformer'],
    // A capitalised word that modifies a noun, or a possessive, is no name object: the phrase goes on.
    ['The group opposes Republican lawmakers in the state house.', 'opposes', 'Republican lawmakers in the state house'],
    ["The mayor criticized Ruiz's plan for the harbor.", 'criticized', "Ruiz's plan for the harbor"],
    ['The board supports her plan to widen the road.', 'supports', 'her plan to widen the road'],
  ] as const)('%s → %s: %s', (text, cue, content) => {
    expect(actOf(text, cue)?.text).toBe(content);
  });
});

describe('noun-phrase objects end before a circumstance that points back to known grounds or occasions', () => {
  it.each([
    ['Many farmers support the new dam for their own reasons.', 'support', 'the new dam'],
    ['The mayor is touting a cautious budget in recent interviews.', 'touting', 'a cautious budget'],
    ['The council opposed the new tax on those grounds.', 'opposed', 'the new tax'],
    ['The governor backed the school plan in his speech on Friday.', 'backed', 'the school plan'],
    // A dash typed as two hyphens, or as a hyphen with spaces around it, ends the object; a hyphen inside a word does not.
    ['The senator opposed the war in Iraq -- he called it a blunder -- from the start.', 'opposed', 'the war in Iraq'],
    ['The union backed the new contract - a rare move.', 'backed', 'the new contract'],
    ['The group opposes the anti-union bill.', 'opposes', 'the anti-union bill'],
    // A few words between two dashes are an aside inside the object, which goes on; a long stretch is not.
    ['The union backed all teachers - young and old - in the dispute over pay.', 'backed', 'all teachers - young and old - in the dispute over pay'],
    ['The mayor opposed the new stadium — costly and late — for years.', 'opposed', 'the new stadium — costly and late — for years'],
    ['The senator opposed the war — he voted against it twice in the Senate — from the start.', 'opposed', 'the war'],
    // Negatives: "of" belongs to the noun, an article after the preposition leaves the phrase to the object, and a
    // relative clause keeps its own circumstances.
    ['The union opposed the future of their pension fund.', 'opposed', 'the future of their pension fund'],
    ['The group opposes Republican lawmakers in the state house.', 'opposes', 'Republican lawmakers in the state house'],
    ['The mayor backed a plan that passed in their chamber last year.', 'backed', 'a plan that passed in their chamber last year'],
  ] as const)('%s → %s: %s', (text, cue, content) => {
    expect(actOf(text, cue)?.text).toBe(content);
  });
});

describe('noun-phrase objects end before a medium, an occasion or a time of the act', () => {
  it.each([
    // A phrase whose noun is a medium or an occasion of saying tells where the act was done.
    ['The coach shared the result on social media on Monday.', 'shared', 'the result'],
    ['The senator attacked the oil companies from the Senate floor.', 'attacked', 'the oil companies'],
    ['The union opposed the new contract in a statement.', 'opposed', 'the new contract'],
    ['The governor praised the rescue crews during a televised briefing.', 'praised', 'the rescue crews'],
    // A time after the object: "last year", a weekday, "in" and a year.
    ['The group backed the campaign of Mayor Ana Ruiz last year.', 'backed', 'the campaign of Mayor Ana Ruiz'],
    ['Most farmers voted for the water bill in 2012.', 'voted for', 'the water bill'],
    ['The council endorsed the school plan Tuesday.', 'endorsed', 'the school plan'],
    // Negatives: the phrase belongs to the object's noun ("of"), to a participle or a relative clause in it, or
    // names no medium or time ("in a way", "the March primary", "an earlier plan").
    ['The union opposed the use of social media in schools.', 'opposed', 'the use of social media in schools'],
    ['The mayor opposed the tax passed last year.', 'opposed', 'the tax passed last year'],
    ['Voters rejected a plan that was debated in a hearing.', 'rejected', 'a plan that was debated in a hearing'],
    ['The senator backed the farm bill in a way that surprised aides.', 'backed', 'the farm bill in a way that surprised aides'],
    ['The party backed an earlier version of the bill.', 'backed', 'an earlier version of the bill'],
  ] as const)('%s → %s: %s', (text, cue, content) => {
    expect(actOf(text, cue)?.text).toBe(content);
  });
});

describe('stances told by backing the subject received', () => {
  /** [speaker, act, text] of the quote whose cue starts with `cueStart`. */
  const received = (text: string, cueStart: string) => {
    const q = extractQuotes(text, { acts: 'all' }).find((x) => x.cue?.startsWith(cueStart));
    return q ? [q.speaker?.text, q.act, q.text] : undefined;
  };
  it.each([
    ['Mr. Hale won the endorsement of the teachers union.', 'won', ['the teachers union', 'stance', 'Mr. Hale']],
    ['But Ana Ruiz received even stronger support from older voters.', 'received', ['older voters', 'stance', 'Ana Ruiz']],
    ["She has the backing of the party's biggest donors.", 'has', ["the party's biggest donors", 'stance', 'She']],
    ['The mayor picked up the endorsement of two unions on Monday.', 'picked', ['two unions', 'stance', 'The mayor']],
  ] as const)('%s', (text, cue, expected) => {
    expect(received(text, cue)).toEqual(expected);
  });

  it.each([
    // A possessive names the giver with no phrase after the noun.
    ['He won their support last year.', 'won'],
    // Support "for" something is the subject's own stance (the owned-noun frame), not one received.
    ['The senator has support for the plan.', 'has'],
    // A relative clause describes who received it; what they said is the main clause's.
    ['Voters who received support from the state said the program worked.', 'received'],
    // Too far from the verb, with a verb of its own between: no receiving.
    ['The town has voted to end support from the state.', 'has'],
  ] as const)('no received stance: %s', (text, cue) => {
    expect(received(text, cue)).toBeUndefined();
  });
});

describe('stances and judgements in the passive: the agent holds them about the subject', () => {
  /** [speaker, act, text, rule] of the quote whose cue is `cue`. */
  const passive = (text: string, cue: string) => {
    const q = extractQuotes(text, { acts: 'all', explain: true }).find((x) => x.cue === cue);
    return q ? [q.speaker?.text, q.act, q.text, q.explain?.quoteRule] : undefined;
  };
  it.each([
    ['The plan was rejected by the city council.', 'rejected', ['the city council', 'stance', 'The plan', 'passive-stance']],
    ['The new tax is opposed by most farmers.', 'opposed', ['most farmers', 'stance', 'The new tax', 'passive-stance']],
    // A demonstrative before a noun names a thing: "this proposal" is no empty "this".
    ['This proposal was rejected by the city council.', 'rejected', ['the city council', 'stance', 'This proposal', 'passive-stance']],
    ['Mr. Hale was endorsed by the teachers union on Monday.', 'endorsed', ['the teachers union', 'stance', 'Mr. Hale', 'passive-stance']],
    // A stance's participle right after a noun describes the noun: a passive without "be".
    ['The crowd cheered a plan endorsed by the mayor.', 'endorsed', ['the mayor', 'stance', 'a plan', 'passive-stance']],
  ] as const)('%s', (text, cue, expected) => {
    expect(passive(text, cue)).toEqual(expected);
  });

  it.each([
    // "this" or "that" alone, or before a time, names nothing.
    ['This was rejected by the city council.', 'rejected'],
    // A relative pronoun as the subject: what it stands for is out of reach.
    ['Tenants remember a lease that was rejected by the board.', 'rejected'],
    // A verb of saying in the passive reports no stance (the agent is kept for later references only).
    ['The story was reported by a local paper.', 'reported'],
    // After a noun, a verb of saying's participle is no stance either.
    ['The city released a study reported by a local paper.', 'reported'],
  ] as const)('no passive stance: %s', (text, cue) => {
    expect(passive(text, cue)).toBeUndefined();
  });
});

describe("stance objects inside the subject end before the main clause's verb", () => {
  it.each([
    ['Farmers who oppose the new pipeline will meet in the capital.', 'oppose', 'the new pipeline'],
    ['Members who backed the plan say they are angry.', 'backed', 'the plan'],
    // A clause inside the object owns its verb: an indirect question, a relative, a relative without "that".
    ['The governor is critical of how the agency has handled the storm.', 'critical of', 'how the agency has handled the storm'],
    ['Most members backed the bill that was passed in May.', 'backed', 'the bill that was passed in May'],
    ['The mayor pointed to the times the council has voted against the plan.', 'pointed to', 'the times the council has voted against the plan'],
  ] as const)('%s → %s: %s', (text, cue, content) => {
    expect(actOf(text, cue)?.text).toBe(content);
  });

  it('a participle that modifies the subject of a finite verb reports no stance; the main verb reports the statement', () => {
    const quotes = extractQuotes('Senators backing the levy have said they think it will pass.', { acts: 'all' });
    expect(quotes.map((q) => [q.cue, q.act, q.text])).toEqual([['said', 'statement', 'they think it will pass']]);
  });
});

describe('beliefs held for a thing: a wish or a plan with an object', () => {
  it.each([
    ['The union wants a new contract.', 'wants', 'belief', 'a new contract'],
    ['Some mills have sought federal relief, while others have shut down.', 'sought', 'belief', 'federal relief'],
    ['Most residents prefer the old bridge to the new tunnel.', 'prefer', 'belief', 'the old bridge to the new tunnel'],
    ['Analysts expect a decision before the summer.', 'expect', 'belief', 'a decision'],
  ] as const)('%s → %s: %s', (text, cue, act, content) => {
    expect(actOf(text, cue)).toEqual({ act, text: content });
  });

  it.each([
    // Other verbs of thinking with a bare object hold no belief: a thing known or felt.
    ['She knew the area well.', 'knew'],
    ['The players felt the heat in the second half.', 'felt'],
    // A wish with a preposition or an adverb after it has no object.
    ['The council wants out of the deal.', 'wants'],
  ])('no belief object: %s', (text, cue) => {
    expect(actOf(text, cue)).toBeUndefined();
  });
});

describe('participles of intent after a noun', () => {
  it.each([
    ['The report cheered Democrats hoping to keep the House, but it worried investors.', 'hoping', 'belief', 'to keep the House'],
    ['Investors expecting a quick deal may be disappointed.', 'expecting', 'belief', 'a quick deal'],
    ['It is a natural fit for a company seeking to expand its reach.', 'seeking', 'belief', 'to expand its reach'],
  ] as const)('%s → %s: %s', (text, cue, act, content) => {
    expect(actOf(text, cue)).toEqual({ act, text: content });
  });

  it.each([
    // Other participles after a noun describe it and report nothing.
    ['Voters knowing the area well turned out early.', 'knowing'],
    ['Polls showing a close race were published on Monday.', 'showing'],
  ])('no belief: %s', (text, cue) => {
    expect(actOf(text, cue)).toBeUndefined();
  });
});

describe('an intention in the infinitive ends before a new clause or the reason for it', () => {
  it.each([
    ['The agency declined to comment and the mayor later said the report was wrong.', 'declined', 'to comment'],
    ['The board decided to move in part because of a drop in sales.', 'decided', 'to move'],
    ['The witness did not want to be named because of the risk to her family.', 'want', 'to be named'],
    // What the infinitive itself coordinates stays: a second verb without a subject of its own.
    ['The union plans to strike in May and march on the capital.', 'plans', 'to strike in May and march on the capital'],
  ] as const)('%s → %s: %s', (text, cue, content) => {
    expect(actOf(text, cue)?.text).toBe(content);
  });
});

describe('a belief whose subject is the relative pronoun before it', () => {
  it('"which he believes will …": the judged object ends at the relative clause, which holds the belief', () => {
    const quotes = extractQuotes('The mayor criticized the plan, which he believes will raise taxes.', { acts: 'all' });
    expect(quotes.map((q) => [q.cue, q.act, q.text])).toEqual([
      ['criticized', 'stance', 'the plan'],
      ['believes', 'belief', 'will raise taxes'],
    ]);
  });
  it.each([['The council rejected the levy, which residents think is unfair to renters.', 'think', 'is unfair to renters']] as const)(
    '%s → %s: %s',
    (text, cue, content) => {
      expect(actOf(text, cue)?.text).toBe(content);
    },
  );
  it('"to" with no verb after it opens no intention', () => {
    expect(actOf('The ad was aimed at calling attention to, and then sinking, the levy.', 'aimed')).toBeUndefined();
  });
  it('a bare object after a belief verb is no belief', () => {
    expect(actOf('Most voters believe the mayor.', 'believe')).toBeUndefined();
  });
});

describe('topics of attention or answer are the act "other"', () => {
  it.each([
    ['The union has focused on wages and pensions.', 'focused on', ['The union', 'other', 'wages and pensions']],
    ['Voters focus mainly on the economy.', 'focus mainly on', ['Voters', 'other', 'the economy']],
    ['A city spokesman did not immediately respond to a request for comment.', 'respond to', ['A city spokesman', 'other', 'a request for comment']],
    ["The company didn't respond to several requests for comment.", 'respond to', ['The company', 'other', 'several requests for comment']],
  ] as const)('%s', (text, cue, expected) => {
    expect(heldBy(text, cue)).toEqual(expected);
  });
  it.each([
    // The noun "focus": after a determiner, a possessive or an adjective.
    ['There is a fresh focus on the old port.', 'focus on'],
    ['Her focus on wages won votes.', 'focus on'],
    // An activity in "-ing", not a topic.
    ['The group will focus on registering voters.', 'focus on'],
    // "responded to X by …" tells how; only "do" makes the answer itself the act.
    ['The mayor responded to the charge by calling a press conference.', 'responded to'],
  ] as const)('no topic: %s', (text, cue) => {
    expect(heldBy(text, cue)).toBeUndefined();
  });
  it('is left out of the default statements', () => {
    expect(extractQuotes('The union has focused on wages and pensions.')).toEqual([]);
  });
});
