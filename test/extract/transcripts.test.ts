import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

// Transcript turns ("TAPPER: …", "Chris Matthews: …"): invented interviews.

const turns = (text: string) =>
  extractQuotes(text)
    .filter((q) => q.cue === ':')
    .map((q) => [q.speaker?.text, q.text, q.type]);

describe('transcript turns', () => {
  it('a headline label above an interview in capitals does not stop its turns running on over paragraphs', () => {
    const text = [
      'Mayor Ortiz: Bridge Plan Is ‘Ready To Go,’ ‘We Have The Money.’',
      'Partial transcript as follows:',
      'DANA LANE: The bridge has been closed for two years.',
      'LANE: So when will it open? Residents have waited a long time.',
      'Many of them drive an hour around the bay every morning.',
      'ORTIZ: We are ahead of schedule, and the money is there.',
    ].join('\n\n');
    expect(turns(text)).toEqual([
      ['Mayor Ortiz', 'Bridge Plan Is ‘Ready To Go,’ ‘We Have The Money.’', 'mixed'],
      ['DANA LANE', 'The bridge has been closed for two years', 'indirect'],
      ['LANE', 'So when will it open? Residents have waited a long time.\n\nMany of them drive an hour around the bay every morning', 'indirect'],
      ['ORTIZ', 'We are ahead of schedule, and the money is there', 'indirect'],
    ]);
  });

  it('named section headings do not run on: each turn is its own paragraph', () => {
    const text = [
      'Lena Ortiz: Bridges The mayor wants two new bridges.',
      'Her rival disagrees with the cost.',
      'Hugh Hill: Buses The councilman wants more buses.',
    ].join('\n\n');
    expect(turns(text)).toEqual([
      ['Lena Ortiz', 'Bridges The mayor wants two new bridges', 'indirect'],
      ['Hugh Hill', 'Buses The councilman wants more buses', 'indirect'],
    ]);
  });

  it('a headline in capitals with a verb before a colon is no speaker label', () => {
    const text = ['DEAL IS DONE: Council Approves New Budget', 'The council voted on Monday.'].join('\n\n');
    expect(turns(text)).toEqual([]);
  });

  it('one label in capitals is no interview: its turn is its paragraph', () => {
    const text = ['SMITH: We will win this district.', 'The crowd cheered as the senator left the stage.'].join('\n\n');
    expect(turns(text)).toEqual([['SMITH', 'We will win this district', 'indirect']]);
  });

  it('a quotation standing alone inside an attributed mixed quote is part of it', () => {
    const text = 'Coach Reyes: Team Is ‘Ready For The Final,’ ‘We Have Trained For Months.’';
    const qs = extractQuotes(text);
    expect(qs.map((q) => [q.speaker?.text, q.text, q.type])).toEqual([
      ['Coach Reyes', 'Team Is ‘Ready For The Final,’ ‘We Have Trained For Months.’', 'mixed'],
    ]);
  });
});
