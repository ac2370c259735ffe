import { loadPublishedDataset, readDataFiles } from '../../cli/data-files';

/** The shipped dataset, loaded once per test file. */
export const dataset = loadPublishedDataset();
export const dataFiles = readDataFiles();
