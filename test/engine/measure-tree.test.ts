// The one tree of measures (engine/definitions/measure-tree.ts): its validator's rules, and the same rule giving the
// same words in each index's definitions: PAPI / PAR INDEX (validateDefinition), a composite index (PCI, a user's
// CSV) and a province's internal criteria set.
import { describe, expect, it } from 'vitest';
import {
  checkMeasureTree,
  definitionFor,
  EngineError,
  parseCriteriaSet,
  parseParCriteria,
  readUserDefinition,
  shippedDefinitions,
  validateDefinition,
  type DataProblem,
  type MeasureNode,
  type TreeRules,
} from '../../engine/all';

const node = (code: string, parent: string | null, max: number | null, extra: Partial<MeasureNode> = {}) => ({
  code,
  parent,
  name: { vi: `Mục ${code}`, en: `Item ${code}` },
  max,
  ...extra,
});
const ADD_UP: TreeRules = { root: { code: null }, names: ['vi', 'en'], maxima: 'add-up', tolerance: 1e-9 };
const problemsOf = (nodes: readonly MeasureNode[], rules: TreeRules = ADD_UP) =>
  checkMeasureTree(nodes, rules).problems.map((p) => `${p.at}:${p.field}: ${p.text.en}`);

/** The problems of a refusal (fails the test when nothing is refused). */
function refusal(fn: () => unknown): readonly DataProblem[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return (error as EngineError).problems;
  }
  throw new Error('expected a refusal');
}

describe('checkMeasureTree: the tree rules every index shares', () => {
  it('accepts a tree whose children add up to their parent, within the tolerance', () => {
    expect(problemsOf([node('t', null, 1), node('a', 't', 0.1 + 0.2), node('b', 't', 0.7)])).toEqual([]);
  });

  it('names a repeated code (with the first line when known), an unknown parent and a bad name', () => {
    const nodes = [node('t', null, 10), node('a', 't', 10), node('a', 't', 5), node('b', 'x', 1)];
    expect(problemsOf(nodes)).toEqual([
      '2:code: Code "a" appears more than once: each code once.',
      '3:parent: "b" names parent "x", which is not a code of the tree.',
    ]);
    const lines = checkMeasureTree(nodes, ADD_UP, (at) => at + 2).problems[0]!.text;
    expect(lines.en).toBe('Code "a" appears more than once (first on line 3): each code once.');
    expect(lines.vi).toBe('Mã "a" xuất hiện nhiều lần (lần đầu ở dòng 3): mỗi mã chỉ một lần.');
    const decomposed = { vi: 'Ca\u0301c', en: 'x' };
    expect(problemsOf([node('t', null, null, { name: decomposed })])).toEqual([
      '0:name_vi: The name (vi) of "t" is empty or not in NFC form.',
    ]);
  });

  it('one root (named where the rule names it), or many', () => {
    const two = [node('t', null, 1), node('u', null, 1)];
    expect(problemsOf(two)).toEqual(['null:parent: Expected exactly one root node (an empty parent), found 2.']);
    expect(problemsOf([node('t', null, 1)], { ...ADD_UP, root: { code: 'total' } })).toEqual([
      'null:parent: Expected exactly one root row, code "total" with an empty parent (found 1 roots).',
    ]);
    expect(problemsOf(two, { ...ADD_UP, root: 'many' })).toEqual([]);
  });

  it('a loop of parents is named with its path, on every row whose chain meets it', () => {
    const tree = checkMeasureTree(
      [node('t', null, 2), node('a', 'b', 1), node('b', 'a', 1), node('c', 'a', 1)],
      ADD_UP,
    );
    expect(tree.problems.map((p) => [p.at, p.text.en])).toEqual([
      [1, 'Parent cycle: a → b → a'],
      [2, 'Parent cycle: b → a → b'],
      [3, 'Parent cycle: c → a → b → a'],
    ]);
    expect([...tree.cyclic]).toEqual(['a', 'b', 'c']);
  });

  it("children's maxima: 'add-up' refuses above and below; 'within' refuses above and warns below", () => {
    const above = [node('t', null, 10), node('a', 't', 6), node('b', 't', 5)];
    const below = [node('t', null, 10), node('a', 't', 6), node('b', 't', 3)];
    expect(problemsOf(above)).toEqual(['0:max: Children of "t": maxima add up to 11, above its maximum 10']);
    expect(problemsOf(below)).toEqual(['0:max: Children of "t": maxima add up to 9, not 10']);
    const within: TreeRules = { ...ADD_UP, maxima: 'within' };
    expect(problemsOf(above, within)).toHaveLength(1);
    const tree = checkMeasureTree(below, within);
    expect([tree.problems, tree.warnings.map((w) => w.text.en)]).toEqual([
      [],
      ['The sub-criteria of "t" add up to 9 < 10: the leaves\' maxima are used.'],
    ]);
    // An unpublished child maximum (PAR INDEX areas): only "not above" can be checked.
    expect(problemsOf([node('t', null, 10), node('a', 't', 6), node('b', 't', null)])).toEqual([]);
  });

  it('minima add up where the rule says so (PAPI)', () => {
    const nodes = [node('t', null, 10, { min: 1 }), node('a', 't', 5, { min: 1 }), node('b', 't', 5, { min: 1 })];
    expect(problemsOf(nodes)).toEqual([]);
    expect(problemsOf(nodes, { ...ADD_UP, minima: true })).toEqual([
      '0:min: Children of "t": lower bounds add up to 2, not 1',
    ]);
  });

  it('a weighted sum: leaves present with a positive maximum and weight, the weights adding up to the scale', () => {
    const rules: TreeRules = { ...ADD_UP, maxima: null, leaves: true, weights: { scale: 100, tolerance: 1e-6 } };
    const w = (code: string, weight: number | null, max = 10) => node(code, 'total', max, { weight });
    expect(problemsOf([node('total', null, 100), w('a', 60), w('b', 40)], rules)).toEqual([]);
    expect(problemsOf([node('total', null, 100), w('a', 60), w('b', 30)], rules)).toEqual([
      'null:weight: The weights add up to 90: expected the scale, 100.',
    ]);
    // A missing weight is the row's problem; the sum is not checked until every weight is a number.
    expect(problemsOf([node('total', null, 100), w('a', 60), w('b', null, 0)], rules)).toEqual([
      '2:max: The maximum of "b" must be a positive number.',
      '2:weight: The weight of "b" must be a positive number.',
    ]);
    expect(problemsOf([node('total', null, 100)], rules)).toContain(
      'null:code: The definition has no measure below its root.',
    );
  });
});

