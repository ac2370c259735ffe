// The Node data loader lives in node/ (it is part of the installable package); the CLI and scripts import it here.
export { DATA_DIR, loadPublishedDataset, readDataFiles } from '../node/data-files';
