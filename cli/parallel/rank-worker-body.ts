// A Node worker thread of the rank pool: runs the shares it is sent with the engine's kernel, posting progress after
// every step and its counts at the end (or when the shared stop flag is raised).
import { parentPort } from 'node:worker_threads';
import { createRankRun } from '../../engine';
import type { FromRankWorker, ToRankWorker } from './rank-worker-protocol';

const port = parentPort!;
const post = (message: FromRankWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToRankWorker) => {
  if (message.type !== 'run') return;
  const { job, model, options, chunk, stop } = message;
  try {
    const run = createRankRun(model, options);
    while (run.done < run.iterations && Atomics.load(stop, 0) === 0) {
      run.step(chunk);
      post({ type: 'progress', job, done: run.done - run.start });
    }
    const histogram = run.histogram;
    post({ type: 'counts', job, counts: { histogram, hits: run.hits, iterations: run.done - run.start } }, [
      histogram.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
});
