import {
  checkTextSize,
  EngineError,
  isEngineError,
  parseJsonText,
  parseScenario,
  type Scenario,
} from '../../../engine/all';
import { plainScenario, uniqueNames } from './scenario-store';
import { tBoth } from '../i18n';

/** The file format of exported scenarios. Import also accepts a bare list or a single scenario object. */
export const EXPORT_FORMAT = 'papi-scenarios';

export function exportScenariosJson(scenarios: readonly Scenario[]): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, scenarios: scenarios.map(plainScenario) }, null, 2)}\n`;
}

export type ImportOutcome =
  | { readonly ok: true; readonly scenarios: Scenario[]; readonly added: readonly Scenario[] }
  | { readonly ok: false; readonly scenarios: readonly Scenario[]; readonly error: EngineError };

/**
 * Reads scenarios from an imported file's text, all or nothing: every entry is checked with the engine's
 * parseScenario, and on any problem the existing list comes back unchanged with an error that names the file and
 * the entry or field that is wrong. Imported names that clash with saved ones get " (2)", " (3)"...
 */
export function importScenarios(text: string, fileName: string, existing: readonly Scenario[]): ImportOutcome {
  const fail = (error: EngineError): ImportOutcome => ({ ok: false, scenarios: existing, error });
  let json: unknown;
  try {
    checkTextSize(text, fileName); // the same bound as every user file
    json = parseJsonText({ file: fileName, text }); // the engine's JSON reader (byte-order mark accepted)
  } catch (error) {
    if (isEngineError(error)) return fail(error);
    throw error;
  }
  const entries = entriesOf(json);
  if (entries === null) {
    return fail(
      new EngineError({
        code: 'INVALID_INPUT',
        input: fileName,
        ...tBoth('importShapeInvalid', fileName),
      }),
    );
  }
  if (entries.length === 0) {
    return fail(
      new EngineError({
        code: 'INVALID_INPUT',
        input: fileName,
        ...tBoth('importEmpty', fileName),
      }),
    );
  }
  const parsed: Scenario[] = [];
  for (const [i, entry] of entries.entries()) {
    try {
      parsed.push(
        parseScenario(
          entry,
          entries.length === 1 && !Array.isArray(json) && !('scenarios' in (json as object))
            ? fileName
            : `${fileName} [${i}]`,
        ),
      );
    } catch (error) {
      if (isEngineError(error)) return fail(error);
      throw error;
    }
  }
  const names = uniqueNames(
    parsed.map((s) => s.name),
    existing.map((s) => s.name),
  );
  const added = parsed.map((scenario, i) => (names[i] === scenario.name ? scenario : { ...scenario, name: names[i]! }));
  return { ok: true, scenarios: [...existing, ...added], added };
}

function entriesOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return null;
  const scenarios = (json as Record<string, unknown>).scenarios;
  if (scenarios !== undefined) return Array.isArray(scenarios) ? scenarios : null;
  return [json];
}
