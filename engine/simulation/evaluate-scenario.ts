import { nodeName } from '../definitions/catalog';
import type { LocalName } from '../definitions/index-definition';
import { papiYearOf, type Dataset } from '../dataset/dataset';
import { EngineError } from '../errors';
import { groupBoundary } from '../scoring/group-boundary';
import { type BoundaryConvention, type PapiGroup } from '../scoring/quartile-groups';
import { yearStandings } from '../scoring/year-standings';
import {
  fieldMeasure,
  groupInAscending,
  papiField,
  provinceRow,
  rankInAscending,
  replacedAscending,
  type PapiField,
} from './papi-field';
import { applyChanges, type ChangedProvince, type Scenario } from './scenario';
import { estimateNoteOf } from '../units/estimate-note';
import { papiUnitsView } from '../units/units-view';
import { message } from '../i18n/messages';
import { definitionRulesOf } from '../indices/registry';

/** Score, rank "r of N" and group of one measure. */
export interface Standing {
  readonly total: number | null;
  readonly rank: number | null;
  readonly of: number;
  readonly group: PapiGroup | null;
}

export interface ScenarioDimension {
  readonly code: string;
  readonly name: LocalName;
  readonly base: number | null;
  readonly score: number | null;
  readonly change: number | null;
  readonly rank: number | null;
  readonly baseRank: number | null;
  readonly of: number;
  readonly group: PapiGroup | null;
  readonly baseGroup: PapiGroup | null;
}

export interface ProvinceOutcome {
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  readonly base: Standing;
  readonly scenario: Standing;
  /** rank change is positive when the province moves up */
  readonly change: { readonly total: number | null; readonly rank: number | null };
  readonly dimensions: readonly ScenarioDimension[];
}

export interface FieldRow {
  readonly code: string;
  readonly nameVi: string;
  readonly total: number | null;
  readonly rank: number | null;
  readonly changed: boolean;
}

export interface RankShift {
  readonly code: string;
  readonly nameVi: string;
  readonly baseRank: number | null;
  readonly rank: number | null;
  /** positive = moves up under the new weights */
  readonly shift: number | null;
}

export interface ScenarioResult {
  readonly scenario: Scenario;
  /** each changed province, then each province of `report` left unchanged */
  readonly provinces: readonly ProvinceOutcome[];
  /** every province by scenario rank (unranked last), for charts */
  readonly field: readonly FieldRow[];
  /** with `weights`: every province's rank under published weights (with the changes) and under the new weights */
  readonly reweighted: readonly RankShift[] | null;
  readonly warnings: readonly LocalName[];
}

/**
 * Evaluates a PAPI scenario against the published field of its year: for each province changed, the new dimension
 * scores, total, rank and group and their change against the published base, with per-dimension ranks and groups.
 * Cut-offs are recomputed with the new scores in the field. With `weights`, the total is the weighted sum of the
 * dimensions (weight 1 = published) and `reweighted` lists every province's rank change. Provinces named in `report`
 * are reported too when the scenario leaves them unchanged (their published standing, in the same shape). A scenario
 * with `units: 'units-2025'` is evaluated on the 2025-units view.
 *
 * @example evaluateScenario(dataset, { name: 'D3 +1', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd3', add: 1 }] }).provinces[0].scenario.rank // => 10
 */
