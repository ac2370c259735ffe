import {
  EngineError,
  papiUnitsView,
  unitBaseline,
  unitLabel,
  type Dataset,
  type LocalName,
  type Province,
  type UnitWeights,
} from '../engine/all';
import { option } from './args';
import type { CliArgs, Lang } from './command';
import { cliMessage } from './i18n/messages';

/**
 * `--units 2025` (the 34 units of 1 July 2025) or `--units 63` (the former provinces, the default for years up to
 * 2024). A year whose data is keyed by the units is always read among the units.
 */
export function unitsOption(args: CliArgs): 'units-2025' | 'former' | null {
  const raw = option(args, 'units');
  if (raw === undefined) return option(args, 'unit-weights') === undefined ? null : 'units-2025';
  const value = raw.trim().toLowerCase();
  if (value === '2025' || value === '34') return 'units-2025';
  if ((value === '63' || value === 'former') && option(args, 'unit-weights') !== undefined) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: '--unit-weights',
      ...cliMessage('unitWeightsNeedUnits2025'),
    });
  }
  if (value === '63' || value === 'former') return 'former';
  throw new EngineError({
    code: 'INVALID_INPUT',
    input: `--units ${raw}`,
    ...cliMessage('unitsOptionInvalid', { raw }),
  });
}

/**
 * The dataset a PAPI command works on: the 2025-units view (reconstructed baselines, with the `--unit-weights` file's
 * weights when given) for `--units 2025` or when the year's data is keyed by the units; otherwise the dataset as it is.
 */
export function withUnits(dataset: Dataset, args: CliArgs, year: number | null, weights: UnitWeights | null): Dataset {
  const asked = unitsOption(args);
  const keyedByUnits = year !== null && dataset.papi.get(year)?.unitSet === 'units-2025';
  if (asked === 'former' && keyedByUnits) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: '--units 63',
      ...cliMessage('papiYearInUnits', { year }),
    });
  }
  if (asked !== 'units-2025' && !keyedByUnits) return dataset;
  return papiUnitsView(dataset, { weights });
}

/** "An Giang (đơn vị từ 1/7/2025: An Giang + Kiên Giang)" in a units dataset; the plain name otherwise. */
export function provinceTitle(dataset: Dataset, province: Province, lang: Lang): string {
  if (dataset.provinces.set !== 'units-2025') return lang === 'vi' ? province.nameVi : province.nameAscii;
  return unitLabel(dataset.provinces, province)[lang];
}

/**
 * The `unit` object of the JSON contract for a 2025 unit: name, GSO code, type, administrative centre, predecessors
 * with weight and own total, method, weights source, whether complete; null outside the units view.
 */
export function unitJson(dataset: Dataset, year: number, name: string): Record<string, unknown> | null {
  if (dataset.provinces.set !== 'units-2025') return null;
  const b = unitBaseline(dataset, { year, unit: name });
  return {
    name: b.unit.nameVi,
    name_ascii: b.unit.nameAscii,
    label: b.label,
    gso_code: b.unit.code,
    type: b.unit.type,
    admin_centre: b.unit.adminCentre ?? '',
    predecessors: b.predecessors.map((p) => ({
      province: p.nameVi,
      province_ascii: p.nameAscii,
      gso_code: p.code,
      weight: p.weight,
      share: p.share,
      total: p.total,
      rank: p.rank,
      of: p.of,
      group: p.group,
    })),
    estimated: b.estimated,
    method: b.method,
    weights_source: b.weightsSource,
    complete: b.complete,
    missing: b.missing.map((m) => ({ measure: m.measure, provinces: m.provinces.map((p) => p.nameVi) })),
    simple_mean: b.total.simpleMean,
    min: b.total.min,
    max: b.total.max,
    notes: b.notes,
  };
}

/** Prints each note once (the estimate label can come from several results). */
export function uniqueNotes(notes: readonly LocalName[]): LocalName[] {
  const seen = new Set<string>();
  return notes.filter((n) => !seen.has(n.en) && seen.add(n.en) !== undefined);
}
