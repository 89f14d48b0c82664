/**
 * Terminal widths (string-width) and wrapping (wrap-ansi), loaded on first need. Parsing string-width's Unicode
 * property regexes (its RGI emoji set above all) costs about 0.2 billion instructions, a seventh of a one-article
 * run's start-up (callgrind), and only the table and the stats table measure widths: a JSON or CSV run never does.
 * Call `loadWidth()` once before either formats; the batch run does when its output needs it.
 */
type StringWidth = (s: string) => number;
type WrapAnsi = (s: string, columns: number, options: { hard: boolean; trim: boolean }) => string;

let widthOf: StringWidth | undefined;
let wrapTo: WrapAnsi | undefined;

/** Loads both modules (once; later calls return at once). */
export async function loadWidth(): Promise<void> {
  if (widthOf && wrapTo) return;
  const [sw, wa] = await Promise.all([import('string-width'), import('wrap-ansi')]);
  widthOf = sw.default;
  wrapTo = wa.default;
}

function notLoaded(): never {
  throw new Error('output/width.ts: loadWidth() must be awaited before a table is formatted');
}

/** Terminal columns `s` takes (a Chinese character or an emoji takes two). */
export function stringWidth(s: string): number {
  return (widthOf ?? notLoaded())(s);
}

/** `s` wrapped to `columns` terminal columns, as wrap-ansi does. */
export function wrapAnsi(s: string, columns: number, options: { hard: boolean; trim: boolean }): string {
  return (wrapTo ?? notLoaded())(s, columns, options);
}
