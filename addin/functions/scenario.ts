import { evaluateScenario, findProvince, groupName, rankChance, solveTarget } from '../../engine';
import {
  BLANK,
  changesArg,
  codeValuesArg,
  goalArg,
  langArg,
  optionalText,
  textArg,
  yearArg,
  type Cell,
  type Range,
} from './cells';
import { datasetMemo } from './dataset-memo';
import { cellError } from './excel-error';
import { cellMessage, cellText } from './i18n/messages';
import { papiField } from './field';

/**
 * A cell computes a chance with a fixed seed (the same inputs always give the same number, so recalculation is stable
 * and the function need not be volatile) and a modest number of runs; the task pane runs larger ones with progress.
 */
export const CELL_CHANCE_ITERATIONS = 20_000;
export const CELL_CHANCE_SEED = 20240101;

/** PAPI.SIMULATE: evaluateScenario -> [[total, rank, of, group]] of the province after the changes. */
export async function simulateCell(
  province: Cell,
  year: Cell,
  changes: Range,
  lang: Cell,
  units: Cell,
): Promise<(string | number)[][]> {
  const name = textArg(province, cellMessage('argProvince'));
  const y = yearArg(year);
  const language = langArg(lang);
  const list = changesArg(changes, name);
  if (list.length === 0) throw cellError('invalidValue', cellMessage('changesMissing'));
  const dataset = await papiField(units, y);
  const outcome = evaluateScenario(dataset, { name: 'Excel', index: 'papi', year: y, changes: list }).provinces[0]!;
  const s = outcome.scenario;
  return [[s.total ?? BLANK, s.rank ?? BLANK, s.of, s.group === null ? BLANK : groupName(s.group, language)!]];
}

/**
 * PAPI.TARGET: solveTarget -> one row per dimension [code, increase], then [label, total increase]. An unreachable
 * target is #N/A with the solver's explanation.
 */
export async function targetCell(
  province: Cell,
  year: Cell,
  target: Cell,
  caps: Cell,
  weights: Range,
  lang: Cell,
  units: Cell,
): Promise<(string | number)[][]> {
  const name = textArg(province, cellMessage('argProvince'));
  const y = yearArg(year);
  const goal = goalArg(target);
  const language = langArg(lang);
  const effort = codeValuesArg(weights, cellMessage('argWeights'), (code) => cellMessage('argWeightOf', { code }));
  const dataset = await papiField(units, y);
  const result = solveTarget(dataset, {
    year: y,
    province: name,
    goal,
    caps: optionalText(caps)?.toLowerCase() ?? null,
    weights: Object.keys(effort).length > 0 ? effort : null,
  });
  if (!result.reachable) throw cellError('notAvailable', result.message);
  return [
    ...Object.entries(result.allocation).map(([code, increase]) => [code, increase]),
    [cellText(language, 'totalIncrease'), result.totalIncrease],
  ];
}

// A sheet often holds the same =PAPI.CHANCE question in many cells (or recalculates unchanged ones): each distinct
// question is simulated once. The key is what the arguments mean: the province's GSO code however it was typed.
const chances = datasetMemo<number>(1024);

/** PAPI.CHANCE: rankChance -> the probability of reaching the target, with the published survey noise. */
export async function chanceCell(
  province: Cell,
  year: Cell,
  target: Cell,
  changes: Range,
  units: Cell,
): Promise<number> {
  const name = textArg(province, cellMessage('argProvince'));
  const y = yearArg(year);
  const goal = goalArg(target);
  const list = changesArg(changes, name);
  const dataset = await papiField(units, y);
  const compute = () =>
    rankChance(dataset, {
      year: y,
      province: name,
      goal,
      changes: list,
      iterations: CELL_CHANCE_ITERATIONS,
      seed: CELL_CHANCE_SEED,
    }).probability;
  const code = findProvince(dataset.provinces, name).code;
  return chances(dataset, JSON.stringify([code, y, goal, list.map(({ province: _, ...change }) => change)]), compute);
}
