import { loadDataset, type Dataset } from '../../engine';

/** The data folder as the build publishes it: relative path -> CSV text (dist/data/published.json). */
export type DataFiles = Readonly<Record<string, string>>;
/** Where the files come from: the published JSON by default; tests and Node callers inject their own. */
export type DataSource = () => Promise<DataFiles>;

/** Path of the published data next to the scripts (dist/data/published.json). */
export const PUBLISHED_DATA_PATH = 'data/published.json';

// The URL of the script that is running, captured while it loads (document.currentScript is only set then), so
// the data is fetched from the same origin and folder as functions.js / taskpane.js wherever the page lives.
const scriptUrl: string | undefined = (() => {
  const current = typeof document === 'undefined' ? null : (document.currentScript as { src?: string } | null);
  if (current?.src) return current.src;
  return typeof location === 'undefined' ? undefined : location.href;
})();

/** The URL of published.json beside the running script (or beside `base`). */
export function publishedDataUrl(base: string | undefined = scriptUrl): string {
  return base ? new URL(PUBLISHED_DATA_PATH, base).href : PUBLISHED_DATA_PATH;
}

/** Fetches the published files map; a failed request rejects with a bilingual message. */
export async function fetchPublishedFiles(url: string = publishedDataUrl()): Promise<DataFiles> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `Không tải được dữ liệu (${response.status}) / Could not load the data (${response.status}): ${url}`,
    );
  return (await response.json()) as DataFiles;
}

// One dataset per runtime. In Excel's shared runtime the task pane and the custom functions are separate bundles
// on one page: keeping the promise on a global symbol lets them parse the published data once between them.
const KEY = Symbol.for('papi.published-dataset');
interface Slot {
  source: DataSource;
  dataset: Promise<Dataset> | null;
}
const slot: Slot = ((globalThis as Record<symbol, Slot | undefined>)[KEY] ??= {
  source: () => fetchPublishedFiles(),
  dataset: null,
});

/**
 * Replaces where the dataset comes from (a files map or a loader) and forgets the cached one. Node tests pass the
 * map read by `readDataFiles()`; the browser keeps the default (fetch published.json once).
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
