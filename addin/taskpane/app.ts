import {
  DEFAULT_SEED,
  definitionFor,
  evaluateScenario,
  PAPI_GROUPS,
  papiProfile,
  type ChanceResult,
  type Dataset,
  type DefinitionNode,
  type MeasureResult,
  type PapiProfile,
  type Scenario,
  type ScenarioResult,
  type TargetResult,
} from '../../engine';
import { exportScenariosJson, importScenarios } from './actions/import-export';
import { restoreScenarios, saveScenarios, upsertScenario, type ScenarioStore } from './actions/scenario-store';
import { readNumber, runTarget } from './actions/target';
import { writeScenarioToSheet } from './actions/write-to-sheet';
import { startChance, type ChanceHandle, type WorkerFactory } from './chance/chance-client';
import { createFieldChart, updateFieldChart } from './chart';
import { rankingCsv } from './csv';
import { byId, h, replaceChildren } from './dom';
import { describeError, formatNumber, formatRank, formatRankChange, formatSigned, groupName, MESSAGES, t, type Lang, type MessageKey } from './i18n';
import { createParPanel } from './par-panel';
import { draftOf, emptyDraft, scenarioOf, withEdit, withIncreases, type Draft } from './scenario-draft';

/** What the pane needs from its surroundings; Office.onReady decides these and nothing else. */
export interface AppOptions {
  readonly root: HTMLElement;
  /** 'excel' inside Excel; null standalone in a browser */
  readonly host: 'excel' | null;
  readonly lang: Lang;
  readonly store: ScenarioStore;
  readonly dataset: () => Promise<Dataset>;
  readonly createWorker: WorkerFactory | null;
  /** saving a file (a download in the browser) */
  readonly download: (fileName: string, mime: string, text: string) => void;
}

interface ChanceState {
  readonly status: 'idle' | 'running' | 'done' | 'cancelled';
  readonly done: number;
  readonly total: number;
  readonly result: ChanceResult | null;
}

/**
 * The task pane. Builds its DOM once (labels carry data-i18n keys, so switching language rewrites text without
 * touching what the user typed), then each user action calls one engine function and redraws the affected parts.
 * Every failure goes to the error area of the pane.
 */
export class TaskPane {
  lang: Lang;
  dataset: Dataset | null = null;
  profile: PapiProfile | null = null;
  draft: Draft | null = null;
  result: ScenarioResult | null = null;
  target: TargetResult | null = null;
  chance: ChanceState = { status: 'idle', done: 0, total: 0, result: null };
  scenarios: Scenario[] = [];
  private chanceHandle: ChanceHandle | null = null;
  private evaluateQueued = false;
  private readonly options: AppOptions;
  private readonly root: HTMLElement;
  private readonly chart = createFieldChart('field-chart');
  private par: ReturnType<typeof createParPanel> | null = null;

  constructor(options: AppOptions) {
    this.options = options;
    this.root = options.root;
    this.lang = options.lang;
  }

  /** Builds the pane, loads the data and the saved scenarios. */
  async start(): Promise<void> {
    this.build();
    this.applyLanguage();
    this.status(t(this.lang, 'loading'));
    try {
      this.dataset = await this.options.dataset();
    } catch (error) {
      this.showError(error);
      this.status('');
      return;
    }
    this.fillSelection();
    this.par = createParPanel(byId('par-panel'), () => this.dataset, () => this.lang, (e) => this.showError(e), () => this.clearErrors());
    this.par.render();
    const restored = restoreScenarios(this.options.store);
    this.scenarios = restored.scenarios;
    for (const problem of restored.problems) this.showError(problem, false);
    this.renderScenarios();
    this.root.classList.remove('loading');
    this.root.dataset.ready = 'true';
    this.status('');
  }

  // ---------------------------------------------------------------- skeleton

  private label(key: MessageKey, attributes: Record<string, string | boolean> = {}): HTMLLabelElement {
    return h('label', { 'data-i18n': key, ...attributes });
  }

  /** Goal kind (rank or group), target rank and target group: the same fields in the target and chance panels. */
  private goalFields(prefix: 'target' | 'chance'): HTMLElement[] {
    return [
      this.label('goalKind', { for: `${prefix}-kind` }),
      h('select', { id: `${prefix}-kind` }, h('option', { value: 'rank', 'data-i18n': 'goalRank' }), h('option', { value: 'group', 'data-i18n': 'goalGroup' })),
      this.label('targetRank', { for: `${prefix}-rank`, id: `${prefix}-rank-label` }),
      h('input', { id: `${prefix}-rank`, type: 'number', min: '1', step: '1', value: '10', inputmode: 'numeric' }),
      this.label('targetGroup', { for: `${prefix}-group`, id: `${prefix}-group-label`, hidden: true }),
      h('select', { id: `${prefix}-group`, hidden: true }, ...PAPI_GROUPS.map((g) => h('option', { value: g, 'data-group': g }))),
    ];
  }

  private text<K extends keyof HTMLElementTagNameMap>(tag: K, key: MessageKey, attributes: Record<string, string | boolean> = {}): HTMLElementTagNameMap[K] {
    return h(tag, { 'data-i18n': key, ...attributes });
  }