describe('one rule, the same words, in every index', () => {
  it('children above their parent: PAPI definition, internal criteria set', () => {
    const papi = definitionFor(shippedDefinitions, 'papi', 2018);
    const bad = { ...papi, id: 'x', nodes: papi.nodes.map((n) => (n.code === 'd1_1' ? { ...n, max: 9 } : n)) };
    const definition = refusal(() => validateDefinition(bad)).find((p) => p.column === 'd1')!;
    const set = refusal(() =>
      parseCriteriaSet({ file: 's.csv', text: 'code,parent,name_vi,max,source\n1,,A,100,appraised\n1.1,1,B,110,' }),
    ).find((p) => p.column === 'max')!;
    expect(definition.en).toMatch(/^Children of "d1": maxima add up to [\d.]+, above its maximum 10$/);
    expect(set.en).toBe('Children of "1": maxima add up to 110, above its maximum 100');
    expect(set.row).toBe(2);
  });

  it('a loop of parents: internal criteria set, user-defined index, PAPI definition', () => {
    const set = refusal(() =>
      parseCriteriaSet({
        file: 's.csv',
        text: 'code,parent,name_vi,max,source\n1,,A,100,appraised\n1.1,1.2,B,50,\n1.2,1.1,C,50,',
      }),
    );
    expect(set.filter((p) => p.column === 'parent').map((p) => [p.row, p.en])).toEqual([
      [3, 'Parent cycle: 1.1 → 1.2 → 1.1'],
      [4, 'Parent cycle: 1.2 → 1.1 → 1.2'],
    ]);
    const user = refusal(() =>
      readUserDefinition({
        file: 'd.csv',
        text: '# id: x\n# name_vi: X\ncode,parent,name_vi,weight\ntotal,,Tổng,\na,b,A,50\nb,a,B,50\n',
      }),
    );
    expect(user.map((p) => [p.row, p.column, p.en])).toContainEqual([5, 'parent', 'Parent cycle: a → b → a']);
    const papi = definitionFor(shippedDefinitions, 'papi', 2018);
    const looped = { ...papi, id: 'x', nodes: papi.nodes.map((n) => (n.code === 'd1' ? { ...n, parent: 'd1_1' } : n)) };
    expect(refusal(() => validateDefinition(looped)).map((p) => p.en)).toContain('Parent cycle: d1 → d1_1 → d1');
  });

  it("children that do not add up: PAR INDEX criteria under an area's published maximum, and under a criterion", () => {
    const definition = definitionFor(shippedDefinitions, 'par', 2019);
    const a1 = definition.nodes.find((n) => n.code === 'a1')!.max;
    const problems = refusal(() =>
      parseParCriteria(
        { file: 'c.csv', text: 'code,parent,name_vi,max\n1.1,a1,A,2\n1.1.1,1.1,B,1\n1.2,a1,C,3\na1,a2,D,1' },
        definition,
      ),
    );
    expect(problems.map((p) => [p.row, p.column, p.en])).toEqual([
      [5, 'code', 'Code "a1" appears more than once: each code once.'],
      [null, 'a1', `Children of "a1": maxima add up to 5, not ${a1}`],
      [2, 'max', 'Children of "1.1": maxima add up to 1, not 2'],
    ]);
  });

  it('a repeated code names the row of the repeat and the first: internal criteria set, user-defined index', () => {
    const set = refusal(() =>
      parseCriteriaSet({
        file: 's.csv',
        text: 'code,parent,name_vi,max,source\n1,,A,100,appraised\n1,,B,10,appraised',
      }),
    );
    const user = refusal(() =>
      readUserDefinition({
        file: 'd.csv',
        text: '# id: x\n# name_vi: X\ncode,parent,name_vi,weight\ntotal,,Tổng,\na,total,A,50\na,total,B,50\n',
      }),
    );
    const repeated = (code: string, line: number) =>
      `Code "${code}" appears more than once (first on line ${line}): each code once.`;
    expect(set.map((p) => [p.row, p.column, p.en])).toContainEqual([3, 'code', repeated('1', 2)]);
    expect(user.map((p) => [p.row, p.column, p.en])).toContainEqual([6, 'code', repeated('a', 5)]);
  });
});
