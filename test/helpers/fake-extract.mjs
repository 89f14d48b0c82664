// A stand-in extractor for the worker-pool tests: uneven work per article (so batches finish out of
// order), one quote echoing the text, and articles that make it throw or kill its worker thread.
export function extractQuotes(text) {
  if (text === 'THROW') throw new Error('boom');
  if (text === 'CRASH') process.exit(3);
  const m = /delay=(\d+)/.exec(text);
  if (m) {
    const until = Date.now() + Number(m[1]);
    while (Date.now() < until) {
      // busy: the extractor is CPU-bound
    }
  }
  return [{ text, start: 0, end: text.length, type: 'direct', cue: 'said', speaker: null, via: [] }];
}
