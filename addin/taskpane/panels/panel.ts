import { PAPI_GROUPS, type Dataset, type PapiProfile, type ScenarioResult } from '../../../engine';
import type { ScenarioStore } from '../actions/scenario-store';
import type { WorkerFactory } from '../chance/chance-client';
import { h } from '../dom';
import { codeLabel, type Lang, type MessageKey } from '../i18n';
import type { Draft } from '../scenario-draft';

/** The index chosen in the selection form; a panel says for which ones it is shown. */
export type PaneIndex = 'papi' | 'par' | 'internal';

/**
 * The pane's tasks, one on screen at a time (tabs): results (profile, ranking, published PAR INDEX/SIPAS), simulate
 * (what-if, target, chance), plan, the province's internal index, saved work. The values are the tabs' `data-task`.
 */
export const TASKS = ['results', 'simulate', 'plan', 'internal', 'saved'] as const;
export type TaskId = (typeof TASKS)[number];

/** What the pane needs from its surroundings; Office.onReady decides these and nothing else. */
export interface PaneOptions {
  /** 'excel' inside Excel; null standalone in a browser */
  readonly host: 'excel' | null;
  /** whether Excel runs the =PAPI.* custom functions: when not, sheets get values instead of formulas */
  readonly customFunctions: boolean;
  readonly store: ScenarioStore;
  /** where plans are saved: next to the scenarios (workbook settings or localStorage) */
  readonly planStore: ScenarioStore;
  /** where year files added from the pane are kept: the workbook's settings, or localStorage standalone */
  readonly yearStore: ScenarioStore;
  readonly createWorker: WorkerFactory | null;
  /** saving a file (a download in the browser) */
  readonly download: (fileName: string, mime: string, text: string) => void;
}

/**
 * The shared state and the few actions every panel may call. TaskPane implements it; a panel never reaches into
 * another panel, it changes the state through these calls and TaskPane tells every panel what changed.
 */
export interface PaneContext {
  readonly options: PaneOptions;
  readonly lang: Lang;
  /** the index chosen in the selection form */
  readonly index: PaneIndex;
  readonly dataset: Dataset | null;
  /** the data as loaded (the 63 former provinces up to 2024, and any year added), before the 2025-units view */
  readonly published: Dataset | null;
  /** loads the data again (after a year was added) and tells every panel */
  reloadData(): Promise<void>;
  /** the province and year on screen (PAPI) */
  readonly profile: PapiProfile | null;
  /** the scenario being edited for that province */
  readonly draft: Draft | null;
  /** the draft's evaluation */
  readonly result: ScenarioResult | null;
  /** the total a goal needs (from the target or plan panel), marked on the chart; null = none */
  readonly goalTotal: number | null;
  setGoalTotal(total: number | null): void;
  /** the "2025 units" switch: `dataset` is then the 34-unit view (merged units' PAPI values are estimates) */
  readonly units: boolean;
  setUnits(on: boolean): void;
  /** puts a province and year on screen with a fresh draft (or the given one, e.g. an opened scenario) */
  showProfile(province: string, year: number, draft?: Draft): void;
  /** replaces the draft; `redraw` false when the change came from the sliders themselves */
  setDraft(draft: Draft, redraw?: boolean): void;
  setIndex(index: PaneIndex): void;
  showError(error: unknown, replace?: boolean): void;
  clearErrors(): void;
  status(text: string): void;
  /** a notice said once in the message area (the same text again is not re-posted until another province is shown) */
  notice(text: string): void;
}

/**
 * One panel of the pane: builds its section once, then redraws from the state. To add a panel: write a module with a
 * `create...Panel(pane)` returning this, and add it to the list in TaskPane's constructor (the list's order is the
 * order on screen).
 */
