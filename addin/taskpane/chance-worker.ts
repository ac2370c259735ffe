// A chance worker: loads the published data once (data/index.json and the files it lists, beside this script) when a message needs it,
// then runs a whole Monte Carlo query in chunks, or compiles its plan, or runs one share of a plan for a pane that
// splits the run over several workers (chance/protocol.ts). The pane cancels a run by terminating its workers.
import { publishedDataset, type DataFiles } from '../shared/load-dataset';
import { useKeptYearFiles } from './actions/year-files';
import { handleChanceMessage } from './chance/run-chance';
import type { FromWorker, ToWorker } from './chance/protocol';

// The project's DOM typings describe a window; a dedicated worker's global has just these two members here.
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const post = (message: FromWorker) => scope.postMessage(message);

// The deployed data plus the year files the pane sent; loaded again only when those change.
let keptNames = '';
const dataset = (yearFiles: DataFiles) => {
  const names = Object.keys(yearFiles).sort().join('\n');
  if (names !== keptNames) {
    keptNames = names;
    useKeptYearFiles(yearFiles);
  }
  return publishedDataset();
};

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const type = event.data?.type;
  if (type === 'start' || type === 'plan' || type === 'share') void handleChanceMessage(event.data, dataset, post);
};
