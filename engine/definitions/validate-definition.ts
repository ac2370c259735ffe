import { EngineError, type DataProblem } from '../errors';
import type { IndexDefinition } from './index-definition';
import { message } from '../i18n/messages';

const TOLERANCE = 1e-9;

/**
 * Checks a definition before any scoring uses it: unique codes, one root, known parents, NFC bilingual names,
 * bounds in order, children whose bounds add up to their parent's (PAPI), known PAR maxima that do not exceed the
 * total, and group rules for every year. Throws INVALID_DEFINITION listing every problem.
 */
export function validateDefinition(definition: IndexDefinition): IndexDefinition {
  const file = `definitions/${definition.id}.json`;
  const problems: DataProblem[] = [];
  const problem = (column: string, vi: string, en: string) => problems.push({ file, row: null, column, vi, en });
  const codes = new Set<string>();
  const roots = definition.nodes.filter((n) => n.parent === null);
  if (roots.length !== 1)
    problem(
      'nodes',
      `Cần đúng một nút gốc, có ${roots.length}`,
      `Expected exactly one root node, found ${roots.length}`,
    );
  for (const node of definition.nodes) {
    if (codes.has(node.code)) problem(node.code, 'Mã bị trùng', 'Duplicate code');
    codes.add(node.code);
    for (const lang of ['vi', 'en'] as const) {
      const name = node.name?.[lang] ?? '';
      if (name.trim() === '' || name !== name.normalize('NFC'))
        problem(node.code, `Thiếu tên (${lang}) hoặc chưa chuẩn hóa NFC`, `Missing or non-NFC name (${lang})`);
    }
    if (node.max !== null && !(node.min <= node.max))
      problem(
        node.code,
        `Cận dưới ${node.min} lớn hơn cận trên ${node.max}`,
        `Lower bound ${node.min} exceeds upper bound ${node.max}`,
      );
    if (node.max === null && node.verified !== false)
      problem(
        node.code,
        'Điểm tối đa chưa biết phải đánh dấu chưa xác minh',
        'An unknown maximum must be marked unverified',
      );
  }
  for (const node of definition.nodes) {
    if (node.parent !== null && !codes.has(node.parent))
      problem(node.code, `Nút cha "${node.parent}" không tồn tại`, `Parent "${node.parent}" does not exist`);
  }
  for (const parent of definition.nodes) {
    const children = definition.nodes.filter((n) => n.parent === parent.code);
    if (children.length === 0) continue;
    const known = children.filter((c) => c.max !== null);
    const sumMax = known.reduce((s, c) => s + (c.max ?? 0), 0);
    const sumMin = children.reduce((s, c) => s + c.min, 0);
    if (parent.max !== null && sumMax > parent.max + TOLERANCE) {
      problem(
        parent.code,
        `Tổng điểm tối đa của các nút con (${sumMax}) vượt ${parent.max}`,
        `Children's maxima add up to ${sumMax}, above ${parent.max}`,
      );
    }
    if (parent.max !== null && known.length === children.length && Math.abs(sumMax - parent.max) > TOLERANCE) {
      problem(
        parent.code,
        `Tổng điểm tối đa của các nút con (${sumMax}) khác ${parent.max}`,
        `Children's maxima add up to ${sumMax}, not ${parent.max}`,
      );
    }
    if (definition.index === 'papi' && Math.abs(sumMin - parent.min) > TOLERANCE) {
      problem(
        parent.code,
        `Tổng cận dưới của các nút con (${sumMin}) khác ${parent.min}`,
        `Children's lower bounds add up to ${sumMin}, not ${parent.min}`,
      );
    }
  }
  const [from, to] = definition.years;
  if (to !== null && to < from) problem('years', 'Khoảng năm không hợp lệ', 'Invalid year range');
  if (definition.index === 'papi' && definition.groupRule?.kind !== 'quartile')
    problem('groupRule', 'PAPI cần quy tắc nhóm theo tứ phân vị', 'PAPI needs the quartile group rule');
  const quartile = definition.groupRule;
  if (definition.index === 'papi' && quartile !== undefined) {
    const convention = (value: unknown) => value === 'lower' || value === 'upper';
    if (quartile.boundary !== undefined && !convention(quartile.boundary))
      problem(
        'groupRule.boundary',
        `"${String(quartile.boundary)}" không hợp lệ: cần lower hoặc upper`,
        `"${String(quartile.boundary)}" is invalid: expected lower or upper`,
      );
    (quartile.exceptions ?? []).forEach((e, i) => {
      const at = `groupRule.exceptions[${i}]`;
      if (!convention(e.boundary))
        problem(at, 'Quy ước ranh giới cần lower hoặc upper', 'The boundary must be lower or upper');
      if (typeof e.source !== 'string' || e.source.trim() === '')
        problem(
          at,
          'Thiếu nguồn (tuyên bố đã công bố mà quy ước này tái hiện)',
          'Missing source (the published statement it reproduces)',
        );
      const inRange = (y: number) => Number.isInteger(y) && y >= from && (to === null || y <= to);
      if (
        !Array.isArray(e.years) ||
        e.years.length !== 2 ||
        !inRange(e.years[0]) ||
        !inRange(e.years[1]) ||
        e.years[1] < e.years[0]
      )
        problem(at, 'Khoảng năm ngoài phạm vi của định nghĩa', "Years outside the definition's range");
      for (const m of e.measures ?? [])
        if (!codes.has(m))
          problem(at, `Chỉ số "${m}" không có trong định nghĩa`, `Measure "${m}" is not in the definition`);
    });
  }
  if (definition.index === 'par') {
    for (let year = from; year <= (to ?? from); year++) {
      if (!definition.groupRules?.some((r) => r.years[0] <= year && year <= r.years[1]))
        problem('groupRules', `Thiếu quy tắc xếp nhóm cho năm ${year}`, `No group rule for ${year}`);
    }
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DEFINITION',
      input: definition.id,
      ...message('definitionInvalid', { id: definition.id }),
      problems,
    });
  }
  return definition;
}
