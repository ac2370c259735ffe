import {
  dataPathOf,
  EngineError,
  withYearFiles,
  yearsOfFileNames,
  type Dataset,
  type TextFile,
} from '../../../engine/all';
import { fetchDeployedFiles, setDataSource, type DataFiles } from '../../shared/load-dataset';
import { tBoth } from '../i18n';
import { readSaved, type ScenarioStore } from './scenario-store';

/** The settings key (workbook) and localStorage key (browser) of the year files a planner added from the pane. */
export const YEARS_KEY = 'papi.years';

/**
 * The year files kept (data-folder path -> CSV text); anything else in the store counts as none. Read like every other
 * store (readSaved): a blocked browser storage means no kept year, not a pane stuck on "Loading...".
 */
export function keptYearFiles(store: ScenarioStore): DataFiles {
  const value = readSaved(store);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof EngineError) return {};
  return Object.fromEntries(Object.entries(value).filter(([, text]) => typeof text === 'string')) as DataFiles;
}

/**
 * Where the add-in's data comes from: the deployed data folder plus the kept year files. In Excel's shared runtime the
 * =PAPI.* functions read the same source, so a year added in the pane answers in cells too.
 */
export function useKeptYearFiles(kept: DataFiles): void {
  setDataSource(async () => ({ ...(await fetchDeployedFiles()), ...kept }));
}

/**
 * One newly published year from the files a planner chose (named as for `papi data add` / `--data-dir`), validated
 * exactly the same way (all or nothing, problems by file, row and column; from 2025 among the 34 units). A year the
 * data already has is refused (nothing is replaced). Returns the year and its files in the data folder's layout.
 */
export function yearFromFiles(published: Dataset, chosen: readonly TextFile[]): { year: number; files: DataFiles } {
  const names = chosen.map((f) => f.file);
  const years = yearsOfFileNames(names);
  const refuse = (key: 'yearFilesNoYear' | 'yearFilesManyYears' | 'yearFilesExists', ...args: (string | number)[]) =>
    new EngineError({ code: 'INVALID_INPUT', input: names.join(', '), ...tBoth(key, ...args) });
  if (chosen.length === 0 || chosen.some((f) => yearsOfFileNames([f.file]).length === 0))
    throw refuse('yearFilesNoYear');
  if (years.length > 1) throw refuse('yearFilesManyYears', years.join(', '));
  const year = years[0]!;
  if (published.papi.has(year) || published.par.has(year) || published.sipas.has(year))
    throw refuse('yearFilesExists', year);
  const one = (prefix: string) => chosen.find((f) => f.file.toLowerCase().startsWith(prefix)) ?? null;
  withYearFiles(published, {
    year,
    papi: chosen.filter((f) => /^papi_/i.test(f.file)),
    par: one('parindex_'),
    sipas: one('sipas_'),
  });
  return { year, files: Object.fromEntries(chosen.map((f) => [dataPathOf(f.file), f.text])) };
}
