/**
 * The rules, by id, as `--explain` prints them. Each has one example sentence with the quote and the speaker
 * phrase it should give: `test/lexicon/rules.test.ts` runs every example, so the list is documentation that is checked.
 */

export interface RuleEntry {
  id: string;
  /** What the rule recognises. */
  note: string;
  example: string;
  /** The quote's text and the local speaker phrase (the mention, when the speaker was resolved). */
  quote: string;
  speaker: string | null;
}

export const QUOTE_RULES = [
  {
    id: 'trailing-cue-name',
    note: 'a quote, then the cue, then the speaker',
    example: '"The bridge will open in May," said Mayor Lena Ortiz.',
    quote: 'The bridge will open in May,',
    speaker: 'Mayor Lena Ortiz',
  },
  {
    id: 'trailing-name-cue',
    note: 'a quote, then the speaker, then the cue',
    example: '"The bridge will open in May," the mayor told reporters.',
    quote: 'The bridge will open in May,',
    speaker: 'the mayor',
  },
  {
    id: 'trailing-name-aside-cue',
    note: 'a quote, then a name with asides, then the cue',
    example: '"Neither plan helps us," Nora Vint, 41, of Dayton, who was surveyed, said.',
    quote: 'Neither plan helps us,',
    speaker: 'Nora Vint, 41, of Dayton, who was surveyed',
  },
  {
    id: 'trailing-according-to',
    note: 'a quote, then "according to" and the source',
    example: '"The bridge will open in May," according to the city engineer.',
    quote: 'The bridge will open in May,',
    speaker: 'the city engineer',
  },
  {
    id: 'dash-attribution',
    note: 'a quote signed with a dash and a name at the end of its paragraph',
    example: '"We will win this election." — Jane Doe',
    quote: 'We will win this election.',
    speaker: 'Jane Doe',
  },
  {
    id: 'leading-name-cue',
    note: 'the speaker and cue, then a quote to the end of the sentence',
    example: 'The mayor said on Tuesday: "The bridge will open in May."',
    quote: 'The bridge will open in May.',
    speaker: 'The mayor',
  },
  {
    id: 'leading-according-to',
    note: '"according to" a source, then the quote',
    example: 'According to the city engineer, "the bridge will open in May."',
    quote: 'the bridge will open in May.',
    speaker: 'the city engineer',
  },
  {
    id: 'leading-cue',
    note: 'a cue before the quote whose subject opens the sentence',
    example: 'Silverman took the stage and joked, "You are being ridiculous."',
    quote: 'You are being ridiculous.',
    speaker: 'Silverman',
  },
  {
    id: 'colon-paragraph',
    note: 'a paragraph ending "X said:" introduces the quote below it',
    example: 'Brooks told reporters after the vote:\n"This library stays open."',
    quote: 'This library stays open.',
    speaker: 'Brooks',
  },
  {
    id: 'next-sentence',
    note: 'a quote, then a short sentence that attributes it',
    example: '"We will be back next season." Coach Dana Reyes said after the game.',
    quote: 'We will be back next season.',
    speaker: 'Coach Dana Reyes',
  },
  {
    id: 'colon-subject',
    note: "a quotation after a colon that ends a clause without a cue is its subject's",
    example: 'The senator returned to her familiar lines: "We will build the bridge."',
    quote: 'We will build the bridge.',
    speaker: 'The senator',
  },
  {
    id: 'split-quote',
    note: 'the second half of a quotation split by an attribution with an aside shares its attribution',
    example: '"We opened offices in April," said Dana Reyes, the campaign\'s spokeswoman, "and we have built ties."',
    quote: 'and we have built ties.',
    speaker: 'Dana Reyes',
  },
  {
    id: 'quote-only-sentence',
    note: 'a quote standing alone continues the previous speaker',
    example: '"The boats are old," the captain said.\n"They will not last another winter."',
    quote: 'They will not last another winter.',
    speaker: 'the captain',
  },
  {
    id: 'name-cue-clause',
    note: 'reported speech: the speaker, the cue, the reported clause',
    example: 'The ministry said on Monday that the talks had stalled.',
    quote: 'the talks had stalled',
    speaker: 'The ministry',
  },
  {
    id: 'clause-name-cue',
    note: 'a clause, then the speaker and the cue',
    example: 'The talks have stalled, the ministry said.',
    quote: 'The talks have stalled',
    speaker: 'the ministry',
  },
  {
    id: 'clause-name-cue-clause',
    note: 'the second part of a clause split by "X said"',
    example: 'The plan, the minister said, will cost $2 billion.',
    quote: 'will cost $2 billion',
    speaker: 'the minister',
  },
  {
    id: 'clause-cue-name',
    note: 'a clause, then the cue, then the speaker',
    example: 'The talks have stalled, said a senior official.',
    quote: 'The talks have stalled',
    speaker: 'a senior official',
  },
  {
    id: 'clause-cue-name-clause',
    note: 'the second part of a clause split by "said X"',
    example: 'The plan, said the minister, will cost $2 billion.',
    quote: 'will cost $2 billion',
    speaker: 'the minister',
  },
  {
    id: 'according-to-clause',
    note: '"According to X," then the clause',
    example: 'According to the source, the troops will arrive within two months.',
    quote: 'the troops will arrive within two months',
    speaker: 'the source',
  },
  {
    id: 'clause-according-to',
    note: 'a clause, then "according to X"',
    example: 'The troops will arrive within two months, according to the source.',
    quote: 'The troops will arrive within two months',
    speaker: 'the source',
  },
  {
    id: 'gerund-continuation',
    note: '", adding that …" continues the sentence\'s speaker',
    example: '"We are ready," the coach said, adding that the team had trained for weeks.',
    quote: 'the team had trained for weeks',
    speaker: 'the coach',
  },
  {
    id: 'gerund-clause',
    note: 'a participle of saying whose subject opens the sentence',
    example: 'The senator rallied voters in Ohio, saying the plant would stay open.',
    quote: 'the plant would stay open',
    speaker: 'The senator',
  },
  {
    id: 'and-cue-clause',
    note: "a second verb of the sentence's subject",
    example: 'Marlow closed the shop and said she would vote for the levy.',
    quote: 'she would vote for the levy',
    speaker: 'Marlow',
  },
  {
    id: 'to-cue-clause',
    note: '"to say" after the sentence\'s main verb',
    example: 'Hale wrote to the board on Monday to say he had never approved the contract.',
    quote: 'he had never approved the contract',
    speaker: 'Hale',
  },
  {
    id: 'as-attribution',
    note: '"as X reported," before the clause it attributes',
    example: 'But, as the Tribune reported on Saturday, the mayor has already chosen a successor.',
    quote: 'the mayor has already chosen a successor',
    speaker: 'the Tribune',
  },
  {
    id: 'with-gerund',
    note: '"with X asking …": a participle of saying with its own subject after "with"',
    example: 'The interview ended with the host asking the mayor whether she would run again.',
    quote: 'whether she would run again',
    speaker: 'the host',
  },
  {
    id: 'document-gerund',
    note: 'a participle of saying after a statement, letter or post the subject issued',
    example: 'The union issued a statement on Monday saying the strike would go ahead.',
    quote: 'the strike would go ahead',
    speaker: 'The union',
  },
  {
    id: 'noun-cue',
    note: 'a noun of saying with its owner: "his claim that …"; a hope or a plan of the sentence\'s subject: "…, in the hopes that …", "has no plans to …"',
    example: 'The court heard his claim that the border was closed.',
    quote: 'the border was closed',
    speaker: 'his',
  },
  {
    id: 'passive-stance',
    note: 'a stance or a judgement in the passive: the agent after "by" holds it about the subject',
    example: 'The new tax was rejected by the city council.',
    quote: 'The new tax',
    speaker: 'the city council',
  },
  {
    id: 'received-stance',
    note: 'backing the subject received: "X won the endorsement of Y", "X received support from Y"',
    example: 'Mr. Hale won the endorsement of the teachers union.',
    quote: 'Mr. Hale',
    speaker: 'the teachers union',
  },
  {
    id: 'poll-frame',
    note: 'a finding placed in a poll by "in": "In a poll released Monday, …", "… is leading in the polls"',
    example: 'In a Marist poll released Monday, 48 percent of voters backed the tunnel.',
    quote: '48 percent of voters backed the tunnel',
    speaker: 'a Marist poll',
  },
  {
    id: 'vote-share',
    note: 'a measure that passed, was approved or was defeated with or by a share of the vote: the share is the source of a finding',
    example: 'The school levy passed with 61 percent of the vote.',
    quote: 'The school levy',
    speaker: '61 percent',
  },
  {
    id: 'topic-frame',
    note: 'a verb of attention or answer with its preposition ("has focused on X", "did not respond to X"): X is the topic',
    example: 'The union has focused on wages and pensions.',
    quote: 'wages and pensions',
    speaker: 'The union',
  },
  {
    id: 'belief-frame',
    note: 'a belief told with an adjective of feeling or certainty and a clause ("is confident that …"), or in an aside after the main clause ("…, confident that …", "…, eager to …")',
    example: 'The governor is confident that the bridge will reopen in May.',
    quote: 'the bridge will reopen in May',
    speaker: 'The governor',
  },
  {
    id: 'stance-frame',
    note: 'a stance told with an adjective or an owned noun',
    example: 'Ortiz was sharply critical of the trade deal.',
    quote: 'the trade deal',
    speaker: 'Ortiz',
  },
  {
    id: 'transcript-colon',
    note: 'a paragraph opening "Name:" is that speaker\'s turn',
    example: 'Chris Matthews: Seriously, the tax plan does not add up.',
    quote: 'Seriously, the tax plan does not add up',
    speaker: 'Chris Matthews',
  },
  {
    id: 'qa-answer',
    note: 'in a Q&A interview, an "A:" line is an answer of the person interviewed',
    example: 'Mayor Lena Ortiz spoke to us.\nQ: Will the bridge open in May?\nA: We are ahead of schedule.',
    quote: 'We are ahead of schedule',
    speaker: 'Mayor Lena Ortiz',
  },
  {
    id: 'source-tag',
    note: "a digest item that ends with its outlet in brackets is that outlet's, after its headline in capitals",
    example: 'HARBOR BRIDGE TO REOPEN The city said the harbor bridge will reopen in May after “long overdue” repairs. [AP.]',
    quote: 'The city said the harbor bridge will reopen in May after “long overdue” repairs',
    speaker: 'AP',
  },
] as const satisfies readonly RuleEntry[];

