import { EngineError, type DataProblem } from '../errors';
import type { IndexDefinition } from './index-definition';
import { validateDefinition } from './validate-definition';
import { message } from '../i18n/messages';
import { definitionIndexIds, definitionRulesOf } from '../indices/registry';
import type { Bilingual } from '../i18n/catalogue';

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
  const problem = (column: string, text: Bilingual) =>
    problems.push({ file: source, row: null, column, vi: text.vi, en: text.en });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problem('(root)', message('defNeedJsonObject', {}));
    return fail(source, problems);
  }
  const o = json as Record<string, unknown>;
  for (const key of ['id', 'series', 'source', 'note'] as const)
    if (typeof o[key] !== 'string') problem(key, message('defNeedString', {}));
  const declared = o.index;
  if (typeof declared !== 'string' || definitionRulesOf(declared) === null)
    problem('index', message('defNeedIndex', { known: definitionIndexIds() }));
  const years = o.years;
  if (
    !Array.isArray(years) ||
    years.length !== 2 ||
    !Number.isInteger(years[0]) ||
    !(years[1] === null || Number.isInteger(years[1]))
  ) {
    problem('years', message('defNeedYears', {}));
  }
  if (!isName(o.name)) problem('name', message('defNeedName', {}));
  if (!Array.isArray(o.nodes) || o.nodes.length === 0) problem('nodes', message('defNeedNodes', {}));
  else {
    o.nodes.forEach((node: unknown, i: number) => {
      const at = `nodes[${i}]`;
      if (typeof node !== 'object' || node === null) return problem(at, message('defNeedObject', {}));
      const n = node as Record<string, unknown>;
      if (typeof n.code !== 'string' || n.code === '') problem(`${at}.code`, message('defNeedCode', {}));
      if (!(n.parent === null || typeof n.parent === 'string')) problem(`${at}.parent`, message('defNeedParent', {}));
      if (!LEVELS.includes(n.level as string))
        problem(`${at}.level`, message('defNeedLevel', { levels: LEVELS.join(', ') }));
      if (!isName(n.name)) problem(`${at}.name`, message('defNeedNodeName', {}));
      if (typeof n.min !== 'number' || !Number.isFinite(n.min)) problem(`${at}.min`, message('defNeedNumber', {}));
      if (!(n.max === null || (typeof n.max === 'number' && Number.isFinite(n.max))))
        problem(`${at}.max`, message('defNeedNumberOrNull', {}));
      if (!(n.weight === null || (typeof n.weight === 'number' && Number.isFinite(n.weight) && n.weight >= 0)))
        problem(`${at}.weight`, message('defNeedWeight', {}));
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
