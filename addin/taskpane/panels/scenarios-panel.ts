import { EngineError, indexModule, papiProfile, type Scenario } from '../../../engine/all';
import { exportScenariosJson, importScenarios } from '../actions/import-export';
import { restoreScenarios, saveScenarios, upsertScenario } from '../actions/scenario-store';
import { writeScenarioToSheet } from '../actions/write-to-sheet';
import { rankingCsv } from '../csv';
import { h } from '../dom';
import { t, tBoth } from '../i18n';
import { draftOf, scenarioOf } from '../scenario-draft';
import { text, type PaneContext, type Panel } from './panel';
import { renderSavedList } from './saved-list';

/** Saved scenarios (workbook or browser), JSON import/export, the ranking CSV and "Write to sheet". */
export function createScenariosPanel(pane: PaneContext): Panel & {
  importText(text: string, fileName: string): Promise<void>;
  saveCurrent(): Promise<void>;
  list(): readonly Scenario[];
} {
  const { host, store, download } = pane.options;
  let scenarios: Scenario[] = [];
  const save = h('button', { id: 'scenario-save', type: 'button', 'data-i18n': 'saveScenario', disabled: true });
  const exportJson = h('button', { id: 'scenario-export', type: 'button', 'data-i18n': 'exportJson' });
  const importInput = h('input', {
    id: 'scenario-import',
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
  });
  const list = h('ul', { id: 'scenario-list', class: 'scenario-list' });
  const exportCsv = h('button', { id: 'export-csv', type: 'button', 'data-i18n': 'exportCsv', disabled: true });
  const writeSheet = h('button', {
    id: 'write-sheet',
    type: 'button',
    'data-i18n': 'writeToSheet',
    disabled: true,
    'aria-describedby': 'write-note',
  });
  const element = h(
    'section',
    { id: 'scenarios', 'aria-labelledby': 'scenarios-heading' },
    text('h2', 'scenariosHeading', { id: 'scenarios-heading' }),
    h(
      'div',
      { class: 'buttons' },
      save,
      exportJson,
      importInput,
      h('label', { class: 'file-button', for: 'scenario-import' }, text('span', 'importJson')),
    ),
    list,
    h('div', { class: 'buttons' }, exportCsv, writeSheet),
    text('p', 'writeToSheetStandalone', { id: 'write-note', class: 'note', hidden: host === 'excel' }),
  );

  const persist = async (next: Scenario[]): Promise<boolean> => {
    try {
      await saveScenarios(store, next);
    } catch (error) {
      pane.showError(error);
      return false;
    }
    scenarios = next;
    render();
    return true;
  };

  /**
   * Opens a saved scenario: its province and year on screen, its changes on the sliders, in the set of provinces it
   * was saved in (the "2025 units" switch follows the scenario, so An Giang means what it meant when saved).
   */
  const open = (scenario: Scenario) => {
    if (!pane.dataset) return;
    pane.clearErrors();
    if (indexModule(scenario.index).surveyMean && (scenario.units === 'units-2025') !== pane.units)
      pane.setUnits(scenario.units === 'units-2025');
    const dataset = pane.dataset;
    if (!dataset) return;
    if (!indexModule(scenario.index).provinceProfile) {
      pane.showError(
        new EngineError({
          code: 'INVALID_INPUT',
          input: scenario.name,
          ...tBoth('parScenarioNotOpened'),
        }),
      );
      return;
    }
    const draft = draftOf(dataset, scenario, pane.profile?.province.nameVi ?? '');
    try {
      papiProfile(dataset, { year: draft.year, province: draft.province });
    } catch (error) {
      pane.showError(error);
      return;
    }
    pane.setIndex('papi');
    pane.showProfile(draft.province, draft.year, draft);
  };

  const render = () => {
    const lang = pane.lang;
    const ready = pane.profile !== null && pane.draft !== null;
    save.disabled = !ready;
    exportCsv.disabled = !ready;
    writeSheet.disabled = !ready || host !== 'excel';
    renderSavedList(list, lang, scenarios, {
      empty: 'noScenarios',
      meta: (scenario) =>
        t(lang, 'scenarioSummary', scenario.year, scenario.changes.length) +
        (scenario.units === 'units-2025' ? ` · ${t(lang, 'scenarioUnitsTag')}` : ''),
      open,
      where: pane.options.store.kind,
      remove: (i) => void persist(scenarios.filter((_, j) => j !== i)),
      restore: (item, i) => void persist([...scenarios.slice(0, i), item, ...scenarios.slice(i)]),
    });
  };

  /** Saves the current draft under its name (replacing one of the same name) in the workbook or the browser. */
  const saveCurrent = async () => {
    if (!pane.draft) return;
    pane.clearErrors();
    const scenario = scenarioOf(pane.draft, pane.units);
    if (await persist(upsertScenario(scenarios, scenario))) pane.status(t(pane.lang, 'scenarioSaved', scenario.name));
  };

  /** Imports scenarios from a JSON file's text, all or nothing; on a bad file nothing saved or typed is lost. */
  const importText = async (text: string, fileName: string) => {
    const outcome = importScenarios(text, fileName, scenarios);
    if (!outcome.ok) {
      pane.showError(outcome.error);
      return;
    }
    if (await persist(outcome.scenarios)) pane.status(t(pane.lang, 'imported', outcome.added.length, fileName));
  };

  save.addEventListener('click', () => void saveCurrent());
  exportJson.addEventListener('click', () =>
    download('papi-scenarios.json', 'application/json', exportScenariosJson(scenarios)),
  );
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    pane.clearErrors();
    void file.text().then((content) => {
      importInput.value = '';
      return importText(content, file.name);
    });
  });
  exportCsv.addEventListener('click', () => {
    const profile = pane.profile;
    if (!pane.result || !profile) return;
    const name = `papi-${profile.year}-${profile.province.nameAscii.replace(/[^A-Za-z0-9]+/g, '-')}.csv`;
    download(name, 'text/csv;charset=utf-8', rankingCsv(pane.result, pane.lang));
  });
  // Excel only: a new worksheet with the scenario and its PAPI.* formulas.
  writeSheet.addEventListener('click', () => {
    const profile = pane.profile;
    const outcome = pane.result?.provinces.find((p) => p.code === profile?.province.code);
    if (host !== 'excel' || !pane.draft || !outcome) return;
    pane.clearErrors();
    writeScenarioToSheet({
      scenario: scenarioOf(pane.draft, pane.units),
      outcome,
      lang: pane.lang,
      formulas: pane.options.customFunctions,
      units: pane.units,
    }).then(
      (name) => pane.status(t(pane.lang, 'sheetWritten', name)),
      (error: unknown) => pane.showError(error),
    );
  });

  return {
    element,
    task: 'saved',
    shownFor: ['papi', 'par'],
    needsProfile: false,
    render,
    dataLoaded() {
      const restored = restoreScenarios(store);
      scenarios = restored.scenarios;
      for (const problem of restored.problems) pane.showError(problem, false);
      render();
    },
    profileChanged: render,
    saveCurrent,
    importText,
    list: () => scenarios,
  };
}
