import type { Dataset } from '../dataset/dataset';
import type { IndexId } from '../definitions/index-definition';
import { EngineError } from '../errors';
import { checkKeys } from '../input/check-keys';
import type { Province } from '../provinces/province';
import type { UnitSet } from '../provinces/province-registry';
import { measureCode } from '../scoring/measure-code';
import type { BoundaryConvention } from '../scoring/quartile-groups';
import { fieldMeasure, provinceRow, type PapiField } from './papi-field';
import { message, type MessageId, type MessageParams } from '../i18n/messages';
import { ARITHMETIC_EPSILON } from '../scoring/score-order';
import { definitionIndexIds, definitionRulesOf } from '../indices/registry';

/** Sets (`set`) or adds to (`add`) one dimension or sub-dimension of one province (PAPI), or one area (PAR INDEX). */
export interface ScenarioChange {
  readonly province: string;
  readonly measure: string;
  readonly set?: number;
  readonly add?: number;
}

/**
 * A what-if, as plain serialisable data: everything not changed stays as published. `weights` re-weights the
 * dimensions (published weight 1 each); `points` is the PAR INDEX base (area points) that `changes` apply to.
 */
export interface Scenario {
  readonly name: string;
  /** a registered index whose definitions allow scenarios (registry: definitionRules.scenario) */
  readonly index: IndexId;
  readonly year: number;
  readonly changes: readonly ScenarioChange[];
  readonly weights?: Readonly<Record<string, number>> | null;
  readonly boundary?: BoundaryConvention;
  readonly points?: Readonly<Record<string, number>> | null;
  /** 'units-2025' (JSON "units": 2025): the provinces named are 2025 units; evaluated on the 2025-units view */
  readonly units?: UnitSet;
}

/** The keys of a scenario file and of one change: any other key is refused with a suggestion. */
const SCENARIO_KEYS = ['name', 'index', 'year', 'changes', 'weights', 'boundary', 'points', 'units'];
const CHANGE_KEYS = ['province', 'measure', 'set', 'add'];

/** INVALID_INPUT naming the file (or other source) and the field that is wrong. */
export const fieldError = <K extends MessageId>(source: string, path: string, reason: K, params: MessageParams[K]) =>
  new EngineError({
    code: 'INVALID_INPUT',
    input: `${source}: ${path}`,
    ...message('fieldInvalid', { source, path, reason: message(reason, params) }),
  });

/**
 * A field that must be a JSON number. Text such as "4,70" is refused saying why: a JSON number has no quotes and a
 * decimal point (a file written by hand in a Vietnamese habit would otherwise just read "expected a number").
 */
export const numberFieldError = (source: string, path: string, value: unknown, positive = false) =>
  typeof value === 'string'
    ? fieldError(source, path, 'expectJsonNumber', {
        text: value,
        example: /^\s*-?\d+([.,]\d+)?\s*$/.test(value) ? value.trim().replace(',', '.') : '4.70',
      })
    : fieldError(source, path, positive ? 'expectNonNegative' : 'expectNumber', {});

/**
 * Reads a scenario from parsed JSON (a saved or imported file), checking every field; the error names the field and
 * what was expected. Province and measure names are checked when the scenario is evaluated.
 *
 * @example parseScenario({ name: 'D3 +0.5', index: 'papi', year: 2019, changes: [{ province: 'An Giang', measure: 'd3', add: 0.5 }] }).changes.length // => 1
 */
