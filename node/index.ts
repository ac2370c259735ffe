// The package entry for Node (`import { papiProfile, loadPublishedDataset } from 'papi-par-engine'`): the whole engine
// API, plus the loader of the published data shipped in the package. The pure engine alone (no Node imports, for
// browsers and bundlers) is `papi-par-engine/engine`.
export * from '../engine';
export { loadPublishedDataset, readDataFiles, DATA_DIR } from './data-files';
