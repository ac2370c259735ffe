import {
  createChanceRun,
  createRankRun,
  isEngineError,
  papiUnitsView,
  planChance,
  type ChanceQuery,
  type ChanceResult,
  type Dataset,
} from '../../../engine';
import type { DataFiles } from '../../shared/load-dataset';
import { DEFAULT_CHUNK, type FromWorker, type ToWorker } from './protocol';
import { tBoth } from '../i18n';

/**
 * Runs the engine's resumable Monte Carlo (createChanceRun) in chunks, posting progress after each chunk and the
 * result at the end; a failure is posted as a bilingual error. The worker calls this; cancelling is terminating the
 * worker, so the loop needs no flag. Returns the result (or null after an error) for callers in the same thread.
 */
export function runChance(
  dataset: Dataset,
  query: ChanceQuery,
  post: (message: FromWorker) => void,
  chunk = DEFAULT_CHUNK,
): ChanceResult | null {
  try {
    const run = createChanceRun(dataset, query);
    post({ type: 'progress', done: 0, total: run.iterations });
    while (run.done < run.iterations) {
      const done = run.step(Math.max(1, chunk));
      post({ type: 'progress', done, total: run.iterations });
    }
    const result = run.result();
    post({ type: 'result', result });
    return result;
  } catch (error) {
    post({ type: 'error', error: errorMessage(error) });
    return null;
  }
}

/**
 * What a chance worker does with a message: 'start' runs the whole query (runChance), 'plan' compiles it for shared
 * runs, 'share' runs iterations [start, end) of a plan with progress (iterations of the share done) and posts the
 * counts. `dataset` is only loaded for 'start' and 'plan', with the year files the pane added (none: the deployed data).
 */
export async function handleChanceMessage(
  message: ToWorker,
  dataset: (yearFiles: DataFiles) => Promise<Dataset>,
  post: (message: FromWorker) => void,
): Promise<void> {
  // A query about the 2025 units runs on the 34-unit view (reconstructed baselines); a share carries its compiled plan.
  const field = async (ask: Exclude<ToWorker, { type: 'share' }>): Promise<Dataset> => {
    const published = await dataset(ask.yearFiles ?? {});
    return ask.units ? papiUnitsView(published) : published;
  };
  try {
    if (message.type === 'start') runChance(await field(message), message.query, post, message.chunk);
    else if (message.type === 'plan') post({ type: 'plan', plan: planChance(await field(message), message.query) });
    else {
      const run = createRankRun(message.plan.model, {
        ...message.plan.options,
        start: message.start,
        iterations: message.end,
      });
      const total = message.end - message.start;
      while (run.done < run.iterations)
        post({ type: 'progress', done: run.step(Math.max(1, message.chunk)) - run.start, total });
      post({ type: 'counts', counts: { histogram: run.histogram, hits: run.hits, iterations: total } });
    }
  } catch (error) {
    post({ type: 'error', error: errorMessage(error) });
  }
}

/** An error as plain data that survives postMessage (an EngineError's prototype does not). */
export function errorMessage(error: unknown): { vi: string; en: string; code: string; suggestions: readonly string[] } {
  if (isEngineError(error))
    return { vi: error.describe('vi'), en: error.describe('en'), code: error.code, suggestions: error.suggestions };
  const text = error instanceof Error ? error.message : String(error);
  return { ...tBoth('unexpectedError', text), code: 'UNEXPECTED', suggestions: [] };
}
