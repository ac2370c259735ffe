// Entry point of the task pane. Office.onReady only decides the host, the language and what Excel supports, and
// wires the UI; every action lives in a panel (addin/taskpane/panels/) or addin/taskpane/actions/, and TaskPane
// (app.ts) keeps state and wiring. Outside Office (a plain browser, or office.js blocked), the pane runs standalone
// on the published data with scenarios kept in localStorage.
//
// This script is loaded BEFORE office.js (see taskpane.html) so that a blocked or hanging CDN cannot keep the pane
// from starting: after OFFICE_TIMEOUT_S seconds without Office.onReady it starts standalone with a notice.
import { publishedDataset } from '../shared/load-dataset';
import { browserStore, PLANS_KEY, SCENARIOS_KEY, workbookStore, type ScenarioStore } from './actions/scenario-store';
import { customFunctionsSupported } from './actions/office-support';
import { keptYearFiles, useKeptYearFiles, YEARS_KEY } from './actions/year-files';
import { TaskPane, VIEW_KEY, type PaneNotice } from './app';
import { downloadText } from './download';
import { languageOf, type Lang } from './i18n';

const OFFICE_TIMEOUT_S = 8;

// Captured while this script runs (document.currentScript is only set then): the worker sits beside taskpane.js.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const query = new URLSearchParams(location.search);

/** ?lang=vi|en forces the language (for testing and for links); otherwise Office's or the browser's language. */
function chosenLanguage(officeLanguage: string | null): Lang {
  const forced = query.get('lang');
  if (forced === 'vi' || forced === 'en') return forced;
  return languageOf(officeLanguage ?? navigator.language);
}

/** ?officeTimeout=seconds shortens the wait (tests); the default suits a slow office network. */
function officeTimeout(): number {
  const asked = Number(query.get('officeTimeout'));
  return Number.isFinite(asked) && asked > 0 ? asked : OFFICE_TIMEOUT_S;
}

let started = false;

function boot(host: 'excel' | null, notices: PaneNotice[] = []): void {
  if (started) return;
  started = true;
  const inExcel = host === 'excel';
  const officeLanguage = inExcel ? (Office.context.displayLanguage ?? null) : null;
  const customFunctions = inExcel ? customFunctionsSupported(Office.context.requirements) : false;
  if (inExcel && !customFunctions) notices.push({ key: 'customFunctionsUnsupported' });
  const storeOf = (key: string): ScenarioStore => {
    try {
      return inExcel
        ? workbookStore(Office.context.document.settings, key)
        : browserStore(globalThis.localStorage, key);
    } catch (error) {
      // The browser refuses the storage itself: every read and save reports it (browserStore), the pane still starts.
      const refuse = () => {
        throw error;
      };
      return browserStore({ getItem: refuse, setItem: refuse } as unknown as Storage, key);
    }
  };
  const store = storeOf(SCENARIOS_KEY);
  const planStore = storeOf(PLANS_KEY);
  // Years a planner added from the pane (kept in the workbook): the pane and the =PAPI.* functions load them too.
  const yearStore = storeOf(YEARS_KEY);
  // The last task and selection: per workbook in Excel, per browser standalone.
  const viewStore = storeOf(VIEW_KEY);
  const kept = keptYearFiles(yearStore);
  if (Object.keys(kept).length > 0) useKeptYearFiles(kept);
  const root = document.getElementById('app');
  if (!root) return;
  const pane = new TaskPane({
    root,
    host,
    customFunctions,
    notices,
    lang: chosenLanguage(officeLanguage),
    store,
    planStore,
    yearStore,
    viewStore,
    dataset: publishedDataset,
    createWorker: typeof Worker === 'function' ? () => new Worker(new URL('chance-worker.js', scriptUrl)) : null,
    download: downloadText,
  });
  (globalThis as { papiTaskPane?: TaskPane }).papiTaskPane = pane;
  void pane.start();
}

function whenDomReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

const seconds = officeTimeout();
const timer = setTimeout(
  () => whenBodyReady(() => boot(null, [{ key: 'officeTimeout', args: [seconds] }])),
  seconds * 1000,
);

/** The pane's root exists as soon as this script runs (it comes after <main>); the guard is for other pages. */
function whenBodyReady(run: () => void): void {
  if (document.getElementById('app')) run();
  else whenDomReady(run);
}

// office.js comes after this script: by DOMContentLoaded it has loaded, failed, or is not on the page.
whenDomReady(() => {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    clearTimeout(timer);
    boot(null, [{ key: 'officeUnavailable' }]);
    return;
  }
  void Office.onReady((info) => {
    clearTimeout(timer);
    boot(info.host === Office.HostType.Excel ? 'excel' : null);
  });
});
