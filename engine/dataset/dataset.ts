import { definitionFor, shippedDefinitions } from '../definitions/catalog';
import type { IndexDefinition } from '../definitions/index-definition';
import { EngineError, type DataProblem } from '../errors';
import { buildProvinceRegistry, type ProvinceRegistry } from '../provinces/province-registry';
import { parseParNational, parseParResults, parseSipas } from './parse-par';
import { LazyYears } from './lazy-years';
import { parsePapiYear, type PapiYearFiles } from './parse-papi-year';
import type { ParYear, SipasResult } from './par-year';
import type { IndexYear, TextFile } from './index-year';
import { message } from '../i18n/messages';
import type { CompositeData } from '../composite/composite-index';
import { INDEX_MODULES } from '../indices/registry';

/** Everything the engine scores against. Immutable: adding a year gives a new dataset. */
export interface Dataset {
  readonly provinces: ProvinceRegistry;
  readonly definitions: readonly IndexDefinition[];
  readonly papi: ReadonlyMap<number, IndexYear>;
  readonly par: ReadonlyMap<number, ParYear>;
  readonly sipas: ReadonlyMap<number, readonly SipasResult[]>;
  /** composite indices (PCI, a user's index) by id: their definitions and results years */
  readonly composite: ReadonlyMap<string, CompositeData>;
}

/**
 * Builds a dataset from the data folder's files, given as relative path -> text (`papi/papi_2019_dimensions.csv`,
 * `papi/papi_2019_d1_subdimensions.csv`, `parindex/parindex_2019.csv`, `parindex/sipas_2019.csv`,
 * `parindex/national_summary.csv`, `provinces/provinces_63.csv`, `provinces/merger_2025.csv`). The shipped data goes
 * through the same validation as a user's file. In Node, `loadPublishedDataset()` (node/data-files.ts) reads the
 * shipped folder; in the browser the build puts the same map in `data/published.json`. PAPI years are parsed and
 * validated on first use.
 *
 * @example findProvince(loadDataset({ 'provinces/provinces_63.csv': 'gso_code,name_vi,name_ascii,type,region,population,aliases\n89,An Giang,An Giang,tinh,,,' }).provinces, 'an giang').code // => '89'
 */
export function loadDataset(
  files: Readonly<Record<string, string>>,
  definitions: readonly IndexDefinition[] = shippedDefinitions,
): Dataset {
  const provincesCsv = files['provinces/provinces_63.csv'];
  if (provincesCsv === undefined) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: 'provinces/provinces_63.csv',
      ...message('provinceListMissing', {}),
    });
  }
  const provinces = buildProvinceRegistry(provincesCsv, files['provinces/merger_2025.csv'] ?? null);
  const papi: [number, () => IndexYear][] = [];
  for (const [path, text] of Object.entries(files)) {
    const match = /^papi\/papi_(\d{4})_dimensions\.csv$/.exec(path);
    if (!match) continue;
    const year = Number(match[1]);
    const subdimensions = Object.entries(files)
      .filter(([p]) => new RegExp(`^papi/papi_${year}_d\\d+_subdimensions\\.csv$`).test(p))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, t]) => ({ file, text: t }));
    papi.push([
      year,
      () =>
        parsePapiYear(
          { dimensions: { file: path, text }, subdimensions, year, origin: 'published', bounds: 'warn' },
          provinces,
          definitions,
        ),
    ]);
  }
  const national = files['parindex/national_summary.csv']
    ? parseParNational({ file: 'parindex/national_summary.csv', text: files['parindex/national_summary.csv'] })
    : new Map();
  const par = new Map<number, ParYear>();
  const sipas = new Map<number, SipasResult[]>();
  for (const [path, text] of Object.entries(files)) {
    const parMatch = /^parindex\/parindex_(\d{4})\.csv$/.exec(path);
    if (parMatch) {
      const year = Number(parMatch[1]);
      // Published rows are kept as their sources state them, with conflicts noted in the file (2023: Cà Mau 86.89
      // ranked 32nd above TP. Hồ Chí Minh 86.97, 33rd): the rank/total order is checked on users' files only.
      const known = parseParResults({ file: path, text }, provinces, year, false);
      par.set(year, {
        year,
        origin: 'published',
        ranked: provinces.all.length,
        known,
        national: national.get(year) ?? null,
      });
    }
    const sipasMatch = /^parindex\/sipas_(\d{4})\.csv$/.exec(path);
    if (sipasMatch) sipas.set(Number(sipasMatch[1]), parseSipas({ file: path, text }, provinces));
  }
  // PAPI years are parsed and validated when first used (LazyYears): one command reads one or two of them.
  const composite = new Map(
    INDEX_MODULES.flatMap((m) => {
      const data = m.composite?.read(files, provinces);
      return data ? [[m.id, data] as const] : [];
    }),
  );
  return {
    provinces,
    definitions,
    papi: new LazyYears(papi),
    par: sortByYear(par),
    sipas: sortByYear(sipas),
    composite,
  };
}

function sortByYear<T>(map: Map<number, T>): Map<number, T> {
  return new Map([...map].sort(([a], [b]) => a - b));
}

/** A year with fewer provinces cannot be ranked: a header-only or one-row file is refused unless `allowPartial`. */
export const MIN_PROVINCES_TO_RANK = 2;

