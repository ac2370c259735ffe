import { papiUnitsView, type Dataset } from '../../engine';
import { publishedDataset } from '../shared/load-dataset';
import { optionalText, unitsArg, type Cell } from './cells';

/**
 * The field a PAPI function ranks in: the published former provinces, or (units = 2025) the 34 units of 1 July 2025
 * with merged units reconstructed by the engine (papiUnitsView; the view is built once per dataset and cached there).
 * With `units` blank, a year published for the 34 units (2025 on, e.g. added by `papi data add`) is read among them,
 * as the CLI does without --units.
 */
export async function papiField(units: Cell, year: number): Promise<Dataset> {
  const choice = unitsArg(units);
  const dataset = await publishedDataset();
  const keyedByUnits = optionalText(units) === null && dataset.papi.get(year)?.unitSet === 'units-2025';
  return choice === 'units-2025' || keyedByUnits ? papiUnitsView(dataset) : dataset;
}
