import { restateRank, unitBaseline, type RestatedRank, type UnitBaseline } from '../../../engine';
import { h, replaceChildren } from '../dom';
import { formatNumber, formatPercent, formatRank, t } from '../i18n';
import { readWhole } from '../form-reader';
import { label, text, type PaneContext, type Panel } from './panel';

/**
 * With the "2025 units" switch on: which unit is on screen and, for a merged unit, how its PAPI value was estimated.
 * The label names the former provinces (An Giang = An Giang + Kiên Giang); the estimate note gives the method and the
 * weights; a table shows each former province's weight and own published total and rank, the range (lowest-highest)
 * and the simple mean beside the weighted estimate, so the spread is visible. The numbers are unitBaseline's.
 * Below, a target rank written against the 63 former provinces ("top 20 of 63", as the provincial plans put it) is
 * restated for the 34 units by percentile (restateRank), with the rule shown.
 */
export function createUnitPanel(pane: PaneContext): Panel {
  const heading = h('h2', { id: 'unit-heading' });
  const body = h('div', { id: 'unit-body' });
  const restateRankInput = h('input', {
    id: 'unit-restate-rank',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
  });
  const restateForm = h(
    'form',
    { id: 'unit-restate', class: 'grid', novalidate: true },
    label('restateLabel', { for: 'unit-restate-rank' }),
    restateRankInput,
    h('span'),
    h('button', { id: 'unit-restate-show', type: 'submit', 'data-i18n': 'restateButton' }),
  );
  const restateResult = h('p', { id: 'unit-restate-result', 'aria-live': 'polite' });
  let restated: RestatedRank | null = null;
  const element = h(
    'section',
    { id: 'unit', 'aria-labelledby': 'unit-heading', hidden: true },
    heading,
    body,
    text('h3', 'restateHeading'),
    restateForm,
    restateResult,
  );
  restateForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const provinces = pane.dataset?.provinces;
    if (!provinces) return;
    pane.clearErrors();
    try {
      const rank = readWhole(restateRankInput.value);
      restated =
        rank === null
          ? null
          : restateRank({ rank, of: (provinces.former ?? provinces).all.length, among: provinces.all.length });
    } catch (error) {
      restated = null;
      pane.showError(error);
    }
    render();
  });

  const baseline = (): UnitBaseline | null => {
    const profile = pane.profile;
    if (!pane.units || !profile || !pane.dataset) return null;
    return unitBaseline(pane.dataset, { year: profile.year, unit: profile.province.code });
  };

  const render = () => {
    const lang = pane.lang;
    let unit: UnitBaseline | null;
    try {
      unit = baseline();
    } catch (error) {
      pane.showError(error);
      unit = null;
    }
    element.hidden = unit === null;
    if (!unit) return;
    restateResult.textContent = restated?.rule[lang] ?? '';
    heading.textContent = t(lang, 'unitHeading');
    const total = unit.total;
    const predecessorRows = unit.predecessors.map((p) =>
      h(
        'tr',
        { 'data-code': p.code },
        h('th', { scope: 'row' }, lang === 'vi' ? p.nameVi : p.nameAscii),
        h('td', { class: 'num' }, formatPercent(p.share, lang)),
        h('td', { class: 'num' }, formatNumber(p.total, lang)),
        h('td', { class: 'num' }, formatRank(p.rank, p.of, lang)),
      ),
    );
    replaceChildren(
      body,
      h('p', { id: 'unit-label' }, unit.label[lang]),
      unit.estimated
        ? h('p', { id: 'unit-estimate', class: 'estimate' }, unit.notes[0]?.[lang] ?? '')
        : h('p', { id: 'unit-published', class: 'note' }, t(lang, 'unitNotMerged')),
      unit.estimated
        ? h(
            'table',
            { id: 'unit-predecessors', class: 'profile' },
            h('caption', {}, t(lang, 'unitPredecessors', unit.year)),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, t(lang, 'formerProvince')),
                h('th', { scope: 'col' }, t(lang, 'weightShare')),
                h('th', { scope: 'col' }, t(lang, 'total')),
                h('th', { scope: 'col' }, t(lang, 'rank')),
              ),
            ),
            h(
              'tbody',
              {},
              ...predecessorRows,
              h(
                'tr',
                { id: 'unit-range' },
                h('th', { scope: 'row' }, t(lang, 'predecessorRange')),
                h('td'),
                h('td', { class: 'num' }, `${formatNumber(total.min, lang)}–${formatNumber(total.max, lang)}`),
                h('td'),
              ),
              h(
                'tr',
                { id: 'unit-simple-mean' },
                h('th', { scope: 'row' }, t(lang, 'simpleMean')),
                h('td'),
                h('td', { class: 'num' }, formatNumber(total.simpleMean, lang)),
                h('td'),
              ),
              h(
                'tr',
                { id: 'unit-estimate-row', class: 'total' },
                h('th', { scope: 'row' }, t(lang, 'unitEstimate')),
                h('td', { class: 'num' }, formatPercent(1, lang)),
                h('td', { class: 'num' }, formatNumber(total.score, lang)),
                h('td', { class: 'num' }, formatRank(total.rank, total.of, lang)),
              ),
            ),
          )
        : null,
      ...unit.notes.slice(1).map((n) => h('p', { class: 'warning' }, n[lang])),
    );
  };

  return { element, task: 'results', shownFor: ['papi'], needsProfile: true, render, profileChanged: render };
}
