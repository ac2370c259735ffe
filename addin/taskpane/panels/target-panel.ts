import { effortPerPoint, papiSensitivity, type ScenarioChange } from '../../../engine/all';
import { runTarget, type TargetRun } from '../actions/target';
import { balancedParts, targetReason } from './target-state';
import { h, replaceChildren } from '../dom';
import { formatNumber, formatRank, formatRankChange, formatSigned, groupName, t, type Lang, codeLabel } from '../i18n';
import { scenarioOf, withRaised } from '../scenario-draft';
import { goalFields, goalTexts, label, measureLabel, text, type PaneContext, type Panel } from './panel';

/** The step of the sensitivity line (+0.5 point in one dimension). */
const SENSITIVITY_STEP = 0.5;

/** The solver's answer in the pane's words, its number through the pane's formatter ("0,49" / "0.49"). */
function reachableMessage(run: TargetRun, lang: Lang): string {
  const { result, goal } = run;
  const need =
    result.requiredTotal === null || result.base.total === null ? null : result.requiredTotal - result.base.total;
  if (need === null || need <= 0) return result.message[lang];
  const what =
    'rank' in goal ? t(lang, 'goalPhraseRank', goal.rank) : t(lang, 'goalPhraseGroup', groupName(goal.group, lang));
  return t(lang, 'targetNeed', formatNumber(need, lang), what);
}

/** One sentence on why the increase goes where it goes (the least-effort rule, with the efforts compared). */
function whyLine(run: TargetRun, lang: Lang): HTMLElement | null {
  const reason = run.result.reachable ? targetReason(run) : null;
  if (!reason) return null;
  const codes = reason.parts.map((c) => codeLabel(c)).join(', ');
  return h(
    'p',
    { id: 'target-why' },
    t(
      lang,
      reason.parts.length === 1 ? 'targetWhyOne' : 'targetWhyMany',
      codes,
      formatNumber(reason.cheapest, lang),
      formatNumber(reason.average, lang),
    ),
  );
}

/** The balanced alternative (every point costing the same, spread by headroom), for a planner who wants no corner. */
function balancedLine(run: TargetRun, lang: Lang): HTMLElement | null {
  const parts = balancedParts(run.balanced);
  if (parts.length === 0 || !run.balanced) return null;
  return h(
    'p',
    { id: 'target-balanced' },
    t(
      lang,
      'targetBalanced',
      formatSigned(run.balanced.totalIncrease, lang),
      parts.map((p) => `${codeLabel(p.code)} ${formatSigned(p.increase, lang)}`).join(', '),
    ),
  );
}

const changesKey = (changes: readonly ScenarioChange[]) => JSON.stringify(changes);

/**
 * The target solver: the least improvement from the current scenario (the slider values) to reach a rank or group,
 * spread at least effort (by default derived from the data) under the caps (by default realistic), with the
 * sensitivity of the total rank to each dimension and why it is the same for all.
 */
