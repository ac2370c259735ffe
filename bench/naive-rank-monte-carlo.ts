import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import {
  definitionOfYear,
  evaluateScenario,
  papiYearOf,
  surveyStandardError,
  topComponents,
  yearOnYearChanges,
  type Dataset,
} from '../engine/all';

/**
 * The straightforward implementation of the engine's rank Monte Carlo, as a baseline and as an independent estimate
 * in tests: an array of province objects with their 8 dimension scores; each iteration draws every dimension's change
 * (a whole historical change vector) and sampling noise (independent per dimension, with the province's total
 * standard error split evenly, so the total has the same variance), sums, sorts the whole array and reads the ranks.
 * Same model and distribution as createRankRun, none of its shortcuts.
 */
export function naiveRankDistribution(
  dataset: Dataset,
  query: {
    year: number;
    iterations: number;
    seed: number;
    othersMove?: boolean;
    target?: string;
    targetRank?: number;
    years?: number;
  },
): { codes: string[]; histograms: number[][]; hits: number } {
  const year = papiYearOf(dataset, query.year);
  const definition = definitionOfYear(dataset, year);
  const dimensions = topComponents(definition).map((d) => d.code);
  const field = evaluateScenario(dataset, { name: 'naive', index: 'papi', year: year.year, changes: [] }).field.filter(
    (r) => r.total !== null,
  );
  const provinces = field.map((row) => {
    const i = year.provinces.indexOf(row.code);
    return {
      code: row.code,
      total: row.total!,
      dims: dimensions.map((d) => year.scores.get(d)![i]!),
      se: surveyStandardError(row.code, dimensions.length) / Math.sqrt(dimensions.length),
    };
  });
  const vectors = yearOnYearChanges(dataset, year)
    .filter((c) => dimensions.every((d) => c.changes.has(d)))
    .map((c) => dimensions.map((d) => c.changes.get(d)!));
  let rng = xoroshiro128plus(query.seed);
  const uniform = () => {
    const [value, next] = [uniformFloat64(rng), rng];
    rng = next;
    return value;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const histograms = provinces.map(() => new Array<number>(provinces.length).fill(0));
  let hits = 0;
  const steps = query.years ?? 1;
  for (let it = 0; it < query.iterations; it++) {
    const drawn = provinces.map((p) => {
      const moves = (query.othersMove ?? true) && p.code !== query.target;
      const scores = p.dims.map((score, d) => score + p.se * normal());
      if (moves)
        for (let s = 0; s < steps; s++) {
          const vector = vectors[Math.floor(uniform() * vectors.length)]!;
          vector.forEach((change, d) => (scores[d]! += change));
        }
      // The published total (not the sum of the rounded published dimensions) plus the drawn changes.
      const total = p.total + scores.reduce((s, x, d) => s + x - p.dims[d]!, 0);
      return { code: p.code, index: provinces.indexOf(p), total };
    });
    const sorted = [...drawn].sort((a, b) => b.total - a.total);
    sorted.forEach((entry, position) => {
      let rank = position + 1;
      while (rank > 1 && sorted[rank - 2]!.total === entry.total) rank--;
      histograms[entry.index]![rank - 1]! += 1;
      if (entry.code === query.target && query.targetRank !== undefined && rank <= query.targetRank) hits++;
    });
  }
  return { codes: provinces.map((p) => p.code), histograms, hits };
}