export const SPEAKER_RULES = [
  {
    id: 'after-cue',
    note: 'the noun phrase after the cue',
    example: '"The bridge will open in May," said Mayor Lena Ortiz.',
    quote: 'The bridge will open in May,',
    speaker: 'Mayor Lena Ortiz',
  },
  {
    id: 'before-cue',
    note: 'the subject before the cue, appositives and asides included',
    example: '"We will appeal," Hugh Hill, a lawyer for the family, said.',
    quote: 'We will appeal,',
    speaker: 'Hugh Hill, a lawyer for the family',
  },
  {
    id: 'according-to',
    note: 'the noun phrase after "according to"',
    example: 'According to the city engineer, the bridge will open in May.',
    quote: 'the bridge will open in May',
    speaker: 'the city engineer',
  },
  {
    id: 'sentence-subject',
    note: 'the noun phrase that opens the sentence',
    example: 'The senator rallied voters in Ohio, saying the plant would stay open.',
    quote: 'the plant would stay open',
    speaker: 'The senator',
  },
  {
    id: 'same-sentence',
    note: "the speaker of the sentence's earlier attribution",
    example: '"We are ready," the coach said, adding that the team had trained for weeks.',
    quote: 'the team had trained for weeks',
    speaker: 'the coach',
  },
  {
    id: 'previous-speaker',
    note: 'the speaker of the quote just before',
    example: '"The boats are old," the captain said.\n"They will not last another winter."',
    quote: 'They will not last another winter.',
    speaker: 'the captain',
  },
  {
    id: 'owner',
    note: 'the owner of a noun of saying or of a stance',
    example: 'The court heard his claim that the border was closed.',
    quote: 'the border was closed',
    speaker: 'his',
  },
  {
    id: 'before-colon',
    note: 'the name before a transcript colon',
    example: 'Chris Matthews: Seriously, the tax plan does not add up.',
    quote: 'Seriously, the tax plan does not add up',
    speaker: 'Chris Matthews',
  },
  {
    id: 'source-tag',
    note: 'the outlet named in the bracketed tag that ends a digest item',
    example: 'FERRY FARES RISE “Fares on the island ferry will rise by a fifth in June.” [Reuters.]',
    quote: 'Fares on the island ferry will rise by a fifth in June.',
    speaker: 'Reuters',
  },
  {
    id: 'interviewee',
    note: 'the person named last before a Q&A',
    example: 'Mayor Lena Ortiz spoke to us.\nQ: Will the bridge open in May?\nA: We are ahead of schedule.',
    quote: 'We are ahead of schedule',
    speaker: 'Mayor Lena Ortiz',
  },
  {
    id: 'pronoun',
    note: 'he, she, they, it: the nearest earlier compatible mention',
    example: 'Lena Ortiz spoke first. "The bridge will open in May," she said.',
    quote: 'The bridge will open in May,',
    speaker: 'she',
  },
  {
    id: 'back-reference',
    note: '"the source", "the company": the nearest earlier fuller mention with that head',
    example: 'The Northwind Shipping Company cut 200 jobs. "This is a hard day," the company said.',
    quote: 'This is a hard day,',
    speaker: 'the company',
  },
] as const satisfies readonly RuleEntry[];

