#!/usr/bin/env node
// npm run bench [-- --mb 200 --repeat 3 --baseline-mb 5 --baseline-seconds 20 --no-dir --keep --strict]
//
// Builds a synthetic archive (a JSONL file and the same articles as a directory of .txt files) of at least
// --mb MB in a temp dir, from the articles in fixtures/ and, when present, ../shared/eval/ (read at run time,
// never copied into the project), then runs the built CLI on it as child processes and prints, for the same
// archive in the same run: MB/s, articles/s, CPU time (user+sys of all threads) and peak RSS with --jobs 1 and
// with all cores, and the same for a naive baseline (compromise's nlp(text).quotations() per article) on a
// sample. Figures are for whatever extractor src/extract.ts holds; the output (JSON lines) is written to a file
// and counted. With 2+ cores it also runs one separate `--jobs 1` process per core at once, each on its own part
// of the archive: nothing shared, no messages, so their combined speed is the most this machine's cores give this
// work, the ceiling against which the `--jobs N` figure can be read (shared vCPUs give less than N times one).
// The runs on the whole JSONL archive are made --repeat times, interleaved, and the fastest of each is reported.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const BIN = join(ROOT, 'bin', 'whosaid.js');
const SHARED_EVAL = join(ROOT, '..', 'shared', 'eval');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name) => process.argv.includes(`--${name}`);
// 200 MB by default, four times the issue's minimum: each run's one-time costs (start-up, and each thread's
// compilation of the extractor, ~0.5 s of CPU) then weigh on the figures about as little as on a real archive.
const TARGET_MB = arg('mb', 200);
const SMALL_MB = arg('small-mb', 5);
const BASELINE_MB = arg('baseline-mb', 5);
const BASELINE_SECONDS = arg('baseline-seconds', 20);
const CORES = availableParallelism();
const REPEAT = Math.max(1, arg('repeat', 3));

// ---------- the articles ----------
function txtFilesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...txtFilesUnder(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}
// The news articles only: fixtures/nasty/ holds broken input (binary, UTF-16) that the tests use on purpose.
const sourceFiles = txtFilesUnder(join(ROOT, 'fixtures')).filter((f) => !f.includes(`${join('fixtures', 'nasty')}`));
const fromFixtures = sourceFiles.length;
if (existsSync(SHARED_EVAL)) sourceFiles.push(...txtFilesUnder(SHARED_EVAL));
const texts = sourceFiles.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '')).filter((t) => t.trim() !== '' && !t.includes('\0'));
if (texts.length === 0) throw new Error('no articles found in fixtures/');

/** Seeded shuffle (mulberry32), so every run builds the same archive. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- the archive ----------
const work = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
const jsonlPath = join(work, 'archive.jsonl');
const smallPath = join(work, 'archive-small.jsonl');
const dirPath = join(work, 'archive');
/** The archive split into one part per core (article n in part n mod CORES), for the separate processes. */
const partPaths = CORES >= 2 ? Array.from({ length: CORES }, (_, k) => join(work, `archive-part-${k}.jsonl`)) : [];
const withDir = !flag('no-dir');

async function buildArchive() {
  const random = rng(20240601);
  const big = createWriteStream(jsonlPath);
  const small = createWriteStream(smallPath);
  const parts = partPaths.map((p) => createWriteStream(p));
  const partArticles = partPaths.map(() => 0);
  let bytes = 0;
  let smallBytes = 0;
  let n = 0;
  let smallN = 0;
  let dirBytes = 0;
  const write = (s, line) => (s.write(line) ? undefined : new Promise((r) => s.once('drain', r)));
  while (bytes < TARGET_MB * 1e6) {
    const order = texts.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      n++;
      const id = `syn-${String(n).padStart(6, '0')}`;
      const line = `${JSON.stringify({ id, text: texts[k] })}\n`;
      await write(big, line);
      bytes += Buffer.byteLength(line);
      if (parts.length > 0) {
        await write(parts[(n - 1) % parts.length], line);
        partArticles[(n - 1) % parts.length]++;
      }
      if (smallBytes < SMALL_MB * 1e6) {
        await write(small, line);
        smallBytes += Buffer.byteLength(line);
        smallN++;
      }
      if (withDir) {
        const sub = join(dirPath, String(Math.floor((n - 1) / 1000)).padStart(4, '0'));
        if ((n - 1) % 1000 === 0) mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `${id}.txt`), texts[k]);
        dirBytes += Buffer.byteLength(texts[k]);
      }
      if (bytes >= TARGET_MB * 1e6) break;
    }
  }
  await new Promise((r) => big.end(r));
  await new Promise((r) => small.end(r));
  for (const p of parts) await new Promise((r) => p.end(r));
  return { partArticles, articles: n, bytes: statSync(jsonlPath).size, smallArticles: smallN, smallBytes: statSync(smallPath).size, dirBytes };
}

