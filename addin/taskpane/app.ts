import { indexModule } from '../../engine/all';
import {
  evaluateScenario,
  papiProfile,
  papiUnitsView,
  PAPI_GROUPS,
  type Dataset,
  type PapiProfile,
  type ScenarioResult,
} from '../../engine';
import { readSaved, type ScenarioStore } from './actions/scenario-store';
import { keptYearFiles } from './actions/year-files';
import { fieldWorkers, type WorkerFactory } from './chance/chance-client';
import { h, replaceChildren } from './dom';
import { groupName, t, type Lang, type MessageKey } from './i18n';
import { MessageArea } from './messages';
import { createChancePanel } from './panels/chance-panel';
import { text, TASKS, type PaneContext, type PaneIndex, type Panel, type TaskId } from './panels/panel';
import { createInternalPanel } from './panels/internal-panel';
import { createParPanel } from './panels/par-panel';
import { createPlanPanel } from './panels/plan-panel';
import { createParPublishedPanel } from './panels/par-published-panel';
import { createYearFilesPanel } from './panels/year-files-panel';
import { createProfilePanel } from './panels/profile-panel';
import { createScenariosPanel } from './panels/scenarios-panel';
import { createSelectionPanel } from './panels/selection-panel';
import { createSimulatePanel } from './panels/simulate-panel';
import { createTargetPanel } from './panels/target-panel';
import { createUnitPanel } from './panels/unit-panel';
import { emptyDraft, scenarioOf, type Draft } from './scenario-draft';

/** What the pane needs from its surroundings; Office.onReady decides these and nothing else. */
export interface AppOptions {
  readonly root: HTMLElement;
  /** 'excel' inside Excel; null standalone in a browser */
  readonly host: 'excel' | null;
  readonly lang: Lang;
  readonly store: ScenarioStore;
  /** where plans are saved (default: a store beside `store` that keeps nothing) */
  readonly planStore?: ScenarioStore;
  /** where year files added from the pane are kept (default: in memory, for this session) */
  readonly yearStore?: ScenarioStore;
  /** where the last task and selection are remembered (the workbook in Excel; default: in memory) */
  readonly viewStore?: ScenarioStore;
  readonly dataset: () => Promise<Dataset>;
  readonly createWorker: WorkerFactory | null;
  /** saving a file (a download in the browser) */
  readonly download: (fileName: string, mime: string, text: string) => void;
  /** whether Excel runs the =PAPI.* custom functions (false: sheets get values instead of formulas); default true */
  readonly customFunctions?: boolean;
  /** said once at the top of the pane (e.g. Office.js did not load, custom functions unsupported) */
  readonly notices?: readonly PaneNotice[];
}

/** The indices chosen in the selection form (the others have a task of their own). */
const SELECTABLE_INDICES = ['papi', 'par'] as const;
type SelectableIndex = (typeof SELECTABLE_INDICES)[number];

/** A task that is one index's own (the province's internal index), both ways. */
const TASK_INDEX: Partial<Record<TaskId, PaneIndex>> = { internal: 'internal' };
const INDEX_TASK: Partial<Record<PaneIndex, TaskId>> = { internal: 'internal' };

/** The tab label of each task (catalogue keys). */
const TASK_LABELS = {
  results: 'taskResults',
  simulate: 'taskSimulate',
  plan: 'taskPlan',
  internal: 'taskInternal',
  saved: 'taskSaved',
} as const satisfies Record<TaskId, MessageKey>;

/** A store that keeps its value for this session only. */
function memoryStore(kind: ScenarioStore['kind']): ScenarioStore {
  let value: unknown = null;
  return {
    kind,
    read: () => value,
    write: async (next) => {
      value = next;
    },
  };
}

/** The settings key (workbook) and localStorage key (browser) of the remembered task and selection. */
export const VIEW_KEY = 'papi.pane.view';

/** What the pane remembers per workbook (browser standalone): the last task and the selection. */
export interface PaneView {
  readonly task: TaskId;
  readonly units: boolean;
  readonly index: SelectableIndex;
  readonly province: string | null;
  readonly year: number | null;
}

/** The remembered view, or null when nothing (or something unreadable) is kept: the pane then opens on its defaults. */
export function rememberedView(store: ScenarioStore): Partial<PaneView> {
  const kept = readSaved(store);
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return {};
  const v = kept as Record<string, unknown>;
  return {
    ...(TASKS.includes(v.task as TaskId) ? { task: v.task as TaskId } : {}),
    ...(typeof v.units === 'boolean' ? { units: v.units } : {}),
    ...(SELECTABLE_INDICES.includes(v.index as SelectableIndex) ? { index: v.index as SelectableIndex } : {}),
    ...(typeof v.province === 'string' ? { province: v.province } : {}),
    ...(typeof v.year === 'number' && Number.isInteger(v.year) ? { year: v.year } : {}),
  };
}

