import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type Dataset } from '../engine';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The shipped data folder: `data/` at the project root, found by walking up from this module (node/ in the sources,
 * dist/pkg/ or a chunk below it in the compiled package, which ships the same folder).
 */
export const DATA_DIR = findDataDir(here);

function findDataDir(start: string): string {
  for (let dir = start, i = 0; i < 5; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'data', 'papi'))) return join(dir, 'data');
  }
  return join(start, '..', 'data');
}

/** Reads every CSV under a folder as relative path -> text, the map `loadDataset` takes. */
export function readDataFiles(dir: string = DATA_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.csv'))
        files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

let published: Dataset | undefined;

/**
 * The published dataset shipped with the package (PAPI 2011-2024, partial PAR INDEX and SIPAS, provinces), read from
 * its data folder and validated once per process. Node only; in a browser, build the map yourself and call loadDataset.
 */
export function loadPublishedDataset(): Dataset {
  published ??= loadDataset(readDataFiles());
  return published;
}