export function evaluateScenario(data: Dataset, scenario: Scenario, report: readonly string[] = []): ScenarioResult {
  // A scenario written for the 34 units of 2025 is evaluated among them, whichever view it is given.
  const dataset = scenario.units === 'units-2025' && data.provinces.set !== 'units-2025' ? papiUnitsView(data) : data;
  if (definitionRulesOf(scenario.index)?.scenario !== 'field') {
    throw new EngineError({ code: 'INVALID_INPUT', input: scenario.index, ...message('parScenarioNotPapi', {}) });
  }
  const year = papiYearOf(dataset, scenario.year);
  const field = papiField(year, dataset.definitions);
  const boundary = groupBoundary(field.definition, year.year, scenario.boundary);
  const changed = applyChanges(dataset, field, scenario.changes);
  const weights = scenario.weights ? checkWeights(field, scenario.weights) : null;
  const totals = weights ? weightedTotals(field, changed, weights) : null;
  const totalAscending = totals
    ? Float64Array.from(totals.filter((t): t is number => t !== null)).sort()
    : replacedAscending(fieldMeasure(field, 'total'), valuesOf(changed, 'total'));
  const scenarioTotal = (i: number) => (totals ? (totals[i] ?? null) : valueOf(field, changed, 'total', i));

  const reported = [...changed.values()];
  for (const name of report) {
    const { province, index } = provinceRow(dataset, field, name);
    if (!changed.has(index) && !reported.some((r) => r.index === index))
      reported.push({ index, province, values: new Map() });
  }
  const provinces = reported.map((entry): ProvinceOutcome => {
    const base = standingOf(field, 'total', entry.index, boundary('total'));
    const total = scenarioTotal(entry.index);
    const now: Standing = {
      total,
      rank: total === null ? null : rankInAscending(totalAscending, total),
      of: totalAscending.length,
      group: total === null ? null : groupInAscending(totalAscending, total, boundary('total')),
    };
    return {
      code: entry.province.code,
      nameVi: entry.province.nameVi,
      nameAscii: entry.province.nameAscii,
      base,
      scenario: now,
      change: {
        total: now.total === null || base.total === null ? null : now.total - base.total,
        rank: now.rank === null || base.rank === null ? null : base.rank - now.rank,
      },
      dimensions: field.dimensions.map((d) =>
        dimensionOutcome(field, changed, entry, d.code, nodeName(d, year.year), boundary(d.code)),
      ),
    };
  });

  const rows = year.provinces.map((code, i): FieldRow => {
    const total = scenarioTotal(i);
    return {
      code,
      nameVi: dataset.provinces.byCode.get(code)!.nameVi,
      total,
      rank: total === null ? null : rankInAscending(totalAscending, total),
      changed: changed.has(i),
    };
  });
  const byRank = (a: FieldRow, b: FieldRow) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.nameVi.localeCompare(b.nameVi, 'vi');
  let reweighted: RankShift[] | null = null;
  if (totals) {
    const equalAscending = replacedAscending(fieldMeasure(field, 'total'), valuesOf(changed, 'total'));
    reweighted = rows
      .map((row, i) => {
        const equal = valueOf(field, changed, 'total', i);
        const baseRank = equal === null ? null : rankInAscending(equalAscending, equal);
        return {
          code: row.code,
          nameVi: row.nameVi,
          baseRank,
          rank: row.rank,
          shift: baseRank === null || row.rank === null ? null : baseRank - row.rank,
        };
      })
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.nameVi.localeCompare(b.nameVi, 'vi'));
  }
  const warnings: LocalName[] = weights ? [message('reweightedTotal', {})] : [];
  const estimate = estimateNoteOf(year);
  if (estimate) warnings.push(estimate);
  return { scenario, provinces, field: rows.sort(byRank), reweighted, warnings };
}

function standingOf(field: PapiField, code: string, index: number, boundary: BoundaryConvention): Standing {
  const s = yearStandings(field.year, code, boundary);
  return { total: s.scores[index] ?? null, rank: s.ranks[index] ?? null, of: s.of, group: s.groups[index] ?? null };
}

function valuesOf(changed: ReadonlyMap<number, ChangedProvince>, code: string): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const [index, entry] of changed) if (entry.values.has(code)) out.set(index, entry.values.get(code)!);
  return out;
}

function valueOf(
  field: PapiField,
  changed: ReadonlyMap<number, ChangedProvince>,
  code: string,
  index: number,
): number | null {
  const values = changed.get(index)?.values;
  return values?.has(code) ? values.get(code)! : (fieldMeasure(field, code).scores[index] ?? null);
}

function dimensionOutcome(
  field: PapiField,
  changed: ReadonlyMap<number, ChangedProvince>,
  entry: ChangedProvince,
  code: string,
  name: LocalName,
  boundary: BoundaryConvention,
): ScenarioDimension {
  const base = standingOf(field, code, entry.index, boundary);
  const replacements = valuesOf(changed, code);
  const score = valueOf(field, changed, code, entry.index);
  const ascending = replacedAscending(fieldMeasure(field, code), replacements);
  return {
    code,
    name,
    base: base.total,
    score,
    change: score === null || base.total === null ? null : score - base.total,
    rank: score === null ? null : rankInAscending(ascending, score),
    baseRank: base.rank,
    of: ascending.length,
    group: score === null ? null : groupInAscending(ascending, score, boundary),
    baseGroup: base.group,
  };
}

function checkWeights(field: PapiField, weights: Readonly<Record<string, number>>): Float64Array {
  const out = new Float64Array(field.dimensions.length).fill(1);
  for (const [key, weight] of Object.entries(weights)) {
    const at = field.dimensions.findIndex((d) => d.code === key.toLowerCase());
    if (at < 0 || !Number.isFinite(weight) || weight < 0) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `${key}=${weight}`,
        ...message('weightInvalid', {
          pair: `${key}=${weight}`,
          dimensions: field.dimensions.map((d) => d.code).join(', '),
        }),
      });
    }
    // A node's weight is relative to its published weight (1 for every PAPI dimension).
    out[at] = weight / (field.dimensions[at]!.weight ?? 1);
  }
  // All weights 0 make every total 0: everyone ties at rank 1, which answers nothing.
  if (out.every((w) => w === 0)) {
    const given = Object.entries(weights)
      .map(([key, weight]) => `${key}=${weight}`)
      .join(',');
    throw new EngineError({ code: 'INVALID_INPUT', input: given, ...message('weightsAllZero', { weights: given }) });
  }
  return out;
}

function weightedTotals(
  field: PapiField,
  changed: ReadonlyMap<number, ChangedProvince>,
  weights: Float64Array,
): (number | null)[] {
  return field.year.provinces.map((_, i) => {
    let sum = 0;
    for (let d = 0; d < field.dimensions.length; d++) {
      const score = valueOf(field, changed, field.dimensions[d]!.code, i);
      if (score === null) return null;
      sum += weights[d]! * score;
    }
    return sum;
  });
}