/**
 * Adds or replaces one PAPI year from the user's CSV files (validated all or nothing; the dataset given is unchanged).
 * A file with fewer than MIN_PROVINCES_TO_RANK provinces is refused unless `allowPartial` is set.
 *
 * @example withPapiYear(dataset, { dimensions: { file: 'papi_2024_dimensions.csv', text: 'province,d1,d2,d3,d4,d5,d6,d7,d8\nAn Giang,5,5,5,5,5,5,5,5.5\n' }, allowPartial: true }).papi.get(2024).scores.get('total') // => [40.5]
 */
export function withPapiYear(dataset: Dataset, files: PapiYearFiles): Dataset {
  const parsed = parsePapiYear(files, dataset.provinces, dataset.definitions);
  if (parsed.provinces.length < MIN_PROVINCES_TO_RANK && !files.allowPartial) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: files.dimensions.file,
      ...message('papiTooFewProvinces', {
        file: files.dimensions.file,
        count: parsed.provinces.length,
        min: MIN_PROVINCES_TO_RANK,
      }),
    });
  }
  const year = { ...parsed, warnings: [...parsed.warnings, ...reusedDefinitionNote(dataset, parsed)] };
  const papi = new Map(dataset.papi);
  papi.set(year.year, year);
  return { ...dataset, papi: sortByYear(papi) };
}

/**
 * A year later than every year read with its (open-ended) definition reuses the latest methodology known: say so,
 * and how to give the year's own definition.
 */
function reusedDefinitionNote(dataset: Dataset, year: IndexYear): DataProblem[] {
  const definition = definitionOfYear(dataset, year);
  // By the years' keys (a lazily loaded year is not parsed for this): the definition in force for each year.
  const known = [...dataset.papi.keys()].filter(
    (y) => y !== year.year && definitionFor(dataset.definitions, 'papi', y).id === definition.id,
  );
  if (definition.years[1] !== null || known.length === 0 || year.year <= Math.max(...known)) return [];
  return [
    {
      file: year.origin,
      row: null,
      column: null,
      ...message('latestMethodologyUsed', { year: year.year, definition: definition.id, from: definition.years[0] }),
    },
  ];
}

/**
 * Adds or replaces a year's PAR INDEX comparator table (e.g. the official annex with all provinces).
 *
 * @example withParResults(dataset, 2019, { file: 'p.csv', text: 'province,year,total,rank\nQuảng Ninh,2019,90.09,1\nHà Nội,2019,84.64,2' }).par.get(2019).known.length // => 2
 */
export function withParResults(dataset: Dataset, year: number, file: TextFile): Dataset {
  const known = parseParResults(file, dataset.provinces, year);
  const par = new Map(dataset.par);
  par.set(year, {
    year,
    origin: file.file,
    ranked: dataset.provinces.all.length,
    known,
    national: dataset.par.get(year)?.national ?? null,
  });
  return { ...dataset, par: sortByYear(par) };
}

/**
 * Adds or replaces a year's SIPAS results (`sipas_<year>.csv` layout: province, year, sipas, sipas_rank, note,
 * source_url), validated all or nothing; an empty year cell means `year` and another year is a problem.
 *
 * @example withSipasResults(dataset, 2024, { file: 'sipas_2024.csv', text: 'province,year,sipas,sipas_rank\nHải Phòng,2024,90.5,1\n' }).sipas.get(2024)[0].rank // => 1
 */
export function withSipasResults(dataset: Dataset, year: number, file: TextFile): Dataset {
  const results = parseSipas(file, dataset.provinces.former ?? dataset.provinces, year);
  const sipas = new Map(dataset.sipas);
  sipas.set(year, results);
  return { ...dataset, sipas: sortByYear(sipas) };
}

/**
 * Adds an index definition (a methodology the product does not ship, e.g. from parseDefinition). It takes precedence
 * over the shipped definitions for its years; years already loaded keep the definition they were read with. An id
 * that is already known is refused.
 *
 * @example definitionFor(withDefinition(dataset, parseDefinition({ ...shippedDefinitions[3], id: 'papi-2025', years: [2025, null] }, 'd.json')).definitions, 'papi', 2025).id // => 'papi-2025'
 */
export function withDefinition(dataset: Dataset, definition: IndexDefinition): Dataset {
  if (dataset.definitions.some((d) => d.id === definition.id)) {
    throw new EngineError({
      code: 'INVALID_DEFINITION',
      input: definition.id,
      ...message('definitionExists', { id: definition.id }),
    });
  }
  return { ...dataset, definitions: [definition, ...dataset.definitions] };
}

/**
 * The PAPI year, or UNKNOWN_YEAR naming the years that have data.
 *
 * @example papiYearOf(dataset, 2019).provinces.length // => 63
 */
export function papiYearOf(dataset: Dataset, year: number): IndexYear {
  const found = dataset.papi.get(Number(year));
  if (found && (found.unitSet ?? 'former') === dataset.provinces.set) return found;
  if (found) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: String(year),
      ...message('papiYearIn2025Units', { year }),
    });
  }
  const years = [...dataset.papi.keys()];
  throw new EngineError({
    code: 'UNKNOWN_YEAR',
    input: String(year),
    ...message('papiUnknownYear', { year, first: years[0]!, last: years.at(-1)! }),
  });
}

/**
 * The index definition a PAPI year was read with.
 *
 * @example definitionOfYear(dataset, dataset.papi.get(2019)).id // => 'papi-2019-2020'
 */
export function definitionOfYear(
  dataset: Pick<Dataset, 'definitions'>,
  year: Pick<IndexYear, 'definitionId'>,
): IndexDefinition {
  return dataset.definitions.find((d) => d.id === year.definitionId)!;
}
