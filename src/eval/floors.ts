/** Floors: the figures `npm run eval` must reach (test/eval-floors.json), checked against a set's report. */
import { isObject } from './gold.js';
import { emptyCounts } from './judge.js';
import { report, type SetReport } from './report.js';

export type FloorOp = '>=' | '>' | '<=' | '<';

export interface Floor {
  set: string;
  /** Dotted path into SetReport: "quote.f1", "byType.direct.speakerAcc". */
  metric: string;
  op: FloorOp;
  bound: number;
}

export interface FloorResult extends Floor {
  value: number | null;
  ok: boolean;
}

export class FloorsFormatError extends Error {}

/** Every path a floor may name: the numeric leaves of a report. */
export const METRIC_PATHS: readonly string[] = (() => {
  const paths: string[] = [];
  const walk = (v: unknown, prefix: string) => {
    if (isObject(v)) for (const [k, sub] of Object.entries(v)) walk(sub, prefix ? `${prefix}.${k}` : k);
    else if (v === null || typeof v === 'number') paths.push(prefix);
  };
  walk(report('', 0, emptyCounts()), '');
  return paths;
})();

const FLOOR_KEY = /^\s*([A-Za-z][\w.]*)\s*(>=|<=|>|<)?\s*$/;

/**
 * Floors file: `{ "<set>": { "<metric path>[op]": number } }`. The op after the path is `>=` when left out
 * (a floor: at least), `>` , `<=` or `<` (a ceiling: "unknownSpeakerRate<": 0.05 means under 5 %).
 */
export function parseFloors(data: unknown): Floor[] {
  if (!isObject(data)) throw new FloorsFormatError('must be a JSON object mapping set names to floors');
  const floors: Floor[] = [];
  for (const [set, entries] of Object.entries(data)) {
    if (!isObject(entries)) throw new FloorsFormatError(`"${set}" must map metric paths to numbers`);
    for (const [key, bound] of Object.entries(entries)) {
      const m = FLOOR_KEY.exec(key);
      if (!m || !METRIC_PATHS.includes(m[1]!)) {
        throw new FloorsFormatError(`"${set}": unknown metric "${key}" (known: ${METRIC_PATHS.join(', ')}; append <, <=, > to change the default >=)`);
      }
      if (typeof bound !== 'number' || !Number.isFinite(bound)) throw new FloorsFormatError(`"${set}": "${key}" must be a number`);
      floors.push({ set, metric: m[1]!, op: (m[2] as FloorOp | undefined) ?? '>=', bound });
    }
  }
  return floors;
}

export function metricValue(r: SetReport, path: string): number | null {
  let v: unknown = r;
  for (const part of path.split('.')) v = isObject(v) ? v[part] : undefined;
  return typeof v === 'number' ? v : null;
}

/** A floor whose figure is null (nothing to measure) fails: a floor that cannot be checked is not met. */
export function checkFloor(r: SetReport, f: Floor): FloorResult {
  const value = metricValue(r, f.metric);
  const ok = value !== null && (f.op === '>=' ? value >= f.bound : f.op === '>' ? value > f.bound : f.op === '<=' ? value <= f.bound : value < f.bound);
  return { ...f, value, ok };
}
