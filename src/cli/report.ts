/** `whosaid report INPUTS -o report.html`: one self-contained HTML file to look at who said what, article by article. */
import { rename, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { addBatchOptions, type MainOptions, runExtract } from './extract.js';
import { type Io, UsageError } from './shell.js';

interface ReportCliOptions extends MainOptions {
  output?: string;
  maxArticles: string;
  maxRows: string;
  outletField: string;
  dateField: string;
  urlField: string;
  titleField: string;
}

function count(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`${name}: expected a whole number from 0 to ${max}, got "${value}"`);
  return n;
}

export function reportCommand(io: Io, setCode: (code: number) => void): Command {
  const report = new Command('report')
    .description('write one self-contained HTML file: each article with its quotes highlighted, charts of who is quoted, a filterable quote table')
    .argument('[inputs...]', 'article files, directories, globs, JSONL archives; "-" or none reads stdin')
    .option('-o, --output <file>', 'the HTML file to write (required)')
    .option('--max-articles <n>', 'articles rendered as pages; the rest count in the charts and the table', '200')
    .option('--max-rows <n>', 'quotes in the table; the rest count in the charts', '50000')
    .option('--outlet-field <path>', 'JSONL field with the outlet (kept automatically)', 'outlet')
    .option('--date-field <path>', 'JSONL field with the date (kept automatically)', 'date')
    .option('--url-field <path>', 'JSONL field with the URL (kept automatically; linked only when http or https)', 'url')
    .option('--title-field <path>', 'JSONL field with the title (kept automatically)', 'title');
  return addBatchOptions(report).action(async (files: string[], opts: ReportCliOptions) => {
    if (!opts.output) throw new UsageError('report: give the file to write with -o, e.g. -o report.html');
    const fields = { outlet: opts.outletField, date: opts.dateField, url: opts.urlField, title: opts.titleField };
    if (Object.values(fields).some((f) => f === '')) throw new UsageError('--outlet-field, --date-field, --url-field and --title-field must not be empty');
    // Loaded here, not at the top: every other command would compile the report's modules at start-up for
    // nothing (~10 ms of CPU per process, measured).
    const { ReportBuilder } = await import('../report/page.js');
    const builder = new ReportBuilder({
      maxArticles: count('--max-articles', opts.maxArticles, 100_000),
      maxRows: count('--max-rows', opts.maxRows, 10_000_000),
      fields,
    });
    // the rules that found each quote are part of what the report shows
    opts.explain = true;
    const code = await runExtract(files, opts, io, 'report', {
      keepFields: Object.values(fields),
      onArticle: (o) => builder.addArticle({ id: o.id, source: o.source, text: o.text ?? '', quotes: o.quotes ?? [], ...(o.meta ? { meta: o.meta } : {}) }),
      onFailure: (source, reason) => builder.addFailure(source, reason),
    });
    // written whole then renamed: an interrupted run never leaves half a report where the last one was
    const tmp = `${opts.output}.tmp-${process.pid}`;
    try {
      await writeFile(tmp, builder.html());
      await rename(tmp, opts.output);
    } catch (err) {
      io.stderr.write(`whosaid: cannot write ${opts.output}: ${(err as Error).message}\n`);
      setCode(1);
      return;
    }
    if (!opts.quiet) io.stderr.write(`whosaid: report written to ${opts.output}\n`);
    setCode(code);
  });
}
