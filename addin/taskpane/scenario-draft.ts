import {
  definitionFor,
  findProvince,
  measureCode,
  type Dataset,
  type Scenario,
  type ScenarioChange,
} from '../../engine';

/**
 * The scenario being edited in the pane: changes of one province (the one on screen), keyed by measure, plus any
 * changes a loaded scenario holds for other provinces, kept untouched so that saving it again loses nothing.
 */
export interface Draft {
  readonly name: string;
  readonly year: number;
  /** Vietnamese name of the province whose sliders are shown */
  readonly province: string;
  /** measure code ('d3', 'd3_2') -> change for `province` */
  readonly edits: ReadonlyMap<string, ScenarioChange>;
  readonly others: readonly ScenarioChange[];
  readonly weights: Readonly<Record<string, number>> | null;
  readonly boundary: 'lower' | 'upper';
}

export function emptyDraft(name: string, year: number, province: string): Draft {
  return { name, year, province, edits: new Map(), others: [], weights: null, boundary: 'lower' };
}

/**
 * Sets a measure to a value (a slider moved), or removes its change (value null). A dimension and one of its
 * sub-dimensions cannot both change (the engine refuses it), so setting one level drops the other level's changes
 * of the same dimension.
 */
export function withEdit(dataset: Dataset, draft: Draft, measure: string, value: number | null): Draft {
  const definition = definitionFor(dataset.definitions, 'papi', draft.year);
  const code = measureCode(definition, measure);
  const node = definition.nodes.find((n) => n.code === code)!;
  const dimension = node.level === 'subdimension' ? node.parent! : code;
  const edits = new Map(draft.edits);
  for (const other of edits.keys()) {
    const otherNode = definition.nodes.find((n) => n.code === other);
    const otherDimension = otherNode?.level === 'subdimension' ? otherNode.parent : other;
    if (otherDimension === dimension && (otherNode?.level ?? 'dimension') !== node.level) edits.delete(other);
  }
  if (value === null) edits.delete(code);
  else edits.set(code, { province: draft.province, measure: code, set: value });
  return { ...draft, edits };
}

/** Replaces the province's changes by increases (a target allocation), measure -> amount added. */
export function withIncreases(draft: Draft, increases: Readonly<Record<string, number>>): Draft {
  const edits = new Map<string, ScenarioChange>();
  for (const [measure, add] of Object.entries(increases))
    if (add > 0) edits.set(measure, { province: draft.province, measure, add });
  return { ...draft, edits };
}

/** The draft as the engine's serialisable Scenario; `units`: it names 2025 units (the pane's switch is on). */
export function scenarioOf(draft: Draft, units = false): Scenario {
  return {
    name: draft.name,
    index: 'papi',
    year: draft.year,
    changes: [...draft.others, ...draft.edits.values()],
    weights: draft.weights,
    boundary: draft.boundary,
    ...(units ? { units: 'units-2025' as const } : {}),
  };
}

/**
 * A saved or imported scenario opened for editing: the first province it changes (or `fallbackProvince` when it
 * changes none) is put on screen; changes the pane cannot place (unknown province or measure) stay in `others`, where
 * evaluating the scenario reports them.
 */
export function draftOf(dataset: Dataset, scenario: Scenario, fallbackProvince: string): Draft {
  const resolve = (change: ScenarioChange) => {
    try {
      const province = findProvince(dataset.provinces, change.province);
      const measure = measureCode(definitionFor(dataset.definitions, 'papi', scenario.year), change.measure);
      return { province, measure };
    } catch {
      return null;
    }
  };
  const first = scenario.changes.map(resolve).find((r) => r !== null);
  let province = fallbackProvince;
  if (first) province = first.province.nameVi;
  const edits = new Map<string, ScenarioChange>();
  const others: ScenarioChange[] = [];
  for (const change of scenario.changes) {
    const resolved = resolve(change);
    if (resolved && resolved.province.nameVi === province && !edits.has(resolved.measure)) {
      edits.set(resolved.measure, { ...change, province, measure: resolved.measure });
    } else {
      others.push(change);
    }
  }
  return {
    name: scenario.name,
    year: scenario.year,
    province,
    edits,
    others,
    weights: scenario.weights ?? null,
    boundary: scenario.boundary ?? 'lower',
  };
}

/**
 * Raises measures by the given amounts from where the scenario has them now (a target allocation solved from the
 * current scenario): each raised measure is set to its current scenario score plus the increase, which also replaces
 * any change made at the other level of the same dimension (withEdit). Measures without a current score are left alone.
 */
export function withRaised(
  dataset: Dataset,
  draft: Draft,
  increases: Readonly<Record<string, number>>,
  scoreNow: (measure: string) => number | null,
): Draft {
  let next = draft;
  for (const [measure, add] of Object.entries(increases)) {
    const now = scoreNow(measure);
    if (add > 0 && now !== null) next = withEdit(dataset, next, measure, now + add);
  }
  return next;
}