export type QuoteRuleId = (typeof QUOTE_RULES)[number]['id'];
export type SpeakerRuleId = (typeof SPEAKER_RULES)[number]['id'];

/**
 * Where a quote's content starts and where it ends: `--explain` prints `boundaryRule` as "start/end", each part
 * one of these ids. Each example must give the quote with that rule on its side of the slash, among the candidates
 * the finding stages return (an attribution-tail content is usually nested in the outer attribution's and dropped).
 */
export interface BoundaryEntry {
  id: string;
  note: string;
  example: string;
  quote: string;
}

export const BOUNDARY_START_RULES = [
  {
    id: 'quote-marks',
    note: 'a direct quote: its quotation marks bound it',
    example: '"The bridge will open in May," said Mayor Lena Ortiz.',
    quote: 'The bridge will open in May,',
  },
  {
    id: 'after-cue',
    note: 'right after the cue, its addressee and adverbials ("told reporters on Tuesday")',
    example: 'The mayor told reporters on Tuesday he would reopen the bridge in May.',
    quote: 'he would reopen the bridge in May',
  },
  {
    id: 'after-that',
    note: 'after the complementizer "that", which is left out',
    example: 'The mayor said that the bridge would open in May.',
    quote: 'the bridge would open in May',
  },
  {
    id: 'after-attribution',
    note: 'after a mid-sentence attribution: "The plan, he said, [will fail]"',
    example: 'The bridge, the mayor said, will open in May.',
    quote: 'will open in May',
  },
  {
    id: 'after-according-to',
    note: 'after "According to X,"',
    example: 'According to the city engineer, the bridge will open in May.',
    quote: 'the bridge will open in May',
  },
  {
    id: 'sentence-start',
    note: "the sentence's start, before a trailing attribution",
    example: 'The bridge will open in May, the mayor said.',
    quote: 'The bridge will open in May',
  },
  {
    id: 'after-colon',
    note: "after a colon, a semicolon, a dateline's dash or an opening parenthesis: what comes before is the writer's",
    example: 'RIVERTON (AP) — The bridge will open in May, the mayor said.',
    quote: 'The bridge will open in May',
  },
  {
    id: 'after-fronted-clause',
    note: 'after a fronted subordinate clause that sets the scene ("Though …, X, she said")',
    example: 'Though the council has not voted, the bridge will open in May, the mayor said.',
    quote: 'the bridge will open in May',
  },
] as const satisfies readonly BoundaryEntry[];

