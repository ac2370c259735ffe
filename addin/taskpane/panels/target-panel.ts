import type { TargetResult } from '../../../engine';
import { runTarget } from '../actions/target';
import { h, replaceChildren } from '../dom';
import { formatNumber, formatRank, formatSigned, groupName, t } from '../i18n';
import { withIncreases } from '../scenario-draft';
import { goalFields, goalTexts, label, text, type PaneContext, type Panel } from './panel';

/** The target solver: the least improvement to reach a rank or group, spread at least effort under the caps. */
export function createTargetPanel(pane: PaneContext): Panel {
  let target: TargetResult | null = null;
  const weights = h('div', { id: 'target-weights', class: 'weights' });
  const caps = h(
    'select',
    { id: 'target-caps' },
    h('option', { value: 'bounds', 'data-i18n': 'capsBounds' }),
    h('option', { value: 'best', 'data-i18n': 'capsBest' }),
    h('option', { value: 'gain', 'data-i18n': 'capsGain' }),
    h('option', { value: 'realistic', 'data-i18n': 'capsRealistic' }),
  );
  const form = h(
    'form',
    { id: 'target-form', class: 'grid', novalidate: true },
    ...goalFields('target'),
    label('caps', { for: 'target-caps' }),
    caps,
    h('details', { class: 'span' }, text('summary', 'effortWeights'), weights),
    h('span'),
    h('button', { id: 'target-solve', type: 'submit', 'data-i18n': 'solve' }),
  );
  const area = h('div', { id: 'target-result', 'aria-live': 'polite' });
  const element = h('section', { id: 'target', 'aria-labelledby': 'target-heading', hidden: true }, text('h2', 'targetHeading', { id: 'target-heading' }), form, area);

  const renderWeights = () => {
    const profile = pane.profile;
    if (!profile) return;
    replaceChildren(
      weights,
      ...profile.dimensions.map((d) => h('div', { class: 'weight' }, h('label', { for: `weight-${d.code}` }, d.code.toUpperCase()), h('input', { id: `weight-${d.code}`, type: 'text', inputmode: 'decimal', size: '4', 'data-code': d.code, placeholder: '1' }))),
    );
  };

  /** The target action: solveTarget with the form; the allocation, outcome and per-dimension answers are shown. */
  const solve = () => {
    const dataset = pane.dataset;
    const profile = pane.profile;
    if (!dataset || !profile) return;
    pane.clearErrors();
    const typed: Record<string, string> = {};
    for (const input of weights.querySelectorAll<HTMLInputElement>('input[data-code]')) typed[input.dataset.code!] = input.value;
    const goal = goalTexts(form, 'target');
    try {
      target = runTarget(dataset, { province: profile.province.code, year: profile.year, goalKind: goal.kind, rank: goal.rank, group: goal.group, caps: caps.value, weights: typed });
    } catch (error) {
      target = null;
      render();
      pane.showError(error);
      return;
    }
    render();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    solve();
  });

  const render = () => {
    const profile = pane.profile;
    if (!target || !profile) {
      replaceChildren(area);
      return;
    }
    const result = target;
    const lang = pane.lang;
    const codes = Object.keys(result.allocation);
    const nameOf = (code: string) => profile.dimensions.find((d) => d.code === code)?.name[lang] ?? '';
    const apply = h('button', { id: 'target-apply', type: 'button' }, t(lang, 'applyToSliders'));
    apply.addEventListener('click', () => {
      if (pane.draft) pane.setDraft(withIncreases(pane.draft, result.allocation));
    });
    replaceChildren(
      area,
      result.reachable ? null : h('p', { class: 'unreachable', id: 'target-unreachable' }, h('strong', {}, `${t(lang, 'unreachable')}: `), result.message[lang]),
      result.reachable ? h('p', { id: 'target-message' }, result.message[lang]) : null,
      result.requiredTotal === null ? null : h('p', {}, t(lang, 'requiredTotal', formatNumber(result.requiredTotal, lang, 4))),
      h(
        'table',
        { id: 'target-allocation', class: 'allocation' },
        h('caption', {}, t(lang, 'allocation')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(lang, 'measure')), h('th', { scope: 'col' }, t(lang, 'increase')), h('th', { scope: 'col' }, t(lang, 'cap')), h('th', { scope: 'col' }, t(lang, 'singleDimension')))),
        h(
          'tbody',
          {},
          ...codes.map((code) => {
            const single = result.singleDimension[code];
            return h(
              'tr',
              { 'data-code': code },
              h('th', { scope: 'row', title: nameOf(code) }, `${code.toUpperCase()} ${nameOf(code)}`),
              h('td', { class: 'num' }, formatSigned(result.allocation[code] ?? 0, lang, 3)),
              h('td', { class: 'num' }, formatNumber(result.caps[code] ?? null, lang)),
              h('td', { class: 'num' }, single === null || single === undefined ? t(lang, 'notEnoughAlone') : formatSigned(single, lang, 3)),
            );
          }),
          h('tr', { class: 'total' }, h('th', { scope: 'row' }, t(lang, 'total')), h('td', { class: 'num' }, formatSigned(result.totalIncrease, lang, 3)), h('td'), h('td')),
        ),
      ),
      h('p', { id: 'target-outcome' }, t(lang, 'targetOutcome', formatNumber(result.scenario.total, lang), formatRank(result.scenario.rank, result.scenario.of, lang), groupName(result.scenario.group, lang))),
      result.totalIncrease > 0 ? apply : null,
    );
  };

  return {
    element,
    shownFor: ['papi'],
    needsProfile: true,
    render,
    profileChanged() {
      target = null;
      renderWeights();
      render();
    },
  };
}