export function parseScenario(json: unknown, source = 'scenario'): Scenario {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw fieldError(source, '(root)', 'expectScenarioObject', {});
  const o = json as Record<string, unknown>;
  checkKeys(o, SCENARIO_KEYS, source);
  const name = o.name === undefined ? 'Kịch bản' : o.name;
  if (typeof name !== 'string') throw fieldError(source, 'name', 'expectString', {});
  // Absent: PAPI (files written before PAR INDEX scenarios existed). The index's module says what its changes name.
  const index = o.index ?? 'papi';
  const rules = definitionRulesOf(String(index));
  if (rules === null)
    throw fieldError(source, 'index', 'expectIndex', { value: String(index), known: definitionIndexIds() });
  if (typeof o.year !== 'number' || !Number.isInteger(o.year))
    throw fieldError(source, 'year', 'expectYear', { example: 2019 });
  if (!Array.isArray(o.changes)) throw fieldError(source, 'changes', 'expectChangeList', {});
  const changes = o.changes.map((c: unknown, i: number): ScenarioChange => {
    const path = `changes[${i}]`;
    if (typeof c !== 'object' || c === null) throw fieldError(source, path, 'expectChange', {});
    const r = c as Record<string, unknown>;
    checkKeys(r, CHANGE_KEYS, source, path);
    if (typeof r.measure !== 'string') throw fieldError(source, `${path}.measure`, 'expectMeasureCode', {});
    if (rules.scenario === 'field' && typeof r.province !== 'string')
      throw fieldError(source, `${path}.province`, 'expectProvinceName', {});
    const set = r.set;
    const add = r.add;
    if ((set === undefined) === (add === undefined)) throw fieldError(source, path, 'expectSetOrAdd', {});
    const value = set ?? add;
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw numberFieldError(source, `${path}.${set !== undefined ? 'set' : 'add'}`, value);
    return {
      province: typeof r.province === 'string' ? r.province : '',
      measure: r.measure,
      ...(set !== undefined ? { set: value } : { add: value }),
    };
  });
  const weights =
    o.weights === undefined || o.weights === null ? null : numberRecord(o.weights, source, 'weights', true);
  const points = o.points === undefined || o.points === null ? null : numberRecord(o.points, source, 'points', false);
  // Absent, the year's definition decides where a score on a cut-off goes; given, it overrides that for every measure.
  if (o.boundary !== undefined && o.boundary !== 'lower' && o.boundary !== 'upper')
    throw fieldError(source, 'boundary', 'expectBoundary', {});
  return {
    name,
    index: String(index),
    year: o.year,
    changes,
    weights,
    ...(o.boundary !== undefined ? { boundary: o.boundary as BoundaryConvention } : {}),
    points,
    ...(unitsOf(o.units, source) === 'units-2025' ? { units: 'units-2025' as const } : {}),
  };
}

/** A file's "units": 2025 (or "units-2025") = the 34 units of 1 July 2025; absent, 63 or "former" = the former provinces. */
export function unitsOf(value: unknown, source: string): UnitSet {
  if (value === undefined || value === null || value === 63 || value === '63' || value === 'former') return 'former';
  if (value === 2025 || value === '2025' || value === 'units-2025') return 'units-2025';
  throw fieldError(source, 'units', 'expectUnits', {});
}

function numberRecord(value: unknown, source: string, path: string, positive: boolean): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw fieldError(source, path, 'expectShape', { shape: '{"d1": 1, ...}' });
  const out: Record<string, number> = Object.create(null);
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || (positive ? v < 0 : false))
      throw numberFieldError(source, `${path}.${key}`, v, positive);
    out[key.toLowerCase()] = v;
  }
  return out;
}

/** A province touched by a scenario: its new scores for every measure that changed (sub-dimension, dimension, total). */
export interface ChangedProvince {
  readonly index: number;
  readonly province: Province;
  readonly values: Map<string, number | null>;
}

/**
 * Applies the changes to a compiled year, in order. A sub-dimension change moves its dimension and the total by the
 * same amount; a dimension change moves the total. Every new value is checked against its bounds (a sub-dimension of a
 * dimension with n parts cannot exceed 10/n), and a dimension cannot be changed together with one of its
 * sub-dimensions (which of the two would win is not defined).
 */