/** A standing notice: a message of the catalogue and its arguments, redrawn in the pane's language. */
export interface PaneNotice {
  readonly key: MessageKey;
  readonly args?: readonly (string | number)[];
}

/**
 * The task pane: the state (language, data, the province on screen, the scenario draft and its evaluation) and the
 * wiring between panels. Each panel (panels/*) builds its own section and redraws from this state; TaskPane tells
 * them what changed. Labels carry data-i18n keys, so switching language rewrites text without touching what the user
 * typed. Every failure goes to the one error area.
 */
export class TaskPane implements PaneContext {
  lang: Lang;
  index: PaneIndex = 'papi';
  /** the data as loaded (the 63 former provinces up to 2024, and any year added) */
  published: Dataset | null = null;
  /**
   * The "2025 units" switch: the PAPI tools work on the 34 units of 1 July 2025 (reconstructed baselines). On by
   * default: since 2026 planners work for the 34 units; the 63 former provinces are one click away, the choice kept.
   */
  units = true;
  /** the task on screen (one at a time) */
  task: TaskId = 'results';
  profile: PapiProfile | null = null;
  draft: Draft | null = null;
  result: ScenarioResult | null = null;
  goalTotal: number | null = null;
  readonly options: AppOptions & {
    readonly customFunctions: boolean;
    readonly planStore: ScenarioStore;
    readonly yearStore: ScenarioStore;
    readonly viewStore: ScenarioStore;
  };
  private readonly root: HTMLElement;
  private readonly messages: MessageArea;
  private readonly scenarios: ReturnType<typeof createScenariosPanel>;
  /** every panel, in screen order: adding a panel is adding it here */
  private readonly panels: readonly Panel[];
  private evaluateQueued = false;

  constructor(options: AppOptions) {
    // Chance runs go to workers that load the data themselves: they are told when a run is about the 2025 units and
    // which year files the planner added in the pane.
    this.options = {
      ...options,
      createWorker:
        options.createWorker &&
        fieldWorkers(options.createWorker, () => ({
          units: this.units,
          yearFiles: keptYearFiles(this.options.yearStore),
        })),
      customFunctions: options.customFunctions ?? true,
      planStore: options.planStore ?? { kind: options.store.kind, read: () => null, write: async () => {} },
      yearStore: options.yearStore ?? memoryStore(options.store.kind),
      viewStore: options.viewStore ?? memoryStore(options.store.kind),
    };
    this.root = options.root;
    this.lang = options.lang;
    this.messages = new MessageArea(
      () => this.lang,
      (name) => this.showProfile(name, this.selectedYear()),
      (fileName, text) => this.options.download(fileName, 'text/plain;charset=utf-8', text),
    );
    this.scenarios = createScenariosPanel(this);
    this.panels = [
      createSelectionPanel(this),
      createProfilePanel(this),
      createUnitPanel(this),
      createSimulatePanel(this),
      createTargetPanel(this),
      createChancePanel(this),
      createPlanPanel(this),
      createParPanel(this),
      createInternalPanel(this),
      createParPublishedPanel(this),
      createYearFilesPanel(this),
      this.scenarios,
    ];
  }