export const BOUNDARY_END_RULES = [
  {
    id: 'quote-marks',
    note: 'a direct quote: its quotation marks bound it',
    example: '"The bridge will open in May," said Mayor Lena Ortiz.',
    quote: 'The bridge will open in May,',
  },
  {
    id: 'sentence-end',
    note: "the sentence's end (its final punctuation left out)",
    example: 'The mayor said the bridge would open in May after the council votes.',
    quote: 'the bridge would open in May after the council votes',
  },
  {
    id: 'attribution-tail',
    note: 'a second attribution closing the sentence (", the report said")',
    example: 'Officials think the bridge is unsafe, the report said.',
    quote: 'the bridge is unsafe',
  },
  {
    id: 'participle-tail',
    note: 'a participle after a comma telling about the saying (", reflecting …")',
    example: 'The mayor said the bridge would reopen in May, reflecting the new budget.',
    quote: 'the bridge would reopen in May',
  },
  {
    id: 'clause-turn',
    note: 'a relative, concessive or appositive clause after a comma or dash (", though", ", who", ", a …")',
    example: 'The mayor said the bridge is safe, even though engineers found cracks.',
    quote: 'the bridge is safe',
  },
  {
    id: 'new-clause',
    note: 'a coordinated clause with its own subject and verb (", but the council voted …")',
    example: 'The mayor said the bridge is safe, but the report found cracks.',
    quote: 'the bridge is safe',
  },
  {
    id: 'second-cue',
    note: 'a second reporting verb of the same subject ("said X and promised Y")',
    example: 'The mayor said the bridge is safe and promised to publish the report.',
    quote: 'the bridge is safe',
  },
  {
    id: 'second-predicate',
    note: 'a second verb of the subject after a content with no finite verb of its own ("proposed closing X and has …")',
    example: 'The mayor proposed closing the bridge and has asked the council for funds.',
    quote: 'closing the bridge',
  },
  {
    id: 'semicolon',
    note: 'a semicolon, or a colon before an attribution of its own ("…: A poll found …"): what follows is not this content',
    example: 'The mayor said the bridge would reopen in May; the council has not voted yet.',
    quote: 'the bridge would reopen in May',
  },
  {
    id: 'main-verb',
    note: 'for a participle after a comma, the comma before another finite verb of the subject (", was …")',
    example: 'The mayor took questions, saying the bridge is safe, was upbeat about the budget and left early.',
    quote: 'the bridge is safe',
  },
  {
    id: 'next-comma',
    note: 'the next comma, for a cue inside a relative or a fronted subordinate clause',
    example: 'After the mayor promised to fix the bridge, the council raised taxes.',
    quote: 'to fix the bridge',
  },
  {
    id: 'object-end',
    note: "the end of a stance's object, at punctuation (a comma inside a closing mark too) or a word of circumstance",
    example: 'Ortiz was sharply critical of the trade deal because of its costs.',
    quote: 'the trade deal',
  },
  {
    id: 'name-object-end',
    note: "the end of a stance's or a judgement's object that is a name or a pronoun, before a circumstance or the main clause's verb",
    example: 'The state senator endorsed Ana Ruiz during a rally on Friday.',
    quote: 'Ana Ruiz',
  },
  {
    id: 'main-clause-verb',
    note: "a stance's noun phrase object inside the subject ends before the main clause's finite auxiliary",
    example: 'Farmers who oppose the new pipeline will meet in the capital.',
    quote: 'the new pipeline',
  },
  {
    id: 'before-attribution',
    note: 'the comma before a mid-sentence or trailing attribution ("…, the mayor said")',
    example: 'The bridge will open in May, the mayor said.',
    quote: 'The bridge will open in May',
  },
  {
    id: 'before-according-to',
    note: 'the comma before "according to X"',
    example: 'The bridge will open in May, according to the city engineer.',
    quote: 'The bridge will open in May',
  },
] as const satisfies readonly BoundaryEntry[];