export function applyChanges(
  dataset: Dataset,
  field: PapiField,
  changes: readonly ScenarioChange[],
): Map<number, ChangedProvince> {
  const changed = new Map<number, ChangedProvince>();
  const touched = new Map<string, 'dimension' | 'subdimension'>();
  for (const change of changes) {
    const { province, index } = provinceRow(dataset, field, change.province);
    const code = measureCode(field.definition, change.measure);
    const node = field.definition.nodes.find((n) => n.code === code)!;
    if (node.level !== 'dimension' && node.level !== 'subdimension') {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: change.measure,
        ...message('changeNotADimension', { measure: change.measure }),
      });
    }
    const dimension = node.level === 'dimension' ? node.code : node.parent!;
    const conflict = touched.get(`${index}|${dimension}`);
    const level = node.level === 'dimension' ? 'dimension' : 'subdimension';
    if (conflict !== undefined && conflict !== level) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: change.measure,
        ...message('changeTwoLevels', {
          dimension: dimension.toUpperCase(),
          nameVi: province.nameVi,
          nameAscii: province.nameAscii,
        }),
      });
    }
    touched.set(`${index}|${dimension}`, level);
    let entry = changed.get(index);
    if (!entry) changed.set(index, (entry = { index, province, values: new Map() }));
    const current = (code: string) =>
      entry!.values.has(code) ? entry!.values.get(code)! : (fieldMeasure(field, code).scores[index] ?? null);
    const before = current(code);
    if (change.add !== undefined && before === null) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: `${change.measure} +${change.add}`,
        ...message('changeAddWithoutScore', {
          measure: code.toUpperCase(),
          year: field.year.year,
          nameVi: province.nameVi,
          nameAscii: province.nameAscii,
        }),
      });
    }
    const after = change.set ?? before! + change.add!;
    checkBounds(after, node.min, node.max, code, province, change);
    entry.values.set(code, after);
    if (level === 'subdimension') {
      const parent = current(dimension);
      if (parent === null || before === null) {
        throw new EngineError({
          code: 'INVALID_INPUT',
          input: change.measure,
          ...message('changeDimensionMissing', {
            dimension: dimension.toUpperCase(),
            year: field.year.year,
            nameVi: province.nameVi,
            nameAscii: province.nameAscii,
          }),
        });
      }
      const dimensionNode = field.definition.nodes.find((n) => n.code === dimension)!;
      checkBounds(parent + after - before, dimensionNode.min, dimensionNode.max, dimension, province, change);
      entry.values.set(dimension, parent + after - before);
    }
  }
  for (const entry of changed.values()) entry.values.set('total', totalOf(field, entry));
  return changed;
}

function checkBounds(
  value: number,
  min: number,
  max: number | null,
  code: string,
  province: Province,
  change: ScenarioChange,
): void {
  if (value >= min - ARITHMETIC_EPSILON && (max === null || value <= max + ARITHMETIC_EPSILON)) return;
  const input = `${province.nameVi} ${change.measure} ${change.set !== undefined ? '=' : '+'} ${change.set ?? change.add}`;
  throw new EngineError({
    code: 'OUT_OF_RANGE',
    input,
    ...message('scenarioValueOutOfRange', {
      measure: code.toUpperCase(),
      nameVi: province.nameVi,
      nameAscii: province.nameAscii,
      value: round(value),
      min,
      max,
      input,
    }),
  });
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The published total moved by the dimension changes; with no published total, the sum when every dimension is present. */
function totalOf(field: PapiField, entry: ChangedProvince): number | null {
  const published = fieldMeasure(field, 'total').scores[entry.index] ?? null;
  let delta = 0;
  let sum = 0;
  let complete = true;
  for (const d of field.dimensions) {
    const base = fieldMeasure(field, d.code).scores[entry.index] ?? null;
    const now = entry.values.has(d.code) ? entry.values.get(d.code)! : base;
    if (now === null) complete = false;
    else sum += now;
    if (base !== null && now !== null) delta += now - base;
  }
  if (published !== null) return published + delta;
  return complete ? sum : null;
}
