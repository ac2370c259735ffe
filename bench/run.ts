// `npm run bench`: times the simulation engine, the add-in's custom functions and the bundle against simple
// baselines, all in one run, and prints one markdown table (plus the machine and a few notes). It reports and exits 0;
// it is not a test. Each case is warmed up once, then timed with performance.now(); the table shows the median of
// the repetitions (n = how many). Ratio = baseline / measured (how many times faster the engine path is).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from 'simple-statistics';
import { chanceSheetRows, monteCarloRows } from './monte-carlo';
import { unitsBench } from './units';
import { compositeBench } from './composite';
import { internalBench } from './internal';
import { cliBench } from './cli';
import { importScenariosBench } from './import-scenarios';
import { formatMs, time, type BenchRow } from './timing';
import { loadPublishedDataset } from '../cli/data-files';
import {
  evaluateScenario,
  findProvince,
  papiProfile,
  papiYearOf,
  quartileCutoffs,
  quartileGroup,
  rankAmong,
  rankOfHypothetical,
  solveTarget,
  topComponents,
  definitionOfYear,
  type Dataset,
  type PapiGroup,
} from '../engine/all';
import { loadFunctionsHarness } from '../scripts/functions-harness';
import { build } from '../scripts/build';

const YEAR = 2019;
const SLOW_REPS = 5;
const SCENARIO_CALLS = 20_000;
const SCORE_CALLS = 5_000;
const TARGET_RANK = 10;
const BRUTE_STEP = 0.001;

const ratio = (baseline: number, measured: number) => `${(baseline / measured).toFixed(1)}×`;
const verdict = (pass: boolean) => (pass ? 'yes' : 'NO');
const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

/**
 * Baseline for the target solver: per province, raise the total by BRUTE_STEP until rankOfHypothetical (others'
 * published totals, own left out) says rank <= k, then spread the increase over the dimensions in proportion to
 * their headroom under the index bounds (what solveTarget does with equal efforts and 'bounds' caps).
 */
function bruteForceTargets(
  dataset: Dataset,
  codes: readonly string[],
  dimensions: readonly { code: string; max: number | null }[],
): Map<string, number> {
  const year = papiYearOf(dataset, YEAR);
  const totals = year.scores.get('total')!;
  const required = new Map<string, number>();
  for (const code of codes) {
    const i = year.provinces.indexOf(code);
    const base = totals[i]!;
    let total = base;
    while (rankOfHypothetical(dataset, { year: YEAR, score: total, province: code }).rank > TARGET_RANK)
      total += BRUTE_STEP;
    const need = total - base;
    const headroom = dimensions.map((d) => (d.max ?? 10) - year.scores.get(d.code)![i]!);
    const room = headroom.reduce((s, h) => s + h, 0);
    const allocation = headroom.map((h) => (room > 0 ? (need * h) / room : 0));
    if (allocation.some((a) => !Number.isFinite(a))) throw new Error(`brute force: bad allocation for ${code}`);
    required.set(code, total);
  }
  return required;
}

