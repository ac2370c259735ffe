import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine';
import {
  browserStore,
  restoreScenarios,
  saveScenarios,
  SCENARIOS_KEY,
  uniqueName,
  upsertScenario,
  workbookStore,
} from '../../../addin/taskpane/actions/scenario-store';

const d3: Scenario = {
  name: 'An Giang D3 +0,5',
  index: 'papi',
  year: 2019,
  changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }],
  weights: null,
  boundary: 'lower',
};
const subdims: Scenario = {
  name: 'Lào Cai D8.2',
  index: 'papi',
  year: 2021,
  changes: [{ province: 'Lào Cai', measure: 'd8_2', set: 1.9 }],
  weights: { d1: 2 },
  boundary: 'upper',
};

/**
 * A workbook's settings as Office.context.document.settings exposes them: get / set on an in-memory copy, saveAsync
 * persisting it into the "file" (the `saved` map), which a re-opened workbook reads back.
 */
function officeMock(file: Map<string, unknown>, fail = false) {
  const working = new Map(file);
  const calls: string[] = [];
  const mock = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get(name: string) {
            calls.push(`get ${name}`);
            return working.has(name) ? structuredClone(working.get(name)) : null;
          },
          set(name: string, value: unknown) {
            calls.push(`set ${name}`);
            working.set(name, structuredClone(value));
          },
          saveAsync(callback: (result: { status: string; error?: { message: string } }) => void) {
            calls.push('saveAsync');
            if (fail) {
              callback({ status: 'failed', error: { message: 'The document is read-only.' } });
              return;
            }
            for (const [k, v] of working) file.set(k, v);
            callback({ status: 'succeeded' });
          },
        },
      },
    },
  }) as unknown as { AsyncResultStatus: unknown };
  // Enum values are plain strings in Office.js (a scalar in the mock's data would read "not loaded").
  mock.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  (globalThis as { Office?: unknown }).Office = mock;
  return calls;
}

describe('scenarios saved in the workbook (mocked Office.context.document.settings)', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('saves with set + saveAsync and restores them when the workbook is opened again', async () => {
    const file = new Map<string, unknown>();
    const calls = officeMock(file);
    await saveScenarios(workbookStore(), [d3, subdims]);
    expect(calls).toEqual([`set ${SCENARIOS_KEY}`, 'saveAsync']);
    expect(file.has(SCENARIOS_KEY)).toBe(true);

    officeMock(file); // re-opened: a fresh settings object over the saved file
    const restored = restoreScenarios(workbookStore());
    expect(restored.problems).toEqual([]);
    expect(restored.scenarios).toEqual([
      { ...d3, points: null },
      { ...subdims, points: null },
    ]);
  });

  it('reports a failed saveAsync in both languages and does not pretend it saved', async () => {
    const file = new Map<string, unknown>();
    officeMock(file, true);
    const saving = saveScenarios(workbookStore(), [d3]);
    await expect(saving).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      en: expect.stringContaining('read-only'),
      vi: expect.stringContaining('Không lưu được'),
    });
    expect(file.size).toBe(0);
  });

  it('restores the readable entries and names the field of a damaged one', () => {
    const file = new Map<string, unknown>([
      [SCENARIOS_KEY, [d3, { name: 'hỏng', index: 'papi', year: '2019', changes: [] }]],
    ]);
    officeMock(file);
    const restored = restoreScenarios(workbookStore());
    expect(restored.scenarios.map((s) => s.name)).toEqual([d3.name]);
    expect(restored.problems).toHaveLength(1);
    expect(restored.problems[0]!.en).toContain('field "year"');
    expect(restored.problems[0]!.en).toContain('[1]');
  });

  it('an empty workbook has no scenarios and no problems', () => {
    officeMock(new Map());
    expect(restoreScenarios(workbookStore())).toEqual({ scenarios: [], problems: [] });
  });
});

describe('scenarios saved in the browser (standalone)', () => {
  function memoryStorage(): Storage {
    const map = new Map<string, string>();
    return {
      get length() {
        return map.size;
      },
      clear: () => map.clear(),
      getItem: (k) => map.get(k) ?? null,
      key: (i) => [...map.keys()][i] ?? null,
      removeItem: (k) => void map.delete(k),
      setItem: (k, v) => void map.set(k, v),
    };
  }

  it('round-trips through localStorage', async () => {
    const storage = memoryStorage();
    await saveScenarios(browserStore(storage), [d3]);
    expect(JSON.parse(storage.getItem(SCENARIOS_KEY)!)).toHaveLength(1);
    expect(restoreScenarios(browserStore(storage)).scenarios[0]!.changes).toEqual(d3.changes);
  });

  it('reports a full storage', async () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    await expect(saveScenarios(browserStore(storage), [d3])).rejects.toMatchObject({
      en: expect.stringContaining('QuotaExceededError'),
    });
  });

  it('reports saved text that is not a list', () => {
    const storage = memoryStorage();
    storage.setItem(SCENARIOS_KEY, '{"oops":1}');
    const restored = restoreScenarios(browserStore(storage));
    expect(restored.scenarios).toEqual([]);
    expect(restored.problems[0]!.vi).toContain('không phải là danh sách');
  });
});

describe('scenario list helpers', () => {
  it('replaces a scenario of the same name and numbers new names', () => {
    expect(upsertScenario([d3, subdims], { ...d3, year: 2020 }).map((s) => [s.name, s.year])).toEqual([
      [d3.name, 2020],
      [subdims.name, 2021],
    ]);
    expect(uniqueName('A', ['A', 'A (2)'])).toBe('A (3)');
    expect(uniqueName('B', ['A'])).toBe('B');
  });
});

describe('a browser that blocks the page storage', () => {
  const blocked = {
    getItem: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as Storage;

  it('restoring the saved scenarios reports the blocked storage instead of throwing (the pane stayed on "Loading...")', () => {
    const { scenarios, problems } = restoreScenarios(browserStore(blocked));
    expect(scenarios).toEqual([]);
    expect(problems.map((p) => p.en)).toEqual([
      `Could not read what was saved in this browser (${SCENARIOS_KEY}: The operation is insecure.); the browser blocks the page's storage, so scenarios and plans will not be kept.`,
    ]);
    expect(problems[0]!.vi).toContain('Không đọc được dữ liệu đã lưu trong trình duyệt');
  });
});
