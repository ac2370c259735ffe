import { quartileCutoffs, type FieldRow } from '../../engine/all';
import { h, replaceChildren, s } from './dom';
import { formatNumber, formatRank, groupName, t, type Lang } from './i18n';

const WIDTH = 320;
const HEIGHT = 160;
const TOP = 24;
const BOTTOM = 22;
const LEFT = 34;
const RIGHT = 4;

interface ChartParts {
  readonly svg: SVGSVGElement;
  readonly title: SVGTitleElement;
  readonly desc: SVGDescElement;
  readonly bars: Map<string, { rect: SVGRectElement; tip: SVGTitleElement; row: FieldRow }>;
  readonly marker: SVGTextElement;
  readonly hover: SVGTextElement;
  readonly low: SVGTextElement;
  readonly high: SVGTextElement;
  readonly lines: SVGGElement;
  readonly xTitle: SVGTextElement;
  readonly yTitle: SVGTextElement;
  /** the text alternative: every province's total and rank, as a list (collapsed under the chart) */
  readonly list: HTMLOListElement;
  readonly listSummary: HTMLElement;
  order: FieldRow[];
  lang: Lang;
}

const charts = new WeakMap<HTMLElement, ChartParts>();

/**
 * The field chart: an SVG (role img, named by its title and described by its desc for screen readers) with a text
 * alternative under it (every province's total and rank). Returns the wrapper element.
 */
