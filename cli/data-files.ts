import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type Dataset } from '../engine';

/** The shipped data folder (data/ at the project root). */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** Reads every CSV under a folder as relative path -> text, the map `loadDataset` takes. */
export function readDataFiles(dir: string = DATA_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.csv')) files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

let published: Dataset | undefined;

/** The published dataset shipped with the product, loaded and validated once per process. */
export function loadPublishedDataset(): Dataset {
  published ??= loadDataset(readDataFiles());
  return published;
}
