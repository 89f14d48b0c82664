/** `whosaid eval`: reads gold sets, runs the extractor, prints the figures and checks floors (scoring: src/eval/). */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { Command } from 'commander';
import { describeFsError, InputError, readArticleFile } from '../batch/decode.js';
import {
  checkFloor,
  type Floor,
  FloorsFormatError,
  formatErrorLine,
  GOLD_ACTS,
  type GoldArticle,
  GoldFormatError,
  parseFloors,
  parseGold,
  QUOTE_TYPES,
  type SetReport,
  scoreSet,
  viewOf,
} from '../eval/index.js';
import type { ExtractOptions, Quote } from '../types.js';
import { ACTS_HELP, actsLabel, parseActs } from './acts.js';
import { EXIT_INPUT_FAILED, EXIT_OK, type Io, loadAliases, makeChalk, UsageError } from './shell.js';

interface EvalOptions {
  sets?: string;
  floors?: string;
  json?: boolean;
  errors?: boolean;
  color: boolean;
  aliases?: string;
  predictions?: string;
  acts?: string;
}

const GOLD_SUFFIX = '.gold.json';

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function goldIds(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => n.endsWith(GOLD_SUFFIX))
    .map((n) => n.slice(0, -GOLD_SUFFIX.length))
    .sort();
}

async function resolveSetDirs(dirs: string[], setsRoot: string | undefined): Promise<string[]> {
  const out: string[] = [];
  for (const dir of dirs) {
    if (!(await isDirectory(dir))) throw new UsageError(`eval: ${dir}: no such directory`);
    if ((await goldIds(dir)).length === 0) throw new UsageError(`eval: ${dir}: no <id>.gold.json files in it`);
    out.push(dir);
  }
  if (setsRoot !== undefined) {
    if (!(await isDirectory(setsRoot))) throw new UsageError(`eval: --sets ${setsRoot}: no such directory`);
    const subs = (await readdir(setsRoot, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const found: string[] = [];
    for (const name of subs) {
      const dir = join(setsRoot, name);
      if ((await goldIds(dir)).length > 0) found.push(dir);
    }
    if (found.length === 0) throw new UsageError(`eval: --sets ${setsRoot}: no subfolder holds <id>.gold.json files`);
    out.push(...found);
  }
  if (out.length === 0) throw new UsageError('eval: give gold set folders, or --sets DIR');
  return out;
}

async function readJson(path: string, what: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`${what} ${path}: ${describeFsError(err)}`);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`${what} ${path}: not valid JSON (${(err as Error).message})`);
  }
}

async function loadFloors(path: string): Promise<Floor[]> {
  const data = await readJson(path, 'eval: --floors');
  try {
    return parseFloors(data);
  } catch (err) {
    if (err instanceof FloorsFormatError) throw new UsageError(`eval: --floors ${path}: ${err.message}`);
    throw err;
  }
}

/** Saved tool output (JSON lines as `whosaid --format json` prints them), by article id. */
async function loadPredictions(path: string): Promise<Map<string, Quote[]>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`eval: --predictions ${path}: ${describeFsError(err)}`);
  }
  const byId = new Map<string, Quote[]>();
  for (const [i, line] of raw.split('\n').entries()) {
    if (line.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new UsageError(`eval: --predictions ${path}:${i + 1}: not valid JSON`);
    }
    const r = row as { id?: unknown; quotes?: unknown };
    if (typeof r.id !== 'string' || !Array.isArray(r.quotes)) {
      throw new UsageError(`eval: --predictions ${path}:${i + 1}: expected {"id": ..., "quotes": [...]}`);
    }
    byId.set(r.id, r.quotes as Quote[]);
  }
  return byId;
}

interface LoadedArticle {
  id: string;
  text: string;
  gold: GoldArticle;
}

