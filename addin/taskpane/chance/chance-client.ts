import {
  addRankCounts,
  chanceFromCounts,
  rankRunShares,
  type ChancePlan,
  type ChanceQuery,
  type ChanceResult,
  type LocalName,
  type RankCounts,
} from '../../../engine';
import type { DataFiles } from '../../shared/load-dataset';
import { DEFAULT_CHUNK, type FromWorker, type ToWorker } from './protocol';
import { tBoth } from '../i18n';

export interface ChanceHandlers {
  progress(done: number, total: number): void;
  result(result: ChanceResult): void;
  error(error: LocalName & { suggestions?: readonly string[] }): void;
}

export interface ChanceHandle {
  /** stops the run at once (terminates the worker); no handler is called afterwards */
  cancel(): void;
}

/** The worker is created per run: terminating it is the cancel, and a fresh one starts clean. */
export type WorkerFactory = () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/** Cores the browser reports (navigator.hardwareConcurrency), 1 when it does not say. */
export function availableWorkers(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return typeof cores === 'number' && cores >= 1 ? Math.floor(cores) : 1;
}

/** Shares per worker, so that a worker slowed by other work leaves little idle time at the end. */
const SHARES_PER_WORKER = 4;

/**
 * Starts a Monte Carlo run in Web Workers and relays progress (iterations done over all workers) and the result. With
 * one worker it runs the whole query; with more, the first compiles the plan, then every worker runs whole-block
 * shares handed out as they free up, and the pane adds the counts: the result is the same for any number of workers.
 */
export function startChance(
  query: ChanceQuery,
  handlers: ChanceHandlers,
  createWorker: WorkerFactory,
  chunk?: number,
  workers = availableWorkers(),
): ChanceHandle {
  if (workers <= 1) return startOne(query, handlers, createWorker, chunk);
  const pool: ReturnType<WorkerFactory>[] = [];
  let finished = false;
  const finish = () => {
    finished = true;
    for (const worker of pool) worker.terminate();
  };
  const fail = (error: LocalName & { suggestions?: readonly string[] }) => {
    if (finished) return;
    finish();
    handlers.error(error);
  };
  let plan: ChancePlan | null = null;
  let shares: [number, number][] = [];
  let next = 0;
  let active = 0;
  let counts: RankCounts | null = null;
  let completed = 0;
  const give = (worker: ReturnType<WorkerFactory>, progressOf: { done: number }) => {
    if (next >= shares.length) {
      if (active === 0 && !finished) {
        finish();
        handlers.result(chanceFromCounts(plan!, counts!));
      }
      return;
    }
    const [start, end] = shares[next++]!;
    active++;
    progressOf.done = 0;
    const message: ToWorker = {
      type: 'share',
      plan: { model: plan!.model, options: plan!.options },
      start,
      end,
      chunk: chunk ?? DEFAULT_CHUNK,
    };
    worker.postMessage(message);
  };
  const spawn = () => {
    const worker = createWorker();
    pool.push(worker);
    const progressOf = { done: 0 };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (finished) return;
      const message = event.data;
      if (message.type === 'plan') {
        plan = message.plan;
        const total = plan.options.iterations;
        shares = rankRunShares(total, workers * SHARES_PER_WORKER);
        handlers.progress(0, total);
        give(worker, progressOf);
        for (let k = 1; k < Math.min(workers, shares.length); k++) give(spawn(), { done: 0 });
      } else if (message.type === 'progress') {
        completed += message.done - progressOf.done;
        progressOf.done = message.done;
        handlers.progress(completed, plan!.options.iterations);
      } else if (message.type === 'counts') {
        active--;
        counts = counts === null ? message.counts : addRankCounts(counts, message.counts);
        give(worker, progressOf);
      } else if (message.type === 'error') fail(message.error);
    };
    worker.onerror = (event: ErrorEvent) => fail(tBoth('simulationWorkerFailed', event.message));
    return worker;
  };
  const first = spawn();
  const ask: ToWorker = { type: 'plan', query };
  first.postMessage(ask);
  return { cancel: () => finished || finish() };
}

/** One worker runs the whole query (the fallback when the browser reports one core). */
function startOne(
  query: ChanceQuery,
  handlers: ChanceHandlers,
  createWorker: WorkerFactory,
  chunk?: number,
): ChanceHandle {
  const worker = createWorker();
  let finished = false;
  const finish = () => {
    finished = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    if (finished) return;
    const message = event.data;
    if (message.type === 'progress') handlers.progress(message.done, message.total);
    else if (message.type === 'result') {
      finish();
      handlers.result(message.result);
    } else if (message.type === 'error') {
      finish();
      handlers.error(message.error);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    if (finished) return;
    finish();
    handlers.error(tBoth('simulationWorkerFailed', event.message));
  };
  const start: ToWorker = { type: 'start', query, ...(chunk === undefined ? {} : { chunk }) };
  worker.postMessage(start);
  return { cancel: () => finished || finish() };
}

/**
 * The pane's worker factory, telling each run which data it is about: the workers load the published data themselves,
 * so a run's 'start' / 'plan' message carries `units` when the "2025 units" switch is on and the year files a planner
 * added in the pane (both read when the message is posted, so a run keeps the field it started on).
 */
export function fieldWorkers(
  createWorker: WorkerFactory,
  field: () => { units: boolean; yearFiles: DataFiles },
): WorkerFactory {
  return () => {
    const worker = createWorker();
    const post = worker.postMessage.bind(worker) as (message: ToWorker) => void;
    worker.postMessage = ((message: ToWorker) => {
      if (message.type === 'share') return post(message);
      const { units, yearFiles } = field();
      post({ ...message, ...(units ? { units } : {}), ...(Object.keys(yearFiles).length > 0 ? { yearFiles } : {}) });
    }) as Worker['postMessage'];
    return worker;
  };
}
