// Bench case for the task pane's scenario import (called from bench/run.ts): 20,000 scenarios read from one JSON file
// into a list that already holds 200, then saved (the list as the workbook or the browser keeps it). The pane's path
// (importScenarios: one set of names in use, one counter per clashing name) is timed against the previous path,
// kept below as it was: every imported name checked by uniqueName, which rebuilt the set of taken names and counted
// from "(2)" again for each scenario, so the work grew with the square of the list.
import { importScenarios } from '../addin/taskpane/actions/import-export';
import {
  plainScenario,
  saveScenarios,
  uniqueNames,
  type ScenarioStore,
} from '../addin/taskpane/actions/scenario-store';
import { parseScenario, type Scenario } from '../engine/all';
import { formatMs, timeSync, type BenchRow } from './timing';

const COUNT = 20_000;
const EXISTING = 200;
const REPS = 3;
const TARGET_MS = 2000;

/** The previous path's naming: a new set of every taken name for each call, numbers tried from (2) every time. */
function previousUniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  let n = 2;
  while (names.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

/** The previous import after parsing: the same checks (parseScenario per entry), the quadratic naming. */
function previousImport(text: string, fileName: string, existing: readonly Scenario[]): Scenario[] {
  const entries = (JSON.parse(text) as { scenarios: unknown[] }).scenarios;
  const parsed = entries.map((entry, i) => parseScenario(entry, `${fileName} [${i}]`));
  const names = existing.map((s) => s.name);
  const added = parsed.map((scenario) => {
    const name = previousUniqueName(scenario.name, names);
    names.push(name);
    return name === scenario.name ? scenario : { ...scenario, name };
  });
  return [...existing, ...added];
}

/** A file a planner might import: provinces' what-ifs, most names repeated (a template used for each province). */
function scenarioFile(count: number): string {
  const provinces = ['An Giang', 'Hà Nội', 'Cà Mau', 'Lào Cai', 'Huế'];
  const scenarios = Array.from({ length: count }, (_, i) => ({
    name: `${provinces[i % provinces.length]} top 10${i % 3 === 0 ? '' : ` v${i % 50}`}`,
    index: 'papi',
    year: 2019 + (i % 5),
    changes: [{ province: provinces[i % provinces.length], measure: `d${1 + (i % 8)}`, add: ((i % 10) + 1) / 10 }],
  }));
  return JSON.stringify({ format: 'papi-scenarios', version: 1, scenarios });
}

const memoryStore = (): ScenarioStore => {
  let kept: unknown = null;
  return {
    kind: 'browser',
    read: () => kept,
    write: async (value) => {
      kept = JSON.parse(JSON.stringify(value));
    },
  };
};

export async function importScenariosBench(
  progress: (line: string) => void,
): Promise<{ rows: BenchRow[]; notes: string[] }> {
  progress(`task pane: importing ${COUNT.toLocaleString('en')} scenarios`);
  const text = scenarioFile(COUNT);
  // a saved list has unique names (saving replaces a scenario of the same name)
  const saved = (JSON.parse(scenarioFile(EXISTING)) as { scenarios: unknown[] }).scenarios.map((s, i) =>
    plainScenario(parseScenario(s, `existing [${i}]`)),
  );
  const savedNames = uniqueNames(
    saved.map((s) => s.name),
    [],
  );
  const existing = saved.map((s, i) => ({ ...s, name: savedNames[i]! }));
  let names: string[] = [];
  const store = memoryStore();
  const measured = timeSync(REPS, () => {
    const outcome = importScenarios(text, 'scenarios.json', existing);
    if (!outcome.ok) throw new Error(outcome.error.en);
    names = outcome.scenarios.map((s) => s.name);
    void saveScenarios(store, outcome.scenarios);
  });
  let previousNames: string[] = [];
  // the previous path takes tens of seconds: one timed run, no warm-up
  const started = performance.now();
  const previous = previousImport(text, 'scenarios.json', existing);
  void saveScenarios(store, previous);
  const baseline = performance.now() - started;
  previousNames = previous.map((s) => s.name);
  const same = names.length === previousNames.length && names.every((n, i) => n === previousNames[i]);
  if (!same) throw new Error('import bench: the two paths named the scenarios differently');
  if (new Set(names).size !== names.length) throw new Error('import bench: names are not unique');
  return {
    rows: [
      {
        name: `Task pane: import ${COUNT.toLocaleString('en')} scenarios into a list of ${EXISTING} (n=${REPS}; baseline n=1)`,
        measured: formatMs(measured.median),
        baseline: `${formatMs(baseline)} (previous path: quadratic naming)`,
        ratio: `${(baseline / measured.median).toFixed(1)}×`,
        target: `< ${formatMs(TARGET_MS)}`,
        ok: measured.median < TARGET_MS ? 'yes' : 'NO',
      },
    ],
    notes: [
      `Scenario import: both paths parse every entry with parseScenario and give the same ${names.length.toLocaleString('en')} unique names (checked in the run); the list is then saved as the pane saves it.`,
    ],
  };
}
