import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import {
  definitionOfYear,
  evaluateScenario,
  papiYearOf,
  standardErrorOfRow,
  topComponents,
  type Dataset,
  type IndexYear,
} from '../engine/all';

/** One year pair's province changes of the total and distances from that year's mean (both possibly rescaled). */
interface NaivePairYear {
  readonly to: number;
  readonly changes: number[];
  readonly distances: number[];
}

/**
 * The pool of the engine's model rebuilt from the published years directly (not through change-pool.ts), as an
 * independent check: every consecutive pair (t, t + 1) with t + 1 <= the field year in the field's methodology, plus
 * every pair of the methodology before it rescaled by the ratio of standard deviations of totals (field year over the
 * earlier methodology's last year); shifts = each pair's mean change less the mean of those; reversion = within-year least-squares slope of
 * change on distance; residuals = change - shift - reversion × distance; spread = their standard deviation.
 */
export function naivePool(dataset: Dataset, fieldYear: number) {
  const year = papiYearOf(dataset, fieldYear);
  const series = definitionOfYear(dataset, year).series;
  const totalsOf = (y: IndexYear) => {
    const dims = topComponents(definitionOfYear(dataset, y)).map((d) => d.code);
    const out = new Map<string, number>();
    y.provinces.forEach((code, i) => {
      const scores = dims.map((d) => y.scores.get(d)?.[i] ?? null);
      if (scores.every((s) => s !== null))
        out.set(
          code,
          scores.reduce((s, x) => s + x!, 0),
        );
    });
    return out;
  };
  const sd = (xs: number[]) => {
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
  };
  const seriesOf = (y: number) => definitionOfYear(dataset, dataset.papi.get(y)!).series;
  const pairsOf = (wanted: string, upTo: number, scale: number): NaivePairYear[] => {
    const out: NaivePairYear[] = [];
    for (const to of [...dataset.papi.keys()].sort((a, b) => a - b)) {
      const from = to - 1;
      if (to > upTo || !dataset.papi.has(from) || seriesOf(to) !== wanted || seriesOf(from) !== wanted) continue;
      const a = dataset.papi.get(from)!;
      const b = dataset.papi.get(to)!;
      if ((a.unitSet ?? 'former') !== (b.unitSet ?? 'former')) continue;
      const before = totalsOf(a);
      const after = totalsOf(b);
      const codes = [...before.keys()].filter((c) => after.has(c));
      if (codes.length < 2) continue;
      const mean = codes.reduce((s, c) => s + before.get(c)!, 0) / codes.length;
      out.push({
        to,
        changes: codes.map((c) => (after.get(c)! - before.get(c)!) * scale),
        distances: codes.map((c) => (before.get(c)! - mean) * scale),
      });
    }
    return out;
  };
  let pairs = pairsOf(series, fieldYear, 1);
  const firstOwn = Math.min(fieldYear, ...pairs.map((p) => p.to - 1));
  const earlier = [...dataset.papi.keys()]
    .filter((y) => y < firstOwn && seriesOf(y) !== series)
    .sort((a, b) => b - a)[0];
  if (earlier !== undefined) {
    const scale = sd([...totalsOf(year).values()]) / sd([...totalsOf(dataset.papi.get(earlier)!).values()]);
    pairs = [...pairsOf(seriesOf(earlier), earlier, scale), ...pairs];
  }
  const shifts = pairs.map((p) => p.changes.reduce((s, c) => s + c, 0) / p.changes.length);
  let sxy = 0;
  let sxx = 0;
  pairs.forEach((p, k) =>
    p.changes.forEach((c, i) => {
      sxy += (c - shifts[k]!) * p.distances[i]!;
      sxx += p.distances[i]! ** 2;
    }),
  );
  const reversion = sxy / sxx;
  const residuals = pairs.flatMap((p, k) => p.changes.map((c, i) => c - shifts[k]! - reversion * p.distances[i]!));
  const drift = shifts.reduce((s, x) => s + x, 0) / shifts.length;
  const spread = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
  return { years: pairs.map((p) => p.to), shifts: shifts.map((s) => s - drift), reversion, residuals, spread };
}

/**
 * The straightforward implementation of the engine's rank Monte Carlo, as a baseline and as an independent estimate
 * in tests: an array of province objects; each iteration draws, per simulated year, one year-wide shift for all and,
 * for every moving province, shift + reversion × (its total - the field's mean) + a residual (pool rebuilt by
 * naivePool; with a province asked about, the shifts are weighted by its own change, as shiftPosterior does); when
 * nothing moves, every province gets normal sampling noise instead (the asked one gets none while others move); then
 * it sorts the whole array and reads the ranks. Same model and distribution as createRankRun, none of its shortcuts.
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
    /** sees every draw's totals (in the codes' order), e.g. for the moments of the simulated field */
    onDraw?: (totals: readonly number[]) => void;
  },
): { codes: string[]; histograms: number[][]; hits: number } {
  const year = papiYearOf(dataset, query.year);
  const dimensions = topComponents(definitionOfYear(dataset, year)).length;
  const field = evaluateScenario(dataset, { name: 'naive', index: 'papi', year: year.year, changes: [] }).field.filter(
    (r) => r.total !== null,
  );
  const pool = naivePool(dataset, year.year);
  const othersMove = (query.othersMove ?? true) && pool.residuals.length > 0;
  const provinces = field.map((row) => ({
    code: row.code,
    total: row.total!,
    moves: othersMove && row.code !== query.target,
    // noise counted once: with others moving, the asked province is compared at its published scores
    se: othersMove ? 0 : standardErrorOfRow(dataset.provinces, year, row.code, dimensions),
  }));
  const centre = provinces.reduce((s, p) => s + p.total, 0) / provinces.length;
  let rng = xoroshiro128plus(query.seed);
  const uniform = () => {
    const [value, next] = [uniformFloat64(rng), rng];
    rng = next;
    return value;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(uniform() * xs.length)]!;
  const steps = query.years ?? 1;
  // With a province asked about, its change since the field year (0 here: published scores) weights the shifts: draws
  // of one shift a year, kept with probability normal-density(change - their sum - ((1 + r)^steps - 1) × its
  // distance; spread × √((g^2steps - 1) / (g^2 - 1)), g = 1 + r) relative to its peak (rejection sampling).
  const asked = provinces.find((p) => p.code === query.target);
  const g = 1 + pool.reversion;
  const drift = asked ? (g ** steps - 1) * (asked.total - centre) : 0;
  const spread = pool.spread * Math.sqrt(g === 1 ? steps : (g ** (2 * steps) - 1) / (g * g - 1));
  const drawShifts = (): number[] => {
    for (;;) {
      const shifts = Array.from({ length: steps }, () => (othersMove ? pick(pool.shifts) : 0));
      if (!asked || !othersMove) return shifts;
      const z = (0 - shifts.reduce((s, x) => s + x, 0) - drift) / spread;
      if (uniform() < Math.exp(-0.5 * z * z)) return shifts;
    }
  };
  const histograms = provinces.map(() => new Array<number>(provinces.length).fill(0));
  let hits = 0;
  for (let it = 0; it < query.iterations; it++) {
    const shifts = drawShifts();
    const drawn = provinces.map((p, index) => {
      let total = p.total;
      if (p.moves) {
        let mean = centre;
        for (const shift of shifts) {
          total += shift + pool.reversion * (total - mean) + pick(pool.residuals);
          mean += shift;
        }
      } else total += p.se * normal();
      return { code: p.code, index, total };
    });
    query.onDraw?.(drawn.map((d) => d.total));
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