/** Reads one set; files that cannot be used are reported on stderr and skipped. */
async function loadSet(dir: string, io: Io): Promise<{ articles: LoadedArticle[]; failed: number }> {
  const articles: LoadedArticle[] = [];
  let failed = 0;
  for (const id of await goldIds(dir)) {
    const goldPath = join(dir, id + GOLD_SUFFIX);
    try {
      const article = await readArticleFile(join(dir, `${id}.txt`));
      let data: unknown;
      try {
        data = JSON.parse(await readFile(goldPath, 'utf8'));
      } catch (err) {
        throw new GoldFormatError(`not valid JSON (${(err as Error).message})`);
      }
      articles.push({ id, text: article.text, gold: parseGold(data, article.text) });
    } catch (err) {
      failed++;
      const reason = err instanceof GoldFormatError ? `${goldPath}: ${err.message}` : err instanceof InputError ? err.message : String(err);
      io.stderr.write(`whosaid: eval: ${reason}; skipped\n`);
    }
  }
  return { articles, failed };
}

function pct(v: number | null): string {
  return v === null ? '     –' : `${(v * 100).toFixed(1).padStart(5)}%`;
}

function formatTable(r: SetReport, seconds: number, chalk: ChalkInstance): string {
  const c = r.counts;
  const row = (label: string, cells: string[]) => `  ${label.padEnd(22)}${cells.join('  ')}`;
  const frac = (num: number, den: number) => chalk.dim(`${num}/${den}`);
  const lines = [
    chalk.bold(r.set) +
      chalk.dim(
        `  ${r.view} view, ${r.articles} article(s), ${r.gold} gold, ${r.found} found (${c.absorbed} on optional, ` +
          `${c.falsePositives} false, ${c.notQuoteHits} on notQuotes), extraction ${seconds.toFixed(2)} s`,
      ),
    chalk.dim(row('', ['     P', '     R', '    F1', 'speaker'])),
    row('quotes', [pct(r.quote.p), pct(r.quote.r), chalk.bold(pct(r.quote.f1))]),
  ];
  for (const t of QUOTE_TYPES) {
    const b = r.byType[t];
    lines.push(row(`  ${t}`, [pct(b.p), pct(b.r), pct(b.f1), pct(b.speakerAcc)]));
  }
  lines.push(
    row(
      'exact span',
      ['', '', pct(r.exactF1)].map((s) => s.padStart(6)),
    ),
    row('end to end', [pct(r.endToEnd.p), pct(r.endToEnd.r), chalk.bold(pct(r.endToEnd.f1))]),
    '',
    row('sources per article', [pct(r.sources.p), pct(r.sources.r), chalk.bold(pct(r.sources.f1))]),
  );
  const acts = GOLD_ACTS.filter((a) => r.byAct[a].p !== null || r.byAct[a].r !== null);
  if (acts.length > 0) {
    lines.push('', chalk.dim(row('by act', ['     P', '     R', '    F1'])));
    for (const a of acts) lines.push(row(`  ${a}`, [pct(r.byAct[a].p), pct(r.byAct[a].r), pct(r.byAct[a].f1)]));
  }
  lines.push(
    '',
    row('speaker accuracy', [pct(r.speakerAcc), frac(c.speakerRight, c.matched)]),
    row('name accuracy', [pct(r.nameAcc), frac(c.nameRight, c.nameJudged)]),
    row('kind accuracy', [pct(r.kindAcc), frac(c.kindRight, c.kindJudged)]),
    row('gender accuracy', [pct(r.genderAcc), frac(c.genderRight, c.genderGiven)]),
    row('gender coverage', [pct(r.genderCoverage), frac(c.genderGiven, c.genderJudged)]),
    row('cue accuracy', [pct(r.cueAcc), frac(c.cueRight, c.matched)]),
    row('type accuracy', [pct(r.typeAcc), frac(c.typeRight, c.matched)]),
    row('unknown speaker rate', [pct(r.unknownSpeakerRate), frac(c.noSpeaker, c.found)]),
  );
  return lines.join('\n');
}

function formatFloor(f: ReturnType<typeof checkFloor>, chalk: ChalkInstance): string {
  const value = f.value === null ? 'n/a' : f.value.toFixed(4);
  const verdict = f.ok ? chalk.green('ok  ') : chalk.red.bold('FAIL');
  return `${verdict} ${f.set} ${f.metric} = ${value} (floor: ${f.op} ${f.bound})`;
}