export interface Panel {
  /** the section, built once (labels carry data-i18n keys, which TaskPane rewrites on a language switch) */
  readonly element: HTMLElement;
  /** the index choices under which the panel is shown */
  readonly shownFor: readonly PaneIndex[];
  /** the task (tab) that holds the panel; null: always on screen (the selection) */
  readonly task: TaskId | null;
  /** hidden until a province and year are on screen */
  readonly needsProfile: boolean;
  /** redraws everything that depends on the state or the language */
  render(): void;
  /** the data finished loading */
  dataLoaded?(): void;
  /** the "2025 units" switch changed (the province list is another set) */
  unitsChanged?(): void;
  /** a new province or year is on screen (a new draft with it) */
  profileChanged?(): void;
  /** the draft was replaced by something else than the sliders (reset, target applied, scenario opened) */
  draftReplaced?(): void;
  /** the draft's evaluation changed */
  outcomeChanged?(): void;
}

/** A text element whose content is the message `key` in the pane's language (rewritten on a language switch). */
export function text<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  key: MessageKey,
  attributes: Record<string, string | boolean> = {},
): HTMLElementTagNameMap[K] {
  return h(tag, { 'data-i18n': key, ...attributes });
}

export function label(key: MessageKey, attributes: Record<string, string | boolean> = {}): HTMLLabelElement {
  return text('label', key, attributes);
}

/** Goal kind (rank or group), target rank and target group: the same fields in the target, chance and plan panels. */
export function goalFields(prefix: string): HTMLElement[] {
  const kind = h(
    'select',
    { id: `${prefix}-kind` },
    h('option', { value: 'rank', 'data-i18n': 'goalRank' }),
    h('option', { value: 'group', 'data-i18n': 'goalGroup' }),
  );
  const fields = [
    label('goalKind', { for: `${prefix}-kind` }),
    kind,
    label('targetRank', { for: `${prefix}-rank`, id: `${prefix}-rank-label` }),
    h('input', { id: `${prefix}-rank`, type: 'text', value: '10', inputmode: 'numeric', size: '4' }),
    label('targetGroup', { for: `${prefix}-group`, id: `${prefix}-group-label`, hidden: true }),
    h(
      'select',
      { id: `${prefix}-group`, hidden: true },
      ...PAPI_GROUPS.map((g) => h('option', { value: g, 'data-group': g })),
    ),
  ];
  kind.addEventListener('change', () => {
    const group = kind.value === 'group';
    fields[2]!.hidden = fields[3]!.hidden = group;
    fields[4]!.hidden = fields[5]!.hidden = !group;
  });
  return fields;
}

/**
 * A styled file picker in the pane's language: the browser's own "Choose File" button (English whatever the pane
 * says) is hidden, a label styled as a button opens it, and the chosen file names show beside it.
 */
export function filePicker(input: HTMLInputElement): HTMLElement {
  input.classList.add('visually-hidden');
  const chosen = text('span', 'fileNoneChosen', { class: 'file-chosen', id: `${input.id}-chosen` });
  input.addEventListener('change', () => {
    const names = [...(input.files ?? [])].map((f) => f.name);
    if (names.length === 0) chosen.setAttribute('data-i18n', 'fileNoneChosen');
    else {
      chosen.removeAttribute('data-i18n');
      chosen.textContent = names.join(', ');
    }
  });
  return h(
    'span',
    { class: 'file-picker' },
    input,
    h('label', { class: 'file-button', for: input.id }, text('span', input.multiple ? 'chooseFiles' : 'chooseFile')),
    chosen,
  );
}

/** The goal fields' current text (for readGoal). */
export function goalTexts(form: HTMLElement, prefix: string): { kind: string; rank: string; group: string } {
  const value = (id: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '';
  return { kind: value(`${prefix}-kind`), rank: value(`${prefix}-rank`), group: value(`${prefix}-group`) };
}

/**
 * A dimension's code and name for a narrow table cell: the name is hidden visually when the pane is narrow (CSS) and
 * shown on hover or keyboard focus; it stays in the accessibility tree and in the title (tooltip) at every width.
 */
export function measureLabel(code: string, name: string): HTMLElement {
  const full = `${codeLabel(code)} ${name}`;
  return h(
    'span',
    { class: 'measure', tabindex: '0', title: full },
    h('span', { class: 'code' }, codeLabel(code)),
    ' ',
    h('span', { class: 'name' }, name),
  );
}
