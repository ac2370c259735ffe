import type { ChanceQuery, ChanceResult, LocalName } from '../../../engine';
import type { FromWorker, ToWorker } from './protocol';

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

/** Starts a Monte Carlo run in a Web Worker and relays its messages. */
export function startChance(query: ChanceQuery, handlers: ChanceHandlers, createWorker: WorkerFactory, chunk?: number): ChanceHandle {
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
    } else {
      finish();
      handlers.error(message.error);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    if (finished) return;
    finish();
    handlers.error({ vi: `Lỗi trong tiến trình mô phỏng: ${event.message}`, en: `The simulation worker failed: ${event.message}` });
  };
  const start: ToWorker = { type: 'start', query, ...(chunk === undefined ? {} : { chunk }) };
  worker.postMessage(start);
  return { cancel: () => finished || finish() };
}
