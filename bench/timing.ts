// The timing helpers and the row shape shared by `npm run bench` (bench/run.ts) and its case modules (bench/*.ts):
// each case is warmed up once (unless told not to), then timed with performance.now(); the median of the runs counts.
import { median } from 'simple-statistics';

/** One row of the bench table. */
export interface BenchRow {
  readonly name: string;
  readonly measured: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  readonly ok: string;
}

/** The median of `runs` timed runs, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly runs: number;
}

/** One unmeasured warm-up run (unless warmUp is false), then `runs` timed runs, each awaited; milliseconds. */
export async function time(runs: number, fn: () => unknown, warmUp = true): Promise<Timing> {
  if (warmUp) await fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), runs };
}

/** The same for synchronous work, timed without awaiting (no promise in the measured time). */
export function timeSync(runs: number, fn: () => void): Timing {
  fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), runs };
}

/** Milliseconds for the table: seconds from 1 s, microseconds under 1 ms. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}
