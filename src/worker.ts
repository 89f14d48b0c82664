/** Worker-thread entry (dist/worker.js): extracts each batch it is sent and answers with the results, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { debugMem } from './debug-mem.js';
import { useWordClasses } from './lexicon/word-classes.js';
import { processArticle, type BatchMessage, type BatchReply, type ExtractFn, type WorkerSetup } from './workers.js';

const setup = workerData as WorkerSetup;
if (setup.wordClasses) useWordClasses(setup.wordClasses);
const mod = (await import(setup.extractModule ?? './extract.js')) as { extractQuotes: ExtractFn };
const extract = mod.extractQuotes;

parentPort!.on('message', (msg: BatchMessage) => {
  const results = msg.items.map((item) => processArticle(extract, item, setup));
  parentPort!.postMessage({ batch: msg.batch, results } satisfies BatchReply);
  debugMem();
});
parentPort!.postMessage({ ready: true } satisfies BatchReply);
