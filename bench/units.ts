// Bench cases for the 34 units of 1 July 2025 (called from bench/run.ts): (a) reconstruction and ranking of all 34
// units for every PAPI year, against a naive per-query recomputation; (b) a 100,000-iteration chance run on the
// 34-unit field, against the naive object-array Monte Carlo on the same field. Each returns table rows and notes.
import {
  papiRanking,
  papiUnitsView,
  populationWeights,
  rankAmong,
  rankChance,
  unitRegistry,
  type Dataset,
} from '../engine/all';
import { naiveRankDistribution } from './naive-rank-monte-carlo';
import { formatMs, timeSync, type BenchRow } from './timing';

const REPS = 5;
const ITERATIONS = 100_000;

/**
 * Baseline: every unit's rank asked on its own, each query recomputing from the raw year what it needs: every unit's
 * total from its predecessors (indexOf lookups, weighted mean of each sub-dimension, re-summed), then rankAmong over
 * the 34 totals. The engine builds each year once (papiUnitsView) and ranks it once per year (papiRanking).
 */
function naiveUnitRanks(dataset: Dataset): Map<string, (number | null)[]> {
  const units = unitRegistry(dataset.provinces);
  const weights = populationWeights(dataset.provinces).byCode;
  const out = new Map<string, (number | null)[]>();
  for (const [y, year] of dataset.papi) {
    const measures = [...year.scores.keys()].filter((m) => /^d\d+_\d+$/.test(m));
    const dimensions = [...year.scores.keys()].filter((m) => /^d\d+$/.test(m));
    const totalOf = (members: readonly string[]): number | null => {
      if (members.length === 1) return year.scores.get('total')![year.provinces.indexOf(members[0]!)] ?? null;
      if (members.some((c) => (year.scores.get('total')![year.provinces.indexOf(c)] ?? null) === null)) return null;
      const sum = members.reduce((s, c) => s + weights.get(c)!, 0);
      let total = 0;
      for (const d of dimensions) {
        const parts = measures.filter((m) => m.startsWith(`${d}_`));
        const keys = parts.length > 0 ? parts : [d];
        for (const m of keys) {
          for (const c of members) {
            const v = year.scores.get(m)![year.provinces.indexOf(c)] ?? null;
            if (v === null) return null;
            total += (weights.get(c)! / sum) * v;
          }
        }
      }
      return total;
    };
    const ranks = units.all.map(
      (_, u) => rankAmong(units.all.map((other) => totalOf(other.formerProvinces!)))[u] ?? null,
    );
    out.set(String(y), ranks);
  }
  return out;
}

export function unitsBench(dataset: Dataset, progress: (line: string) => void): { rows: BenchRow[]; notes: string[] } {
  const years = [...dataset.papi.keys()];
  progress(
    `units a: reconstruction + ranking of 34 units x ${years.length} years (engine x${REPS + 1}, naive x${REPS + 1})`,
  );
  const weights = populationWeights(dataset.provinces);
  let engineRanks = new Map<string, (number | null)[]>();
  const engine = timeSync(REPS, () => {
    // Explicit weights: a fresh view every run (the default view is cached per dataset).
    const view = papiUnitsView(dataset, { weights });
    engineRanks = new Map(
      years.map((y) => {
        const byCode = new Map(papiRanking(view, { year: y }).map((r) => [r.code, r.rank]));
        return [String(y), view.provinces.all.map((u) => byCode.get(u.code) ?? null)];
      }),
    );
  });
  let naiveRanks = new Map<string, (number | null)[]>();
  const naive = timeSync(REPS, () => {
    naiveRanks = naiveUnitRanks(dataset);
  });
  const differing = years.filter(
    (y) => JSON.stringify(engineRanks.get(String(y))) !== JSON.stringify(naiveRanks.get(String(y))),
  );

  progress(`units b: rankChance on the 34-unit field, ${ITERATIONS} iterations (engine x${REPS + 1}, naive x2)`);
  const view = papiUnitsView(dataset);
  const latest = years.at(-1)!;
  let probability = 0;
  const chance = timeSync(REPS, () => {
    probability = rankChance(view, {
      year: latest,
      province: 'An Giang',
      goal: { rank: 25 },
      iterations: ITERATIONS,
      seed: 1,
    }).probability;
  });
  let hits = 0;
  const naiveChance = timeSync(1, () => {
    hits = naiveRankDistribution(view, {
      year: latest,
      iterations: ITERATIONS,
      seed: 1,
      target: '91',
      targetRank: 25,
    }).hits;
  });
  const field = papiRanking(view, { year: latest })[0]!.of;
  return {
    rows: [
      {
        name: `U1. Reconstruct + rank all 34 units, ${years.length} years ${years[0]}-${latest} (papiUnitsView + papiRanking; baseline: each unit's rank recomputed per query from the raw year)`,
        measured: `${formatMs(engine.median)} (n=${engine.runs})`,
        baseline: `${formatMs(naive.median)} (n=${naive.runs})`,
        ratio: `${(naive.median / engine.median).toFixed(1)}×`,
        target: '< 100 ms',
        ok: engine.median < 100 ? 'yes' : 'NO',
      },
      {
        name: `U2. Monte Carlo on the 34-unit field (rankChance An Giang ${latest}, rank <= 25, ${ITERATIONS.toLocaleString('en')} it., ${field} ranked; baseline naive object array + full sort)`,
        measured: `${formatMs(chance.median)} (n=${chance.runs})`,
        baseline: `${formatMs(naiveChance.median)} (n=${naiveChance.runs})`,
        ratio: `${(naiveChance.median / chance.median).toFixed(1)}×`,
        target: '< 1 s',
        ok: chance.median < 1000 ? 'yes' : 'NO',
      },
    ],
    notes: [
      `case U1: engine and naive ranks ${differing.length === 0 ? 'agree for every unit and year' : `DIFFER in ${differing.join(', ')}`}.`,
      `case U2: P(An Giang rank <= 25 of ${field}) engine ${probability.toFixed(4)}, naive ${(hits / ITERATIONS).toFixed(4)} (independent draws; the naive baseline gives each unit the sampling noise of the former province with its code, not the predecessors' samples combined).`,
    ],
  };
}
