/** `whosaid stats` / `--summary`: who is quoted how often, over everything read, optionally by outlet, month, kind... */
import type { ChalkInstance } from 'chalk';
import type { Gender, Quote, QuoteType, SpeakerKind } from '../types.js';
import { type CsvOptions, csvRow, metaCell } from './csv.js';
import { escapeForTerminal } from './escape.js';
import { nameKey, surnameMerges } from './names.js';
import { stringWidth } from './width.js';

/** Keys `--by` knows besides kept JSONL fields: from the quote (kind, gender, act) or from the date field. */
export const BUILTIN_KEYS = ['kind', 'gender', 'act', 'month', 'year'] as const;

/** One group's value per `--by` key; null when the article or quote has none (no date, no gender...). */
export type GroupValues = Record<string, string | null>;

export interface SpeakerCount {
  /** The values of the `--by` keys (absent without `--by`). */
  group?: GroupValues;
  /** The most used full form among the merged names. */
  name: string;
  kind: SpeakerKind;
  /** The gender most of its quotes show; null when none does or female and male are even. */
  gender: Gender | null;
  quotes: number;
  /** Articles that quote it (in this group). */
  articles: number;
  /** The names merged into this one as written, most used first (at most 10). */
  variants: string[];
}

export interface GroupCount {
  group: GroupValues;
  quotes: number;
  articles: number;
  /** Distinct named speakers. */
  speakers: number;
}

export interface StatsReport {
  articles: { read: number; succeeded: number; failed: number };
  quotes: number;
  byType: Record<QuoteType, number>;
  /** The `--by` keys, in order; [] without grouping. */
  by: string[];
  /** Totals per group, largest first ([] without `--by`). */
  groups: GroupCount[];
  /** Named speakers, names merged across articles, most quoted first (within each group, groups largest first). */
  speakers: SpeakerCount[];
  /** Quotes whose speaker has no canonical name, by kind ("a source", "officials"). */
  unnamed: Record<SpeakerKind, number>;
  /** Quotes with no speaker at all. */
  noSpeaker: number;
}

export interface StatsOptions {
  /** One or two keys: kind, gender, act, month, year, or the path of a kept JSONL field. */
  by?: readonly string[];
  /** The kept field month and year are read from. */
  dateField?: string;
}

/** Per (group, kind, name key): the counts. */
interface Entry {
  group: string;
  kind: SpeakerKind;
  key: string;
  quotes: number;
  articles: number;
  lastArticle: number;
  female: number;
  male: number;
  /** name as written -> quotes */
  variants: Map<string, number>;
}

interface GroupEntry {
  values: GroupValues;
  quotes: number;
  articles: number;
  lastArticle: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "YYYY-MM" of a date value: an ISO date or timestamp ("2016-10-23", "2016-10-23T08:00Z"), a compact "20161023",
 * anything Date.parse reads ("October 23, 2016"), or epoch seconds or milliseconds; null otherwise.
 */
export function monthOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const d = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(d.getTime()) ? null : `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  // the date as written, not shifted by a time zone
  const iso = /^(\d{4})-(\d{1,2})(?:\D|$)/.exec(s) ?? /^(\d{4})(\d{2})\d{2}(?:\D|$)/.exec(s);
  if (iso) {
    const m = Number(iso[2]);
    return m >= 1 && m <= 12 ? `${iso[1]}-${pad2(m)}` : null;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}`;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Aggregates as it goes: memory grows with the number of distinct (group, speaker) pairs, not of articles.
 * Names are merged at the end (see names.ts), when the whole run's names are known. Failed articles count as
 * read and failed; a skipped blank line counts as neither.
 */
export class StatsAggregator {
  private read = 0;
  private succeeded = 0;
  private failed = 0;
  private quotes = 0;
  private readonly byType: Record<QuoteType, number> = { direct: 0, indirect: 0, mixed: 0 };
  private readonly unnamed: Record<SpeakerKind, number> = { person: 0, organization: 0, anonymous: 0 };
  private noSpeaker = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly groups = new Map<string, GroupEntry>();
  private readonly by: string[];
  private readonly dateField: string;

  constructor(options: StatsOptions = {}) {
    this.by = [...(options.by ?? [])];
    this.dateField = options.dateField ?? 'date';
  }

