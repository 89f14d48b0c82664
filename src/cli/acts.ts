/** `--acts`: which kinds of attribution to report (statements by default), for extraction and eval alike. */
import { ACTS, type Act } from '../types.js';
import { UsageError } from './shell.js';

export const ACTS_HELP = `acts to report: "all", or a comma-separated list of ${ACTS.join(', ')} (default: statement)`;

/** "all" or a list of known acts, each once; anything else is a usage error naming what is known. */
export function parseActs(value: string | undefined): readonly Act[] | 'all' {
  if (value === undefined) return ['statement'];
  const v = value.trim().toLowerCase();
  if (v === 'all') return 'all';
  const out: Act[] = [];
  for (const raw of v.split(',')) {
    const a = raw.trim();
    if (a === '') continue;
    if (!ACTS.includes(a as Act)) throw new UsageError(`--acts: unknown act "${raw.trim()}" (known: all, ${ACTS.join(', ')})`);
    if (!out.includes(a as Act)) out.push(a as Act);
  }
  if (out.length === 0) throw new UsageError(`--acts: give "all" or at least one of ${ACTS.join(', ')}`);
  return out;
}

/** How a selection is named in eval reports: "statements" for the default view, "all", or the list. */
export function actsLabel(acts: readonly Act[] | 'all'): string {
  if (acts === 'all') return 'all';
  return acts.length === 1 && acts[0] === 'statement' ? 'statements' : acts.join(',');
}
