import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  definitionFor,
  EngineError,
  measureCode,
  parseDefinition,
  shippedDefinitions,
  topComponents,
  validateDefinition,
  type IndexDefinition,
} from '../../engine/all';

describe('index definitions (data files)', () => {
  it.each([
    [2011, 'papi-2011-2017', 6, 22],
    [2017, 'papi-2011-2017', 6, 22],
    [2018, 'papi-2018', 8, 28],
    [2019, 'papi-2019-2020', 8, 29],
    [2020, 'papi-2019-2020', 8, 29],
    [2021, 'papi-2021-', 8, 28],
    [2025, 'papi-2021-', 8, 28],
  ])('PAPI %i uses %s: %i dimensions, %i sub-dimensions', (year, id, dimensions, subdimensions) => {
    const definition = definitionFor(shippedDefinitions, 'papi', year);
    expect(definition.id).toBe(id);
    expect(topComponents(definition)).toHaveLength(dimensions);
    expect(definition.nodes.filter((n) => n.level === 'subdimension')).toHaveLength(subdimensions);
  });

  it('PAPI weights are equal (the published aggregate is an unweighted sum) and bounds are [1/n, 10/n]', () => {
    for (const definition of shippedDefinitions.filter((d) => d.index === 'papi')) {
      for (const dimension of topComponents(definition)) {
        expect(dimension.weight).toBe(1);
        const parts = childrenOf(definition, dimension.code);
        for (const part of parts) {
          expect(part.min).toBeCloseTo(1 / parts.length, 12);
          expect(part.max).toBeCloseTo(10 / parts.length, 12);
        }
      }
    }
  });

  it('PAR INDEX 2017-2019 areas have published maxima adding up to 100, weight = maximum points', () => {
    const definition = definitionFor(shippedDefinitions, 'par', 2018);
    const areas = topComponents(definition);
    expect(areas.map((a) => a.max)).toEqual([10, 10, 14.5, 11, 16, 7, 16, 15.5]);
    expect(areas.every((a) => a.weight === a.max)).toBe(true);
  });

  it('PAR INDEX 2022-2024 flags the four unknown maxima as unverified instead of inventing them', () => {
    const areas = topComponents(definitionFor(shippedDefinitions, 'par', 2023));
    expect(areas.filter((a) => a.max === null).map((a) => a.code)).toEqual(['a1', 'a2', 'a6', 'a7']);
    expect(areas.filter((a) => a.verified === false).map((a) => a.code)).toEqual(['a1', 'a2', 'a6', 'a7']);
    expect(areas.reduce((s, a) => s + (a.max ?? 0), 0)).toBe(55);
  });

  it('PAR INDEX group rules differ by year (2018: A >= 80; 2019: A >= 90)', () => {
    const rules = definitionFor(shippedDefinitions, 'par', 2018).groupRules!;
    expect(rules.find((r) => r.years[0] === 2018)!.bands[0]).toEqual({ group: 'A', minPercent: 80 });
    expect(rules.find((r) => r.years[0] === 2019)!.bands[0]).toEqual({ group: 'A', minPercent: 90 });
  });

  it('every Vietnamese and English name is present and NFC', () => {
    for (const node of shippedDefinitions.flatMap((d) => d.nodes)) {
      expect(node.name.vi.length).toBeGreaterThan(2);
      expect(node.name.vi).toBe(node.name.vi.normalize('NFC'));
      expect(node.name.en.length).toBeGreaterThan(2);
    }
  });

  it('a year without a methodology is UNKNOWN_YEAR naming the known periods', () => {
    expect(() => definitionFor(shippedDefinitions, 'par', 2014)).toThrowError(/2017-2019/);
  });

  it('an index id is an open string resolved against the definitions held: one without any names those that have', () => {
    // IndexId is not a closed list (a registered module, or a user's definition file, brings its own id).
    const other: IndexDefinition = { ...definitionFor(shippedDefinitions, 'par', 2019), id: 'x-2019', index: 'x' };
    expect(definitionFor([...shippedDefinitions, other], 'x', 2019).id).toBe('x-2019');
    expect(() => definitionFor(shippedDefinitions, 'sipas', 2019)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', en: 'Index "sipas" is not known. Known indices: papi, par.' }),
    );
  });

  it('an invalid definition is rejected with every problem listed', () => {
    const good = definitionFor(shippedDefinitions, 'papi', 2018);
    const bad: IndexDefinition = {
      ...good,
      id: 'broken',
      nodes: good.nodes.map((n) =>
        n.code === 'd1_1' ? { ...n, max: 5, parent: 'd99' } : n.code === 'd2' ? { ...n, name: { vi: '', en: 'x' } } : n,
      ),
    };
    try {
      validateDefinition(bad);
      expect.unreachable();
    } catch (error) {
      const e = error as EngineError;
      expect(e.code).toBe('INVALID_DEFINITION');
      const columns = e.problems.map((p) => p.column);
      expect(columns).toContain('d1_1'); // unknown parent
      expect(columns).toContain('d2'); // missing name
      expect(columns).toContain('d1'); // children's bounds no longer add up to [1, 10]
    }
  });

  it("the index's module, not its name, says which rules a definition follows (registry: definitionRules)", () => {
    const papi = definitionFor(shippedDefinitions, 'papi', 2018);
    const par = definitionFor(shippedDefinitions, 'par', 2019);
    // PAPI: quartile groups, children's minima add up; PAR INDEX: band rules for every year; the code prefixes.
    const problemsOf = (d: IndexDefinition) => {
      try {
        validateDefinition(d);
        return [];
      } catch (error) {
        return (error as EngineError).problems.map((p) => `${p.column}: ${p.en}`);
      }
    };
    expect(problemsOf({ ...papi, groupRule: undefined })).toEqual(['groupRule: PAPI needs the quartile group rule']);
    expect(problemsOf({ ...par, groupRules: [] })).toEqual([
      'groupRules: No group rule for 2017',
      'groupRules: No group rule for 2018',
      'groupRules: No group rule for 2019',
    ]);
    expect(problemsOf({ ...papi, index: 'sipas' })[0]).toMatch(/^index: .*papi, par$/);
    try {
      parseDefinition({ ...papi, index: 'pci' }, 'x.json');
      expect.unreachable();
    } catch (error) {
      expect((error as EngineError).problems.map((p) => p.column)).toContain('index');
    }
    expect([measureCode(papi, '3.2'), measureCode(par, '5')]).toEqual(['d3_2', 'a5']);
  });
});
