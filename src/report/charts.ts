/** Inline SVG bar charts for the report's overview: drawn here, from aggregated counts, so they need no script. */
import { escapeHtml } from './html.js';

export interface Bar {
  label: string;
  /** One value, or the parts of a stacked bar (in the order of the chart's `parts`). */
  values: number[];
}

export interface ChartOptions {
  /** Names and colours of the stacked parts; one entry for a plain bar chart. */
  parts: { name: string; colour: string }[];
  /** A line under the title ("top 20 of 1,204"). */
  note?: string;
}

const WIDTH = 560;
const LABEL = 200;
const ROW = 22;
const BAR = 16;
const VALUE = 70;

function shorten(s: string, max: number): string {
  const cps = Array.from(s.replace(/\s+/g, ' '));
  return cps.length <= max ? cps.join('') : `${cps.slice(0, max - 1).join('')}…`;
}

/** A horizontal bar chart, each bar split into its parts; every label and value escaped. */
export function barChart(title: string, bars: readonly Bar[], options: ChartOptions): string {
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const span = WIDTH - LABEL - VALUE;
  const height = Math.max(1, bars.length) * ROW + 8;
  let rows = '';
  bars.forEach((b, i) => {
    const y = 4 + i * ROW;
    const total = b.values.reduce((a, v) => a + v, 0);
    let x = LABEL;
    let rects = '';
    b.values.forEach((v, p) => {
      if (v <= 0) return;
      const w = Math.max(1, (v / max) * span);
      const part = options.parts[p] ?? { name: '', colour: '#888' };
      rects += `<rect class="bar" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${part.colour}"><title>${escapeHtml(`${b.label}: ${part.name ? `${part.name} ` : ''}${v}`)}</title></rect>`;
      x += w;
    });
    rows +=
      `<g class="row"><text class="label" x="${LABEL - 6}" y="${y + BAR - 4}" text-anchor="end">${escapeHtml(shorten(b.label, 30))}<title>${escapeHtml(b.label)}</title></text>` +
      `${rects}<text class="value" x="${(x + 4).toFixed(1)}" y="${y + BAR - 4}">${total}</text></g>`;
  });
  if (bars.length === 0) rows = `<text x="${LABEL}" y="${BAR}" class="muted">no data</text>`;
  const legend =
    options.parts.length > 1
      ? `<p class="legend">${options.parts.map((p) => `<span class="swatch" style="--c:${p.colour}"></span>${escapeHtml(p.name)}`).join(' ')}</p>`
      : '';
  return (
    `<figure class="chart"><figcaption>${escapeHtml(title)}${options.note ? ` <span class="muted">${escapeHtml(options.note)}</span>` : ''}</figcaption>${legend}` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${rows}</svg></figure>`
  );
}