export type BoundaryStartId = (typeof BOUNDARY_START_RULES)[number]['id'];
export type BoundaryEndId = (typeof BOUNDARY_END_RULES)[number]['id'];
/** Where a content starts and ends, and the rules that decided each side. */
export interface Boundary {
  start: BoundaryStartId;
  end: BoundaryEndId;
}

/** A filter of the reported-speech sieve: a cue word that, here, reports nothing. Its example must give no quote with that cue. */
export interface FilterEntry {
  id: string;
  note: string;
  example: string;
  /** The cue word as written in the example. */
  cue: string;
  /** For a filter that records a mention: the speaker a later quote of the example resolves to through it. */
  speaker?: string;
}

export const CUE_FILTERS = [
  {
    id: 'capitalised-cue',
    note: 'a capitalised cue word mid-sentence is part of a name, except in a title-case headline',
    example: 'Voters in Warns County think the bridge will reopen.',
    cue: 'Warns',
  },
  {
    id: 'noun-before-cue',
    note: 'after a determiner, a possessive or an adjective the cue word is a noun',
    example: "The senator's claims the budget was balanced were false.",
    cue: 'claims',
  },
  {
    id: 'noun-third-form',
    note: 'a third person form that is mostly a plural noun ("backs") is a verb only right after a pronoun subject',
    example: 'The running backs trained in the rain before the final.',
    cue: 'backs',
  },
  {
    id: 'possessive-after-cue',
    note: 'a possessive mark right after the word makes it a noun',
    example: 'Investigators checked whether the witness reports’ details matched the video.',
    cue: 'reports',
  },
  {
    id: 'put-it-aside',
    note: '"put it" words a statement only in "as X put it"; otherwise it places a thing',
    example: 'The mayor put it on the table before the vote began.',
    cue: 'put it',
  },
  {
    id: 'message-object',
    note: 'a verb whose object is a message with a participle of saying: the participle reports, not the verb',
    example: 'The mayor posted a video on Friday saying the bridge was safe.',
    cue: 'posted',
  },
  {
    id: 'remind-of',
    note: '"reminds us of X" calls a thing to mind; it reports no statement',
    example: 'The old mayor reminds many voters of a kindly uncle.',
    cue: 'reminds',
  },
  {
    id: 'thing-object',
    note: 'a verb that reports speech only with a clause ("add", "charge", "mention") reports none with a plain noun object',
    example: 'The club charged a large initiation fee last year.',
    cue: 'charged',
  },
  {
    id: 'passive-agent',
    note: 'a passive with its agent reports nothing, but the agent is a mention a later "the source" may refer to',
    example: 'The plan was reported by a senior ministry source. According to the source, the troops will leave.',
    cue: 'reported',
    speaker: 'a senior ministry source',
  },
  {
    id: 'called-name',
    note: '"a class called …" names a thing',
    example: 'She teaches a class called Perception at the college.',
    cue: 'called',
  },
  {
    id: 'citing-source',
    note: '", citing …" names an intermediary (`via`), not a statement',
    example: 'The ministry closed the border, citing data from the police.',
    cue: 'citing',
  },
  {
    id: 'participle-after-noun',
    note: 'a participle after a noun describes it ("polls showing …"), except a stance',
    example: 'Polls showing a close race were published on Monday.',
    cue: 'showing',
  },
] as const satisfies readonly FilterEntry[];

