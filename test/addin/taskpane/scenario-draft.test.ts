import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../engine';
import { draftOf, emptyDraft, scenarioOf, withEdit, withIncreases } from '../../../addin/taskpane/scenario-draft';
import { dataset } from '../../helpers/published';

describe('the scenario draft behind the sliders', () => {
  it('turns slider values into set changes the engine evaluates', () => {
    let draft = emptyDraft('Kịch bản An Giang 2019', 2019, 'An Giang');
    draft = withEdit(dataset, draft, 'd3', 5.633823);
    const scenario = scenarioOf(draft);
    expect(scenario.changes).toEqual([{ province: 'An Giang', measure: 'd3', set: 5.633823 }]);
    expect(evaluateScenario(dataset, scenario).provinces[0]!.scenario.rank).toBe(10);
  });

  it('a sub-dimension edit drops the direct change of its dimension and the other way round', () => {
    let draft = emptyDraft('x', 2019, 'An Giang');
    draft = withEdit(dataset, draft, 'd3', 6);
    draft = withEdit(dataset, draft, 'd1', 5);
    draft = withEdit(dataset, draft, '3.2', 1.2);
    expect([...draft.edits.keys()].sort()).toEqual(['d1', 'd3_2']);
    draft = withEdit(dataset, draft, 'd3_1', 2);
    expect([...draft.edits.keys()].sort()).toEqual(['d1', 'd3_1', 'd3_2']);
    draft = withEdit(dataset, draft, 'd3', 6.5);
    expect([...draft.edits.keys()].sort()).toEqual(['d1', 'd3']);
    // the engine accepts every state the pane can produce
    expect(() => evaluateScenario(dataset, scenarioOf(draft))).not.toThrow();
    draft = withEdit(dataset, draft, 'd3', null);
    expect([...draft.edits.keys()]).toEqual(['d1']);
  });

  it('opens a saved scenario on its first province and keeps the changes of other provinces', () => {
    const draft = draftOf(
      dataset,
      {
        name: 's',
        index: 'papi',
        year: 2019,
        changes: [
          { province: 'an giang', measure: '3', add: 1 },
          { province: 'Hà Nội', measure: 'd1', set: 6 },
          { province: 'Kiên Giang', measure: 'd2', add: 0.1 },
        ],
      },
      'Lào Cai',
    );
    expect(draft.province).toBe('An Giang');
    expect([...draft.edits.entries()]).toEqual([['d3', { province: 'An Giang', measure: 'd3', add: 1 }]]);
    expect(draft.others.map((c) => c.province)).toEqual(['Hà Nội', 'Kiên Giang']);
    expect(scenarioOf(draft).changes).toHaveLength(3);
    expect(draftOf(dataset, { name: 'empty', index: 'papi', year: 2020, changes: [] }, 'Lào Cai').province).toBe(
      'Lào Cai',
    );
  });

  it('keeps a change it cannot place, so evaluating reports it', () => {
    const draft = draftOf(
      dataset,
      { name: 's', index: 'papi', year: 2019, changes: [{ province: 'Atlantis', measure: 'd3', add: 1 }] },
      'An Giang',
    );
    expect(draft.others).toHaveLength(1);
    expect(() => evaluateScenario(dataset, scenarioOf(draft))).toThrow(/Atlantis/);
  });

  it('a target allocation becomes increases', () => {
    const draft = withIncreases(emptyDraft('x', 2019, 'An Giang'), { d1: 0, d3: 0.4, d8: 0.2 });
    expect(scenarioOf(draft).changes).toEqual([
      { province: 'An Giang', measure: 'd3', add: 0.4 },
      { province: 'An Giang', measure: 'd8', add: 0.2 },
    ]);
  });
});