// 3. Target solver for every province of the year.
async function targetSolver(dataset: Dataset): Promise<{ row: BenchRow; note: string }> {
  progress(`3/6 solveTarget, every province, rank ${TARGET_RANK}`);
  const year = papiYearOf(dataset, YEAR);
  const totals = year.scores.get('total')!;
  const codes = year.provinces.filter((_, i) => totals[i] !== null);
  const dimensions = topComponents(definitionOfYear(dataset, year)).map((d) => ({ code: d.code, max: d.max ?? null }));
  const solved = new Map<string, number | null>();
  const engine = await time(SLOW_REPS * 4, () => {
    for (const code of codes)
      solved.set(
        code,
        solveTarget(dataset, { year: YEAR, province: code, goal: { rank: TARGET_RANK }, caps: 'bounds' }).requiredTotal,
      );
  });
  let brute = new Map<string, number>();
  const baseline = await time(SLOW_REPS, () => {
    brute = bruteForceTargets(dataset, codes, dimensions);
  });
  // The scan overshoots the least total by under one step (and ranks without the engine's 1e-9 tie tolerance).
  const worst = Math.max(...codes.map((c) => Math.abs(brute.get(c)! - solved.get(c)!)));
  return {
    note: `case 3: brute-force totals within ${worst.toFixed(4)} of solveTarget's requiredTotal (step ${BRUTE_STEP}) for all ${codes.length} provinces.`,
    row: {
      name: `3. Target solver, all ${codes.length} provinces of ${YEAR} (solveTarget rank ${TARGET_RANK}, caps bounds; baseline brute force: +${BRUTE_STEP} steps x rankOfHypothetical, proportional split)`,
      measured: `${formatMs(engine.median)} total (n=${engine.runs})`,
      baseline: `${formatMs(baseline.median)} total (n=${baseline.runs})`,
      ratio: ratio(baseline.median, engine.median),
      target: '< 50 ms',
      ok: verdict(engine.median < 50),
    },
  };
}

/**
 * Baseline for one scenario: recompute from scratch what evaluateScenario reports for the changed province, on copies
 * of the year's arrays: the changed dimension and the total moved, then for the total and every dimension the ranks of
 * all provinces (rankAmong), the quartile cut-offs and the province's group.
 */
function scenarioFromScratch(
  columns: readonly (readonly (number | null)[])[],
  index: number,
  dimension: number,
  add: number,
): { rank: number | null; group: PapiGroup | null }[] {
  const out: { rank: number | null; group: PapiGroup | null }[] = [];
  for (let m = 0; m < columns.length; m++) {
    const scores = [...columns[m]!];
    // column 0 is the total; column `dimension` is the dimension changed
    if ((m === 0 || m === dimension) && scores[index] !== null) scores[index] = scores[index]! + add;
    const ranks = rankAmong(scores);
    const cutoffs = quartileCutoffs(scores);
    const score = scores[index] ?? null;
    out.push({
      rank: ranks[index] ?? null,
      group: score === null || cutoffs === null ? null : quartileGroup(score, cutoffs),
    });
  }
  return out;
}

// 4. Scenario evaluation, per call.
async function scenarioEvaluation(dataset: Dataset): Promise<BenchRow> {
  progress(`4/6 evaluateScenario x${SCENARIO_CALLS}`);
  const year = papiYearOf(dataset, YEAR);
  const code = findProvince(dataset.provinces, 'An Giang').code;
  const index = year.provinces.indexOf(code);
  const dimensionCodes = topComponents(definitionOfYear(dataset, year)).map((d) => d.code);
  const columns = ['total', ...dimensionCodes].map((m) => year.scores.get(m)!);
  const d3 = 1 + dimensionCodes.indexOf('d3');
  // The added amount varies per call so that no result can be reused.
  const addOf = (i: number) => 0.01 * ((i % 50) + 1);
  let sink = 0;
  const engine = await time(SLOW_REPS, () => {
    for (let i = 0; i < SCENARIO_CALLS; i++) {
      sink += evaluateScenario(dataset, {
        name: 'bench',
        index: 'papi',
        year: YEAR,
        changes: [{ province: code, measure: 'd3', add: addOf(i) }],
      }).provinces[0]!.scenario.rank!;
    }
  });
  const baseline = await time(SLOW_REPS, () => {
    for (let i = 0; i < SCENARIO_CALLS; i++) sink += scenarioFromScratch(columns, index, d3, addOf(i))[0]!.rank!;
  });
  if (sink <= 0) throw new Error('scenario bench: no ranks');
  const engineUs = engine.median / SCENARIO_CALLS;
  const baselineUs = baseline.median / SCENARIO_CALLS;
  return {
    name: `4. Scenario evaluation per call (evaluateScenario An Giang d3 +x, ${SCENARIO_CALLS.toLocaleString('en')} calls; baseline: copied arrays, rankAmong + quartileCutoffs for total and ${dimensionCodes.length} dimensions)`,
    measured: `${formatMs(engineUs)}/call (n=${engine.runs})`,
    baseline: `${formatMs(baselineUs)}/call (n=${baseline.runs})`,
    ratio: ratio(baselineUs, engineUs),
    target: '< 50 µs',
    ok: verdict(engineUs < 0.05),
  };
}

