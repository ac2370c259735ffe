import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../../engine';
import { exportScenariosJson, importScenarios } from '../../../addin/taskpane/actions/import-export';
import { dataset } from '../../helpers/published';

const saved: Scenario[] = [
  { name: 'Giữ nguyên', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }] },
  { name: 'Lào Cai', index: 'papi', year: 2021, changes: [{ province: 'Lào Cai', measure: 'd8', set: 5 }] },
];
const snapshot = structuredClone(saved);

describe('import and export of scenarios', () => {
  it('exports JSON that imports back to the same scenarios, renaming clashes', () => {
    const text = exportScenariosJson(saved);
    expect(JSON.parse(text).format).toBe('papi-scenarios');
    const outcome = importScenarios(text, 'kich-ban.json', saved);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.added.map((s) => s.name)).toEqual(['Giữ nguyên (2)', 'Lào Cai (2)']);
    expect(outcome.scenarios).toHaveLength(4);
    expect(outcome.scenarios[2]!.changes).toEqual(saved[0]!.changes);
    // What is imported evaluates as saved.
    expect(evaluateScenario(dataset, outcome.added[0]!).provinces[0]!.scenario.rank).toBe(
      evaluateScenario(dataset, saved[0]!).provinces[0]!.scenario.rank,
    );
  });

  it('accepts a bare list and a single scenario object', () => {
    const list = importScenarios(JSON.stringify([{ name: 'x', index: 'papi', year: 2019, changes: [] }]), 'a.json', []);
    const one = importScenarios(JSON.stringify({ name: 'y', index: 'papi', year: 2020, changes: [] }), 'b.json', []);
    expect(list.ok && list.scenarios.map((s) => s.name)).toEqual(['x']);
    expect(one.ok && one.scenarios.map((s) => s.name)).toEqual(['y']);
  });

  it('a file that is not JSON keeps the saved scenarios and says which file is wrong', () => {
    const outcome = importScenarios('{"scenarios": [ {"name": "x", ', 'hong.json', saved);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.scenarios).toBe(saved);
    expect(saved).toEqual(snapshot);
    expect(outcome.error.code).toBe('INVALID_INPUT');
    expect(outcome.error.en).toMatch(/^File "hong\.json" is not valid JSON/);
    expect(outcome.error.vi).toMatch(/^Tệp "hong\.json" không phải JSON hợp lệ/);
  });

  it('one bad entry rejects the whole file, naming the entry and the field', () => {
    const file = {
      format: 'papi-scenarios',
      scenarios: [
        saved[0],
        { name: 'xấu', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd3', set: 'nhiều' }] },
      ],
    };
    const outcome = importScenarios(JSON.stringify(file), 'moi.json', saved);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.scenarios).toEqual(snapshot);
    expect(outcome.error.en).toBe(
      'moi.json [1], field "changes[0].set": expected a number, not the text "nhiều": in a JSON file a number has no quotes and a decimal point, e.g. 4.70.',
    );
    expect(outcome.error.vi).toBe(
      'moi.json [1], trường "changes[0].set": cần một số, không phải chữ "nhiều": trong tệp JSON, số viết không có ngoặc kép và dùng dấu chấm thập phân, ví dụ 4.70.',
    );
  });

  it('rejects a file with no scenario or of the wrong shape', () => {
    const empty = importScenarios('{"scenarios": []}', 'rong.json', saved);
    const wrong = importScenarios('42', 'so.json', saved);
    expect(!empty.ok && empty.error.en).toBe('File rong.json holds no scenario.');
    expect(!wrong.ok && wrong.error.en).toContain('expected {"scenarios": [...]}');
  });
});
