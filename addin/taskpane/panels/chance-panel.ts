import {
  DEFAULT_SEED,
  EngineError,
  type ChanceQuery,
  type EngineErrorCode,
  type ChanceResult,
  type ScenarioChange,
} from '../../../engine';
import { startChance, type ChanceHandle } from '../chance/chance-client';
import { h, replaceChildren } from '../dom';
import { readGoal, requireNumber } from '../form-reader';
import { formatNumber, formatPercent, t, tBoth } from '../i18n';
import { scenarioOf } from '../scenario-draft';
import { chanceNotes } from './chance-notes';
import { goalFields, goalTexts, label, text, type PaneContext, type Panel } from './panel';

/** The chance form as typed. */
export interface ChanceForm {
  readonly kind: string;
  readonly rank: string;
  readonly group: string;
  readonly iterations: string;
  readonly seed: string;
  readonly othersMove: boolean;
}

export const MAX_ITERATIONS = 1_000_000;

/** The Monte Carlo query of the form (conversion only): every field read through the pane's form reader. */
export function chanceQueryOf(
  form: ChanceForm,
  year: number,
  province: string,
  changes: readonly ScenarioChange[],
): ChanceQuery {
  const goal = readGoal(form);
  if ('total' in goal)
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: 'total',
      ...tBoth('chanceGoalRankOrGroup'),
    });
  const iterations = requireNumber(form.iterations, {
    field: tBoth('iterations'),
    whole: true,
    min: 100,
    max: MAX_ITERATIONS,
  });
  const seed = form.seed.trim() === '' ? DEFAULT_SEED : requireNumber(form.seed, { field: tBoth('seed'), whole: true });
  return { year, province, goal, changes, iterations, seed, othersMove: form.othersMove };
}

interface ChanceState {
  readonly status: 'idle' | 'running' | 'done' | 'cancelled';
  readonly done: number;
  readonly total: number;
  readonly result: ChanceResult | null;
}

/** The chance of reaching a rank or group: a Monte Carlo run in a Web Worker, with progress and Cancel. */
export function createChancePanel(pane: PaneContext): Panel {
  let state: ChanceState = { status: 'idle', done: 0, total: 0, result: null };
  let handle: ChanceHandle | null = null;
  const iterations = h('input', {
    id: 'chance-iterations',
    type: 'text',
    value: '10000',
    inputmode: 'numeric',
    size: '8',
  });
  const seed = h('input', {
    id: 'chance-seed',
    type: 'text',
    value: String(DEFAULT_SEED),
    inputmode: 'numeric',
    size: '8',
  });
  const others = h('input', { id: 'chance-others', type: 'checkbox', checked: true });
  const useScenario = h('input', { id: 'chance-use-scenario', type: 'checkbox', checked: true });
  const run = h('button', { id: 'chance-run', type: 'submit', 'data-i18n': 'start' });
  const cancel = h('button', { id: 'chance-cancel', type: 'button', 'data-i18n': 'cancel', disabled: true });
  const form = h(
    'form',
    { id: 'chance-form', class: 'grid', novalidate: true },
    ...goalFields('chance'),
    label('iterations', { for: 'chance-iterations' }),
    iterations,
    h('span'),
    h('label', { class: 'check' }, others, text('span', 'othersMove')),
    h('span'),
    h('label', { class: 'check' }, useScenario, text('span', 'useScenario')),
    // the seed only makes a run repeatable: under "Nâng cao", with its default
    h(
      'details',
      { class: 'span', id: 'chance-advanced' },
      text('summary', 'advanced'),
      h('div', { class: 'grid' }, label('seed', { for: 'chance-seed' }), seed),
    ),
    h('span'),
    h('div', { class: 'buttons' }, run, cancel),
  );
  const progress = h('progress', { id: 'chance-progress', max: '1', value: '0' });
  const progressText = h('span', { id: 'chance-progress-text' });
  const area = h('div', { id: 'chance-result', 'aria-live': 'polite' });
  const element = h(
    'section',
    { id: 'chance', 'aria-labelledby': 'chance-heading', hidden: true },
    text('h2', 'chanceHeading', { id: 'chance-heading' }),
    form,
    h('div', { class: 'progress-row' }, label('progress', { for: 'chance-progress' }), progress, progressText),
    area,
  );

  const renderProgress = () => {
    progress.max = Math.max(1, state.total || 1);
    progress.value = state.done;
    progressText.textContent =
      state.total > 0
        ? t(pane.lang, 'progressText', formatNumber(state.done, pane.lang, 0), formatNumber(state.total, pane.lang, 0))
        : '';
  };

  const render = () => {
    const lang = pane.lang;
    const running = state.status === 'running';
    run.disabled = running;
    cancel.disabled = !running;
    element.setAttribute('aria-busy', String(running));
    renderProgress();
    const result = state.result;
    if (state.status === 'cancelled') {
      replaceChildren(area, h('p', { id: 'chance-cancelled' }, t(lang, 'cancelled')));
    } else if (result) {
      const { nominal, median, p5, p95 } = result.rank;
      const interval = p5 === p95 ? t(lang, 'rankIntervalOne', p5) : t(lang, 'rankInterval', p5, p95);
      replaceChildren(
        area,
        h(
          'p',
          { id: 'chance-probability', class: 'big' },
          t(lang, 'probability', formatPercent(result.probability, lang)),
        ),
        h('p', { id: 'chance-ranks' }, t(lang, 'rankSummary', nominal, median, interval)),
        ...chanceNotes(result, lang, pane.units, 'chance'),
      );
    } else {
      replaceChildren(area);
    }
  };

  const stop = (show: boolean) => {
    if (!handle) return;
    handle.cancel();
    handle = null;
    state = { ...state, status: 'cancelled' };
    if (show) render();
  };

  /** Starts the Monte Carlo in a Web Worker with progress; Cancel terminates the worker. */
  const start = () => {
    const profile = pane.profile;
    const draft = pane.draft;
    if (!profile || !draft) return;
    pane.clearErrors();
    const createWorker = pane.options.createWorker;
    if (!createWorker) {
      pane.showError(new EngineError({ code: 'INVALID_INPUT', input: 'Worker', ...tBoth('workerUnavailable') }));
      return;
    }
    let query: ChanceQuery;
    try {
      const goal = goalTexts(form, 'chance');
      query = chanceQueryOf(
        { ...goal, iterations: iterations.value, seed: seed.value, othersMove: others.checked },
        profile.year,
        profile.province.code,
        useScenario.checked ? scenarioOf(draft).changes : [],
      );
    } catch (error) {
      pane.showError(error);
      return;
    }
    stop(false);
    state = { status: 'running', done: 0, total: query.iterations ?? 0, result: null };
    render();
    handle = startChance(
      query,
      {
        progress: (done, total) => {
          state = { ...state, done, total };
          renderProgress();
        },
        result: (result) => {
          handle = null;
          state = { status: 'done', done: result.iterations, total: result.iterations, result };
          render();
        },
        error: (error) => {
          handle = null;
          state = { status: 'idle', done: 0, total: 0, result: null };
          render();
          // The worker sends plain data; the pane shows one error type.
          pane.showError(
            new EngineError({
              code: ((error as { code?: string }).code ?? 'INVALID_INPUT') as EngineErrorCode,
              input: 'chance',
              vi: error.vi,
              en: error.en,
              suggestions: error.suggestions ?? [],
            }),
          );
        },
      },
      createWorker,
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  cancel.addEventListener('click', () => stop(true));

  return {
    element,
    task: 'simulate',
    shownFor: ['papi'],
    needsProfile: true,
    render,
  };
}
