// The naive baseline: compromise's full nlp(text) and .quotations() on each article of a JSONL archive,
// one JSON line written per article, until a byte or time budget is spent (it is ~0.1 MB/s, so a sample).
// Usage: node naive.mjs ARCHIVE.jsonl OUT.jsonl MAX_MB MAX_SECONDS   -> prints {"articles","bytes","seconds"}
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import nlp from 'compromise';

const [archive, outPath, maxMb = '5', maxSeconds = '20'] = process.argv.slice(2);
const maxBytes = Number(maxMb) * 1e6;
const budgetMs = Number(maxSeconds) * 1000;
const out = createWriteStream(outPath);
const started = performance.now();
let articles = 0;
let bytes = 0;
const rl = createInterface({ input: createReadStream(archive), crlfDelay: Infinity });
for await (const line of rl) {
  const { id, text } = JSON.parse(line);
  const quotes = nlp(text).quotations().json();
  if (!out.write(`${JSON.stringify({ id, quotes })}\n`)) await new Promise((r) => out.once('drain', r));
  articles++;
  bytes += Buffer.byteLength(line) + 1;
  if (bytes >= maxBytes || performance.now() - started >= budgetMs) break;
}
rl.close();
await new Promise((r) => out.end(r));
console.log(JSON.stringify({ articles, bytes, seconds: (performance.now() - started) / 1000 }));
