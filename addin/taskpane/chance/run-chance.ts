import { createChanceRun, isEngineError, type ChanceQuery, type ChanceResult, type Dataset } from '../../../engine';
import { DEFAULT_CHUNK, type FromWorker } from './protocol';

/**
 * Runs the engine's resumable Monte Carlo (createChanceRun) in chunks, posting progress after each chunk and the
 * result at the end; a failure is posted as a bilingual error. The worker calls this; cancelling is terminating the
 * worker, so the loop needs no flag. Returns the result (or null after an error) for callers in the same thread.
 */
export function runChance(dataset: Dataset, query: ChanceQuery, post: (message: FromWorker) => void, chunk = DEFAULT_CHUNK): ChanceResult | null {
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

/** An error as plain data that survives postMessage (an EngineError's prototype does not). */
export function errorMessage(error: unknown): { vi: string; en: string; code: string; suggestions: readonly string[] } {
  if (isEngineError(error)) return { vi: error.describe('vi'), en: error.describe('en'), code: error.code, suggestions: error.suggestions };
  const text = error instanceof Error ? error.message : String(error);
  return { vi: `Lỗi không mong đợi: ${text}`, en: `Unexpected error: ${text}`, code: 'UNEXPECTED', suggestions: [] };
}
