// The Node data loader lives in node/ (it is part of the installable package); the CLI and scripts import it here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_DIR } from '../node/data-files';

export { DATA_DIR, loadPublishedDataset, readDataFiles } from '../node/data-files';

/** `papi --version`: the version in the package.json beside the data folder (the project's or the installed package's). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(dirname(DATA_DIR), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The sample files shipped beside the data (samples/ at the project root, or in the installed package). */
export const SAMPLES_DIR = join(dirname(DATA_DIR), 'samples');