// ---------- running and measuring ----------
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const PROBE = pathToFileURL(join(HERE, 'rss-probe.mjs')).href;

/**
 * Runs `node ARGS` with stdout to a file; wall time measured here, peak RSS by /usr/bin/time -v or the probe.
 * With `halfLines`, also the time the output reached that many lines, for the speed over the rest of the run,
 * once the process has started and its code is compiled (the warm speed).
 */
function measure(nodeArgs, outFile, halfLines = 0) {
  return new Promise((resolve, reject) => {
    const rssFile = `${outFile}.rss`;
    rmSync(rssFile, { force: true });
    const cmd = TIME ?? process.execPath;
    const args = TIME ? ['-v', process.execPath, ...nodeArgs] : ['--import', PROBE, ...nodeArgs];
    const out = createWriteStream(outFile);
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WHOSAID_RSS_FILE: rssFile } });
    child.stdout.pipe(out);
    let lines = 0;
    let halfAt = NaN;
    if (halfLines > 0) {
      child.stdout.on('data', (chunk) => {
        if (lines >= halfLines) return;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        if (lines >= halfLines) halfAt = (performance.now() - started) / 1000;
      });
    }
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    const outClosed = new Promise((r) => out.on('close', r));
    child.on('close', async (code) => {
      const seconds = (performance.now() - started) / 1000;
      await outClosed;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const kib = m ? Number(m[1]) : existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
      // CPU time of all threads (the workers' and V8's GC helpers'), from /usr/bin/time -v
      const user = Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
      const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ code, seconds, halfAt, rssMb: (kib * 1024) / 1e6, cpuSeconds: user + sys, stderr });
    });
  });
}

async function countLines(file) {
  let n = 0;
  for await (const _ of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) n++;
  return n;
}

async function runWhosaid(label, input, jobs, articles, bytes, outName = 'out.jsonl') {
  const outFile = join(work, outName);
  const half = Math.floor(articles / 2);
  const r = await measure([BIN, input, '--format', 'json', '--jobs', String(jobs)], outFile, half);
  const lines = await countLines(outFile);
  const quotes = Number(/(\d+) quote\(s\) found/.exec(r.stderr)?.[1] ?? NaN);
  if (r.code !== 0 || lines !== articles) {
    console.error(r.stderr.split('\n').slice(0, 20).join('\n'));
    throw new Error(`${label}: exit ${r.code}, ${lines} output lines for ${articles} articles`);
  }
  rmSync(outFile, { force: true });
  // articles per second over the second half of the output: start-up and compilation are behind by then
  const warmPerSec = (articles - half) / (r.seconds - r.halfAt);
  return {
    label,
    jobs,
    articles,
    bytes,
    seconds: r.seconds,
    warmPerSec,
    mbps: bytes / 1e6 / r.seconds,
    perSec: articles / r.seconds,
    rssMb: r.rssMb,
    cpuSeconds: r.cpuSeconds,
    quotes,
  };
}

async function runNaive() {
  const outFile = join(work, 'naive.jsonl');
  const r = await measure([join(HERE, 'naive.mjs'), jsonlPath, outFile, String(BASELINE_MB), String(BASELINE_SECONDS)], `${outFile}.stdout`);
  const stats = JSON.parse(readFileSync(`${outFile}.stdout`, 'utf8').trim().split('\n').at(-1));
  if (r.code !== 0) throw new Error(`naive baseline failed: ${r.stderr}`);
  return {
    label: `naive baseline (sample: ${(stats.bytes / 1e6).toFixed(1)} MB)`,
    jobs: 1,
    articles: stats.articles,
    bytes: stats.bytes,
    seconds: r.seconds,
    mbps: stats.bytes / 1e6 / r.seconds,
    perSec: stats.articles / r.seconds,
    rssMb: r.rssMb,
    cpuSeconds: r.cpuSeconds,
    quotes: NaN,
  };
}

