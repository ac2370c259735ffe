// The rank Monte Carlo cases of `npm run bench` (issue #12), all measured in the same run: rankDistributions on one
// core and on every core (worker threads), the naive baseline, the previous kernel (live, bench/previous-rank-monte-
// carlo.ts) and the vectorised NumPy reference (bench/mc_numpy_total.py, when python3 with numpy is available);
// rankChance against the previous kernel; and a sheet of =PAPI.CHANCE cells through the functions harness.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { createRankPool } from '../cli/parallel/rank-pool';
import {
  distributionsFromCounts,
  papiYearOf,
  planChance,
  planDistributions,
  rankChance,
  rankDistributions,
  rankPercentiles,
  type Dataset,
} from '../engine/all';
import { loadFunctionsHarness } from '../scripts/functions-harness';
import { build, ROOT } from '../scripts/build';
import { naiveRankDistribution } from './naive-rank-monte-carlo';
import { previousCreateRankRun } from './previous-rank-monte-carlo';
import { time, type BenchRow, type Timing } from './timing';

const YEAR = 2019;
const ITERATIONS = 100_000;
const SEED = 1;
const REPS = 5;
const NAIVE_REPS = 3;
const CELL_ITERATIONS = 20_000;
const SHEET_REPS = 3;

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`);
const ratio = (baseline: number, measured: number) => `${(baseline / measured).toFixed(2)}×`;

/**
 * The NumPy reference: `run()` runs it once and gives the seconds of its simulation loop in milliseconds, timed inside
 * the script (no interpreter start-up, imports or CSV reading). OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed
 * from its environment (the reference's own advice for this machine; the script needs no BLAS routine). `missing`
 * when python3 or numpy is missing.
 */
function numpyReference(): { run: () => number; version: string } | { missing: string } {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const probe = spawnSync('python3', ['-c', 'import numpy, sys; print(numpy.__version__, sys.version.split()[0])'], {
    encoding: 'utf8',
    env,
  });
  if (probe.error || probe.status !== 0)
    return {
      missing: probe.error ? 'python3 not found' : `numpy not importable (${probe.stderr.trim().split('\n').at(-1)})`,
    };
  const run = () => {
    const result = spawnSync(
      'python3',
      [join(ROOT, 'bench', 'mc_numpy_total.py'), String(ITERATIONS), join(ROOT, 'data', 'papi')],
      { encoding: 'utf8', env, cwd: ROOT },
    );
    const seconds = /in ([\d.]+) s/.exec(result.stdout ?? '');
    if (result.status !== 0 || !seconds)
      throw new Error(`the NumPy reference failed: ${(result.stderr || result.stdout).trim().split('\n').at(-1)}`);
    return Number(seconds[1]) * 1000;
  };
  const [numpy, python] = probe.stdout.trim().split(' ');
  return { run, version: `NumPy ${numpy}, Python ${python}` };
}

/**
 * Case 1a and its NumPy peer timed in turns (engine, NumPy, engine, NumPy, ...) after one unmeasured run of each, so
 * that both see the same load on a shared machine; medians of REPS runs each.
 */
function oneCoreAgainstNumpy(
  engine: () => unknown,
  numpy: { run: () => number } | { missing: string },
): { oneCore: Timing; numpy: Timing | null } {
  engine();
  if ('run' in numpy) numpy.run(); // the first run also warms the file cache
  const engineSamples: number[] = [];
  const numpySamples: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const started = performance.now();
    engine();
    engineSamples.push(performance.now() - started);
    if ('run' in numpy) numpySamples.push(numpy.run());
  }
  return {
    oneCore: { median: median(engineSamples), runs: REPS },
    numpy: numpySamples.length > 0 ? { median: median(numpySamples), runs: numpySamples.length } : null,
  };
}

/** Cases 1 and 2: rank distributions of every province (one core, all cores, naive, previous, NumPy) and one chance. */
export async function monteCarloRows(dataset: Dataset): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const provinces = papiYearOf(dataset, YEAR).provinces.length;
  const query = { year: YEAR, iterations: ITERATIONS, seed: SEED };
  progress(
    `1/8 rankDistributions ${provinces} provinces x ${ITERATIONS} iterations, one core, in turns with the NumPy reference (python3 bench/mc_numpy_total.py ${ITERATIONS}), 1+${REPS} runs each`,
  );
  let single = rankDistributions(dataset, query);
  const reference = numpyReference();
  const { oneCore, numpy } = oneCoreAgainstNumpy(() => (single = rankDistributions(dataset, query)), reference);

  const cores = availableParallelism();
  progress(`1/8 the same on ${cores} worker threads (pool started once, 1+${REPS} runs)`);
  const poolStarted = performance.now();
  const pool = createRankPool(cores);
  const plan = planDistributions(dataset, query);
  await pool.run(plan.model, { ...plan.options, iterations: 1000 });
  const poolStart = performance.now() - poolStarted;
  let parallel = single;
  let allCores: Timing;
  try {
    allCores = await time(REPS, async () => {
      const p = planDistributions(dataset, query);
      parallel = distributionsFromCounts(dataset, p, await pool.run(p.model, p.options));
    });
  } finally {
    await pool.close();
  }
  const identical = JSON.stringify(parallel) === JSON.stringify(single);

  progress(`1/8 previous kernel (live baseline), 1+${REPS} runs`);
  const previous = await time(REPS, () => {
    const run = previousCreateRankRun(plan.model, plan.options);
    run.step(ITERATIONS);
  });

  progress(`1/8 naive baseline, ${NAIVE_REPS} runs after a 10% warm-up`);
  naiveRankDistribution(dataset, { ...query, iterations: ITERATIONS / 10 });
  let naiveResult = naiveRankDistribution(dataset, { ...query, iterations: 10 });
  const naive = await time(NAIVE_REPS, () => (naiveResult = naiveRankDistribution(dataset, query)), false);
  const naiveByCode = new Map(naiveResult.codes.map((code, p) => [code, rankPercentiles(naiveResult.histograms[p]!)]));
  const gaps = single.map((r) => {
    const q = naiveByCode.get(r.code)!;
    return Math.max(Math.abs(r.median - q.median), Math.abs(r.p5 - q.p5), Math.abs(r.p95 - q.p95));
  });

  progress(`2/8 rankChance An Giang ${YEAR}, ${ITERATIONS} iterations vs the previous kernel (1+${REPS} runs each)`);
  const chanceQuery = {
    year: YEAR,
    province: 'An Giang',
    goal: { rank: 20 },
    iterations: ITERATIONS,
    seed: SEED,
  } as const;
  let probability = 0;
  const chance = await time(REPS, () => (probability = rankChance(dataset, chanceQuery).probability));
  let previousProbability = 0;
  const previousChance = await time(REPS, () => {
    // today's implementation end to end: the same model set-up, then the previous kernel
    const p = planChance(dataset, chanceQuery);
    const run = previousCreateRankRun(p.model, p.options);
    run.step(ITERATIONS);
    previousProbability = run.hits / ITERATIONS;
  });

  const it = `${ITERATIONS.toLocaleString('en')} it.`;
  const vsNumpy = (ms: number, target: number): Pick<BenchRow, 'baseline' | 'ratio' | 'target' | 'ok'> =>
    numpy
      ? {
          baseline: `NumPy ${formatMs(numpy.median)} (n=${numpy.runs})`,
          ratio: ratio(numpy.median, ms),
          target: `>= ${target}× NumPy`,
          ok: numpy.median / ms >= target ? 'yes' : 'NO',
        }
      : { baseline: 'NumPy: skipped', ratio: '-', target: `>= ${target}× NumPy`, ok: '-' };
  const rows: BenchRow[] = [
    {
      name: `1a. rankDistributions, ${provinces} provinces of ${YEAR} x ${it}, one core`,
      measured: `${formatMs(oneCore.median)} (n=${oneCore.runs})`,
      ...vsNumpy(oneCore.median, 2),
    },
    {
      name: `1b. rankDistributions, the same on all cores (${cores} worker threads)`,
      measured: `${formatMs(allCores.median)} (n=${allCores.runs})`,
      ...vsNumpy(allCores.median, 2.5),
    },
    {
      name: `1c. NumPy reference, same model and iterations (bench/mc_numpy_total.py)`,
      measured: numpy
        ? `${formatMs(numpy.median)} (n=${numpy.runs})`
        : `skipped: ${'missing' in reference ? reference.missing : ''}`,
      baseline: '-',
      ratio: '-',
      target: 'reference',
      ok: '-',
    },
    {
      name: '1d. naive baseline (object array + full sort), same iterations',
      measured: `${formatMs(naive.median)} (n=${naive.runs})`,
      baseline: '1a one core',
      ratio: ratio(naive.median, oneCore.median),
      target: 'informative',
      ok: '-',
    },
    {
      name: '1e. previous kernel (pure-rand + polar + tagged sort), same run',
      measured: `${formatMs(previous.median)} (n=${previous.runs})`,
      baseline: '1a one core',
      ratio: ratio(previous.median, oneCore.median),
      target: 'informative',
      ok: '-',
    },
    {
      name: `2. rankChance An Giang ${YEAR}, rank <= 20, ${it}, one core (baseline: previous kernel)`,
      measured: `${formatMs(chance.median)} (n=${chance.runs})`,
      baseline: `${formatMs(previousChance.median)} (n=${previousChance.runs})`,
      ratio: ratio(previousChance.median, chance.median),
      target: '>= 2× previous',
      ok: previousChance.median / chance.median >= 2 ? 'yes' : 'NO',
    },
  ];
  const notes = [
    `case 1: year ${YEAR} (as before; the NumPy reference's year), seed ${SEED}. 1a runs in the main thread; 1b splits the same run in whole-block shares over a pool of ${cores} worker threads started once before timing (start-up + warm-up ${formatMs(poolStart)}, not timed) and adds the counts: its ${provinces} rows ${identical ? 'are identical to' : 'DIFFER from'} 1a's. Ratios in 1a and 1b are NumPy time / engine time. The kernel's loops run in WebAssembly (engine/simulation/rank-kernel.wat; its counts are pinned by test/engine/simulation/rank-kernel-wasm.test.ts and rank-kernel-pinned.test.ts).`,
    numpy && 'version' in reference
      ? `case 1c: ${reference.version}; the time is the one the script prints, measured inside Python around the simulation loop only (no start-up, imports or CSV reading), median of ${numpy.runs} runs after one unmeasured run, in turns with 1a's runs (engine, NumPy, engine, ...: both under the same load); OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from its environment (they were ${process.env.OPENBLAS_CORETYPE === undefined && process.env.OPENBLAS_L2_SIZE === undefined ? 'not set here anyway' : 'set here'}; the script uses no BLAS routine). The same model as the engine (issue 20: no look-ahead pool of the ${YEAR} field, one year-wide shift per iteration, mean reversion, a residual per province, no noise on top of the drawn changes), fitted by the script itself from the CSV files; the same work per iteration (one shift draw, ${provinces} residual draws, ranks of ${provinces}, histogram).`
      : `case 1c: NumPy reference skipped: ${'missing' in reference ? reference.missing : ''}.`,
    `case 1d: engine vs naive median/P5/P95: ${gaps.filter((g) => g <= 1).length} of ${gaps.length} provinces within 1 rank (largest gap ${Math.max(...gaps)}; independent draws of the same model).`,
    `case 2: P(An Giang rank <= 20) engine ${probability.toFixed(4)}, previous kernel ${previousProbability.toFixed(4)} (the previous kernel is kept verbatim from before issue 20: it draws the same residuals but knows no year-wide shift or reversion, so its probability differs; the row compares the work of a run, not the answers).`,
  ];
  return { rows, notes };
}

