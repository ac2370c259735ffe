// Entry point of the task pane. Office.onReady only decides the host and the language and wires the UI; every action
// lives in a panel (addin/taskpane/panels/) or addin/taskpane/actions/; TaskPane (app.ts) keeps state and wiring. Outside Office (a plain browser, or office.js blocked),
// the pane runs standalone on the published data with scenarios kept in localStorage.
import { publishedDataset } from '../shared/load-dataset';
import { browserStore, workbookStore, type ScenarioStore } from './actions/scenario-store';
import { TaskPane } from './app';
import { downloadText } from './download';
import { languageOf, type Lang } from './i18n';

// Captured while this script runs (document.currentScript is only set then): the worker sits beside taskpane.js.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

/** ?lang=vi|en forces the language (for testing and for links); otherwise Office's or the browser's language. */
function chosenLanguage(officeLanguage: string | null): Lang {
  const forced = new URLSearchParams(location.search).get('lang');
  if (forced === 'vi' || forced === 'en') return forced;
  return languageOf(officeLanguage ?? navigator.language);
}

let started = false;

function boot(host: 'excel' | null): void {
  if (started) return;
  started = true;
  const inExcel = host === 'excel';
  const officeLanguage = inExcel ? (Office.context.displayLanguage ?? null) : null;
  let store: ScenarioStore;
  try {
    store = inExcel ? workbookStore() : browserStore();
  } catch {
    store = { kind: 'browser', read: () => null, write: async () => {} };
  }
  const root = document.getElementById('app');
  if (!root) return;
  const pane = new TaskPane({
    root,
    host,
    lang: chosenLanguage(officeLanguage),
    store,
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

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady((info) => whenDomReady(() => boot(info.host === Office.HostType.Excel ? 'excel' : null)));
} else {
  whenDomReady(() => boot(null));
}
