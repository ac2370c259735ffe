// The rank Monte Carlo on every core in Node: worker threads run whole-block shares of a run with the engine's kernel
// (createRankRun with `start`), and their counts are added (addRankCounts). The engine defines the random stream per
// block (engine/simulation/rank-stream.ts), so the counts are those of the single-threaded run whatever the number of
// workers and whichever worker ran which share. Used by `papi chance` for long runs and by `npm run bench`.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addRankCounts, rankRunShares, type RankCounts, type RankModel, type RankRunOptions } from '../../engine';
import type { FromRankWorker, ToRankWorker } from './rank-worker-protocol';

export interface RankPoolRun {
  /** called after each step of any worker with the iterations completed so far over all workers */
  readonly onProgress?: (done: number, total: number) => void;
  /** iterations per step (progress and stop granularity; default 1000) */
  readonly chunk?: number;
}

export interface RankPoolResult extends RankCounts {
  /** true when stop() ended the run early: the counts then cover `iterations` completed iterations, not all */
  readonly stopped: boolean;
}

export interface RankPool {
  readonly size: number;
  /** runs iterations [0, options.iterations) of the model over the pool's workers */
  run(model: RankModel, options: RankRunOptions, how?: RankPoolRun): Promise<RankPoolResult>;
  /** asks the running job to stop after each worker's current step; run() then resolves with the partial counts */
  stop(): void;
  close(): Promise<void>;
}

/** Shares per worker: enough that a worker slowed by other load leaves little idle time at the end. */
const SHARES_PER_WORKER = 8;

/**
 * A pool of `size` worker threads (default: the cores available). One job at a time; shares are handed out as workers
 * free up (a slower worker simply takes fewer), which changes nothing in the result.
 */
export function createRankPool(size = availableParallelism()): RankPool {
  const count = Math.max(1, Math.floor(size));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./rank-worker.mjs', import.meta.url)));
  for (const worker of workers) worker.unref();
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  let jobs = 0;
  let busy = false;

  async function run(model: RankModel, options: RankRunOptions, how: RankPoolRun = {}): Promise<RankPoolResult> {
    if (busy) throw new Error('rank pool: one run at a time');
    busy = true;
    Atomics.store(stopFlag, 0, 0);
    for (const worker of workers) worker.ref();
    const job = ++jobs;
    const total = options.iterations;
    const queue = rankRunShares(total, count * SHARES_PER_WORKER);
    const doneByShare = new Map<number, number>();
    let completed = 0;
    let counts: RankCounts | null = null;
    try {
      return await new Promise<RankPoolResult>((resolve, reject) => {
        let active = 0;
        let failed = false;
        let next = 0;
        const detach: (() => void)[] = [];
        const finish = (error: Error | null) => {
          for (const off of detach) off();
          if (error) reject(error);
          else
            resolve({
              histogram: counts!.histogram,
              hits: counts!.hits,
              iterations: counts!.iterations,
              stopped: counts!.iterations < total,
            });
        };
        const shareOf = new Map<number, number>();
        const give = (worker: Worker, index: number) => {
          if (Atomics.load(stopFlag, 0) !== 0 || next >= queue.length) {
            if (active === 0 && !failed) finish(null);
            return;
          }
          const share = next++;
          const [start, end] = queue[share]!;
          active++;
          const message: ToRankWorker = {
            type: 'run',
            job,
            model,
            options: { ...options, start, iterations: end },
            chunk: how.chunk ?? 1000,
            stop: stopFlag,
          };
          worker.postMessage(message);
          shareOf.set(index, share);
        };
        workers.forEach((worker, index) => {
          const onMessage = (message: FromRankWorker) => {
            if (message.job !== job || failed) return;
            const share = shareOf.get(index)!;
            if (message.type === 'progress') {
              completed += message.done - (doneByShare.get(share) ?? 0);
              doneByShare.set(share, message.done);
              how.onProgress?.(completed, total);
            } else if (message.type === 'counts') {
              active--;
              const zero = { histogram: new Int32Array(message.counts.histogram.length), hits: 0, iterations: 0 };
              counts = addRankCounts(counts ?? zero, message.counts);
              give(worker, index);
            } else {
              failed = true;
              Atomics.store(stopFlag, 0, 1);
              finish(new Error(message.message));
            }
          };
          const onError = (error: Error) => {
            if (failed) return;
            failed = true;
            Atomics.store(stopFlag, 0, 1);
            finish(error);
          };
          worker.on('message', onMessage);
          worker.on('error', onError);
          detach.push(() => {
            worker.off('message', onMessage);
            worker.off('error', onError);
          });
        });
        workers.forEach((worker, index) => give(worker, index));
      });
    } finally {
      for (const worker of workers) worker.unref();
      busy = false;
    }
  }

  return {
    size: count,
    run,
    stop: () => Atomics.store(stopFlag, 0, 1),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