/** Case 8: a sheet of =PAPI.CHANCE cells, one per ranked province of the latest year, through the built bundle. */
export async function chanceSheetRows(dataset: Dataset): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const latest = Math.max(...dataset.papi.keys());
  const year = papiYearOf(dataset, latest);
  const totals = year.scores.get('total')!;
  const provinces = year.provinces.filter((_, i) => totals[i] !== null);
  const names = provinces.map((code) => dataset.provinces.byCode.get(code)!.nameVi);
  progress(`8/8 building the functions bundle for a sheet of ${names.length} PAPI.CHANCE cells (${latest})`);
  const outDir = mkdtempSync(join(tmpdir(), 'papi-bench-chance-'));
  try {
    await build({ outDir, taskpane: false, officeLocal: false });
    const sheet = async (harness: Awaited<ReturnType<typeof loadFunctionsHarness>>) => {
      const values = await Promise.all(names.map((name) => harness.call('CHANCE', name, latest, 20)));
      if (!values.every((v) => typeof v === 'number' && v >= 0 && v <= 1))
        throw new Error(`PAPI.CHANCE sheet: ${JSON.stringify(values)}`);
      return values as number[];
    };
    const first: number[] = [];
    const recalc: number[] = [];
    for (let r = 0; r < SHEET_REPS + 1; r++) {
      // a fresh runtime per repetition (nothing memoised yet); the dataset is loaded by a cell of another year first
      const harness = await loadFunctionsHarness({ dir: outDir });
      await harness.call('SCORE', names[0]!, latest);
      let started = performance.now();
      const values = await sheet(harness);
      if (r > 0) first.push(performance.now() - started);
      started = performance.now();
      const again = await sheet(harness);
      if (r > 0) recalc.push(performance.now() - started);
      if (JSON.stringify(again) !== JSON.stringify(values))
        throw new Error('PAPI.CHANCE: a recalculation changed a value');
    }
    progress(`8/8 baseline: the same ${names.length} chances with the previous kernel, in process`);
    const previous = await time(SHEET_REPS, () => {
      for (const name of names) {
        const p = planChance(dataset, {
          year: latest,
          province: name,
          goal: { rank: 20 },
          iterations: CELL_ITERATIONS,
          seed: 20240101,
        });
        previousCreateRankRun(p.model, p.options).step(CELL_ITERATIONS);
      }
    });
    const firstMs = median(first);
    const recalcMs = median(recalc);
    return {
      rows: [
        {
          name: `8a. Sheet of ${names.length} PAPI.CHANCE cells (${latest}, one per ranked province, rank <= 20, ${CELL_ITERATIONS.toLocaleString('en')} it. each), first calculation, via functions harness (baseline: previous kernel, in process)`,
          measured: `${formatMs(firstMs)} (n=${first.length})`,
          baseline: `${formatMs(previous.median)} (n=${previous.runs})`,
          ratio: ratio(previous.median, firstMs),
          target: 'informative',
          ok: '-',
        },
        {
          name: `8b. The same sheet recalculated (identical arguments: memoised)`,
          measured: `${formatMs(recalcMs)} (n=${recalc.length})`,
          baseline: '8a first calculation',
          ratio: ratio(firstMs, recalcMs),
          target: 'informative',
          ok: '-',
        },
      ],
      notes: [
        `case 8: ${latest} is the latest year in the data (${names.length} of ${year.provinces.length} provinces ranked; the others have no total and no chance). The cells are called together (Promise.all) in a fresh simulated runtime per repetition, after one cell that loads the dataset (not timed).`,
      ],
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