  /** Builds the pane, loads the data and the saved scenarios. */
  async start(): Promise<void> {
    const toggle = h('button', {
      id: 'lang-toggle',
      type: 'button',
      'data-i18n': 'switchLanguage',
      'data-i18n-aria-label': 'switchLanguageLabel',
    });
    toggle.addEventListener('click', () => this.setLanguage(this.lang === 'vi' ? 'en' : 'vi'));
    const notices = (this.options.notices ?? []).map((n, i) =>
      h('p', {
        class: 'notice',
        id: `notice-${i}`,
        role: 'note',
        'data-i18n': n.key,
        'data-i18n-args': JSON.stringify(n.args ?? []),
      }),
    );
    const remembered = rememberedView(this.options.viewStore);
    if (remembered.units !== undefined) this.units = remembered.units;
    if (remembered.task !== undefined) this.task = remembered.task;
    if (remembered.index !== undefined) this.index = remembered.index;
    this.index = TASK_INDEX[this.task] ?? this.index;
    const tabs = TASKS.map((task) => {
      const tab = h('button', {
        type: 'button',
        role: 'tab',
        class: 'task-tab',
        id: `task-${task}`,
        'data-task': task,
        'data-i18n': TASK_LABELS[task],
      });
      tab.addEventListener('click', () => this.setTask(task));
      return tab;
    });
    const nav = h(
      'nav',
      { id: 'tasks', class: 'tasks', role: 'tablist', 'data-i18n-aria-label': 'tasksLabel' },
      ...tabs,
    );
    const selection = this.panels.filter((p) => p.task === null).map((p) => p.element);
    const taskHint = text('p', 'taskNeedsProvince', { id: 'task-hint', class: 'note task-hint', hidden: true });
    replaceChildren(
      this.root,
      h('header', { class: 'bar-top' }, text('h1', 'appTitle'), toggle),
      ...notices,
      ...selection,
      nav,
      this.messages.element,
      h(
        'div',
        { id: 'task-body', role: 'tabpanel' },
        taskHint,
        // One box per task: a panel may hide itself (e.g. the unit panel with the switch off); the box is what a tab shows.
        ...TASKS.map((task) =>
          h(
            'div',
            { class: 'task-box', 'data-task-box': task, hidden: true },
            ...this.panels.filter((p) => p.task === task).map((p) => p.element),
          ),
        ),
      ),
    );
    this.root.classList.add('loading');
    this.applyLanguage();
    this.status(t(this.lang, 'loading'));
    try {
      this.published = await this.options.dataset();
    } catch (error) {
      this.showError(error);
      this.status('');
      return;
    }
    for (const panel of this.panels) panel.dataLoaded?.();
    this.showPanels();
    if (
      remembered.province &&
      remembered.year &&
      indexModule(this.index).provinceProfile &&
      this.dataset?.papi.has(remembered.year)
    ) {
      this.showProfile(remembered.province, remembered.year);
      // a remembered name that no longer fits (another set of units) is not an error the planner caused now
      if (!this.profile) this.clearErrors();
    }
    this.root.classList.remove('loading');
    this.root.dataset.ready = 'true';
    this.status('');
  }

  // ---------------------------------------------------------------- state changes (PaneContext)

  /** Loads the data again (a year was added): every panel hears of it; the province on screen is shown again. */
  async reloadData(): Promise<void> {
    this.published = await this.options.dataset();
    for (const panel of this.panels) panel.dataLoaded?.();
    const shown = this.profile;
    this.profile = null;
    if (shown) this.showProfile(shown.province.nameVi, shown.year);
    else this.showPanels();
  }

  /** The data every panel works on: the published data, or its 34-unit view when the switch is on (cached by the engine). */
  get dataset(): Dataset | null {
    return this.published && this.units ? papiUnitsView(this.published) : this.published;
  }

  /**
   * The "2025 units" switch. The province on screen is shown again in the other set under the same name (An Giang ->
   * the new An Giang); a former name among the units (Kiên Giang) is an error saying which unit it is now part of.
   */
  setUnits(on: boolean): void {
    if (this.units === on) return;
    this.units = on;
    this.remember();
    this.clearErrors();
    for (const panel of this.panels) panel.unitsChanged?.();
    const shown = this.profile;
    this.profile = null;
    this.draft = null;
    this.result = null;
    if (shown) this.showProfile(shown.province.nameVi, shown.year);
    if (!this.profile) this.showPanels();
  }

  /** The "Show" action: papiProfile for the province and year, with a fresh draft (or the given one). */
  showProfile(province: string, year: number, draft?: Draft): void {
    if (!this.dataset) return;
    this.clearErrors();
    let profile: PapiProfile;
    try {
      profile = papiProfile(this.dataset, { year, province });
    } catch (error) {
      this.showError(error);
      return;
    }
    this.profile = profile;
    this.said.clear();
    this.draft =
      draft ??
      emptyDraft(t(this.lang, 'defaultScenarioName', profile.province.nameVi, year), year, profile.province.nameVi);
    this.result = null;
    this.goalTotal = null;
    this.showPanels();
    for (const panel of this.panels) panel.profileChanged?.();
    this.evaluate();
    this.remember();
  }

  /** Puts one task on screen (its tab pressed); the internal index has its own task. */
  setTask(task: TaskId): void {
    if (this.task === task) return;
    this.task = task;
    const own = TASK_INDEX[task];
    if (own) this.index = own;
    else if (INDEX_TASK[this.index]) this.index = SELECTABLE_INDICES[0];
    this.showPanels();
    this.remember();
  }

  /** Keeps the task and the selection in the workbook (or the browser): the pane reopens where the planner left it. */
  private remember(): void {
    const view: PaneView = {
      task: this.task,
      units: this.units,
      index: SELECTABLE_INDICES.includes(this.index as SelectableIndex)
        ? (this.index as SelectableIndex)
        : SELECTABLE_INDICES[0],
      province: this.profile?.province.nameVi ?? null,
      year: this.profile?.year ?? null,
    };
    // Remembering is a convenience: a store that refuses (blocked browser storage) must not stop the pane.
    this.options.viewStore.write(view).catch(() => undefined);
  }