async function runEval(dirs: string[], opts: EvalOptions, io: Io): Promise<number> {
  const floors = opts.floors !== undefined ? await loadFloors(opts.floors) : [];
  const extractOptions: ExtractOptions = {};
  if (opts.aliases) extractOptions.aliases = await loadAliases(opts.aliases);
  const acts = parseActs(opts.acts);
  const view = actsLabel(acts);
  // The tool is run as a user would run it with these --acts, and judged in the matching view.
  extractOptions.acts = acts;
  const predictions = opts.predictions !== undefined ? await loadPredictions(opts.predictions) : undefined;
  // Loaded here, not at the top: the extractor and its lexicon have no place in a batch run's main thread.
  const { extractQuotes } = await import('../extract/index.js');
  const setDirs = await resolveSetDirs(dirs, opts.sets);
  const chalk = makeChalk(opts.color, io);
  // Keep stdout one JSON object per line under --json: error and floor lines go to stderr then.
  const side = opts.json ? io.stderr : io.stdout;

  let failed = 0;
  const reports: SetReport[] = [];
  for (const [i, dir] of setDirs.entries()) {
    const set = basename(dir.replace(/[\\/]+$/, ''));
    const loaded = await loadSet(dir, io);
    failed += loaded.failed;
    const started = performance.now();
    const runs = loaded.articles.map((a) => {
      let found = predictions?.get(a.id);
      if (predictions && !found) io.stderr.write(`whosaid: eval: --predictions has no line for ${a.id}; counted as no quotes\n`);
      found ??= predictions ? [] : extractQuotes(a.text, extractOptions);
      return { ...a, gold: viewOf(a.gold, acts), found };
    });
    const seconds = (performance.now() - started) / 1000;
    const { report, judgements } = scoreSet(set, runs, view);
    reports.push(report);
    if (opts.errors) {
      for (const [j, judged] of judgements.entries()) {
        for (const e of judged.errors) side.write(`${formatErrorLine(`${set}/${runs[j]!.id}`, e)}\n`);
      }
    }
    io.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${(i > 0 ? '\n' : '') + formatTable(report, seconds, chalk)}\n`);
  }

  // A set named in the floors file but not run (the gold may be absent on this machine) is not checked.
  const results = floors.flatMap((f) => reports.filter((r) => r.set === f.set).map((r) => checkFloor(r, f)));
  if (results.length > 0 && !opts.json) side.write('\n');
  for (const r of results) side.write(`${formatFloor(r, chalk)}\n`);
  return failed > 0 || results.some((r) => !r.ok) ? EXIT_INPUT_FAILED : EXIT_OK;
}

export function evalCommand(io: Io, setCode: (code: number) => void): Command {
  const cmd = new Command('eval');
  cmd
    .description('Measure the extractor against gold sets (<id>.txt + <id>.gold.json pairs): precision, recall, speakers.')
    .argument('[dirs...]', 'gold set folders; each folder name is the set name')
    .option('--sets <dir>', 'also evaluate every subfolder of <dir> that holds gold files')
    .option('--floors <file>', 'JSON {"<set>": {"<metric>[<|<=|>]": number}}; exit 1 when a floor is not met')
    .option('--json', 'one JSON object per set per line (error and floor lines go to stderr)')
    .option('--errors', 'list misses (MISS), false positives (FP), wrong speakers (SPKR), types (TYPE), names (NAME) and kinds (KIND)')
    .option('--aliases <file>', 'JSON file of extra aliases for the extractor')
    .option('--acts <list>', `${ACTS_HELP}; gold quotes of other acts count as optional`)
    .option('--predictions <file>', 'score saved output (JSON lines from `whosaid --format json`) instead of running the extractor')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .action(async (dirs: string[], opts: EvalOptions) => {
      // The root command also defines --aliases and --no-color and, unless positional options are on, takes
      // them wherever they appear on the line; read both so either parsing mode works.
      const root = cmd.parent?.opts<{ color?: boolean; aliases?: string }>() ?? {};
      const merged: EvalOptions = { ...opts, color: opts.color && root.color !== false };
      const aliases = opts.aliases ?? root.aliases;
      if (aliases !== undefined) merged.aliases = aliases;
      setCode(await runEval(dirs, merged, io));
    });
  return cmd;
}
