// `npm run track-record`: runs the back-test (papi backtest) for the 63 former provinces and for the 34 units and
// writes the pooled coverage of the 90% interval into engine/simulation/track-record.json, the numbers the track-record
// line beside every chance shows (CLI, task pane, =PAPI.CHANCE). test/engine/simulation/track-record.test.ts re-runs
// the back-test and fails while the file and a fresh run disagree: the line is measured, never typed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backtest, papiUnitsView, type Dataset } from '../engine/all';
import { TRACK_RECORD } from '../engine/simulation/track-record';
import { loadPublishedDataset } from '../node/index';

export const TRACK_RECORD_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'engine',
  'simulation',
  'track-record.json',
);

/** The track record as the back-test measures it now, with the settings of the stored one. */
export function measureTrackRecord(dataset: Dataset) {
  const { from, to, iterations, seed } = TRACK_RECORD;
  const run = (data: Dataset) => {
    const pooled = backtest(data, { from, to, iterations, seed }).pooled;
    return { cases: pooled.cases, coverage: Number(pooled.coverage.toFixed(4)) };
  };
  return { from, to, iterations, seed, provinces: run(dataset), units: run(papiUnitsView(dataset)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const measured = measureTrackRecord(loadPublishedDataset());
  writeFileSync(TRACK_RECORD_PATH, `${JSON.stringify(measured, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}
