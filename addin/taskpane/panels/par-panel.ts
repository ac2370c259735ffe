import {
  definitionFor,
  definitionsOf,
  parScore,
  topComponents,
  type Dataset,
  type ParResult,
} from '../../../engine/all';
import { h, replaceChildren } from '../dom';
import { numbersByCode, requireNumber } from '../form-reader';
import { formatNumber, t, tBoth, codeLabel } from '../i18n';
import type { PaneContext, Panel } from './panel';

/** The points typed in the PAR form: area code -> text; maxima only for areas without a published maximum. */
export interface ParForm {
  readonly year: number;
  readonly points: Readonly<Record<string, string>>;
  readonly maxima: Readonly<Record<string, string>>;
}

/** Reads the form (conversion only) and calls parScore; a field that is not a number is reported by name. */
export function runParScore(dataset: Dataset, form: ParForm): ParResult {
  const points = Object.fromEntries(
    Object.entries(form.points).map(([code, text]) => [
      code,
      requireNumber(text, { field: tBoth('fieldPointsFor', code), min: 0 }),
    ]),
  );
  const maxima = numbersByCode(form.maxima, (code) => ({
    field: tBoth('fieldMaximumFor', code),
    min: 0,
    above: true,
  }));
  return parScore(dataset, { year: form.year, points, ...(Object.keys(maxima).length > 0 ? { maxima } : {}) });
}

/** The PAR INDEX panel: year, points (and unpublished maxima) per area, then total, percent, group, rank estimate. */
export function createParPanel(pane: PaneContext): Panel {
  const section = h('section', { id: 'par-panel', 'aria-labelledby': 'par-heading', hidden: true });
  const dataset = () => pane.dataset;
  const lang = () => pane.lang;
  let year: number | null = null;
  let result: ParResult | null = null;
  const typed = new Map<string, string>();

  const years = (data: Dataset) =>
    definitionsOf(data.definitions, 'par')
      .flatMap((d) => Array.from({ length: (d.years[1] ?? d.years[0]) - d.years[0] + 1 }, (_, i) => d.years[0] + i))
      .sort((a, b) => b - a);

  const render = () => {
    const data = dataset();
    if (!data) return;
    const l = lang();
    const allYears = years(data);
    year ??= allYears.find((y) => data.par.has(y)) ?? allYears[0] ?? null;
    if (year === null) return;
    const areas = topComponents(definitionFor(data.definitions, 'par', year));
    const yearSelect = h(
      'select',
      { id: 'par-year' },
      ...allYears.map((y) => h('option', { value: y, selected: y === year }, y)),
    );
    yearSelect.addEventListener('change', () => {
      year = Number(yearSelect.value);
      result = null;
      render();
    });
    const input = (key: string, attrs: Record<string, string>) => {
      const element = h('input', {
        type: 'text',
        inputmode: 'decimal',
        size: '5',
        value: typed.get(key) ?? '',
        ...attrs,
      });
      element.addEventListener('input', () => typed.set(key, element.value));
      return element;
    };
    const form = h(
      'form',
      { id: 'par-form', novalidate: true },
      h('div', { class: 'grid' }, h('label', { for: 'par-year' }, t(l, 'year')), yearSelect),
      h(
        'table',
        { class: 'par-areas' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(l, 'measure')),
            h('th', { scope: 'col' }, t(l, 'points')),
            h('th', { scope: 'col' }, t(l, 'maximum')),
          ),
        ),
        h(
          'tbody',
          {},
          ...areas.map((area) =>
            h(
              'tr',
              {},
              h(
                'th',
                { scope: 'row' },
                h('label', { for: `par-${area.code}` }, `${codeLabel(area.code)} ${area.name[l]}`),
              ),
              h('td', {}, input(`p:${area.code}`, { id: `par-${area.code}`, 'data-area': area.code })),
              h(
                'td',
                {},
                area.max === null
                  ? input(`m:${area.code}`, {
                      id: `par-max-${area.code}`,
                      'data-max': area.code,
                      'aria-label': `${t(l, 'maximum')} ${codeLabel(area.code)}`,
                    })
                  : formatNumber(area.max, l, 1),
              ),
            ),
          ),
        ),
      ),
      h('button', { id: 'par-compute', type: 'submit' }, t(l, 'compute')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      pane.clearErrors();
      const points: Record<string, string> = {};
      const maxima: Record<string, string> = {};
      for (const e of form.querySelectorAll<HTMLInputElement>('input[data-area]')) points[e.dataset.area!] = e.value;
      for (const e of form.querySelectorAll<HTMLInputElement>('input[data-max]')) maxima[e.dataset.max!] = e.value;
      try {
        result = runParScore(data, { year: year!, points, maxima });
      } catch (error) {
        result = null;
        pane.showError(error);
      }
      render();
    });
    const r = result;
    replaceChildren(
      section,
      h('h2', { id: 'par-heading' }, t(l, 'parHeading')),
      h('p', { class: 'note' }, t(l, 'parHelp')),
      form,
      r
        ? h(
            'div',
            { id: 'par-result', 'aria-live': 'polite' },
            h(
              'p',
              { class: 'big' },
              t(l, 'parResult', formatNumber(r.total, l), formatNumber(r.percent, l), r.group ?? t(l, 'missing')),
            ),
            r.rankEstimate
              ? h(
                  'p',
                  { id: 'par-rank' },
                  r.rankEstimate.low === r.rankEstimate.high
                    ? t(l, 'parRankOne', r.rankEstimate.low, r.rankEstimate.of, r.rankEstimate.known)
                    : t(l, 'parRank', r.rankEstimate.low, r.rankEstimate.high, r.rankEstimate.of, r.rankEstimate.known),
                )
              : null,
            r.pointsLost.length > 0
              ? h(
                  'p',
                  {},
                  h('strong', {}, `${t(l, 'pointsLost')}: `),
                  r.pointsLost.map((p) => `${codeLabel(p.code)} ${formatNumber(p.lost, l)}`).join('; '),
                )
              : null,
            ...r.warnings.map((w) => h('p', { class: 'warning' }, w[l])),
          )
        : null,
    );
  };
  return { element: section, task: 'simulate', shownFor: ['par'], needsProfile: false, render };
}
