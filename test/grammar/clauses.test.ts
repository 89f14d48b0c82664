import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// Where a clause that ends at its comma ends sooner (src/grammar/clauses.ts, nextCommaBy). Invented sentences;
// each row gives a cue and the content expected for it.

const contentOf = (text: string, cue: string): string | undefined => extractQuotes(text, { acts: 'all' }).find((q) => q.cue === cue)?.text;

describe('another speaker attributing inside a fronted clause', () => {
  it.each([
    // "and" with a subject of its own and a verb of saying: another speaker's attribution, whose content ends at
    // the fronted clause's comma.
    ['Although the agency declined to comment and state officials later said the report was wrong, the audit was delayed.', 'declined', 'to comment'],
    ['Although the agency declined to comment and state officials later said the report was wrong, the audit was delayed.', 'said', 'the report was wrong'],
    // "and" joining two objects, or a second verb with no subject, goes on with the same content.
    ['Although the agency declined to comment on the audit and the report, the audit was delayed.', 'declined', 'to comment on the audit and the report'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('a relative or a contrast after a whole clause', () => {
  it.each([
    // After a clause with its own verb, ", which" glosses the clause's last noun: the writer's aside.
    ['The governor said she will sign the new budget, which adds money for rural schools.', 'said', 'she will sign the new budget'],
    ['Aides said the mayor will meet the union, which has threatened a strike.', 'said', 'the mayor will meet the union'],
    // Before the content has a verb, the relative sits inside its subject and the content goes on.
    ['The governor said the budget, which adds money for schools, will pass.', 'said', 'the budget, which adds money for schools, will pass'],
    // ", while" with a subject and a verb of its own: a contrast the writer draws with someone else.
    ['The mayor said the city had cut its park budget, while council members pushed for new roads.', 'said', 'the city had cut its park budget'],
    ['Officials said many families kept their homes, while others have moved away.', 'said', 'many families kept their homes'],
    ['The senator said the plan should be a priority, while Republicans defended the old rules.', 'said', 'the plan should be a priority'],
    // Two figures side by side are one finding ...
    [
      'The survey found Smith leads Jones 46 to 40 percent, while Brown would lead Jones by two points.',
      'found',
      'Smith leads Jones 46 to 40 percent, while Brown would lead Jones by two points',
    ],
    // "as" + an inverted auxiliary + a subject: the writer adds someone who did the same ...
    ['Two mayors have said they will not support the levy, as has the county party chair.', 'said', 'they will not support the levy'],
    ['The union said it would strike on Monday, as did the nurses last year.', 'said', 'it would strike on Monday'],
    // A quantifier that stands for people is such a subject too (QUANTIFIER_HEADS).
    ['The union said it would strike on Monday, as did many.', 'said', 'it would strike on Monday'],
    ['The union said it would strike on Monday, as have others.', 'said', 'it would strike on Monday'],
    // ... while "as" opening a clause of time or manner stays with what was said.
    ['The mayor said tolls will rise, as traffic grows.', 'said', 'tolls will rise, as traffic grows'],
    // ... and "while" with no subject of its own stays with what was said.
    ['The mayor said the delay, while costly, was necessary.', 'said', 'the delay, while costly, was necessary'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('a relative clause of saying after the main verb', () => {
  it.each([
    // The main clause has its verb before "who": the relative closes the sentence, and its content ends as a main
    // clause's does (not at the next comma) ...
    [
      'Critics of the law included teachers unions who said it punished schools, rather than giving them help.',
      'said',
      'it punished schools, rather than giving them help',
    ],
    [
      'The plan angered farmers who said the new rules would hurt small growers, even if prices rose.',
      'said',
      'the new rules would hurt small growers, even if prices rose',
    ],
    // ... and still stops where the sentence turns away from what was said.
    ['The plan angered farmers who said the rules would hurt them, although prices rose.', 'said', 'the rules would hurt them'],
    // With no verb before "who", the relative sits inside the subject and its content ends at the next comma.
    ['Teachers who said the law punished schools, rather than helping them, voted against it.', 'said', 'the law punished schools'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('a second predicate of the subject after a content with no verb of its own', () => {
  it.each([
    // A gerund, an infinitive or a thing cannot take a finite verb: "and has …", "but would …", "and urged …" go
    // back to the cue's subject.
    ['The mayor proposed closing the bridge and has asked the council for funds.', 'proposed', 'closing the bridge'],
    ['The governor wants to run again but would not say when.', 'wants', 'to run again'],
    ['The mayor proposed a new tax and urged the council to pass it.', 'proposed', 'a new tax'],
    ['The governor hopes to win and has hired new staff.', 'hopes', 'to win'],
    // A cue in the past is a verb even where the word classes do not know it ("chided").
    ['The union accused the mayor of ignoring the teachers and chided him for siding with the board.', 'accused', 'the mayor of ignoring the teachers'],
    // A content with its own finite verb may take a second one ("was wise and has asked"): not cut here.
    ['The mayor said closing the bridge was wise and has asked for funds.', 'said', 'closing the bridge was wise and has asked for funds'],
    // A plural noun in "-s" after "and" is no verb: the content goes on.
    ['The brochure promised to offer classes in art and hikes through the park.', 'promised', 'to offer classes in art and hikes through the park'],
    // "and" before a subject of its own is a coordinated clause, for the other rules.
    ['The senator said Smith and Jones had agreed to the deal.', 'said', 'Smith and Jones had agreed to the deal'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('a phrase of medium or occasion after a content with no verb of its own', () => {
  it.each([
    // A thing announced or proposed ends before where it was said ("in a video", "in a statement").
    ['The senator announced her bid for governor in a video on Monday.', 'announced', 'her bid for governor'],
    // A time right before the occasion dates the same act: the content ends before it too.
    ['The senator announced her bid for governor Tuesday morning in a video.', 'announced', 'her bid for governor'],
    ['The senator announced her bid for governor on Monday in a video.', 'announced', 'her bid for governor'],
    // A time word inside the object, not before the occasion, stays ("summer camp").
    ['The council unveiled plans for a new summer camp in a statement.', 'unveiled', 'plans for a new summer camp'],
    // A clause keeps its phrases: "failed in a statement" may be where it failed.
    ['The mayor said the plan had failed in a statement on Friday.', 'said', 'the plan had failed in a statement on Friday'],
    // A content of a word or two is left to the other rules.
    ['The senator claimed victory in a tweet.', 'claimed', 'victory in a tweet'],
    // Words in quotation marks are the speaker's own, phrases and all.
    ['The union called for "a fair deal in a statement" at the plant.', 'called for', '"a fair deal in a statement" at the plant'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

describe('"as" before an attribution that closes the sentence', () => {
  it.each([
    // "…, as the Times reported": the report is the outer attribution; what it reports ends at the comma.
    ['The mayor said the bridge is safe, as the Times reported.', 'reported', 'The mayor said the bridge is safe'],
    ['The mayor said the bridge is safe, as one of the engineers, Ana Ruiz, reported last week.', 'reported', 'The mayor said the bridge is safe'],
    // "as" with a clause after the cue ("said it was") is a comparison, no closing attribution: the mayor's content
    // is not cut at the comma.
    ['The mayor said the bridge is safe, as engineers have long said it was.', 'said', 'the bridge is safe, as engineers have long said it was'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});

// A day named from the telling ("today", "tomorrow") between a cue and its content dates the saying (DEICTIC_DAYS).
describe('a day named from the telling after the cue', () => {
  it.each([
    ['The mayor will say tomorrow that the council will vote on the plan.', 'say', 'the council will vote on the plan'],
    ['The mayor said today that the council will vote on the plan.', 'said', 'the council will vote on the plan'],
    // Negative: a day inside the content stays in it.
    ['The mayor said the council will vote on the plan tomorrow.', 'said', 'the council will vote on the plan tomorrow'],
  ] as const)('%s (%s)', (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
});
