import { EngineError, type DataProblem } from '../errors';
import type { IndexDefinition } from './index-definition';
import { validateDefinition } from './validate-definition';
import { message } from '../i18n/messages';

const LEVELS = ['index', 'dimension', 'subdimension', 'area', 'criterion', 'subcriterion'];

/**
 * Reads a user's index definition (a methodology year the product does not ship) from parsed JSON: the same layout as
 * the bundled files in engine/definitions/ (id, index, years, series, name, source, note, groupRule, nodes), checked
 * field by field and then by the same rules as the bundled ones (validateDefinition: one root, known parents, bilingual
 * NFC names, children's bounds adding up to their parent's). Every problem is reported at once (INVALID_DEFINITION).
 *
 * @example parseDefinition({ ...shippedDefinitions[3], id: 'papi-2025', years: [2025, null] }, 'papi-2025.json').years // => [2025, null]
 */
export function parseDefinition(json: unknown, source: string): IndexDefinition {
  const problems: DataProblem[] = [];
  const problem = (column: string, vi: string, en: string) =>
    problems.push({ file: source, row: null, column, vi, en });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problem('(root)', 'cần một đối tượng JSON', 'expected a JSON object');
    return fail(source, problems);
  }
  const o = json as Record<string, unknown>;
  for (const key of ['id', 'series', 'source', 'note'] as const)
    if (typeof o[key] !== 'string') problem(key, 'cần một chuỗi', 'expected a string');
  if (o.index !== 'papi' && o.index !== 'par') problem('index', 'cần "papi" hoặc "par"', 'expected "papi" or "par"');
  const years = o.years;
  if (
    !Array.isArray(years) ||
    years.length !== 2 ||
    !Number.isInteger(years[0]) ||
    !(years[1] === null || Number.isInteger(years[1]))
  ) {
    problem(
      'years',
      'cần [năm đầu, năm cuối hoặc null], ví dụ [2025, null]',
      'expected [first year, last year or null], e.g. [2025, null]',
    );
  }
  if (!isName(o.name)) problem('name', 'cần {"vi": "...", "en": "..."}', 'expected {"vi": "...", "en": "..."}');
  if (!Array.isArray(o.nodes) || o.nodes.length === 0)
    problem('nodes', 'cần danh sách nút', 'expected a list of nodes');
  else {
    o.nodes.forEach((node: unknown, i: number) => {
      const at = `nodes[${i}]`;
      if (typeof node !== 'object' || node === null) return problem(at, 'cần một đối tượng', 'expected an object');
      const n = node as Record<string, unknown>;
      if (typeof n.code !== 'string' || n.code === '') problem(`${at}.code`, 'cần mã', 'expected a code');
      if (!(n.parent === null || typeof n.parent === 'string'))
        problem(`${at}.parent`, 'cần mã nút cha hoặc null', 'expected a parent code or null');
      if (!LEVELS.includes(n.level as string))
        problem(`${at}.level`, `cần ${LEVELS.join(', ')}`, `expected ${LEVELS.join(', ')}`);
      if (!isName(n.name)) problem(`${at}.name`, 'cần {"vi", "en"}', 'expected {"vi", "en"}');
      if (typeof n.min !== 'number' || !Number.isFinite(n.min)) problem(`${at}.min`, 'cần một số', 'expected a number');
      if (!(n.max === null || (typeof n.max === 'number' && Number.isFinite(n.max))))
        problem(`${at}.max`, 'cần một số hoặc null', 'expected a number or null');
      if (!(n.weight === null || (typeof n.weight === 'number' && Number.isFinite(n.weight) && n.weight >= 0)))
        problem(`${at}.weight`, 'cần một số không âm hoặc null', 'expected a non-negative number or null');
    });
  }
  if (problems.length > 0) return fail(source, problems);
  try {
    return validateDefinition(json as IndexDefinition);
  } catch (error) {
    const e = error as EngineError;
    return fail(
      source,
      e.problems.map((p) => ({ ...p, file: source })),
    );
  }
}

function isName(value: unknown): boolean {
  const name = value as Record<string, unknown> | null;
  return typeof name === 'object' && name !== null && typeof name.vi === 'string' && typeof name.en === 'string';
}

function fail(source: string, problems: DataProblem[]): never {
  throw new EngineError({
    code: 'INVALID_DEFINITION',
    input: source,
    ...message('definitionFileInvalid', { file: source, count: problems.length }),
    problems,
  });
}