  addArticle(quotes: readonly Quote[], meta?: Record<string, unknown>): void {
    this.read++;
    this.succeeded++;
    const article = this.read;
    // Within one article a surname alone is the article's full name with that surname, when there is one
    // ("Trump" after "Donald Trump"), so an article counts once for him however it names him.
    const keys = quotes.map((q) => (q.speaker?.name ? nameKey(q.speaker.name, q.speaker.kind) : ''));
    const local = surnameMerges(keys.filter((k, i) => k !== '' && quotes[i]!.speaker!.kind === 'person'));
    quotes.forEach((q, i) => {
      const values = this.groupValues(q, meta);
      const group = this.by.length > 0 ? JSON.stringify(values) : '';
      this.countGroup(group, values, article);
      this.addQuote(q, local.get(keys[i]!) ?? keys[i]!, group, article);
    });
  }

  addFailure(): void {
    this.read++;
    this.failed++;
  }

  private groupValues(q: Quote, meta: Record<string, unknown> | undefined): GroupValues {
    const values: GroupValues = {};
    for (const key of this.by) {
      if (key === 'kind') values[key] = q.speaker?.kind ?? null;
      else if (key === 'gender') values[key] = q.speaker?.gender ?? null;
      else if (key === 'act') values[key] = q.act ?? null;
      else if (key === 'month') values[key] = monthOf(meta?.[this.dateField]);
      else if (key === 'year') values[key] = monthOf(meta?.[this.dateField])?.slice(0, 4) ?? null;
      else values[key] = metaCell(meta?.[key]);
    }
    return values;
  }

  private countGroup(group: string, values: GroupValues, article: number): void {
    if (this.by.length === 0) return;
    let g = this.groups.get(group);
    if (!g) {
      g = { values, quotes: 0, articles: 0, lastArticle: 0 };
      this.groups.set(group, g);
    }
    g.quotes++;
    if (g.lastArticle !== article) {
      g.lastArticle = article;
      g.articles++;
    }
  }

  private addQuote(q: Quote, key: string, group: string, article: number): void {
    this.quotes++;
    if (q.type in this.byType) this.byType[q.type]++;
    const sp = q.speaker;
    if (!sp) {
      this.noSpeaker++;
      return;
    }
    if (sp.name === null || sp.name === '' || key === '') {
      this.unnamed[sp.kind] = (this.unnamed[sp.kind] ?? 0) + 1;
      return;
    }
    const id = `${group}\u0000${sp.kind}\u0000${key}`;
    let e = this.entries.get(id);
    if (!e) {
      e = { group, kind: sp.kind, key, quotes: 0, articles: 0, lastArticle: 0, female: 0, male: 0, variants: new Map() };
      this.entries.set(id, e);
    }
    e.quotes++;
    if (e.lastArticle !== article) {
      e.lastArticle = article;
      e.articles++;
    }
    if (sp.gender === 'female') e.female++;
    else if (sp.gender === 'male') e.male++;
    e.variants.set(sp.name, (e.variants.get(sp.name) ?? 0) + 1);
  }

  /** After report(): the merged name each name as written went to (kind and name); null when it went to two. */
  private readonly asMerged = new Map<string, string | null>();

  /** The name `name` (of `kind`) is counted under after merging, once report() has run; itself when unknown or ambiguous. */
  mergedName(kind: SpeakerKind, name: string): string {
    return this.asMerged.get(`${kind}\u0000${name}`) ?? name;
  }

