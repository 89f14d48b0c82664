/** `whosaid stats` / `--summary`: who is quoted how often, over everything read. */
import type { ChalkInstance } from 'chalk';
import type { Quote, QuoteType, SpeakerKind } from '../types.js';

export interface SpeakerCount {
  name: string;
  kind: SpeakerKind;
  count: number;
}

export interface StatsReport {
  articles: { read: number; succeeded: number; failed: number };
  quotes: number;
  byType: Record<QuoteType, number>;
  /** Named speakers by canonical name (and kind), most quoted first. */
  speakers: SpeakerCount[];
  /** Quotes whose speaker has no canonical name, by kind ("a source", "officials"). */
  unnamed: Record<SpeakerKind, number>;
  /** Quotes with no speaker at all. */
  noSpeaker: number;
}

/**
 * Aggregates as it goes: memory grows with the number of distinct speakers, not of articles.
 * Failed articles count as read and failed; a skipped blank line counts as neither.
 */
export class StatsAggregator {
  private read = 0;
  private succeeded = 0;
  private failed = 0;
  private quotes = 0;
  private readonly byType: Record<QuoteType, number> = { direct: 0, indirect: 0, mixed: 0 };
  private readonly unnamed: Record<SpeakerKind, number> = { person: 0, organization: 0, anonymous: 0 };
  private noSpeaker = 0;
  /** name -> kind -> count */
  private readonly names = new Map<string, Map<SpeakerKind, number>>();

  addArticle(quotes: readonly Quote[]): void {
    this.read++;
    this.succeeded++;
    for (const q of quotes) this.addQuote(q);
  }

  addFailure(): void {
    this.read++;
    this.failed++;
  }

  private addQuote(q: Quote): void {
    this.quotes++;
    if (q.type in this.byType) this.byType[q.type]++;
    const sp = q.speaker;
    if (!sp) {
      this.noSpeaker++;
      return;
    }
    if (sp.name === null || sp.name === '') {
      this.unnamed[sp.kind] = (this.unnamed[sp.kind] ?? 0) + 1;
      return;
    }
    let kinds = this.names.get(sp.name);
    if (!kinds) {
      kinds = new Map();
      this.names.set(sp.name, kinds);
    }
    kinds.set(sp.kind, (kinds.get(sp.kind) ?? 0) + 1);
  }

  report(): StatsReport {
    const speakers: SpeakerCount[] = [];
    for (const [name, kinds] of this.names) for (const [kind, count] of kinds) speakers.push({ name, kind, count });
    speakers.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.kind < b.kind ? -1 : 1));
    return {
      articles: { read: this.read, succeeded: this.succeeded, failed: this.failed },
      quotes: this.quotes,
      byType: { ...this.byType },
      speakers,
      unnamed: { ...this.unnamed },
      noSpeaker: this.noSpeaker,
    };
  }
}

export function formatStatsJson(report: StatsReport, pretty = false): string {
  return JSON.stringify(report, null, pretty ? 2 : undefined);
}

/** The report as a table: the counts, then one row per speaker (`limit` rows at most, 0 for all). */
export function formatStatsTable(report: StatsReport, chalk: ChalkInstance, limit = 0): string {
  const { articles: a, byType: t } = report;
  const lines = [
    chalk.bold(`${a.read} article(s) read, ${a.succeeded} succeeded, ${a.failed} failed; ${report.quotes} quote(s)`),
    `by type: direct ${t.direct}, indirect ${t.indirect}, mixed ${t.mixed}`,
    `unnamed speakers: person ${report.unnamed.person}, organization ${report.unnamed.organization}, anonymous ${report.unnamed.anonymous}; no speaker: ${report.noSpeaker}`,
  ];
  const rows = limit > 0 ? report.speakers.slice(0, limit) : report.speakers;
  if (rows.length > 0) {
    const countWidth = Math.max(5, String(rows[0]!.count).length);
    const nameWidth = Math.min(40, Math.max(4, ...rows.map((r) => Array.from(r.name).length)));
    lines.push('', chalk.dim(`${'COUNT'.padStart(countWidth)}  ${'NAME'.padEnd(nameWidth)}  KIND`));
    for (const r of rows) {
      const name =
        Array.from(r.name).length > nameWidth
          ? `${Array.from(r.name)
              .slice(0, nameWidth - 1)
              .join('')}…`
          : r.name;
      lines.push(`${String(r.count).padStart(countWidth)}  ${chalk.bold(name.padEnd(nameWidth))}  ${r.kind}`);
    }
    if (rows.length < report.speakers.length) lines.push(chalk.dim(`… and ${report.speakers.length - rows.length} more`));
  }
  return lines.join('\n');
}
