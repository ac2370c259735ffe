import { planChanceQuery, SCORE_EPSILON, type MeasureResult, type PapiPlan } from '../../../engine/all';
import {
  DEFAULT_PLAN_ITERATIONS,
  planFormTexts,
  readPlanForm,
  USUAL_AGENCIES,
  type PlanForm,
} from '../actions/plan-form';
import { planFileText, readPlanFile, restorePlans, savePlans, upsertPlan } from '../actions/plan-store';
import { planSheetLayout } from '../actions/plan-sheet';
import { writeLayout } from '../actions/write-to-sheet';
import { startChance, type ChanceHandle } from '../chance/chance-client';
import { h, replaceChildren } from '../dom';
import { describeError, formatNumber, t, codeLabel } from '../i18n';
import { readDecimal, readWhole } from '../form-reader';
import { chanceNotes } from './chance-notes';
import { planChanceText, planLineInfo, planSummary } from './plan-summary';
import { label, text, type PaneContext, type Panel } from './panel';
import { renderSavedList } from './saved-list';
import { INITIAL_PLAN_STATE, nextChance, planLines, reviewForm, type ChanceEvent, type PlanState } from './plan-state';

/** Wait after the last keystroke before the plan is re-checked (the deterministic part takes ~0.1 s). */
const REVIEW_DELAY_MS = 250;

/**
 * The plan builder ("Kế hoạch nâng cao chỉ số PAPI"): a target per dimension or sub-dimension (typed, or taken from
 * the sliders or the least-effort alternative), a goal, the responsible agency of each line. As the planner types,
 * the pane shows the implied total, rank and group in each field up to the latest, the chance of the goal (in the
 * worker), the least-effort alternative meeting the same goal, and the lines the goal does not need or that ask more
 * than any province has gained in a year. Plans are saved with the scenarios, exported and imported as the JSON file
 * `papi plan` reads, and written to a sheet with =PAPI.* formulas (values where custom functions do not run).
 */