export type CueFilterId = (typeof CUE_FILTERS)[number]['id'];

/** An act rule: its example must give the quote with this act, named by this rule. */
export interface ActRuleEntry {
  id: string;
  note: string;
  example: string;
  quote: string;
  act: 'statement' | 'belief' | 'stance' | 'finding' | 'other';
}

export const ACT_RULES_DOC = [
  {
    id: 'verbatim',
    note: 'a direct or mixed quote reports words: a statement',
    example: '"We will not raise taxes," the governor said.',
    quote: 'We will not raise taxes,',
    act: 'statement',
  },
  {
    id: 'speech-frame',
    note: 'a transcript turn, a signed quote or a quote that continues its speaker is speech',
    example: 'Chris Matthews: Seriously, the tax plan does not add up.',
    quote: 'Seriously, the tax plan does not add up',
    act: 'statement',
  },
  {
    id: 'belief-frame',
    note: '"is confident that", "am glad", and stance frames of a feeling or a wish ("was angry about"): a belief',
    example: 'The governor is confident that the bridge will reopen in May.',
    quote: 'the bridge will reopen in May',
    act: 'belief',
  },
  {
    id: 'stance-frame',
    note: '"was critical of", "his support for", "won the endorsement of": a stance',
    example: 'Ortiz was sharply critical of the trade deal.',
    quote: 'the trade deal',
    act: 'stance',
  },
  {
    id: 'finding-source',
    note: 'a poll, a study, data or a document as the source: a finding',
    example: 'A new poll found that most voters oppose the tax.',
    quote: 'most voters oppose the tax',
    act: 'finding',
  },
  {
    id: 'topic-frame',
    note: '"has focused on X", "did not respond to X": a topic, neither said, held, backed nor found (other)',
    example: 'A city spokesman did not immediately respond to a request for comment.',
    quote: 'a request for comment',
    act: 'other',
  },
  {
    id: 'according-to',
    note: '"according to" a person or an institution: a statement',
    example: 'According to the ministry, the talks will resume in May.',
    quote: 'the talks will resume in May',
    act: 'statement',
  },
  {
    id: 'noun-cue',
    note: 'the noun of a noun cue: "his belief that" holds, "his claim that" says',
    example: 'The court heard of his belief that the border should stay closed.',
    quote: 'the border should stay closed',
    act: 'belief',
  },
  {
    id: 'cue-class',
    note: "the cue verb's class in the lexicon: said, believes, endorsed, showed",
    example: 'The senator wants to veto the bill.',
    quote: 'to veto the bill',
    act: 'belief',
  },
] as const satisfies readonly ActRuleEntry[];

export type ActRuleId = (typeof ACT_RULES_DOC)[number]['id'];
