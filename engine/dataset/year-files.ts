import { EngineError } from '../errors';
import { message } from '../i18n/messages';
import { withPapiYear, withParResults, withSipasResults, type Dataset } from './dataset';
import type { TextFile } from './index-year';

/** A file of one year named as in the data folder: papi_<year>_dimensions.csv, papi_<year>_d<k>_subdimensions.csv, parindex_<year>.csv, sipas_<year>.csv. */
const YEAR_FILE = /^(?:papi_(\d{4})_(?:dimensions|d\d+_subdimensions)|parindex_(\d{4})|sipas_(\d{4}))\.csv$/i;

/** The years that file names (data-folder names, any folder part ignored) are files of, sorted. */
export function yearsOfFileNames(names: readonly string[]): number[] {
  const years = names.flatMap((path) => {
    const m = YEAR_FILE.exec(path.split(/[\\/]/).pop() ?? '');
    return m ? [Number(m[1] ?? m[2] ?? m[3])] : [];
  });
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Where a year's file sits in the data folder's files map (loadDataset's lower-case keys): papi/… or parindex/…. */
export function dataPathOf(name: string): string {
  const file = name.toLowerCase();
  return file.startsWith('papi_') ? `papi/${file}` : `parindex/${file}`;
}

/** The files of one PAPI/PAR INDEX/SIPAS year as a user gives them. */
export interface YearFiles {
  readonly year: number;
  /** the dimensions file and optional sub-dimension files, told apart by their d<k>_<n> columns */
  readonly papi: readonly TextFile[];
  readonly par: TextFile | null;
  readonly sipas: TextFile | null;
  readonly allowPartial?: boolean;
}

/** Sub-dimension files have d<k>_<n> columns; the header may be comma-, semicolon- or tab-separated. */
const isSubdimensions = (f: TextFile) =>
  /(^|[,;\t])\s*"?d\d+_\d+"?\s*([,;\t]|$)/m.test(f.text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');

/**
 * A user's year added to the dataset, validated all or nothing (problems by file, row and column): the PAPI files
 * (exactly one dimensions file), the PAR INDEX results, the SIPAS results. The same path for the CLI's `--data`,
 * `--data-dir`, `papi data add` and the pane's "add a year" (a year from 2025 is read among the 34 units).
 */
export function withYearFiles(dataset: Dataset, files: YearFiles): Dataset {
  let result = dataset;
  if (files.papi.length > 0) {
    const main = files.papi.filter((f) => !isSubdimensions(f));
    if (main.length !== 1) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: files.papi.map((f) => f.file).join(', '),
        ...message('dimensionsFileCount', { count: main.length }),
      });
    }
    result = withPapiYear(result, {
      dimensions: main[0]!,
      subdimensions: files.papi.filter(isSubdimensions),
      year: files.year,
      allowPartial: files.allowPartial === true,
    });
  }
  if (files.par !== null) result = withParResults(result, files.year, files.par);
  if (files.sipas !== null) result = withSipasResults(result, files.year, files.sipas);
  return result;
}
