import { childrenOf, topComponents } from '../definitions/catalog';
import type { LocalName } from '../definitions/index-definition';
import { definitionOfYear, type Dataset } from '../dataset/dataset';
import type { YearEstimate, IndexYear, UnitEstimate } from '../dataset/index-year';
import { EngineError } from '../errors';
import { unitRegistry } from '../provinces/province-registry';
import type { UnitWeights } from './unit-weights';
import { message } from '../i18n/messages';

/** How a merged unit's PAPI score is estimated (shown with every reconstructed value). */
export const RECONSTRUCTION_METHOD: LocalName = message('reconstructionMethod', {});

/**
 * A former-provinces PAPI year restated for the 34 units of 1 July 2025, as an ordinary IndexYear keyed by the new
 * units (so every tool ranks, simulates and solves on it unchanged). Method (docs/merged-units.md): PAPI is a
 * population-weighted survey mean and each dimension is the sum of its sub-dimension means, so a merged unit's
 * sub-dimension score is the weighted mean of its predecessors' (weights: populations by default, or a user file),
 * its dimensions are the sums of those and its total the sum of its dimensions. Where a dimension's sub-dimensions are
 * not in the data, the weighted mean of the dimension scores is used (the same number, by linearity). Missing policy:
 * a measure is null for a unit when any predecessor has no score for it (never a mean of the rest), and the missing
 * predecessors are recorded in `estimate.units`. An unchanged unit keeps its published scores exactly.
 *
 * @example reconstructUnitsYear(dataset, dataset.papi.get(2024), populationWeights(registry)).provinces.length // => 34
 */
export function reconstructUnitsYear(dataset: Dataset, year: IndexYear, weights: UnitWeights): IndexYear {
  if ((year.unitSet ?? 'former') !== 'former' || dataset.provinces.set !== 'former') {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: String(year.year),
      ...message('papiAlreadyIn2025Units', { year: year.year }),
    });
  }
  const units = unitRegistry(dataset.provinces);
  const definition = definitionOfYear(dataset, year);
  const position = new Map(year.provinces.map((code, i) => [code, i]));
  const measures = [...year.scores.keys()];
  const scores = new Map<string, (number | null)[]>(measures.map((m) => [m, []]));
  const totalBasis: (string | null)[] = [];
  const estimates = new Map<string, UnitEstimate>();
  const valueOf = (code: string, measure: string): number | null => {
    const i = position.get(code);
    return i === undefined ? null : (year.scores.get(measure)?.[i] ?? null);
  };

  for (const unit of units.all) {
    const members = unit.formerProvinces!;
    if (members.length === 1) {
      const only = members[0]!;
      for (const m of measures) scores.get(m)!.push(valueOf(only, m));
      const i = position.get(only);
      totalBasis.push(i === undefined ? null : (year.totalBasis[i] ?? null));
      estimates.set(unit.code, {
        code: unit.code,
        merged: false,
        predecessors: [{ code: only, weight: weights.byCode.get(only) ?? 1, share: 1 }],
        missing: missingOf(members, measures, valueOf),
      });
      continue;
    }
    const predecessors = members.map((code) => ({ code, weight: weights.byCode.get(code) ?? NaN }));
    const sum = predecessors.reduce((s, p) => s + p.weight, 0);
    if (!(sum > 0)) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: unit.nameVi,
        ...message('formerProvinceWeightsMissing', { nameVi: unit.nameVi, nameAscii: unit.nameAscii }),
      });
    }
    const shares = predecessors.map((p) => ({ ...p, share: p.weight / sum }));
    const mean = (measure: string): number | null => {
      let total = 0;
      for (const p of shares) {
        const v = valueOf(p.code, measure);
        if (v === null) return null;
        total += p.share * v;
      }
      return total;
    };
    const unitScores = new Map<string, number | null>();
    let complete = true;
    let total = 0;
    for (const dimension of topComponents(definition)) {
      if (!year.scores.has(dimension.code)) continue;
      const parts = childrenOf(definition, dimension.code).filter((c) => year.scores.has(c.code));
      const partScores = parts.map((c) => mean(c.code));
      parts.forEach((c, k) => unitScores.set(c.code, partScores[k]!));
      const fromParts =
        parts.length > 0 && partScores.every((v) => v !== null) ? partScores.reduce((s: number, v) => s + v!, 0) : null;
      const score = fromParts ?? mean(dimension.code);
      unitScores.set(dimension.code, score);
      if (score === null) complete = false;
      else total += score;
    }
    unitScores.set('total', complete && mean('total') !== null ? total : null);
    for (const m of measures) scores.get(m)!.push(unitScores.has(m) ? unitScores.get(m)! : mean(m));
    totalBasis.push(unitScores.get('total') === null ? null : 'reconstructed_weighted_mean');
    estimates.set(unit.code, {
      code: unit.code,
      merged: true,
      predecessors: shares,
      missing: missingOf(members, measures, valueOf),
    });
  }
  const estimate: YearEstimate = {
    method: RECONSTRUCTION_METHOD,
    weightsSource: weights.source,
    sourceYear: year,
    units: estimates,
  };
  return {
    year: year.year,
    definitionId: year.definitionId,
    origin: 'reconstructed',
    provinces: units.all.map((u) => u.code),
    scores,
    totalBasis,
    warnings: [],
    unitSet: 'units-2025',
    estimate,
  };
}

function missingOf(
  members: readonly string[],
  measures: readonly string[],
  valueOf: (code: string, measure: string) => number | null,
): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const m of measures) {
    const absent = members.filter((code) => valueOf(code, m) === null);
    if (absent.length > 0) missing.set(m, absent);
  }
  return missing;
}