// ---------- what the machine's cores give this work ----------
/**
 * One `--jobs 1` process per core, all at once, each on its own part of the archive: the same work as one
 * `--jobs N` run with nothing shared between the parts. Wall time is the slowest part's; CPU is summed.
 */
async function runParts(a) {
  const started = performance.now();
  const runs = await Promise.all(partPaths.map((p, k) => runWhosaid(`part ${k}`, p, 1, a.partArticles[k], statSync(p).size, `out-part-${k}.jsonl`)));
  const seconds = (performance.now() - started) / 1000;
  return {
    label: `${CORES} separate --jobs 1 processes, 1/${CORES} each`,
    jobs: `${CORES}x1`,
    articles: a.articles,
    bytes: a.bytes,
    seconds,
    mbps: a.bytes / 1e6 / seconds,
    perSec: a.articles / seconds,
    rssMb: NaN, // one process each: not comparable with one process's peak
    cpuSeconds: runs.reduce((sum, r) => sum + r.cpuSeconds, 0),
    quotes: runs.reduce((sum, r) => sum + r.quotes, 0),
  };
}

const fastest = (runs) => runs.reduce((best, r) => (r.seconds < best.seconds ? r : best));

// ---------- report ----------
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
function table(rows) {
  const head = ['run', 'jobs', 'articles', 'MB', 'seconds', 'MB/s', 'articles/s', 'CPU s', 'cores busy', 'CPU s/MB', 'peak RSS MB', 'quotes'];
  const body = rows.map((r) => [
    r.label,
    String(r.jobs),
    String(r.articles),
    fmt(r.bytes / 1e6, 1),
    fmt(r.seconds),
    fmt(r.mbps),
    fmt(r.perSec, 0),
    fmt(r.cpuSeconds),
    fmt(r.cpuSeconds / r.seconds),
    fmt(r.cpuSeconds / (r.bytes / 1e6), 3),
    fmt(r.rssMb, 0),
    Number.isFinite(r.quotes) ? String(r.quotes) : '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')) || !existsSync(join(ROOT, 'dist', 'batch', 'pool', 'worker-entry.js'))) {
    console.log('building dist/ ...');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${cpu}, ${CORES} core(s), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`);
  console.log(`peak RSS measured with ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (preloaded probe)'}; worker threads share the process RSS`);
  const load = loadavg()[0];
  if (load > 0.5)
    console.log(`warning: load average ${load.toFixed(2)} before the runs: other processes share the cores, so speed and scaling figures will be low`);
  const t0 = performance.now();
  const a = await buildArchive();
  console.log(
    `archive: ${a.articles} articles, ${(a.bytes / 1e6).toFixed(1)} MB JSONL${withDir ? ` + the same as ${a.articles} .txt files` : ''} in ${work} ` +
      `(from ${texts.length} articles: ${fromFixtures} in fixtures/, ${sourceFiles.length - fromFixtures} in ../shared/eval; built in ${fmt((performance.now() - t0) / 1000, 1)}s)`,
  );

  const rows = [];
  const ones = [];
  const alls = [];
  const splits = [];
  for (let r = 0; r < REPEAT; r++) {
    ones.push(await runWhosaid('whosaid JSONL', jsonlPath, 1, a.articles, a.bytes));
    alls.push(await runWhosaid('whosaid JSONL', jsonlPath, CORES, a.articles, a.bytes));
    if (CORES >= 2) splits.push(await runParts(a));
  }
  const one = fastest(ones);
  const all = fastest(alls);
  const split = CORES >= 2 ? fastest(splits) : null;
  rows.push(one, all);
  if (split) rows.push(split);
  const small = await runWhosaid(`whosaid JSONL, first ${SMALL_MB} MB`, smallPath, CORES, a.smallArticles, a.smallBytes);
  rows.push(small);
  if (withDir) rows.push(await runWhosaid('whosaid directory of .txt', dirPath, CORES, a.articles, a.dirBytes));
  const naive = await runNaive();
  rows.push(naive);

  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(`command: node bin/whosaid.js ARCHIVE --format json --jobs N > out.jsonl   (stdout to a file, output lines counted)`);
  console.log(
    `naive: node test/bench/naive.mjs (nlp(text).quotations().json() per article, JSON lines written), stopped after ${BASELINE_MB} MB or ${BASELINE_SECONDS}s, whichever first`,
  );
  if (one.quotes === 0 && all.quotes === 0) {
    console.log('note: no quotes found at all: the extractor looks like the stub, so these figures measure reading, workers and writing only');
  }

  if (REPEAT > 1) {
    const list = (runs) => runs.map((r) => fmt(r.seconds)).join(', ');
    console.log(
      `runs on the whole archive (seconds, fastest reported): jobs 1: ${list(ones)}; jobs ${CORES}: ${list(alls)}${split ? `; separate processes: ${list(splits)}` : ''}`,
    );
  }
  if (split) {
    // The wall-clock speed-up alone hides how much the machine could give: shared vCPUs run two busy threads at
    // less than twice the speed of one, whatever the program does. The separate processes share nothing.
    const perMb1 = one.cpuSeconds / (one.bytes / 1e6);
    const perMbN = all.cpuSeconds / (all.bytes / 1e6);
    const ceiling = split.mbps / one.mbps;
    console.log(
      `warm: over the second half of the output, jobs ${CORES} ran ${fmt(all.warmPerSec, 0)} articles/s and jobs 1 ${fmt(one.warmPerSec, 0)}, ` +
        `${fmt(all.warmPerSec / one.warmPerSec)}x: the whole-run figure also counts each process's start-up and each thread's compilation of the extractor`,
    );
    console.log(
      `scaling: jobs ${CORES} is ${fmt(all.mbps / one.mbps)}x jobs 1; ${CORES} separate --jobs 1 processes, each on 1/${CORES} of the archive (the same work with nothing shared), ` +
        `are ${fmt(ceiling)}x: what this machine gives ${CORES} busy processes. CPU per MB: ${fmt(perMb1, 3)} s (jobs 1), ${fmt(perMbN, 3)} s (jobs ${CORES}), ` +
        `${fmt(split.cpuSeconds / (split.bytes / 1e6), 3)} s (separate processes)`,
    );
  }

  const maxRss = Math.max(...rows.filter((r) => r !== naive && r !== split).map((r) => r.rssMb));
  const goals = [
    [
      `>= 1 MB/s per core end to end (jobs 1: ${fmt(one.mbps)} MB/s; jobs ${CORES}: ${fmt(all.mbps / CORES)} MB/s per core)`,
      one.mbps >= 1 && all.mbps / CORES >= 1,
    ],
    // Issue 11: the statement/belief typing, clause boundaries and entity names must not cost the archive use case
    // its speed: one job keeps at least 5 MB/s.
    [`>= 5 MB/s on one core (jobs 1: ${fmt(one.mbps)} MB/s)`, one.mbps >= 5],
    [`>= 10x the naive baseline (jobs 1 vs naive: ${fmt(one.mbps / naive.mbps, 1)}x)`, one.mbps / naive.mbps >= 10],
    CORES >= 2
      ? [`>= 1.7x faster on ${CORES} cores than on one (${fmt(all.mbps / one.mbps)}x)`, all.mbps / one.mbps >= 1.7]
      : ['>= 1.7x faster on two cores: not measurable on 1 core', null],
    [
      `peak RSS < 200 MB (max ${fmt(maxRss, 0)} MB; ${fmt(small.rssMb, 0)} MB on ${SMALL_MB} MB vs ${fmt(all.rssMb, 0)} MB on ${fmt(a.bytes / 1e6, 0)} MB)`,
      maxRss < 200,
    ],
  ];
  console.log('goals:');
  for (const [what, ok] of goals) console.log(`  ${(ok === null ? 'n/a' : ok ? 'MET' : 'NOT MET').padEnd(7)}  ${what}`);
  console.log(`bench done in ${fmt((performance.now() - t0) / 1000, 1)}s`);

  if (!flag('keep')) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
  if (flag('strict') && goals.some(([, ok]) => ok === false)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`bench failed: ${err.message}`);
  if (!flag('keep')) rmSync(work, { recursive: true, force: true });
  process.exitCode = 1;
});