export function createPlanPanel(pane: PaneContext): Panel {
  // The state and its derivations live in plan-state.ts (pure, tested in Node); here: the form, the effects, the view.
  let state: PlanState = INITIAL_PLAN_STATE;
  let plans: PapiPlan[] = [];
  let handle: ChanceHandle | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let source: string | undefined;
  const chanceEvent = (event: ChanceEvent) => {
    state = { ...state, chance: nextChance(state.chance, event) };
  };

  const name = h('input', { id: 'plan-name', type: 'text', maxlength: '120' });
  const baseline = h('output', { id: 'plan-baseline-year' });
  const targetYear = h('input', { id: 'plan-target-year', type: 'text', inputmode: 'numeric', size: '5' });
  const goalKind = h(
    'select',
    { id: 'plan-kind' },
    h('option', { value: 'rank', 'data-i18n': 'goalRank' }),
    h('option', { value: 'group', 'data-i18n': 'goalGroup' }),
    h('option', { value: 'total', 'data-i18n': 'goalTotal' }),
  );
  const goalRank = h('input', { id: 'plan-rank', type: 'text', inputmode: 'numeric', size: '4', value: '20' });
  const goalGroup = h(
    'select',
    { id: 'plan-group' },
    ...['best', 'high-average', 'low-average', 'poor'].map((g) => h('option', { value: g, 'data-group': g })),
  );
  const goalTotal = h('input', { id: 'plan-total', type: 'text', inputmode: 'decimal', size: '6' });
  const rankLabel = label('targetRank', { for: 'plan-rank' });
  const groupLabel = label('targetGroup', { for: 'plan-group' });
  const totalLabel = label('targetTotal', { for: 'plan-total' });
  const iterations = h('input', {
    id: 'plan-iterations',
    type: 'text',
    inputmode: 'numeric',
    size: '8',
    value: String(DEFAULT_PLAN_ITERATIONS),
  });
  const seed = h('input', { id: 'plan-seed', type: 'text', inputmode: 'numeric', size: '8' });
  const lines = h('div', { id: 'plan-lines', class: 'plan-lines' });
  const agencies = h(
    'datalist',
    { id: 'plan-agencies' },
    ...USUAL_AGENCIES.map((a) => h('option', { value: a.vi, label: a.en })),
  );
  const summary = h('div', { id: 'plan-summary', class: 'plan-summary', 'aria-live': 'polite' });
  const fromSliders = h('button', { id: 'plan-from-sliders', type: 'button', 'data-i18n': 'planFromSliders' });
  const fromSolver = h('button', { id: 'plan-from-solver', type: 'button', 'data-i18n': 'planFromSolver' });
  const clear = h('button', { id: 'plan-clear', type: 'button', 'data-i18n': 'planClear' });
  const save = h('button', { id: 'plan-save', type: 'button', 'data-i18n': 'planSave' });
  const exportJson = h('button', { id: 'plan-export', type: 'button', 'data-i18n': 'exportJson' });
  const importInput = h('input', {
    id: 'plan-import',
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
  });
  const writeSheet = h('button', { id: 'plan-write-sheet', type: 'button', 'data-i18n': 'planWriteSheet' });
  const list = h('ul', { id: 'plan-list', class: 'scenario-list' });
  const form = h(
    'form',
    { id: 'plan-form', class: 'grid', novalidate: true },
    label('planName', { for: 'plan-name' }),
    name,
    label('planBaselineYear', { for: 'plan-baseline-year' }),
    baseline,
    label('planTargetYear', { for: 'plan-target-year' }),
    targetYear,
    label('goalKind', { for: 'plan-kind' }),
    goalKind,
    rankLabel,
    goalRank,
    groupLabel,
    goalGroup,
    totalLabel,
    goalTotal,
    h(
      'details',
      { class: 'span', id: 'plan-chance-settings' },
      text('summary', 'planChanceSettings'),
      h(
        'div',
        { class: 'grid' },
        label('iterations', { for: 'plan-iterations' }),
        iterations,
        label('seed', { for: 'plan-seed' }),
        seed,
      ),
    ),
  );
  const element = h(
    'section',
    { id: 'plan', 'aria-labelledby': 'plan-heading', hidden: true },
    text('h2', 'planHeading', { id: 'plan-heading' }),
    text('p', 'planHelp', { class: 'note' }),
    form,
    h('div', { class: 'buttons' }, fromSliders, fromSolver, clear),
    lines,
    agencies,
    summary,
    h(
      'div',
      { class: 'buttons' },
      save,
      exportJson,
      importInput,
      h('label', { class: 'file-button', for: 'plan-import' }, text('span', 'planImport')),
      writeSheet,
    ),
    text('p', 'writeToSheetStandalone', {
      class: 'note',
      id: 'plan-write-note',
      hidden: pane.options.host === 'excel',
    }),
    list,
  );

  const showGoalFields = () => {
    const kind = goalKind.value;
    rankLabel.hidden = goalRank.hidden = kind !== 'rank';
    groupLabel.hidden = goalGroup.hidden = kind !== 'group';
    totalLabel.hidden = goalTotal.hidden = kind !== 'total';
  };
  goalKind.addEventListener('change', () => {
    showGoalFields();
    schedule();
  });

  const inputs = (kind: 'target' | 'agency') => [...lines.querySelectorAll<HTMLInputElement>(`input[data-${kind}]`)];
  const typed = (kind: 'target' | 'agency') => Object.fromEntries(inputs(kind).map((i) => [i.dataset[kind]!, i.value]));

  /** The form as typed (conversion happens in readPlanForm). */
  const formOf = (): PlanForm | null => {
    const profile = pane.profile;
    if (!profile) return null;
    return {
      name: name.value,
      province: profile.province.nameVi,
      baselineYear: profile.year,
      targetYear: targetYear.value,
      goalKind: goalKind.value,
      rank: goalRank.value,
      group: goalGroup.value,
      total: goalTotal.value,
      targets: typed('target'),
      agencies: typed('agency'),
      iterations: iterations.value,
      seed: seed.value,
      ...(source ? { source } : {}),
      ...(pane.units ? { units: true } : {}),
    };
  };

  /** One line per dimension, its sub-dimensions in a collapsed group (targets can be set at either level). */
  const renderLines = () => {
    const profile = pane.profile;
    if (!profile) return;
    const lang = pane.lang;
    const keepTargets = typed('target');
    const keepAgencies = typed('agency');
    const line = (m: MeasureResult, sub: boolean) =>
      h(
        'div',
        { class: sub ? 'plan-line sub' : 'plan-line', 'data-code': m.code },
        // A card has room for the full name at any width (tables abbreviate, cards wrap).
        h('div', { class: 'plan-line-name', id: `plan-name-${m.code}` }, `${codeLabel(m.code)} ${m.name[lang]}`),
        h(
          'div',
          { class: 'plan-line-fields' },
          h('label', { for: `plan-target-${m.code}` }, t(lang, 'planTarget')),
          h('input', {
            id: `plan-target-${m.code}`,
            type: 'text',
            inputmode: 'decimal',
            size: '5',
            'data-target': m.code,
            placeholder: formatNumber(m.score, lang),
            value: keepTargets[m.code] ?? '',
          }),
          h('label', { for: `plan-agency-${m.code}` }, t(lang, 'planAgency')),
          h('input', {
            id: `plan-agency-${m.code}`,
            type: 'text',
            list: 'plan-agencies',
            'data-agency': m.code,
            value: keepAgencies[m.code] ?? '',
          }),
        ),
        h('p', { class: 'plan-line-info', id: `plan-info-${m.code}` }),
      );
    replaceChildren(
      lines,
      ...profile.dimensions.map((d) =>
        h(
          'div',
          { class: 'plan-dimension' },
          line(d, false),
          d.subdimensions.length > 0
            ? h(
                'details',
                { id: `plan-sub-${d.code}` },
                h('summary', {}, t(lang, 'subdimensions', codeLabel(d.code))),
                ...d.subdimensions.map((sd) => line(sd, true)),
              )
            : null,
        ),
      ),
    );
    for (const input of lines.querySelectorAll('input')) input.addEventListener('input', schedule);
    // a target typed either way ("5,5" or "5.5") is rewritten the pane's way once the field is left
    for (const input of inputs('target'))
      input.addEventListener('change', () => {
        const value = readDecimal(input.value);
        if (value !== null) input.value = formatNumber(value, pane.lang);
      });
  };

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(evaluate, REVIEW_DELAY_MS);
  }

  /** Reads the form and reviews the plan with the engine; the chance runs in the worker when the plan changed. */
  function evaluate(): void {
    timer = null;
    const dataset = pane.dataset;
    const form = formOf();
    if (!dataset || !form) return;
    const next = reviewForm(state, dataset, form);
    state = next.state;
    if (!state.review) stopChance();
    else if (next.runChance) runChance(next.runChance);
    render();
    // The chart marks the total the plan's goal needs once the planner has set a target.
    if (state.review) pane.setGoalTotal(state.review.leastEffort?.requiredTotal ?? null);
  }

  const stopChance = () => {
    handle?.cancel();
    handle = null;
  };

  const runChance = (plan: PapiPlan) => {
    stopChance();
    const profile = pane.profile;
    const fieldYear = state.review?.fieldYear ?? null;
    const createWorker = pane.options.createWorker;
    const query = profile && fieldYear !== null ? planChanceQuery(plan, profile.province.code, fieldYear) : null;
    if (!query || !createWorker) {
      chanceEvent(createWorker ? { type: 'stop' } : { type: 'error', message: t(pane.lang, 'workerUnavailable') });
      return;
    }
    chanceEvent({ type: 'start', total: query.iterations ?? 0 });
    handle = startChance(
      query,
      {
        progress: (done, total) => {
          chanceEvent({ type: 'progress', done, total });
          renderChance();
        },
        result: (result) => {
          handle = null;
          chanceEvent({ type: 'result', result, fieldYear: query.year });
          renderChance();
        },
        error: (error) => {
          handle = null;
          chanceEvent({ type: 'error', message: error[pane.lang] });
          renderChance();
        },
      },
      createWorker,
    );
  };

  const chanceLine = h('p', { id: 'plan-chance' });
  /** the chance line, then (once it has run) its track record and assumptions */
  const chanceBox = h('div', { id: 'plan-chance-box' }, chanceLine);
  const renderChance = () => {
    const plan = state.review?.report.plan ?? null;
    const chance = state.chance;
    chanceLine.textContent = plan ? planChanceText(plan, chance, pane.lang) : '';
    replaceChildren(
      chanceBox,
      chanceLine,
      ...(plan && chance.status === 'done' ? chanceNotes(chance.result, pane.lang, pane.units, 'plan') : []),
    );
  };

  /** Everything the review says, at once. */
  const render = () => {
    const lang = pane.lang;
    baseline.textContent = pane.profile ? String(pane.profile.year) : '';
    const profile = pane.profile;
    for (const info of lines.querySelectorAll<HTMLElement>('.plan-line-info')) info.textContent = '';
    const { review, problem } = state;
    if (!review || !profile) {
      replaceChildren(
        summary,
        problem
          ? h('p', { id: 'plan-problem', class: 'warning' }, describeError(problem, lang).message)
          : h('p', { class: 'note' }, t(lang, 'planEmpty')),
      );
      renderChance();
      return;
    }
    for (const line of planLines(review)) {
      const info = lines.querySelector<HTMLElement>(`#plan-info-${line.code}`);
      if (!info) continue;
      const { text: words, flagged } = planLineInfo(line, review.report.plan.baselineYear, lang);
      info.textContent = words;
      info.classList.toggle('flagged', flagged);
    }
    replaceChildren(summary, ...planSummary(review, lang, chanceBox, () => takeLeastEffort()));
    renderChance();
  };

  /** Fills the form from a plan (its province and baseline year must be on screen). */
  const fill = (plan: PapiPlan) => {
    const texts = planFormTexts(plan, pane.lang);
    source = plan.source;
    name.value = texts.name;
    targetYear.value = texts.targetYear;
    goalKind.value = texts.goalKind;
    goalRank.value = texts.rank;
    goalGroup.value = texts.group;
    goalTotal.value = texts.total;
    iterations.value = texts.iterations;
    seed.value = texts.seed;
    for (const input of inputs('target')) input.value = texts.targets[input.dataset.target!] ?? '';
    for (const input of inputs('agency')) input.value = texts.agencies[input.dataset.agency!] ?? '';
    showGoalFields();
    evaluate();
  };

  /** Opens a plan: its province and baseline year on screen, then its lines in the form. */
  const open = (plan: PapiPlan) => {
    const profile = pane.profile;
    if (
      !profile ||
      profile.year !== plan.baselineYear ||
      (profile.province.nameVi !== plan.province && profile.province.code !== plan.province)
    ) {
      pane.showProfile(plan.province, plan.baselineYear);
      if (!pane.profile || pane.profile.year !== plan.baselineYear) return;
    }
    fill(plan);
  };

  /** Targets = where the sliders are (measures the scenario changed). */
  const takeSliders = () => {
    const profile = pane.profile;
    const mine = pane.result?.provinces.find((p) => p.code === profile?.province.code);
    if (!profile || !pane.draft) return;
    for (const input of inputs('target')) {
      const code = input.dataset.target!;
      const edit = pane.draft.edits.get(code);
      const sub = profile.dimensions.some((d) => d.subdimensions.some((s) => s.code === code));
      const score = sub ? null : (mine?.dimensions.find((d) => d.code === code)?.score ?? null);
      const measure = profile.dimensions.find((d) => d.code === code);
      // dimensions take the scenario's dimension score when it moved (directly or through its sub-dimensions)
      if (!sub && measure && score !== null && Math.abs(score - (measure.score ?? score)) > SCORE_EPSILON)
        input.value = formatNumber(score, pane.lang);
      else if (!sub) input.value = '';
      else input.value = edit?.set !== undefined ? formatNumber(edit.set, pane.lang) : '';
    }
    // a dimension and its sub-dimensions cannot both carry a target: keep the dimension level
    for (const d of profile.dimensions)
      for (const sd of d.subdimensions) {
        const subInput = lines.querySelector<HTMLInputElement>(`#plan-target-${sd.code}`);
        if (subInput) subInput.value = '';
      }
    evaluate();
  };

  /** Targets = baseline + the least-effort alternative's increases. */
  const takeLeastEffort = () => {
    const least = state.review?.leastEffort;
    const profile = pane.profile;
    if (!least || !profile) return;
    for (const input of inputs('target')) {
      const code = input.dataset.target!;
      const add = least.allocation[code];
      const base = profile.dimensions.find((d) => d.code === code)?.score ?? null;
      input.value = add !== undefined && add > 0 && base !== null ? formatNumber(base + add, pane.lang) : '';
    }
    evaluate();
  };

  const currentPlan = (): PapiPlan | null => {
    const form = formOf();
    if (!form) return null;
    try {
      return readPlanForm(form);
    } catch (error) {
      pane.showError(error);
      return null;
    }
  };

  const persist = async (next: PapiPlan[]): Promise<boolean> => {
    try {
      await savePlans(pane.options.planStore, next);
    } catch (error) {
      pane.showError(error);
      return false;
    }
    plans = next;
    renderList();
    return true;
  };

  const renderList = () =>
    renderSavedList(list, pane.lang, plans, {
      empty: 'planNone',
      meta: (plan) => `${plan.province} ${plan.baselineYear} → ${plan.targetYear}`,
      open: (plan) => {
        pane.clearErrors();
        open(plan);
      },
      where: pane.options.planStore.kind,
      remove: (i) => void persist(plans.filter((_, j) => j !== i)),
      restore: (item, i) => void persist([...plans.slice(0, i), item, ...plans.slice(i)]),
    });

  fromSliders.addEventListener('click', takeSliders);
  fromSolver.addEventListener('click', () => {
    evaluate();
    takeLeastEffort();
  });
  clear.addEventListener('click', () => {
    for (const input of inputs('target')) input.value = '';
    evaluate();
  });
  for (const input of [name, targetYear, goalRank, goalTotal, iterations, seed])
    input.addEventListener('input', schedule);
  // the default name follows the target year until the planner names the plan
  let defaultName = '';
  targetYear.addEventListener('input', () => {
    const profile = pane.profile;
    const year = readWhole(targetYear.value);
    if (!profile || year === null || name.value !== defaultName) return;
    name.value = defaultName = t(pane.lang, 'planDefaultName', profile.province.nameVi, year);
  });
  goalGroup.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => event.preventDefault());
  save.addEventListener('click', () => {
    pane.clearErrors();
    const plan = currentPlan();
    if (plan)
      void persist(upsertPlan(plans, plan)).then((ok) => ok && pane.status(t(pane.lang, 'planSaved', plan.name)));
  });
  exportJson.addEventListener('click', () => {
    pane.clearErrors();
    const plan = currentPlan();
    if (plan)
      pane.options.download(
        `${plan.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'papi-plan'}.json`,
        'application/json',
        planFileText(plan),
      );
  });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    pane.clearErrors();
    void file.text().then((content) => {
      importInput.value = '';
      importText(content, file.name);
    });
  });
  const importText = (content: string, fileName: string) => {
    try {
      open(readPlanFile(content, fileName));
      pane.status(t(pane.lang, 'planImported', fileName));
    } catch (error) {
      pane.showError(error);
    }
  };
  writeSheet.addEventListener('click', () => {
    pane.clearErrors();
    if (timer !== null) evaluate();
    if (pane.options.host !== 'excel') return;
    const { review, problem } = state;
    if (!review) {
      if (problem) pane.showError(problem);
      return;
    }
    writeLayout(planSheetLayout({ review, lang: pane.lang, formulas: pane.options.customFunctions })).then(
      (sheet) => pane.status(t(pane.lang, 'sheetWritten', sheet)),
      (error: unknown) => pane.showError(error),
    );
  });

  return {
    element,
    task: 'plan',
    shownFor: ['papi'],
    needsProfile: true,
    dataLoaded() {
      const restored = restorePlans(pane.options.planStore);
      plans = restored.plans;
      for (const p of restored.problems) pane.showError(p, false);
      renderList();
    },
    profileChanged() {
      const profile = pane.profile!;
      stopChance();
      state = INITIAL_PLAN_STATE;
      source = undefined;
      for (const input of inputs('target')) input.value = '';
      for (const input of inputs('agency')) input.value = '';
      name.value = defaultName = t(pane.lang, 'planDefaultName', profile.province.nameVi, profile.year + 1);
      targetYear.value = String(profile.year + 1);
      writeSheet.disabled = pane.options.host !== 'excel';
      renderLines();
      showGoalFields();
      evaluate();
    },
    render() {
      renderLines();
      showGoalFields();
      render();
      renderList();
    },
  };
}