  private build(): void {
    const dimsWeights = h('div', { id: 'target-weights', class: 'weights' });
    const writeNote = h('p', { id: 'write-note', class: 'note', 'data-i18n': 'writeToSheetStandalone', hidden: this.options.host === 'excel' });
    replaceChildren(
      this.root,
      h(
        'header',
        { class: 'bar-top' },
        this.text('h1', 'appTitle'),
        h('button', { id: 'lang-toggle', type: 'button', 'data-i18n': 'switchLanguage', 'data-i18n-aria-label': 'switchLanguageLabel' }),
      ),
      // Kept in view (sticky) so that an error is seen wherever in the pane the action was started.
      h('div', { class: 'messages' }, h('div', { id: 'errors', class: 'errors', role: 'alert', 'aria-live': 'assertive' }), h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' })),
      h(
        'section',
        { id: 'selection', 'aria-labelledby': 'selection-heading' },
        this.text('h2', 'selectionHeading', { id: 'selection-heading' }),
        h(
          'form',
          { id: 'selection-form', class: 'grid', novalidate: true },
          this.label('index', { for: 'index' }),
          h('select', { id: 'index' }, h('option', { value: 'papi', 'data-i18n': 'indexPapi' }), h('option', { value: 'par', 'data-i18n': 'indexPar' })),
          this.label('province', { for: 'province' }),
          h('input', { id: 'province', type: 'text', list: 'province-names', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'province-hint', required: true }),
          h('span'),
          this.text('small', 'provinceHint', { id: 'province-hint' }),
          this.label('year', { for: 'year' }),
          h('select', { id: 'year' }),
          h('span'),
          h('button', { id: 'show', type: 'submit', 'data-i18n': 'show' }),
        ),
        h('datalist', { id: 'province-names' }),
      ),
      h(
        'div',
        { id: 'papi-panels' },
        h('section', { id: 'profile', 'aria-labelledby': 'profile-heading', hidden: true }, h('h2', { id: 'profile-heading' }), h('div', { id: 'profile-body' })),
        h(
          'section',
          { id: 'simulate', 'aria-labelledby': 'simulate-heading', hidden: true },
          this.text('h2', 'simulateHeading', { id: 'simulate-heading' }),
          this.text('p', 'simulateHelp', { class: 'note' }),
          h('div', { class: 'grid' }, this.label('scenarioName', { for: 'scenario-name' }), h('input', { id: 'scenario-name', type: 'text', maxlength: '80' })),
          h('div', { id: 'outcome', class: 'outcome', 'aria-live': 'polite' }, h('p', { id: 'outcome-total' }), h('p', { id: 'outcome-rank' }), h('p', { id: 'outcome-group' })),
          this.chart,
          h('div', { id: 'sliders' }),
          this.text('p', 'subdimensionChangeNote', { class: 'note' }),
          h('button', { id: 'reset', type: 'button', 'data-i18n': 'resetChanges' }),
        ),
        h(
          'section',
          { id: 'target', 'aria-labelledby': 'target-heading', hidden: true },
          this.text('h2', 'targetHeading', { id: 'target-heading' }),
          h(
            'form',
            { id: 'target-form', class: 'grid', novalidate: true },
            ...this.goalFields('target'),
            this.label('caps', { for: 'target-caps' }),
            h(
              'select',
              { id: 'target-caps' },
              h('option', { value: 'bounds', 'data-i18n': 'capsBounds' }),
              h('option', { value: 'best', 'data-i18n': 'capsBest' }),
              h('option', { value: 'gain', 'data-i18n': 'capsGain' }),
              h('option', { value: 'realistic', 'data-i18n': 'capsRealistic' }),
            ),
            h('details', { class: 'span' }, this.text('summary', 'effortWeights'), dimsWeights),
            h('span'),
            h('button', { id: 'target-solve', type: 'submit', 'data-i18n': 'solve' }),
          ),
          h('div', { id: 'target-result', 'aria-live': 'polite' }),
        ),
        h(
          'section',
          { id: 'chance', 'aria-labelledby': 'chance-heading', hidden: true },
          this.text('h2', 'chanceHeading', { id: 'chance-heading' }),
          h(
            'form',
            { id: 'chance-form', class: 'grid', novalidate: true },
            ...this.goalFields('chance'),
            this.label('iterations', { for: 'chance-iterations' }),
            h('input', { id: 'chance-iterations', type: 'number', min: '100', max: '1000000', step: '100', value: '10000', inputmode: 'numeric' }),
            this.label('seed', { for: 'chance-seed' }),
            h('input', { id: 'chance-seed', type: 'number', step: '1', value: String(DEFAULT_SEED), inputmode: 'numeric' }),
            h('span'),
            h('label', { class: 'check' }, h('input', { id: 'chance-others', type: 'checkbox', checked: true }), this.text('span', 'othersMove')),
            h('span'),
            h('label', { class: 'check' }, h('input', { id: 'chance-use-scenario', type: 'checkbox', checked: true }), this.text('span', 'useScenario')),
            h('span'),
            h('div', { class: 'buttons' }, h('button', { id: 'chance-run', type: 'submit', 'data-i18n': 'start' }), h('button', { id: 'chance-cancel', type: 'button', 'data-i18n': 'cancel', disabled: true })),
          ),
          h('div', { class: 'progress-row' }, this.label('progress', { for: 'chance-progress' }), h('progress', { id: 'chance-progress', max: '1', value: '0' }), h('span', { id: 'chance-progress-text' })),
          h('div', { id: 'chance-result', 'aria-live': 'polite' }),
        ),
      ),
      h('section', { id: 'par-panel', 'aria-labelledby': 'par-heading', hidden: true }),
      h(
        'section',
        { id: 'scenarios', 'aria-labelledby': 'scenarios-heading' },
        this.text('h2', 'scenariosHeading', { id: 'scenarios-heading' }),
        this.text('p', this.options.store.kind === 'workbook' ? 'savedInWorkbook' : 'savedInBrowser', { class: 'note' }),
        h(
          'div',
          { class: 'buttons' },
          h('button', { id: 'scenario-save', type: 'button', 'data-i18n': 'saveScenario', disabled: true }),
          h('button', { id: 'scenario-export', type: 'button', 'data-i18n': 'exportJson' }),
          h('input', { id: 'scenario-import', type: 'file', accept: '.json,application/json', class: 'visually-hidden' }),
          h('label', { class: 'file-button', for: 'scenario-import' }, this.text('span', 'importJson')),
        ),
        h('ul', { id: 'scenario-list', class: 'scenario-list' }),
        h(
          'div',
          { class: 'buttons' },
          h('button', { id: 'export-csv', type: 'button', 'data-i18n': 'exportCsv', disabled: true }),
          h('button', { id: 'write-sheet', type: 'button', 'data-i18n': 'writeToSheet', disabled: true, 'aria-describedby': 'write-note' }),
        ),
        writeNote,
      ),
    );
    this.root.classList.add('loading');
    this.wire();
  }

  private wire(): void {
    byId('lang-toggle').addEventListener('click', () => this.setLanguage(this.lang === 'vi' ? 'en' : 'vi'));
    byId('selection-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.showSelection();
    });
    byId<HTMLSelectElement>('index').addEventListener('change', () => this.showIndex());
    byId<HTMLSelectElement>('year').addEventListener('change', () => {
      if (this.profile) this.showSelection();
    });
    byId<HTMLInputElement>('scenario-name').addEventListener('input', (event) => {
      if (this.draft) this.draft = { ...this.draft, name: (event.target as HTMLInputElement).value };
    });
    byId('reset').addEventListener('click', () => {
      if (!this.draft) return;
      this.draft = { ...this.draft, edits: new Map() };
      this.renderSliders();
      this.evaluate();
    });
    for (const prefix of ['target', 'chance']) {
      byId<HTMLSelectElement>(`${prefix}-kind`).addEventListener('change', (event) => {
        const group = (event.target as HTMLSelectElement).value === 'group';
        for (const id of [`${prefix}-rank`, `${prefix}-rank-label`]) byId(id).hidden = group;
        for (const id of [`${prefix}-group`, `${prefix}-group-label`]) byId(id).hidden = !group;
      });
    }
    byId('target-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.solveTarget();
    });
    byId('chance-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.runChance();
    });
    byId('chance-cancel').addEventListener('click', () => this.cancelChance());
    byId('scenario-save').addEventListener('click', () => void this.saveCurrent());
    byId('scenario-export').addEventListener('click', () => this.options.download('papi-scenarios.json', 'application/json', exportScenariosJson(this.scenarios)));
    byId<HTMLInputElement>('scenario-import').addEventListener('change', (event) => void this.importFile(event.target as HTMLInputElement));
    byId('export-csv').addEventListener('click', () => this.exportCsv());
    byId('write-sheet').addEventListener('click', () => void this.writeSheet());
  }

  // ---------------------------------------------------------------- language

  setLanguage(lang: Lang): void {
    this.lang = lang;
    this.applyLanguage();
    this.renderProfile();
    this.renderSliders();
    this.renderOutcome();
    this.renderTarget();
    this.renderChance();
    this.renderScenarios();
    this.par?.render();
  }

  /** Rewrites every data-i18n text (and its aria-label) in the current language. */
  private applyLanguage(): void {
    document.documentElement.lang = this.lang;
    document.title = t(this.lang, 'appTitle');
    for (const element of this.root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(this.lang, element.dataset.i18n as MessageKey);
    for (const element of this.root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) element.setAttribute('aria-label', t(this.lang, element.dataset.i18nAriaLabel as MessageKey));
    for (const element of this.root.querySelectorAll<HTMLOptionElement>('option[data-group]')) element.textContent = groupName(element.dataset.group as (typeof PAPI_GROUPS)[number], this.lang);
    byId('lang-toggle').setAttribute('aria-pressed', String(this.lang === 'en'));
  }

  // ---------------------------------------------------------------- messages

  private statusTimer: ReturnType<typeof setTimeout> | null = null;

  /** A short confirmation; it stays in view for a few seconds and is cleared by the next action. */
  status(text: string, seconds = 6): void {
    byId('status').textContent = text;
    if (this.statusTimer !== null) clearTimeout(this.statusTimer);
    this.statusTimer = text === '' ? null : setTimeout(() => this.status(''), seconds * 1000);
  }

  /** Starting an action clears the previous one's errors and confirmation. */
  clearErrors(): void {
    replaceChildren(byId('errors'));
    this.status('');
  }

  /** Shows a failure in the pane: the message in the pane's language, clickable suggestions, a dismiss button. */
  showError(error: unknown, replace = true): void {
    const area = byId('errors');
    if (replace) replaceChildren(area);
    const { message, suggestions } = describeError(error, this.lang);
    const item = h('div', { class: 'error' }, h('p', { class: 'error-message' }, message));
    if (suggestions.length > 0) {
      item.append(
        h(
          'p',
          { class: 'suggestions' },
          t(this.lang, 'didYouMean'),
          ' ',
          ...suggestions.map((name) => {
            const button = h('button', { type: 'button', class: 'link' }, name);
            button.addEventListener('click', () => {
              byId<HTMLInputElement>('province').value = name;
              this.showSelection();
            });
            return button;
          }),
        ),
      );
    }
    const dismiss = h('button', { type: 'button', class: 'dismiss', 'aria-label': t(this.lang, 'dismiss') }, '×');
    dismiss.addEventListener('click', () => item.remove());
    item.prepend(dismiss);
    area.append(item);
  }

  // ---------------------------------------------------------------- selection and profile

  private fillSelection(): void {
    const dataset = this.dataset!;
    replaceChildren(byId('province-names'), ...dataset.provinces.all.map((p) => h('option', { value: p.nameVi })));
    const years = [...dataset.papi.keys()].sort((a, b) => b - a);
    replaceChildren(byId('year'), ...years.map((y) => h('option', { value: y }, y)));
  }

  private showIndex(): void {
    const par = byId<HTMLSelectElement>('index').value === 'par';
    byId('papi-panels').hidden = par;
    byId('par-panel').hidden = !par;
    byId('province').closest('form')!.querySelectorAll<HTMLElement>('#province, label[for=province], #province-hint, #year, label[for=year], #show').forEach((e) => (e.hidden = par));
    this.clearErrors();
  }

  /** The "Show" action: papiProfile for the typed province and the chosen year; a new draft for the simulation. */
  showSelection(): void {
    if (!this.dataset) return;
    this.clearErrors();
    const input = byId<HTMLInputElement>('province');
    const year = Number(byId<HTMLSelectElement>('year').value);
    try {
      this.profile = papiProfile(this.dataset, { year, province: input.value });
    } catch (error) {
      this.showError(error);
      return;
    }
    input.value = this.profile.province.nameVi;
    this.draft = emptyDraft(t(this.lang, 'defaultScenarioName', this.profile.province.nameVi, year), year, this.profile.province.nameVi);
    this.target = null;
    this.afterProfile();
  }

  private afterProfile(): void {
    byId<HTMLInputElement>('scenario-name').value = this.draft!.name;
    for (const id of ['profile', 'simulate', 'target', 'chance']) byId(id).hidden = false;
    for (const id of ['scenario-save', 'export-csv']) byId<HTMLButtonElement>(id).disabled = false;
    byId<HTMLButtonElement>('write-sheet').disabled = this.options.host !== 'excel';
    this.renderProfile();
    this.renderSliders();
    this.renderWeights();
    this.renderTarget();
    this.evaluate();
  }

  private renderProfile(): void {
    const profile = this.profile;
    if (!profile) return;
    const lang = this.lang;
    byId('profile-heading').textContent = `${profile.province.nameVi}: ${t(lang, 'profileHeading', 'PAPI', profile.year)}`;
    const change = profile.change;
    const changeOf = (code: string) => (code === 'total' ? change?.total : change?.dimensions.find((d) => d.code === code));
    const row = (m: MeasureResult, isTotal: boolean) => {
      const c = changeOf(m.code);
      return h(
        'tr',
        { class: isTotal ? 'total' : '', id: `profile-row-${m.code}` },
        h('th', { scope: 'row' }, isTotal ? t(lang, 'total') : `${m.code.toUpperCase()} ${m.name[lang]}`),
        h('td', { class: 'num' }, formatNumber(m.score, lang)),
        h('td', { class: 'num', id: isTotal ? 'profile-total-rank' : null }, formatRank(m.rank, m.of, lang)),
        h('td', {}, groupName(m.group, lang)),
        h('td', { class: 'num change' }, ...(change ? [c?.score === null || c?.score === undefined ? null : h('span', {}, formatSigned(c.score, lang)), h('span', {}, formatRankChange(c?.rank, lang))] : [])),
      );
    };
    const names = (codes: readonly string[]) => (codes.length === 0 ? t(lang, 'none') : codes.map((c) => `${c.toUpperCase()} ${profile.dimensions.find((d) => d.code === c)?.name[lang] ?? ''}`).join('; '));
    replaceChildren(
      byId('profile-body'),
      h(
        'table',
        { class: 'profile' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(lang, 'measure')),
            h('th', { scope: 'col' }, t(lang, 'score')),
            h('th', { scope: 'col' }, t(lang, 'rank')),
            h('th', { scope: 'col' }, t(lang, 'group')),
            h('th', { scope: 'col' }, change ? t(lang, 'change', change.previousYear) : ''),
          ),
        ),
        h('tbody', {}, row(profile.total, true), ...profile.dimensions.map((d) => row(d, false))),
      ),
      change?.note ? h('p', { class: 'note' }, change.note[lang]) : change ? null : h('p', { class: 'note' }, t(lang, 'noPrevious')),
      h('p', { id: 'strengths' }, h('strong', {}, `${t(lang, 'strengths')}: `), names(profile.strengths)),
      h('p', { id: 'weaknesses' }, h('strong', {}, `${t(lang, 'weaknesses')}: `), names(profile.weaknesses)),
      ...profile.warnings.map((w) => h('p', { class: 'warning' }, w[lang])),
    );
  }

  // ---------------------------------------------------------------- simulation

  private definitionNodes(): readonly DefinitionNode[] {
    return definitionFor(this.dataset!.definitions, 'papi', this.profile!.year).nodes;
  }

  /** Where a measure's slider sits: the edited value, or the published score. */
  private sliderValue(measure: MeasureResult): number | null {
    const edit = this.draft?.edits.get(measure.code);
    if (edit?.set !== undefined) return edit.set;
    // An increase (a target allocation, an imported "add") is shown at base + increase: a slider position only.
    if (edit?.add !== undefined && measure.score !== null) return measure.score + edit.add;
    return measure.score;
  }

  private renderSliders(): void {
    const profile = this.profile;
    if (!profile || !this.draft) return;
    const lang = this.lang;
    const nodes = this.definitionNodes();
    const slider = (measure: MeasureResult, sub: boolean) => {
      const node = nodes.find((n) => n.code === measure.code);
      const min = node?.min ?? 0;
      const max = node?.max ?? 10;
      const value = this.sliderValue(measure);
      const id = `slider-${measure.code}`;
      const range = h('input', { id, type: 'range', min, max, step: '0.01', value: value ?? min, disabled: measure.score === null, 'data-measure': measure.code, 'aria-describedby': `${id}-out` });
      const exact = h('input', { id: `${id}-exact`, type: 'number', min, max, step: '0.01', value: value === null ? '' : value.toFixed(2), disabled: measure.score === null, class: 'exact', 'aria-label': `${measure.code.toUpperCase()} ${t(lang, 'score')}` });
      const out = h('output', { id: `${id}-out`, for: id, class: 'slider-out' });
      const apply = (raw: string, source: 'range' | 'exact') => {
        const number = readNumber(raw);
        if (number === null || !this.draft || !this.dataset) return;
        if (source === 'range') exact.value = number.toFixed(2);
        else range.value = String(number);
        this.draft = withEdit(this.dataset, this.draft, measure.code, number === measure.score ? null : number);
        if (!sub) this.clearSubdimensionSliders(measure);
        this.scheduleEvaluate();
      };
      range.addEventListener('input', () => apply(range.value, 'range'));
      exact.addEventListener('change', () => apply(exact.value, 'exact'));
      return h(
        'div',
        { class: sub ? 'slider sub' : 'slider' },
        h('label', { for: id }, t(lang, 'sliderLabel', measure.code.toUpperCase(), measure.name[lang], formatNumber(min, lang), formatNumber(max, lang))),
        h('div', { class: 'slider-row' }, range, exact),
        out,
      );
    };
    replaceChildren(
      byId('sliders'),
      ...profile.dimensions.map((d) =>
        h(
          'div',
          { class: 'dimension' },
          slider(d, false),
          d.subdimensions.length > 0 ? h('details', { id: `sub-${d.code}` }, h('summary', {}, t(lang, 'subdimensions', d.code.toUpperCase())), ...d.subdimensions.map((sd) => slider(sd, true))) : null,
        ),
      ),
    );
  }

  /** A dimension set directly drops its sub-dimension changes (withEdit): put their sliders back at the published score. */
  private clearSubdimensionSliders(dimension: MeasureResult): void {
    for (const sd of dimension.subdimensions) {
      const range = document.getElementById(`slider-${sd.code}`) as HTMLInputElement | null;
      const exact = document.getElementById(`slider-${sd.code}-exact`) as HTMLInputElement | null;
      if (range && sd.score !== null && !this.draft?.edits.has(sd.code)) range.value = String(sd.score);
      if (exact && sd.score !== null && !this.draft?.edits.has(sd.code)) exact.value = sd.score.toFixed(2);
    }
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

  /** evaluateScenario on the draft; the outcome, the slider read-outs and the chart follow. */
  evaluate(): void {
    if (!this.dataset || !this.draft) return;
    try {
      // The pane's province is always reported, changed or not.
      this.result = evaluateScenario(this.dataset, scenarioOf(this.draft), this.profile ? [this.profile.province.code] : []);
      const errors = byId('errors');
      errors.querySelectorAll('.error.scenario').forEach((e) => e.remove());
    } catch (error) {
      this.showError(error);
      byId('errors').lastElementChild?.classList.add('scenario');
      return;
    }
    this.renderOutcome();
  }

  private renderOutcome(): void {
    const profile = this.profile;
    const result = this.result;
    if (!profile || !result) return;
    const lang = this.lang;
    const outcome = result.provinces.find((p) => p.code === profile.province.code);
    const base = { total: profile.total.score, rank: profile.total.rank, of: profile.total.of, group: profile.total.group };
    const now = outcome?.scenario ?? base;
    byId('outcome-total').textContent = t(lang, 'outcomeTotal', formatNumber(base.total, lang), formatNumber(now.total, lang));
    const changed = result.field.some((r) => r.code === profile.province.code && r.changed);
    const rankChange = outcome && changed ? ` (${formatRankChange(outcome.change.rank, lang)})` : '';
    byId('outcome-rank').textContent = t(lang, 'outcomeRank', formatRank(base.rank, base.of, lang), formatRank(now.rank, now.of, lang)) + rankChange;
    byId('outcome-group').textContent = t(lang, 'outcomeGroup', groupName(base.group, lang), groupName(now.group, lang));
    for (const d of profile.dimensions) {
      const out = document.getElementById(`slider-${d.code}-out`);
      const dim = outcome?.dimensions.find((x) => x.code === d.code);
      const score = dim?.score ?? d.score;
      if (out) out.textContent = `${t(lang, 'base')} ${formatNumber(d.score, lang)} → ${formatNumber(score, lang)} · ${t(lang, 'rank')} ${formatRank(dim?.rank ?? d.rank, dim?.of ?? d.of, lang)}`;
      // A dimension moved through its sub-dimensions: its slider follows the engine's new dimension score.
      if (dim && dim.score !== null && !this.draft?.edits.has(d.code)) {
        const range = document.getElementById(`slider-${d.code}`) as HTMLInputElement | null;
        const exact = document.getElementById(`slider-${d.code}-exact`) as HTMLInputElement | null;
        if (range) range.value = String(dim.score);
        if (exact) exact.value = dim.score.toFixed(2);
      }
      for (const sd of d.subdimensions) {
        const subOut = document.getElementById(`slider-${sd.code}-out`);
        if (subOut) subOut.textContent = `${t(lang, 'base')} ${formatNumber(sd.score, lang)} → ${formatNumber(this.sliderValue(sd), lang)}`;
      }
    }
    updateFieldChart(this.chart, result.field, profile.province.code, profile.year, lang);
    for (const w of result.warnings) this.status(w[lang]);
  }

  // ---------------------------------------------------------------- target

  private renderWeights(): void {
    const profile = this.profile;
    if (!profile) return;
    replaceChildren(
      byId('target-weights'),
      ...profile.dimensions.map((d) =>
        h('div', { class: 'weight' }, h('label', { for: `weight-${d.code}` }, d.code.toUpperCase()), h('input', { id: `weight-${d.code}`, type: 'text', inputmode: 'decimal', size: '4', 'data-code': d.code, placeholder: '1' })),
      ),
    );
  }

  /** The target action: solveTarget with the form; the allocation, outcome and per-dimension answers are shown. */
  solveTarget(): void {
    if (!this.dataset || !this.profile) return;
    this.clearErrors();
    const weights: Record<string, string> = {};
    for (const input of byId('target-weights').querySelectorAll<HTMLInputElement>('input[data-code]')) weights[input.dataset.code!] = input.value;
    try {
      this.target = runTarget(this.dataset, {
        province: this.profile.province.code,
        year: this.profile.year,
        goalKind: byId<HTMLSelectElement>('target-kind').value as 'rank' | 'group',
        rank: byId<HTMLInputElement>('target-rank').value,
        group: byId<HTMLSelectElement>('target-group').value,
        caps: byId<HTMLSelectElement>('target-caps').value,
        weights,
      });
    } catch (error) {
      this.target = null;
      this.renderTarget();
      this.showError(error);
      return;
    }
    this.renderTarget();
  }

  private renderTarget(): void {
    const area = byId('target-result');
    const target = this.target;
    const profile = this.profile;
    if (!target || !profile) {
      replaceChildren(area);
      return;
    }
    const lang = this.lang;
    const codes = Object.keys(target.allocation);
    const nameOf = (code: string) => profile.dimensions.find((d) => d.code === code)?.name[lang] ?? '';
    const apply = h('button', { id: 'target-apply', type: 'button' }, t(lang, 'applyToSliders'));
    apply.addEventListener('click', () => {
      if (!this.draft) return;
      this.draft = withIncreases(this.draft, target.allocation);
      this.renderSliders();
      this.evaluate();
    });
    replaceChildren(
      area,
      target.reachable ? null : h('p', { class: 'unreachable', id: 'target-unreachable' }, h('strong', {}, `${t(lang, 'unreachable')}: `), target.message[lang]),
      target.reachable ? h('p', { id: 'target-message' }, target.message[lang]) : null,
      target.requiredTotal === null ? null : h('p', {}, t(lang, 'requiredTotal', formatNumber(target.requiredTotal, lang, 4))),
      h(
        'table',
        { id: 'target-allocation', class: 'allocation' },
        h('caption', {}, t(lang, 'allocation')),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, t(lang, 'measure')), h('th', { scope: 'col' }, t(lang, 'increase')), h('th', { scope: 'col' }, t(lang, 'cap')), h('th', { scope: 'col' }, t(lang, 'singleDimension'))),
        ),
        h(
          'tbody',
          {},
          ...codes.map((code) => {
            const single = target.singleDimension[code];
            return h(
              'tr',
              { 'data-code': code },
              h('th', { scope: 'row', title: nameOf(code) }, `${code.toUpperCase()} ${nameOf(code)}`),
              h('td', { class: 'num' }, formatSigned(target.allocation[code] ?? 0, lang, 3)),
              h('td', { class: 'num' }, formatNumber(target.caps[code] ?? null, lang)),
              h('td', { class: 'num' }, single === null || single === undefined ? t(lang, 'notEnoughAlone') : formatSigned(single, lang, 3)),
            );
          }),
          h('tr', { class: 'total' }, h('th', { scope: 'row' }, t(lang, 'total')), h('td', { class: 'num' }, formatSigned(target.totalIncrease, lang, 3)), h('td'), h('td')),
        ),
      ),
      h('p', { id: 'target-outcome' }, t(lang, 'targetOutcome', formatNumber(target.scenario.total, lang), formatRank(target.scenario.rank, target.scenario.of, lang), groupName(target.scenario.group, lang))),
      target.totalIncrease > 0 ? apply : null,
    );
  }

  // ---------------------------------------------------------------- chance

  /** Starts the Monte Carlo in a Web Worker with progress; Cancel terminates the worker. */
  runChance(): void {
    if (!this.profile || !this.draft) return;
    this.clearErrors();
    if (!this.options.createWorker) {
      this.showError({ vi: MESSAGES.workerUnavailable.vi, en: MESSAGES.workerUnavailable.en });
      return;
    }
    this.cancelChance(false);
    const kind = byId<HTMLSelectElement>('chance-kind').value;
    const rank = readNumber(byId<HTMLInputElement>('chance-rank').value);
    const iterations = readNumber(byId<HTMLInputElement>('chance-iterations').value);
    const seed = readNumber(byId<HTMLInputElement>('chance-seed').value);
    const goal = kind === 'group' ? { group: byId<HTMLSelectElement>('chance-group').value as (typeof PAPI_GROUPS)[number] } : { rank: rank ?? Number.NaN };
    const query = {
      year: this.profile.year,
      province: this.profile.province.code,
      goal,
      changes: byId<HTMLInputElement>('chance-use-scenario').checked ? scenarioOf(this.draft).changes : [],
      iterations: iterations ?? Number.NaN,
      seed: seed ?? DEFAULT_SEED,
      othersMove: byId<HTMLInputElement>('chance-others').checked,
    };
    this.chance = { status: 'running', done: 0, total: query.iterations, result: null };
    this.renderChance();
    this.chanceHandle = startChance(
      query,
      {
        progress: (done, total) => {
          this.chance = { ...this.chance, done, total };
          this.renderChanceProgress();
        },
        result: (result) => {
          this.chanceHandle = null;
          this.chance = { status: 'done', done: result.iterations, total: result.iterations, result };
          this.renderChance();
        },
        error: (error) => {
          this.chanceHandle = null;
          this.chance = { status: 'idle', done: 0, total: 0, result: null };
          this.renderChance();
          this.showError(error);
        },
      },
      this.options.createWorker,
    );
  }

  cancelChance(show = true): void {
    if (!this.chanceHandle) return;
    this.chanceHandle.cancel();
    this.chanceHandle = null;
    this.chance = { ...this.chance, status: 'cancelled' };
    if (show) this.renderChance();
  }

  private renderChanceProgress(): void {
    const progress = byId<HTMLProgressElement>('chance-progress');
    progress.max = Math.max(1, this.chance.total || 1);
    progress.value = this.chance.done;
    byId('chance-progress-text').textContent = this.chance.total > 0 ? t(this.lang, 'progressText', this.chance.done, this.chance.total) : '';
  }

  private renderChance(): void {
    const lang = this.lang;
    const running = this.chance.status === 'running';
    byId<HTMLButtonElement>('chance-run').disabled = running;
    byId<HTMLButtonElement>('chance-cancel').disabled = !running;
    byId('chance').setAttribute('aria-busy', String(running));
    this.renderChanceProgress();
    const area = byId('chance-result');
    const result = this.chance.result;
    if (this.chance.status === 'cancelled') {
      replaceChildren(area, h('p', { id: 'chance-cancelled' }, t(lang, 'cancelled')));
    } else if (result) {
      replaceChildren(
        area,
        h('p', { id: 'chance-probability', class: 'big' }, t(lang, 'probability', `${formatNumber(result.probability * 100, lang, 1)}%`)),
        h('p', {}, t(lang, 'rankInterval', result.rank.nominal, result.rank.median, result.rank.p5, result.rank.p95)),
        h('details', {}, h('summary', {}, t(lang, 'assumptions')), h('ul', {}, ...result.assumptions.map((a) => h('li', {}, a[lang])), h('li', {}, `${t(lang, 'iterations')}: ${result.iterations}; ${t(lang, 'seed')}: ${result.seed}`))),
      );
    } else {
      replaceChildren(area);
    }
  }

  // ---------------------------------------------------------------- scenarios

  private renderScenarios(): void {
    const lang = this.lang;
    const list = byId('scenario-list');
    if (this.scenarios.length === 0) {
      replaceChildren(list, h('li', { class: 'empty' }, t(lang, 'noScenarios')));
      return;
    }
    replaceChildren(
      list,
      ...this.scenarios.map((scenario, i) => {
        const open = h('button', { type: 'button', 'aria-label': `${t(lang, 'open')}: ${scenario.name}` }, t(lang, 'open'));
        const remove = h('button', { type: 'button', 'aria-label': `${t(lang, 'delete')}: ${scenario.name}` }, t(lang, 'delete'));
        open.addEventListener('click', () => this.openScenario(scenario));
        remove.addEventListener('click', () => void this.deleteScenario(i));
        return h('li', {}, h('span', { class: 'name' }, scenario.name), h('span', { class: 'meta' }, t(lang, 'scenarioSummary', scenario.year, scenario.changes.length)), open, remove);
      }),
    );
  }

  /** Saves the current draft under its name (replacing one of the same name) in the workbook or the browser. */
  async saveCurrent(): Promise<void> {
    if (!this.draft) return;
    this.clearErrors();
    const scenario = scenarioOf(this.draft);
    const next = upsertScenario(this.scenarios, scenario);
    try {
      await saveScenarios(this.options.store, next);
    } catch (error) {
      this.showError(error);
      return;
    }
    this.scenarios = next;
    this.renderScenarios();
    this.status(t(this.lang, 'scenarioSaved', scenario.name));
  }

  private async deleteScenario(index: number): Promise<void> {
    const next = this.scenarios.filter((_, i) => i !== index);
    try {
      await saveScenarios(this.options.store, next);
    } catch (error) {
      this.showError(error);
      return;
    }
    this.scenarios = next;
    this.renderScenarios();
  }

  /** Opens a saved scenario: its province and year on screen, its changes on the sliders. */
  openScenario(scenario: Scenario): void {
    if (!this.dataset) return;
    this.clearErrors();
    if (scenario.index !== 'papi') {
      this.showError({ vi: 'Kịch bản PAR INDEX chưa mở được trong khung này.', en: 'PAR INDEX scenarios cannot be opened in this pane yet.' });
      return;
    }
    const fallback = this.profile?.province.nameVi ?? byId<HTMLInputElement>('province').value;
    const draft = draftOf(this.dataset, scenario, fallback);
    try {
      this.profile = papiProfile(this.dataset, { year: draft.year, province: draft.province });
    } catch (error) {
      this.showError(error);
      return;
    }
    this.draft = draft;
    byId<HTMLInputElement>('province').value = this.profile.province.nameVi;
    byId<HTMLSelectElement>('year').value = String(draft.year);
    byId<HTMLSelectElement>('index').value = 'papi';
    this.showIndex();
    this.target = null;
    this.afterProfile();
  }

  /** Imports scenarios from a JSON file, all or nothing; on a bad file nothing saved or typed is lost. */
  async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.clearErrors();
    const text = await file.text();
    input.value = '';
    await this.importText(text, file.name);
  }

  async importText(text: string, fileName: string): Promise<void> {
    const outcome = importScenarios(text, fileName, this.scenarios);
    if (!outcome.ok) {
      this.showError(outcome.error);
      return;
    }
    try {
      await saveScenarios(this.options.store, outcome.scenarios);
    } catch (error) {
      this.showError(error);
      return;
    }
    this.scenarios = outcome.scenarios;
    this.renderScenarios();
    this.status(t(this.lang, 'imported', outcome.added.length, fileName));
  }

  private exportCsv(): void {
    if (!this.result || !this.profile) return;
    const name = `papi-${this.profile.year}-${this.profile.province.nameAscii.replace(/[^A-Za-z0-9]+/g, '-')}.csv`;
    this.options.download(name, 'text/csv;charset=utf-8', rankingCsv(this.result, this.lang));
  }

  /** Excel only: a new worksheet with the scenario and its PAPI.* formulas. */
  async writeSheet(): Promise<void> {
    if (this.options.host !== 'excel' || !this.draft || !this.result || !this.profile) return;
    this.clearErrors();
    const scenario = scenarioOf(this.draft);
    const code = this.profile.province.code;
    try {
      const outcome = this.result.provinces.find((p) => p.code === code);
      if (!outcome) return;
      const name = await writeScenarioToSheet({ scenario, outcome, lang: this.lang });
      this.status(t(this.lang, 'sheetWritten', name));
    } catch (error) {
      this.showError(error);
    }
  }
}
