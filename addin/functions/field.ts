import { papiUnitsView, type Dataset } from '../../engine';
import { publishedDataset } from '../shared/load-dataset';
import { unitsArg, type Cell } from './cells';

/**
 * The field a PAPI function ranks in: the published former provinces, or (units = 2025) the 34 units of 1 July 2025
 * with merged units reconstructed by the engine (papiUnitsView; the view is built once per dataset and cached there).
 */
export async function papiField(units: Cell): Promise<Dataset> {
  const choice = unitsArg(units);
  const dataset = await publishedDataset();
  return choice === 'units-2025' ? papiUnitsView(dataset) : dataset;
}