  setDraft(draft: Draft, redraw = true): void {
    this.draft = draft;
    if (redraw) {
      for (const panel of this.panels) panel.draftReplaced?.();
      this.evaluate();
    } else {
      this.scheduleEvaluate();
    }
  }

  setGoalTotal(total: number | null): void {
    this.goalTotal = total;
    for (const panel of this.panels) panel.outcomeChanged?.();
  }

  setIndex(index: PaneIndex): void {
    this.index = index;
    const own = INDEX_TASK[index];
    if (own) this.task = own;
    else if (TASK_INDEX[this.task]) this.task = 'results';
    this.clearErrors();
    this.showPanels();
    this.remember();
  }

  showError(error: unknown, replace = true): void {
    this.messages.show(error, replace);
  }

  clearErrors(): void {
    this.messages.clear();
  }

  status(text: string): void {
    this.messages.status(text);
  }

  /** Notices said since the province on screen last changed: each is said once. */
  private readonly said = new Set<string>();

  notice(text: string): void {
    if (this.said.has(text)) return;
    this.said.add(text);
    this.messages.status(text);
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    this.applyLanguage();
    for (const panel of this.panels) panel.render();
  }

  // ---------------------------------------------------------------- wiring

  private selectedYear(): number {
    return (
      this.profile?.year ?? Number((this.root.querySelector<HTMLSelectElement>('#year')?.value ?? '') || Number.NaN)
    );
  }

  private showPanels(): void {
    let waiting = false;
    for (const panel of this.panels) {
      const here = (panel.task === null || panel.task === this.task) && panel.shownFor.includes(this.index);
      if (here && panel.needsProfile && this.profile === null) waiting = true;
      panel.element.hidden = !here || (panel.needsProfile && this.profile === null);
    }
    const hint = this.root.querySelector<HTMLElement>('#task-hint');
    if (hint) hint.hidden = !waiting;
    for (const box of this.root.querySelectorAll<HTMLElement>('[data-task-box]'))
      box.hidden = box.dataset.taskBox !== this.task;
    for (const tab of this.root.querySelectorAll<HTMLElement>('[data-task]')) {
      const on = tab.dataset.task === this.task;
      tab.setAttribute('aria-selected', String(on));
      tab.classList.toggle('on', on);
    }
    this.root.dataset.currentTask = this.task;
    for (const panel of this.panels) panel.render();
  }

  /** Rewrites every data-i18n text (and its aria-label) in the current language. */
  private applyLanguage(): void {
    document.documentElement.lang = this.lang;
    document.title = t(this.lang, 'appTitle');
    for (const element of this.root.querySelectorAll<HTMLElement>('[data-i18n]'))
      element.textContent = t(
        this.lang,
        element.dataset.i18n as MessageKey,
        ...(JSON.parse(element.dataset.i18nArgs ?? '[]') as (string | number)[]),
      );
    for (const element of this.root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]'))
      element.setAttribute('aria-label', t(this.lang, element.dataset.i18nAriaLabel as MessageKey));
    for (const element of this.root.querySelectorAll<HTMLOptionElement>('option[data-group]'))
      element.textContent = groupName(element.dataset.group as (typeof PAPI_GROUPS)[number], this.lang);
    this.root.querySelector('#lang-toggle')?.setAttribute('aria-pressed', String(this.lang === 'en'));
  }

  /** Coalesces slider moves to one evaluation per frame (the evaluation itself takes microseconds). */
  private scheduleEvaluate(): void {
    if (this.evaluateQueued) return;
    this.evaluateQueued = true;
    const run = () => {
      this.evaluateQueued = false;
      this.evaluate();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
    else setTimeout(run, 0);
  }

  /** evaluateScenario on the draft; the panels showing the outcome follow. */
  evaluate(): void {
    if (!this.dataset || !this.draft) return;
    try {
      // The pane's province is always reported, changed or not.
      this.result = evaluateScenario(
        this.dataset,
        scenarioOf(this.draft),
        this.profile ? [this.profile.province.code] : [],
      );
      this.messages.clearKind('scenario');
    } catch (error) {
      this.messages.show(error, true, 'scenario');
      return;
    }
    for (const panel of this.panels) panel.outcomeChanged?.();
  }

  // ---------------------------------------------------------------- for tests and the console

  saveCurrent(): Promise<void> {
    return this.scenarios.saveCurrent();
  }

  importText(text: string, fileName: string): Promise<void> {
    return this.scenarios.importText(text, fileName);
  }
}
