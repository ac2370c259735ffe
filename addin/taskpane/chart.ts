import type { FieldRow } from '../../engine';
import { s } from './dom';
import { formatNumber, formatRank, t, type Lang } from './i18n';

const WIDTH = 320;
const HEIGHT = 150;
const TOP = 22;
const BOTTOM = 14;
const LEFT = 26;
const RIGHT = 4;

interface ChartParts {
  readonly title: SVGTitleElement;
  readonly desc: SVGDescElement;
  readonly bars: Map<string, { rect: SVGRectElement; tip: SVGTitleElement }>;
  readonly marker: SVGTextElement;
  readonly low: SVGTextElement;
  readonly high: SVGTextElement;
}

const charts = new WeakMap<SVGSVGElement, ChartParts>();

/** The chart's empty SVG: role img, titled and described for screen readers (the description says where we stand). */
export function createFieldChart(id: string): SVGSVGElement {
  const svg = s('svg', { id, class: 'field-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, preserveAspectRatio: 'xMidYMid meet' });
  const title = s('title', { id: `${id}-title` });
  const desc = s('desc', { id: `${id}-desc` });
  const axis = s('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM, class: 'axis' });
  const low = s('text', { x: LEFT - 3, y: HEIGHT - BOTTOM, class: 'tick', 'text-anchor': 'end' });
  const high = s('text', { x: LEFT - 3, y: TOP + 4, class: 'tick', 'text-anchor': 'end' });
  const marker = s('text', { class: 'marker', y: 12, 'text-anchor': 'middle' });
  svg.append(title, desc, axis, low, high, marker);
  charts.set(svg, { title, desc, bars: new Map(), marker, low, high });
  return svg;
}

/**
 * Draws every ranked province's total in scenario rank order (the engine's `field`), the province on screen
 * highlighted. Bars are kept per province and only their geometry changes, so when a slider moves the province's
 * bar slides along the ranking (CSS transitions animate it). Unranked provinces (no total) are not drawn.
 */
export function updateFieldChart(svg: SVGSVGElement, rows: readonly FieldRow[], current: string, year: number, lang: Lang): void {
  const parts = charts.get(svg);
  if (!parts) return;
  const ranked = rows.filter((r): r is FieldRow & { total: number; rank: number } => r.total !== null && r.rank !== null);
  const totals = ranked.map((r) => r.total);
  // A floor a little under the lowest total keeps the differences visible (totals span a few points out of 80).
  const floor = Math.floor(Math.min(...totals)) - 1;
  const ceiling = Math.ceil(Math.max(...totals));
  const span = Math.max(1, ceiling - floor);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, ranked.length);
  const barWidth = Math.max(1, slot - 1);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const seen = new Set<string>();
  ranked.forEach((row, i) => {
    seen.add(row.code);
    let bar = parts.bars.get(row.code);
    if (!bar) {
      const tip = s('title');
      const rect = s('rect', { 'data-code': row.code }, tip);
      svg.insertBefore(rect, parts.marker);
      bar = { rect, tip };
      parts.bars.set(row.code, bar);
    }
    const height = ((row.total - floor) / span) * plotHeight;
    const x = LEFT + i * slot;
    bar.rect.setAttribute('x', x.toFixed(2));
    bar.rect.setAttribute('y', (HEIGHT - BOTTOM - height).toFixed(2));
    bar.rect.setAttribute('width', barWidth.toFixed(2));
    bar.rect.setAttribute('height', Math.max(0.5, height).toFixed(2));
    bar.rect.setAttribute('class', row.code === current ? 'bar current' : row.changed ? 'bar changed' : 'bar');
    bar.tip.textContent = `${row.nameVi}: ${formatNumber(row.total, lang)} (${formatRank(row.rank, ranked.length, lang)})`;
    if (row.code === current) {
      parts.marker.setAttribute('x', Math.min(WIDTH - 40, Math.max(LEFT + 40, x + barWidth / 2)).toFixed(2));
      parts.marker.textContent = `${row.nameVi} ${formatRank(row.rank, ranked.length, lang)}`;
      parts.desc.textContent = t(lang, 'chartDesc', row.nameVi, row.rank, ranked.length, formatNumber(row.total, lang));
    }
  });
  for (const [code, bar] of parts.bars) {
    if (!seen.has(code)) {
      bar.rect.remove();
      parts.bars.delete(code);
    }
  }
  if (!ranked.some((r) => r.code === current)) {
    parts.marker.textContent = '';
    parts.desc.textContent = '';
  }
  parts.title.textContent = t(lang, 'chartTitle', year);
  parts.low.textContent = String(floor);
  parts.high.textContent = String(ceiling);
}
