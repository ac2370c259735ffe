import { loadDataset, type Dataset } from '../../engine';

/** The data folder as the build publishes it: relative path -> CSV text (dist/data/published.json). */
export type DataFiles = Readonly<Record<string, string>>;
/** Where the files come from: the deployed data folder by default; tests and Node callers inject their own. */
export type DataSource = () => Promise<DataFiles>;

/**
 * The list of the data folder's files, beside the scripts (dist/data/index.json): `{"files": ["published.json",
 * "papi-2025.json"]}`, each a files map, merged in that order. The build writes it with published.json; `papi data
 * add` appends a year to a deployed copy, so a new year reaches every user at the next load without a rebuild.
 */
export const DATA_INDEX_PATH = 'data/index.json';

// The URL of the script that is running, captured while it loads (document.currentScript is only set then), so
// the data is fetched from the same origin and folder as functions.js / taskpane.js wherever the page lives.
const scriptUrl: string | undefined = (() => {
  const current = typeof document === 'undefined' ? null : (document.currentScript as { src?: string } | null);
  if (current?.src) return current.src;
  return typeof location === 'undefined' ? undefined : location.href;
})();

/** The URL of data/index.json beside the running script (or beside `base`). */
export function dataIndexUrl(base: string | undefined = scriptUrl): string {
  return base ? new URL(DATA_INDEX_PATH, base).href : DATA_INDEX_PATH;
}

/** A JSON file of the data folder; a failed request rejects with a bilingual message naming the URL. */
async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(
      `Không tải được dữ liệu (${response.status}) / Could not load the data (${response.status}): ${url}`,
    );
  return response.json();
}

/**
 * Every file the data folder lists, merged into one files map. The list is revalidated on each load ('no-cache'), so
 * a year added on the server is seen at the next load even where the browser caches the rest.
 */
export async function fetchDeployedFiles(indexUrl: string = dataIndexUrl()): Promise<DataFiles> {
  const index = (await fetchJson(indexUrl, { cache: 'no-cache' })) as { files?: unknown } | null;
  const names = index?.files;
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && /^[\w.-]+\.json$/.test(n)))
    throw new Error(
      `Danh sách dữ liệu không hợp lệ: cần {"files": ["published.json", ...]} / The data list is not valid: expected {"files": ["published.json", ...]}: ${indexUrl}`,
    );
  const parts = await Promise.all(names.map((n: string) => fetchJson(new URL(n, indexUrl).href)));
  return Object.assign({}, ...(parts as DataFiles[]));
}

// One dataset per runtime. In Excel's shared runtime the task pane and the custom functions are separate bundles
// on one page: keeping the promise on a global symbol lets them parse the published data once between them.
const KEY = Symbol.for('papi.published-dataset');
interface Slot {
  source: DataSource;
  dataset: Promise<Dataset> | null;
}
const slot: Slot = ((globalThis as Record<symbol, Slot | undefined>)[KEY] ??= {
  source: () => fetchDeployedFiles(),
  dataset: null,
});

/**
 * Replaces where the dataset comes from (a files map or a loader) and forgets the cached one. Node tests pass the
 * map read by `readDataFiles()`; the browser keeps the default (fetch the data folder's files once).
 */
export function setDataSource(source: DataSource | DataFiles): void {
  slot.source = typeof source === 'function' ? source : async () => source;
  slot.dataset = null;
}

/** The published dataset, loaded and validated once, then shared. A failed load is not cached: the next call retries. */
export function publishedDataset(): Promise<Dataset> {
  if (slot.dataset) return slot.dataset;
  const loading = slot.source().then((files) => loadDataset(files));
  slot.dataset = loading;
  loading.catch(() => {
    if (slot.dataset === loading) slot.dataset = null;
  });
  return loading;
}