export function createTargetPanel(pane: PaneContext): Panel {
  let run: TargetRun | null = null;
  /** the scenario the answer was solved from: when the sliders move, the answer is marked stale */
  let solvedFrom = '';
  /** the scenario after "Use in the simulation": the answer is applied, not stale, and cannot be applied twice */
  let appliedTo: string | null = null;
  const weights = h('div', { id: 'target-weights', class: 'weights' });
  const caps = h(
    'select',
    { id: 'target-caps' },
    h('option', { value: 'realistic', 'data-i18n': 'capsRealistic', selected: true }),
    h('option', { value: 'gain', 'data-i18n': 'capsGain' }),
    h('option', { value: 'best', 'data-i18n': 'capsBest' }),
    h('option', { value: 'bounds', 'data-i18n': 'capsBounds' }),
  );
  const form = h(
    'form',
    { id: 'target-form', class: 'grid', novalidate: true },
    ...goalFields('target'),
    label('caps', { for: 'target-caps' }),
    caps,
    h(
      'details',
      { class: 'span', id: 'target-effort' },
      text('summary', 'effortWeights'),
      text('p', 'effortNote', { class: 'note' }),
      weights,
    ),
    h('span'),
    h('button', { id: 'target-solve', type: 'submit', 'data-i18n': 'solve' }),
  );
  const area = h('div', { id: 'target-result', 'aria-live': 'polite' });
  const element = h(
    'section',
    { id: 'target', 'aria-labelledby': 'target-heading', hidden: true },
    text('h2', 'targetHeading', { id: 'target-heading' }),
    form,
    area,
  );

  /** One box per dimension; the placeholder shows the effort derived from the data (what a blank box uses). */
  const renderWeights = () => {
    const profile = pane.profile;
    const dataset = pane.dataset;
    if (!profile || !dataset) return;
    const typed = new Map(
      [...weights.querySelectorAll<HTMLInputElement>('input[data-code]')].map((i) => [i.dataset.code!, i.value]),
    );
    const derived = new Map(effortPerPoint(dataset, { year: profile.year }).map((p) => [p.code, p.effort]));
    replaceChildren(
      weights,
      ...profile.dimensions.map((d) =>
        h(
          'div',
          { class: 'weight' },
          h(
            'label',
            { for: `weight-${d.code}`, title: `${codeLabel(d.code)} ${d.name[pane.lang]}` },
            codeLabel(d.code),
          ),
          h('input', {
            id: `weight-${d.code}`,
            type: 'text',
            inputmode: 'decimal',
            size: '4',
            'data-code': d.code,
            placeholder: formatNumber(derived.get(d.code), pane.lang),
            value: typed.get(d.code) ?? '',
          }),
        ),
      ),
    );
  };

  /** The target action: solveTarget from the current scenario with the form; the answer and its reasons are shown. */
  const solve = () => {
    const dataset = pane.dataset;
    const profile = pane.profile;
    if (!dataset || !profile || !pane.draft) return;
    pane.clearErrors();
    const typed: Record<string, string> = {};
    for (const input of weights.querySelectorAll<HTMLInputElement>('input[data-code]'))
      typed[input.dataset.code!] = input.value;
    const goal = goalTexts(form, 'target');
    const from = scenarioOf(pane.draft).changes;
    try {
      run = runTarget(dataset, {
        province: profile.province.code,
        year: profile.year,
        goalKind: goal.kind,
        rank: goal.rank,
        group: goal.group,
        caps: caps.value,
        weights: typed,
        from,
      });
      solvedFrom = changesKey(from);
      appliedTo = null;
    } catch (error) {
      run = null;
      render();
      pane.setGoalTotal(null);
      pane.showError(error);
      return;
    }
    render();
    pane.setGoalTotal(run.result.requiredTotal);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    solve();
  });

  const render = () => {
    const profile = pane.profile;
    if (!run || !profile) {
      replaceChildren(area);
      return;
    }
    const { result, startsFrom } = run;
    const lang = pane.lang;
    const now = pane.draft === null ? solvedFrom : changesKey(scenarioOf(pane.draft).changes);
    const stale = now !== solvedFrom && now !== appliedTo;
    const codes = Object.keys(result.allocation);
    const nameOf = (code: string) => profile.dimensions.find((d) => d.code === code)?.name[lang] ?? '';
    const apply = h('button', { id: 'target-apply', type: 'button' }, t(lang, 'applyToSliders'));
    apply.addEventListener('click', () => {
      const dataset = pane.dataset;
      const current = pane.result?.provinces.find((p) => p.code === profile.province.code);
      if (!pane.draft || !dataset || !current) return;
      const scoreNow = (code: string) => current.dimensions.find((d) => d.code === code)?.score ?? null;
      const raised = withRaised(dataset, pane.draft, result.allocation, scoreNow);
      appliedTo = changesKey(scenarioOf(raised).changes);
      pane.setDraft(raised);
    });
    const start =
      startsFrom === 'scenario'
        ? t(
            lang,
            'targetFromScenario',
            formatNumber(result.base.total, lang),
            formatRank(result.base.rank, result.base.of, lang),
          )
        : t(
            lang,
            'targetFromPublished',
            profile.year,
            formatNumber(result.base.total, lang),
            formatRank(result.base.rank, result.base.of, lang),
          );
    replaceChildren(
      area,
      h('p', { id: 'target-start', class: 'note' }, start),
      stale ? h('p', { id: 'target-stale', class: 'warning' }, t(lang, 'targetStale')) : null,
      result.reachable
        ? null
        : h(
            'p',
            { class: 'unreachable', id: 'target-unreachable' },
            h('strong', {}, `${t(lang, 'unreachable')}: `),
            result.message[lang],
          ),
      result.reachable ? h('p', { id: 'target-message' }, reachableMessage(run, lang)) : null,
      result.requiredTotal === null
        ? null
        : h('p', { id: 'target-required' }, t(lang, 'requiredTotal', formatNumber(result.requiredTotal, lang, 2))),
      whyLine(run, lang),
      balancedLine(run, lang),
      h(
        'table',
        { id: 'target-allocation', class: 'allocation' },
        h('caption', {}, t(lang, 'allocation')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(lang, 'measure')),
            h('th', { scope: 'col' }, t(lang, 'increase')),
            h('th', { scope: 'col' }, t(lang, 'cap')),
            h('th', { scope: 'col' }, t(lang, 'effort')),
            h('th', { scope: 'col' }, t(lang, 'singleDimension')),
          ),
        ),
        h(
          'tbody',
          {},
          ...codes.map((code) => {
            const single = result.singleDimension[code];
            const effort = run!.effort[code];
            return h(
              'tr',
              { 'data-code': code },
              h('th', { scope: 'row' }, measureLabel(code, nameOf(code))),
              h('td', { class: 'num' }, formatSigned(result.allocation[code] ?? 0, lang, 2)),
              h('td', { class: 'num' }, formatNumber(result.caps[code] ?? null, lang)),
              h(
                'td',
                { class: 'num', 'data-typed': effort?.typed ? 'true' : 'false' },
                formatNumber(effort?.value ?? null, lang),
              ),
              h(
                'td',
                { class: 'num' },
                single === null || single === undefined ? t(lang, 'notEnoughAlone') : formatSigned(single, lang, 2),
              ),
            );
          }),
          h(
            'tr',
            { class: 'total' },
            h('th', { scope: 'row' }, t(lang, 'total')),
            h('td', { class: 'num' }, formatSigned(result.totalIncrease, lang, 2)),
            h('td'),
            h('td'),
            h('td'),
          ),
        ),
      ),
      h(
        'p',
        { id: 'target-outcome' },
        t(
          lang,
          'targetOutcome',
          formatNumber(result.scenario.total, lang),
          formatRank(result.scenario.rank, result.scenario.of, lang),
          groupName(result.scenario.group, lang),
        ),
      ),
      result.totalIncrease > 0 && now === solvedFrom ? apply : null,
      sensitivity(),
    );
  };

  /** Why every dimension moves the total rank alike, and what differs between them (own rank and group, headroom). */
  const sensitivity = () => {
    const profile = pane.profile;
    if (!run || !profile) return null;
    const lang = pane.lang;
    const { result } = run;
    const table = papiSensitivity(run.dataset, { year: profile.year, province: profile.province.code });
    const step = table.steps.indexOf(SENSITIVITY_STEP);
    const gains = new Set(table.rows.map((r) => r.rankGain[step]));
    const alike = table.rows.find((r) => r.rankGain[step] !== null)?.rankGain[step] ?? null;
    const current = pane.result?.provinces.find((p) => p.code === profile.province.code);
    return h(
      'details',
      { id: 'target-sensitivity', class: 'sensitivity' },
      h('summary', {}, t(lang, 'sensitivityHeading')),
      h(
        'p',
        { id: 'sensitivity-why' },
        t(
          lang,
          'sensitivityWhy',
          formatSigned(SENSITIVITY_STEP, lang),
          gains.size === 1
            ? formatRankChange(alike, lang)
            : table.rows.map((r) => `${codeLabel(r.code)} ${formatRankChange(r.rankGain[step], lang)}`).join('; '),
        ),
      ),
      h(
        'table',
        { id: 'sensitivity-table', class: 'sensitivity' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(lang, 'measure')),
            h('th', { scope: 'col' }, t(lang, 'ownRank')),
            h('th', { scope: 'col' }, t(lang, 'headroom')),
          ),
        ),
        h(
          'tbody',
          {},
          ...table.rows.map((row) => {
            const dim = current?.dimensions.find((d) => d.code === row.code);
            const cap = result.caps[row.code];
            const headroom = cap === undefined || row.base === null ? null : Math.max(0, cap - row.base);
            return h(
              'tr',
              { 'data-code': row.code },
              h('th', { scope: 'row' }, measureLabel(row.code, row.name[lang])),
              h(
                'td',
                {},
                `${formatRank(dim?.rank ?? null, dim?.of ?? 0, lang)}, ${groupName(dim?.group ?? null, lang)}`,
              ),
              h('td', { class: 'num' }, formatNumber(headroom, lang)),
            );
          }),
        ),
      ),
    );
  };

  return {
    element,
    task: 'simulate',
    shownFor: ['papi'],
    needsProfile: true,
    render() {
      renderWeights();
      render();
    },
    profileChanged() {
      run = null;
      for (const input of weights.querySelectorAll<HTMLInputElement>('input[data-code]')) input.value = '';
      renderWeights();
      render();
    },
    outcomeChanged() {
      // the stale note follows the sliders
      if (run) render();
    },
  };
}
