// The chance worker: loads the published data once (data/published.json beside this script), then runs each
// Monte Carlo query in chunks, posting progress. The pane cancels a run by terminating the worker.
import { publishedDataset } from '../shared/load-dataset';
import { errorMessage, runChance } from './chance/run-chance';
import type { FromWorker, ToWorker } from './chance/protocol';

// The project's DOM typings describe a window; a dedicated worker's global has just these two members here.
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  if (event.data?.type !== 'start') return;
  try {
    const dataset = await publishedDataset();
    runChance(dataset, event.data.query, post, event.data.chunk);
  } catch (error) {
    post({ type: 'error', error: errorMessage(error) });
  }
};