  report(): StatsReport {
    // Over the run: a surname alone joins the one full name with that surname, if the run has exactly one.
    const personKeys = new Set<string>();
    for (const e of this.entries.values()) if (e.kind === 'person') personKeys.add(e.key);
    const merges = surnameMerges(personKeys);
    const merged = new Map<string, Entry & { fullVariants: Map<string, number> }>();
    for (const e of this.entries.values()) {
      const key = e.kind === 'person' ? (merges.get(e.key) ?? e.key) : e.key;
      const id = `${e.group}\u0000${e.kind}\u0000${key}`;
      let m = merged.get(id);
      if (!m) {
        m = { ...e, key, quotes: 0, articles: 0, female: 0, male: 0, variants: new Map(), fullVariants: new Map() };
        merged.set(id, m);
      }
      m.quotes += e.quotes;
      // an article names a person one way once its surnames are merged (see addArticle): the sum is exact
      m.articles += e.articles;
      m.female += e.female;
      m.male += e.male;
      for (const [v, n] of e.variants) {
        m.variants.set(v, (m.variants.get(v) ?? 0) + n);
        // the displayed name is a form of the full key ("Donald Trump"), not the surname alone (which an
        // article's own surname merge may have put under the full key)
        if (nameKey(v, e.kind) === key) m.fullVariants.set(v, (m.fullVariants.get(v) ?? 0) + n);
      }
    }
    // One displayed name per speaker over the whole run, whatever the group: its most used full form.
    // A full form wins over the surname alone however rarely it is used ("Donald Trump" once, "Trump" 20 times).
    const display = new Map<string, { full: Map<string, number>; any: Map<string, number> }>();
    const addTo = (into: Map<string, number>, from: Map<string, number>): void => {
      for (const [v, n] of from) into.set(v, (into.get(v) ?? 0) + n);
    };
    for (const m of merged.values()) {
      const id = `${m.kind}\u0000${m.key}`;
      const d = display.get(id) ?? { full: new Map<string, number>(), any: new Map<string, number>() };
      display.set(id, d);
      addTo(d.full, m.fullVariants);
      addTo(d.any, m.variants);
    }
    // Most used first; on a tie, not in capitals ("Pentagon" over "PENTAGON"), then the shorter ("Donald Trump"
    // over "Donald J. Trump", "Pentagon" over "the Pentagon").
    const shouting = (v: string): number => (v === v.toUpperCase() && v !== v.toLowerCase() ? 1 : 0);
    const ranked = (variants: Map<string, number>): string[] =>
      [...variants].sort((a, b) => b[1] - a[1] || shouting(a[0]) - shouting(b[0]) || a[0].length - b[0].length || byName(a[0], b[0])).map(([v]) => v);
    const displayName = (d: { full: Map<string, number>; any: Map<string, number> }): string => ranked(d.full.size > 0 ? d.full : d.any)[0]!;
    const groupOrder = new Map<string, number>();
    const groups: GroupCount[] = [];
    if (this.by.length > 0) {
      // largest first; a group with a missing value (no outlet, no date) after the others of its size
      const missing = (g: GroupEntry): number => Object.values(g.values).filter((v) => v === null).length;
      const sorted = [...this.groups].sort((a, b) => b[1].quotes - a[1].quotes || missing(a[1]) - missing(b[1]) || byName(a[0], b[0]));
      const speakersIn = new Map<string, number>();
      for (const m of merged.values()) speakersIn.set(m.group, (speakersIn.get(m.group) ?? 0) + 1);
      sorted.forEach(([id, g], i) => {
        groupOrder.set(id, i);
        groups.push({ group: g.values, quotes: g.quotes, articles: g.articles, speakers: speakersIn.get(id) ?? 0 });
      });
    }
    const rows = [...merged.values()].map((m) => {
      const row: SpeakerCount = {
        name: displayName(display.get(`${m.kind}\u0000${m.key}`)!),
        kind: m.kind,
        gender: m.kind !== 'person' || m.female === m.male ? null : m.female > m.male ? 'female' : 'male',
        quotes: m.quotes,
        articles: m.articles,
        variants: ranked(m.variants).slice(0, 10),
      };
      return { group: m.group, row };
    });
    rows.sort(
      (a, b) =>
        (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0) ||
        b.row.quotes - a.row.quotes ||
        byName(a.row.name, b.row.name) ||
        byName(a.row.kind, b.row.kind),
    );
    this.asMerged.clear();
    for (const m of merged.values()) {
      const shown = displayName(display.get(`${m.kind}\u0000${m.key}`)!);
      for (const v of m.variants.keys()) {
        const id = `${m.kind}\u0000${v}`;
        const seen = this.asMerged.get(id);
        this.asMerged.set(id, seen === undefined || seen === shown ? shown : null);
      }
    }
    const speakers = rows.map(({ group, row }) => (this.by.length > 0 ? { group: this.groups.get(group)!.values, ...row } : row));
    return {
      articles: { read: this.read, succeeded: this.succeeded, failed: this.failed },
      quotes: this.quotes,
      byType: { ...this.byType },
      by: [...this.by],
      groups,
      speakers,
      unnamed: { ...this.unnamed },
      noSpeaker: this.noSpeaker,
    };
  }
}

/**
 * `--by` fields (not kind, gender, act, month, year) that no succeeded article had: most likely a typo
 * ("--by outelt"), which would otherwise only show as one "(none)" group. Month and year: the date field.
 */
export function missingByFields(report: StatsReport): string[] {
  if (report.articles.succeeded === 0 || report.quotes === 0) return [];
  return report.by.filter(
    (k) => !(BUILTIN_KEYS as readonly string[]).slice(0, 3).includes(k) && report.groups.every((g) => g.group[k] === null || g.group[k] === undefined),
  );
}

export function formatStatsJson(report: StatsReport, pretty = false): string {
  return JSON.stringify(report, null, pretty ? 2 : undefined);
}

/** CSV: one row per group and speaker (the `--by` keys first), with its quotes and the articles quoting it. */
export function formatStatsCsv(report: StatsReport, opts: CsvOptions = {}): string {
  // a speaker column named like a group key ("--by kind", "--by gender") is prefixed, so every header is unique
  const columns = ['name', 'kind', 'gender', 'quotes', 'articles', 'variants'].map((c) => (report.by.includes(c) ? `speaker_${c}` : c));
  let out = csvRow([...report.by, ...columns], opts);
  for (const s of report.speakers) {
    out += csvRow([...report.by.map((k) => s.group?.[k] ?? null), s.name, s.kind, s.gender, s.quotes, s.articles, s.variants.join('; ')], opts);
  }
  return out;
}

/** `s` escaped for the terminal and fitted to `width` columns (wide characters count two), cut with "…". */
function cell(s: string, width: number): string {
  const safe = escapeForTerminal(s.replace(/\s+/g, ' '));
  if (stringWidth(safe) <= width) return safe + ' '.repeat(width - stringWidth(safe));
  let out = '';
  for (const ch of safe) {
    if (stringWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…${' '.repeat(Math.max(0, width - stringWidth(`${out}…`)))}`;
}

const shown = (v: string | null | undefined): string => v ?? '(none)';

/** The report as a table: the counts, the groups, then one row per speaker (`limit` rows at most, 0 for all). */
export function formatStatsTable(report: StatsReport, chalk: ChalkInstance, limit = 0): string {
  const { articles: a, byType: t } = report;
  const lines = [
    chalk.bold(`${a.read} article(s) read, ${a.succeeded} succeeded, ${a.failed} failed; ${report.quotes} quote(s)`),
    `by type: direct ${t.direct}, indirect ${t.indirect}, mixed ${t.mixed}`,
    `unnamed speakers: person ${report.unnamed.person}, organization ${report.unnamed.organization}, anonymous ${report.unnamed.anonymous}; no speaker: ${report.noSpeaker}`,
  ];
  const keyWidths = report.by.map((k) =>
    Math.min(24, Math.max(stringWidth(k), ...report.groups.map((g) => stringWidth(escapeForTerminal(shown(g.group[k])))))),
  );
  const keyCells = (g: GroupValues | undefined): string => report.by.map((k, i) => `${cell(shown(g?.[k]), keyWidths[i]!)}  `).join('');
  const keyTitles = report.by.map((k, i) => `${cell(k.toUpperCase(), keyWidths[i]!)}  `).join('');
  if (report.groups.length > 0) {
    lines.push('', chalk.dim(`${keyTitles}${'QUOTES'.padStart(7)}  ${'ARTICLES'.padStart(8)}  ${'SPEAKERS'.padStart(8)}`));
    for (const g of report.groups) {
      lines.push(`${keyCells(g.group)}${String(g.quotes).padStart(7)}  ${String(g.articles).padStart(8)}  ${String(g.speakers).padStart(8)}`);
    }
  }
  const rows = limit > 0 ? report.speakers.slice(0, limit) : report.speakers;
  if (rows.length > 0) {
    const nameWidth = Math.min(40, Math.max(4, ...rows.map((r) => stringWidth(escapeForTerminal(r.name)))));
    lines.push('', chalk.dim(`${keyTitles}${'QUOTES'.padStart(7)}  ${'ARTICLES'.padStart(8)}  ${cell('NAME', nameWidth)}  ${'KIND'.padEnd(12)}  GENDER`));
    for (const r of rows) {
      lines.push(
        `${keyCells(r.group)}${String(r.quotes).padStart(7)}  ${String(r.articles).padStart(8)}  ${chalk.bold(cell(r.name, nameWidth))}  ${r.kind.padEnd(12)}  ${r.gender ?? '-'}`.trimEnd(),
      );
    }
    if (rows.length < report.speakers.length) lines.push(chalk.dim(`… and ${report.speakers.length - rows.length} more`));
  }
  return lines.join('\n');
}