export function createFieldChart(id: string): HTMLElement {
  const svg = s('svg', {
    id,
    class: 'field-chart',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  const title = s('title', { id: `${id}-title` });
  const desc = s('desc', { id: `${id}-desc` });
  const axis = s('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM, class: 'axis' });
  const low = s('text', { x: LEFT - 3, y: HEIGHT - BOTTOM, class: 'tick', 'text-anchor': 'end' });
  const high = s('text', { x: LEFT - 3, y: TOP + 4, class: 'tick', 'text-anchor': 'end' });
  const lines = s('g', { class: 'cutoffs' });
  const marker = s('text', { class: 'marker', y: 10, 'text-anchor': 'middle' });
  const hover = s('text', { id: `${id}-hover`, class: 'hover', x: WIDTH - RIGHT, y: 21, 'text-anchor': 'end' });
  // Axis titles: what the bars' height is (the total) and the order along the bottom (the ranking).
  const xTitle = s('text', {
    class: 'axis-title',
    x: (LEFT + WIDTH - RIGHT) / 2,
    y: HEIGHT - 4,
    'text-anchor': 'middle',
  });
  const yTitle = s('text', {
    class: 'axis-title',
    x: 0,
    y: 0,
    'text-anchor': 'middle',
    transform: `translate(8 ${(TOP + HEIGHT - BOTTOM) / 2}) rotate(-90)`,
  });
  svg.append(title, desc, axis, low, high, xTitle, yTitle, lines, marker, hover);
  const list = h('ol', { id: `${id}-list`, class: 'chart-list' });
  const listSummary = h('summary', {});
  const wrapper = h('figure', { class: 'chart' }, svg, h('details', { class: 'chart-text' }, listSummary, list));
  const parts: ChartParts = {
    svg,
    title,
    desc,
    bars: new Map(),
    marker,
    hover,
    low,
    high,
    lines,
    xTitle,
    yTitle,
    list,
    listSummary,
    order: [],
    lang: 'vi',
  };
  charts.set(wrapper, parts);
  // The province under the pointer is named in the chart (a touch or a mouse; the bar's <title> is a tooltip too).
  svg.addEventListener('pointermove', (event) => nameUnderPointer(parts, event));
  svg.addEventListener('pointerleave', () => (hover.textContent = ''));
  return wrapper;
}

function nameUnderPointer(parts: ChartParts, event: PointerEvent): void {
  const box = parts.svg.getBoundingClientRect();
  if (box.width === 0 || parts.order.length === 0) return;
  // viewBox units (the SVG keeps its aspect ratio and fills the width)
  const x = ((event.clientX - box.left) / box.width) * WIDTH;
  const slot = (WIDTH - LEFT - RIGHT) / parts.order.length;
  const i = Math.floor((x - LEFT) / slot);
  const row = parts.order[Math.min(parts.order.length - 1, Math.max(0, i))]!;
  parts.hover.textContent = `${row.nameVi}: ${formatNumber(row.total, parts.lang)} (${formatRank(row.rank, parts.order.length, parts.lang)})`;
}

/**
 * Draws every ranked province's total in scenario rank order (the engine's `field`), the province on screen
 * highlighted, the three quartile cut-offs of the scenario field and, when given, the target total as lines. Bars are
 * kept per province and only their geometry changes, so when a slider moves the province's bar slides along the
 * ranking (CSS transitions animate it). Unranked provinces (no total) are not drawn.
 */
export function updateFieldChart(
  wrapper: HTMLElement,
  rows: readonly FieldRow[],
  current: string,
  year: number,
  lang: Lang,
  target: number | null = null,
): void {
  const parts = charts.get(wrapper);
  if (!parts) return;
  const { svg } = parts;
  const ranked = rows.filter(
    (r): r is FieldRow & { total: number; rank: number } => r.total !== null && r.rank !== null,
  );
  parts.order = ranked;
  parts.lang = lang;
  if (ranked.length === 0) return;
  const totals = ranked.map((r) => r.total);
  const cutoffs = quartileCutoffs(totals);
  // A floor a little under the lowest total keeps the differences visible (totals span a few points out of 80).
  const floor = Math.floor(Math.min(...totals, target ?? Infinity)) - 1;
  const ceiling = Math.ceil(Math.max(...totals, target ?? -Infinity));
  const span = Math.max(1, ceiling - floor);
  const slot = (WIDTH - LEFT - RIGHT) / ranked.length;
  const barWidth = Math.max(1, slot - 1);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const yOf = (total: number) => HEIGHT - BOTTOM - ((total - floor) / span) * plotHeight;
  const seen = new Set<string>();
  let currentRow: (typeof ranked)[number] | null = null;
  ranked.forEach((row, i) => {
    seen.add(row.code);
    let bar = parts.bars.get(row.code);
    if (!bar) {
      const tip = s('title');
      const rect = s('rect', { 'data-code': row.code }, tip);
      svg.insertBefore(rect, parts.lines);
      bar = { rect, tip, row };
      parts.bars.set(row.code, bar);
    }
    bar.row = row;
    const x = LEFT + i * slot;
    const y = yOf(row.total);
    bar.rect.setAttribute('x', x.toFixed(2));
    bar.rect.setAttribute('y', y.toFixed(2));
    bar.rect.setAttribute('width', barWidth.toFixed(2));
    bar.rect.setAttribute('height', Math.max(0.5, HEIGHT - BOTTOM - y).toFixed(2));
    bar.rect.setAttribute('class', row.code === current ? 'bar current' : row.changed ? 'bar changed' : 'bar');
    bar.tip.textContent = `${row.nameVi}: ${formatNumber(row.total, lang)} (${formatRank(row.rank, ranked.length, lang)})`;
    if (row.code === current) {
      currentRow = row;
      // The label sits over the bar, anchored at its end near either edge so that a long name stays inside the chart.
      const centre = x + barWidth / 2;
      const anchor = centre > WIDTH * 0.7 ? 'end' : centre < WIDTH * 0.3 ? 'start' : 'middle';
      parts.marker.setAttribute('text-anchor', anchor);
      parts.marker.setAttribute(
        'x',
        (anchor === 'end'
          ? Math.min(WIDTH - RIGHT, centre + barWidth / 2)
          : anchor === 'start'
            ? Math.max(LEFT, centre - barWidth / 2)
            : centre
        ).toFixed(2),
      );
      parts.marker.textContent = `${row.nameVi} ${formatRank(row.rank, ranked.length, lang)}`;
    }
  });
  for (const [code, bar] of parts.bars) {
    if (!seen.has(code)) {
      bar.rect.remove();
      parts.bars.delete(code);
    }
  }
  // A cut-off line is labelled with the group above it (planners read groups, not percentiles), at the right end
  // where the bars are lowest.
  const line = (total: number, kind: string, label: string, at: 'start' | 'end' = 'end') => {
    const y = yOf(total).toFixed(2);
    return [
      s('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y, class: `line ${kind}`, 'data-total': total }),
      s(
        'text',
        {
          x: at === 'end' ? WIDTH - RIGHT - 2 : LEFT + 2,
          y: (Number(y) - 2).toFixed(2),
          class: `line-label ${kind}`,
          'text-anchor': at,
        },
        label,
      ),
    ];
  };
  replaceChildren(
    parts.lines,
    ...(cutoffs
      ? [
          ...line(cutoffs.p75, 'cutoff', `▲ ${groupName('best', lang)}`),
          ...line(cutoffs.p50, 'cutoff', `▲ ${groupName('high-average', lang)}`),
          ...line(cutoffs.p25, 'cutoff', `▲ ${groupName('low-average', lang)}`),
        ]
      : []),
    ...(target === null ? [] : line(target, 'target', t(lang, 'chartTargetShort'), 'start')),
  );
  const found = currentRow as (typeof ranked)[number] | null;
  if (!found) parts.marker.textContent = '';
  parts.title.textContent = t(lang, 'chartTitle', year);
  const sentences = [
    found ? t(lang, 'chartDesc', found.nameVi, found.rank, ranked.length, formatNumber(found.total, lang)) : '',
    cutoffs
      ? t(
          lang,
          'chartCutoffs',
          formatNumber(cutoffs.p75, lang),
          formatNumber(cutoffs.p50, lang),
          formatNumber(cutoffs.p25, lang),
        )
      : '',
    target === null ? '' : t(lang, 'chartTarget', formatNumber(target, lang)),
  ];
  parts.desc.textContent = sentences.filter((x) => x !== '').join(' ');
  parts.xTitle.textContent = t(lang, 'chartAxisRanks', ranked.length);
  parts.yTitle.textContent = t(lang, 'chartAxisTotal');
  parts.low.textContent = String(floor);
  parts.high.textContent = String(ceiling);
  parts.listSummary.textContent = t(lang, 'chartAsText');
  replaceChildren(
    parts.list,
    ...ranked.map((row) =>
      h(
        'li',
        { class: row.code === current ? 'current' : null },
        `${row.nameVi}: ${formatNumber(row.total, lang)} (${formatRank(row.rank, ranked.length, lang)})`,
      ),
    ),
  );
}
