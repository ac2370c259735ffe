import { EngineError, parseScenario, type Scenario } from '../../../engine';
import { tBoth } from '../i18n';

/** Where saved scenarios live: the workbook's settings in Excel, localStorage in a plain browser. */
export interface ScenarioStore {
  readonly kind: 'workbook' | 'browser';
  read(): unknown;
  write(value: unknown): Promise<void>;
}

/** The settings key (workbook) and localStorage key (browser) of the saved scenarios. */
export const SCENARIOS_KEY = 'papi.scenarios';

/** The same for the saved plans (kept in the workbook next to the scenarios). */
export const PLANS_KEY = 'papi.plans';

/**
 * The workbook's own settings (Office.context.document.settings): saved in the file, so the scenarios travel with
 * the workbook. `saveAsync` persists them; a failure is reported with Office's reason.
 */
export function workbookStore(
  settings: Office.Settings = Office.context.document.settings,
  key: string = SCENARIOS_KEY,
): ScenarioStore {
  return {
    kind: 'workbook',
    read: () => settings.get(key) ?? null,
    write: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(key, value);
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            const reason = result.error?.message ?? '';
            reject(
              new EngineError({
                code: 'INVALID_INPUT',
                input: key,
                ...tBoth('saveWorkbookFailed', key, reason),
              }),
            );
          } else {
            resolve();
          }
        });
      }),
  };
}

/** localStorage (standalone in a browser). A full or blocked storage is reported, not swallowed. */
export function browserStore(storage: Storage = globalThis.localStorage, key: string = SCENARIOS_KEY): ScenarioStore {
  return {
    kind: 'browser',
    read: () => {
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch (error) {
        // Storage blocked by the browser's settings: reported where the saved list would be, the pane still starts.
        const reason = error instanceof Error ? error.message : String(error);
        throw new EngineError({ code: 'INVALID_INPUT', input: key, ...tBoth('readBrowserFailed', key, reason) });
      }
      if (text === null) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
    write: async (value) => {
      try {
        storage.setItem(key, JSON.stringify(value));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new EngineError({
          code: 'INVALID_INPUT',
          input: key,
          ...tBoth('saveBrowserFailed', key, reason),
        });
      }
    },
  };
}

/** What a store holds, or the EngineError its reading threw (a blocked browser storage), to report like a bad entry. */
export function readSaved(store: ScenarioStore): unknown {
  try {
    return store.read();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
}

/** Saves the whole list (plain JSON data: what parseScenario reads back). */
export async function saveScenarios(store: ScenarioStore, scenarios: readonly Scenario[]): Promise<void> {
  await store.write(scenarios.map(plainScenario));
}

/**
 * Reads the saved list back, checking each entry with the engine's parseScenario. An entry that does not parse is
 * skipped and reported (with the field that is wrong), so one damaged entry does not lose the others.
 */
export function restoreScenarios(store: ScenarioStore): { scenarios: Scenario[]; problems: EngineError[] } {
  const saved = readSaved(store);
  if (saved instanceof EngineError) return { scenarios: [], problems: [saved] };
  if (saved === null || saved === undefined) return { scenarios: [], problems: [] };
  const source = store.kind === 'workbook' ? 'workbook settings' : 'localStorage';
  if (!Array.isArray(saved)) {
    return {
      scenarios: [],
      problems: [
        new EngineError({
          code: 'INVALID_INPUT',
          input: SCENARIOS_KEY,
          ...tBoth('savedScenariosNotList', source),
        }),
      ],
    };
  }
  const scenarios: Scenario[] = [];
  const problems: EngineError[] = [];
  saved.forEach((entry, i) => {
    try {
      scenarios.push(parseScenario(entry, `${source} [${i}]`));
    } catch (error) {
      problems.push(
        error instanceof EngineError
          ? error
          : new EngineError({ code: 'INVALID_INPUT', input: `${source} [${i}]`, vi: String(error), en: String(error) }),
      );
    }
  });
  return { scenarios, problems };
}

/** A scenario as plain JSON (no undefined, no prototype): what is saved, exported and imported. */
export function plainScenario(scenario: Scenario): Scenario {
  return JSON.parse(JSON.stringify(scenario)) as Scenario;
}

/** A name not yet in the list: "name", then "name (2)", "name (3)"... */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  let n = 2;
  while (names.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

/**
 * Names for a batch of new items, each unique among `taken` and the batch before it ("name", "name (2)"...), as
 * uniqueName gives one by one, in linear time: one set of the names in use and, per name, the next number to try
 * (the old one-by-one path rebuilt the set and restarted at (2) for every item: 20,000 imports took minutes).
 */
export function uniqueNames(wanted: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  const next = new Map<string, number>();
  return wanted.map((name) => {
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    let n = next.get(name) ?? 2;
    while (used.has(`${name} (${n})`)) n++;
    next.set(name, n + 1);
    const unique = `${name} (${n})`;
    used.add(unique);
    return unique;
  });
}

/** Adds or replaces (same name) a scenario in the list. */
export function upsertScenario(scenarios: readonly Scenario[], scenario: Scenario): Scenario[] {
  const at = scenarios.findIndex((s) => s.name === scenario.name);
  if (at < 0) return [...scenarios, scenario];
  return scenarios.map((s, i) => (i === at ? scenario : s));
}