// 5. PAPI.SCORE through the built bundle in the simulated Excel runtime, and 6. the bundle's size.
async function functionsBundle(dataset: Dataset): Promise<{ rows: BenchRow[]; notes: string[] }> {
  progress('5/6 building the functions bundle (temporary folder)');
  const outDir = mkdtempSync(join(tmpdir(), 'papi-bench-'));
  try {
    const built = await build({ outDir, taskpane: false, officeLocal: false });
    progress(`5/6 PAPI.SCORE x${SCORE_CALLS} through the harness`);
    const year = papiYearOf(dataset, YEAR);
    const provinces = year.provinces.map((c) => dataset.provinces.byCode.get(c)!.nameVi);
    const measures = [null, ...topComponents(definitionOfYear(dataset, year)).map((d) => d.code)];
    const argsOf = (i: number) => [provinces[i % provinces.length]!, YEAR, measures[i % measures.length]!] as const;
    // Each repetition: a fresh runtime (bundle evaluated, dataset fetched and parsed by a call for another year, so
    // the add-in's per-province profile cache for YEAR starts cold), then the timed calls.
    const loads: number[] = [];
    const scoreRun = async (): Promise<number> => {
      const loadStarted = performance.now();
      const harness = await loadFunctionsHarness({ dir: outDir });
      await harness.call('SCORE', 'An Giang', YEAR - 1);
      loads.push(performance.now() - loadStarted);
      const started = performance.now();
      let sum = 0;
      for (let i = 0; i < SCORE_CALLS; i++) sum += (await harness.call('SCORE', ...argsOf(i))) as number;
      if (!(sum > 0)) throw new Error('PAPI.SCORE returned no scores');
      return performance.now() - started;
    };
    await scoreRun();
    const samples: number[] = [];
    for (let r = 0; r < SLOW_REPS; r++) samples.push(await scoreRun());
    const harnessMs = median(samples);
    let sink = 0;
    const direct = await time(SLOW_REPS, () => {
      for (let i = 0; i < SCORE_CALLS; i++) {
        const [province, y, measure] = argsOf(i);
        const profile = papiProfile(dataset, { year: y, province });
        sink += (measure === null ? profile.total : profile.dimensions.find((d) => d.code === measure)!).score!;
      }
    });
    if (!(sink > 0)) throw new Error('papiProfile returned no scores');

    progress('6/6 bundle size');
    const bundle = readFileSync(join(outDir, 'functions.js'));
    if (bundle.length !== built.files['functions.js'])
      throw new Error('functions.js size disagrees with the build report');
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    return {
      notes: [
        `case 5: the add-in computes one papiProfile per (year, province as typed) and reuses it; the baseline calls papiProfile every time. Per repetition a fresh runtime loads first (bundle + published.json parse, not timed: median ${formatMs(median(loads))}).`,
        `case 6: functions.js built by scripts/build.ts (the same esbuild options as dist/functions.js) into a temporary folder; 1 KB = 1024 bytes; gzip level 9.`,
      ],
      rows: [
        {
          name: `5. ${SCORE_CALLS.toLocaleString('en')} PAPI.SCORE calls via functions harness (${provinces.length} provinces x total/${measures.length - 1} dims, ${YEAR}; baseline: direct papiProfile calls)`,
          measured: `${formatMs(harnessMs)} (n=${samples.length})`,
          baseline: `${formatMs(direct.median)} (n=${direct.runs})`,
          ratio: ratio(direct.median, harnessMs),
          target: '< 200 ms',
          ok: verdict(harnessMs < 200),
        },
        {
          name: '6. functions.js size, minified',
          measured: `${kb(bundle.length)} (${bundle.length.toLocaleString('en')} B)`,
          baseline: '-',
          ratio: '-',
          target: '< 300 KB',
          ok: verdict(bundle.length < 300 * 1024),
        },
        {
          name: '6. functions.js size, minified + gzip',
          measured: `${kb(gzipped)} (${gzipped.toLocaleString('en')} B)`,
          baseline: '-',
          ratio: '-',
          target: 'informative',
          ok: '-',
        },
      ],
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function table(rows: readonly BenchRow[]): string {
  const header: BenchRow = {
    name: 'case',
    measured: 'measured',
    baseline: 'baseline',
    ratio: 'ratio',
    target: 'target',
    ok: 'ok',
  };
  const cells = (r: BenchRow) => [r.name, r.measured, r.baseline, r.ratio, r.target, r.ok];
  const all = [header, ...rows].map(cells);
  const widths = all[0]!.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(all[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const dataset = loadPublishedDataset();
  const monteCarlo = await monteCarloRows(dataset);
  const three = await targetSolver(dataset);
  const four = await scenarioEvaluation(dataset);
  const five = await functionsBundle(dataset);
  const seven = await internalBench(progress);
  const sheet = await chanceSheetRows(dataset);
  const units = unitsBench(dataset, progress);
  const composite = compositeBench(dataset, progress);
  const cli = await cliBench();
  const importing = await importScenariosBench(progress);
  printReport(
    [
      ...monteCarlo.rows,
      three.row,
      four,
      ...five.rows,
      ...seven.rows,
      ...sheet.rows,
      ...units.rows,
      ...composite.rows,
      ...cli.rows,
      ...importing.rows,
    ],
    [
      ...monteCarlo.notes,
      three.note,
      ...five.notes,
      ...seven.notes,
      ...sheet.notes,
      ...units.notes,
      ...composite.notes,
      ...cli.notes,
      ...importing.notes,
    ],
    started,
  );
}

function printReport(rows: readonly BenchRow[], notes: readonly string[], started: number): void {
  const cpu = cpus();
  console.log(
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length}, Node ${process.version}, ${process.platform}/${process.arch}`,
  );
  console.log(
    'Every case below ran in this one process, one after another; only case 1b uses more than one core (worker threads).',
  );
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(
    'Median of n timed runs after one warm-up (case 1d: warm-up at a tenth of the iterations). Ratio = baseline / measured.',
  );
  for (const note of notes) console.log(`- ${note}`);
  console.log(`Total bench time ${formatMs(performance.now() - started)}.`);
}

/** `--only monte-carlo`: cases 1 and 2 alone (the rank Monte Carlo against NumPy and the previous kernel). */
async function onlyMonteCarlo(): Promise<void> {
  const started = performance.now();
  const monteCarlo = await monteCarloRows(loadPublishedDataset());
  printReport(monteCarlo.rows, monteCarlo.notes, started);
}

/** `--only internal`: the internal-index cases alone (results, reading, consolidation, the zip bomb). */
async function onlyInternal(): Promise<void> {
  const seven = await internalBench(progress);
  const cpu = cpus();
  console.log(
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length}, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log('');
  console.log(table(seven.rows));
  console.log('');
  for (const note of seven.notes) console.log(`- ${note}`);
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
try {
  if (only === 'internal') await onlyInternal();
  else if (only === 'monte-carlo') await onlyMonteCarlo();
  else if (only !== undefined)
    throw new Error(`--only ${only}: the groups that run alone are "internal" and "monte-carlo"`);
  else await main();
} catch (error) {
  // A report, not a test: say what failed, but exit 0 only when everything was measured.
  console.error('bench failed:', error);
  process.exitCode = 1;
}
