import { definitionFor, type MeasureResult } from '../../../engine';
import { createFieldChart, updateFieldChart } from '../chart';
import { h, replaceChildren } from '../dom';
import { readDecimal } from '../form-reader';
import { formatNumber, formatRank, formatRankChange, groupName, t, codeLabel } from '../i18n';
import { withEdit } from '../scenario-draft';
import { label, text, type PaneContext, type Panel } from './panel';

/**
 * The what-if simulation: a slider (and an exact box) per dimension and sub-dimension, the outcome (total, rank,
 * group before -> after) and the field chart. Moving a slider edits the draft; TaskPane evaluates it.
 */
export function createSimulatePanel(pane: PaneContext): Panel {
  const name = h('input', { id: 'scenario-name', type: 'text', maxlength: '80' });
  const outcome = {
    total: h('p', { id: 'outcome-total' }),
    rank: h('p', { id: 'outcome-rank' }),
    group: h('p', { id: 'outcome-group' }),
  };
  const chart = createFieldChart('field-chart');
  const sliders = h('div', { id: 'sliders' });
  const reset = h('button', { id: 'reset', type: 'button', 'data-i18n': 'resetChanges' });
  const element = h(
    'section',
    { id: 'simulate', 'aria-labelledby': 'simulate-heading', hidden: true },
    text('h2', 'simulateHeading', { id: 'simulate-heading' }),
    text('p', 'simulateHelp', { class: 'note' }),
    h('div', { class: 'grid' }, label('scenarioName', { for: 'scenario-name' }), name),
    h('div', { id: 'outcome', class: 'outcome', 'aria-live': 'polite' }, outcome.total, outcome.rank, outcome.group),
    chart,
    sliders,
    text('p', 'subdimensionChangeNote', { class: 'note' }),
    reset,
  );
  name.addEventListener('input', () => {
    if (pane.draft) pane.setDraft({ ...pane.draft, name: name.value }, false);
  });
  reset.addEventListener('click', () => {
    if (pane.draft) pane.setDraft({ ...pane.draft, edits: new Map() });
  });

  /** Where a measure's slider sits: the edited value, or the published score. */
  const sliderValue = (measure: MeasureResult): number | null => {
    const edit = pane.draft?.edits.get(measure.code);
    if (edit?.set !== undefined) return edit.set;
    // An increase (a target allocation, an imported "add") is shown at base + increase: a slider position only.
    if (edit?.add !== undefined && measure.score !== null) return measure.score + edit.add;
    return measure.score;
  };

  /** Both inputs of a measure at a value (the exact box with two decimals, as typed in the pane's language). */
  const place = (code: string, value: number) => {
    const range = document.getElementById(`slider-${code}`) as HTMLInputElement | null;
    const exact = document.getElementById(`slider-${code}-exact`) as HTMLInputElement | null;
    if (range) range.value = String(value);
    if (exact) exact.value = formatNumber(value, pane.lang);
  };

  /** A dimension set directly drops its sub-dimension changes (withEdit): put their sliders back at the published score. */
  const clearSubdimensionSliders = (dimension: MeasureResult) => {
    for (const sd of dimension.subdimensions)
      if (sd.score !== null && !pane.draft?.edits.has(sd.code)) place(sd.code, sd.score);
  };

  const renderSliders = () => {
    const profile = pane.profile;
    const dataset = pane.dataset;
    if (!profile || !pane.draft || !dataset) return;
    const lang = pane.lang;
    const nodes = definitionFor(dataset.definitions, 'papi', profile.year).nodes;
    const slider = (measure: MeasureResult, sub: boolean) => {
      const node = nodes.find((n) => n.code === measure.code);
      const min = node?.min ?? 0;
      const max = node?.max ?? 10;
      const value = sliderValue(measure);
      const id = `slider-${measure.code}`;
      const range = h('input', {
        id,
        type: 'range',
        min,
        max,
        step: '0.01',
        value: value ?? min,
        disabled: measure.score === null,
        'data-measure': measure.code,
        'aria-describedby': `${id}-out`,
      });
      const exact = h('input', {
        id: `${id}-exact`,
        type: 'text',
        inputmode: 'decimal',
        size: '5',
        value: value === null ? '' : formatNumber(value, lang),
        disabled: measure.score === null,
        class: 'exact',
        'aria-label': `${codeLabel(measure.code)} ${t(lang, 'score')}`,
      });
      const out = h('output', { id: `${id}-out`, for: id, class: 'slider-out' });
      const apply = (raw: string, source: 'range' | 'exact') => {
        const number = readDecimal(raw);
        const draft = pane.draft;
        if (number === null || number < min || number > max || !draft) return;
        if (source === 'range') exact.value = formatNumber(number, pane.lang);
        else range.value = String(number);
        pane.setDraft(withEdit(dataset, draft, measure.code, number === measure.score ? null : number), false);
        if (!sub) clearSubdimensionSliders(measure);
      };
      range.addEventListener('input', () => apply(range.value, 'range'));
      exact.addEventListener('change', () => apply(exact.value, 'exact'));
      return h(
        'div',
        { class: sub ? 'slider sub' : 'slider' },
        h(
          'label',
          { for: id },
          t(
            lang,
            'sliderLabel',
            codeLabel(measure.code),
            measure.name[lang],
            formatNumber(min, lang),
            formatNumber(max, lang),
          ),
        ),
        h('div', { class: 'slider-row' }, range, exact),
        out,
      );
    };
    replaceChildren(
      sliders,
      ...profile.dimensions.map((d) =>
        h(
          'div',
          { class: 'dimension' },
          slider(d, false),
          d.subdimensions.length > 0
            ? h(
                'details',
                { id: `sub-${d.code}` },
                h('summary', {}, t(lang, 'subdimensions', codeLabel(d.code))),
                ...d.subdimensions.map((sd) => slider(sd, true)),
              )
            : null,
        ),
      ),
    );
  };

  const renderOutcome = () => {
    const profile = pane.profile;
    const result = pane.result;
    if (!profile || !result) return;
    const lang = pane.lang;
    const mine = result.provinces.find((p) => p.code === profile.province.code);
    const base = {
      total: profile.total.score,
      rank: profile.total.rank,
      of: profile.total.of,
      group: profile.total.group,
    };
    const now = mine?.scenario ?? base;
    outcome.total.textContent = t(lang, 'outcomeTotal', formatNumber(base.total, lang), formatNumber(now.total, lang));
    const changed = result.field.some((r) => r.code === profile.province.code && r.changed);
    const rankChange = mine && changed ? ` (${formatRankChange(mine.change.rank, lang)})` : '';
    outcome.rank.textContent =
      t(lang, 'outcomeRank', formatRank(base.rank, base.of, lang), formatRank(now.rank, now.of, lang)) + rankChange;
    outcome.group.textContent = t(lang, 'outcomeGroup', groupName(base.group, lang), groupName(now.group, lang));
    for (const d of profile.dimensions) {
      const out = document.getElementById(`slider-${d.code}-out`);
      const dim = mine?.dimensions.find((x) => x.code === d.code);
      const score = dim?.score ?? d.score;
      if (out)
        out.textContent = `${t(lang, 'base')} ${formatNumber(d.score, lang)} → ${formatNumber(score, lang)} · ${t(lang, 'rank')} ${formatRank(dim?.rank ?? d.rank, dim?.of ?? d.of, lang)}`;
      // A dimension moved through its sub-dimensions: its slider follows the engine's new dimension score.
      if (dim && dim.score !== null && !pane.draft?.edits.has(d.code)) place(d.code, dim.score);
      for (const sd of d.subdimensions) {
        const subOut = document.getElementById(`slider-${sd.code}-out`);
        if (subOut)
          subOut.textContent = `${t(lang, 'base')} ${formatNumber(sd.score, lang)} → ${formatNumber(sliderValue(sd), lang)}`;
      }
    }
    updateFieldChart(chart, result.field, profile.province.code, profile.year, lang, pane.goalTotal);
    // Among the 2025 units the chart's title says so (merged units' bars are estimates).
    const title = chart.querySelector('#field-chart-title');
    if (title && pane.units) title.textContent = t(lang, 'chartTitleUnits', profile.year);
    // A warning is said once (not re-posted on every slider move), and not at all when the profile already shows it.
    for (const w of result.warnings) if (!profile.warnings.some((p) => p[lang] === w[lang])) pane.notice(w[lang]);
  };

  return {
    element,
    task: 'simulate',
    shownFor: ['papi'],
    needsProfile: true,
    render() {
      renderSliders();
      renderOutcome();
    },
    profileChanged() {
      name.value = pane.draft?.name ?? '';
      renderSliders();
    },
    draftReplaced() {
      name.value = pane.draft?.name ?? '';
      renderSliders();
    },
    outcomeChanged: renderOutcome,
  };
}
