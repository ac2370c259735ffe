import type { LocalName } from '../definitions/index-definition';
import { rankAmong } from '../scoring/rank-among';
import { classOf, type ClassRule } from './class-bands';
import type { CriteriaSet } from './criteria-set';
import { indexFromSum } from './index-percent';
import { roundPoints } from './read-points';
import type { ScoreSheet } from './score-entries';
import type { InternalUnit } from './units';
import { SCORE_EPSILON } from '../scoring/score-order';
import { unitRounds, type UnitRounds, type UnitStatus } from './rounds';

export interface NodePoints {
  readonly code: string;
  readonly points: number;
}

export interface AreaResult {
  readonly code: string;
  /** points on the entered, applicable leaves */
  readonly points: number;
  /** the applicable maximum: the area's leaves less those not applicable to the unit */
  readonly max: number;
  /** null when nothing of the area applies */
  readonly percent: number | null;
  readonly lost: number;
}

export interface UnitResult {
  readonly unit: string;
  readonly name: LocalName;
  readonly kind: string;
  readonly group: string;
  readonly ranked: boolean;
  /** sum of the self-assessed points entered (appraised leaves); null when none */
  readonly selfTotal: number | null;
  /** sum of the points that count on appraised leaves; null while a leaf is missing */
  readonly appraisedTotal: number | null;
  /** sum of the survey points; null while a survey leaf is missing */
  readonly survey: number | null;
  readonly bonus: number;
  readonly penalty: number;
  /** appraised + survey + bonus - penalty, kept within [0, applicable maximum]; null when incomplete */
  readonly total: number | null;
  /** the scale less the maxima of the leaves not applicable to this unit */
  readonly applicableMax: number;
  /** total as % of the applicable maximum; null when incomplete */
  readonly percent: number | null;
  /** within the unit's group among complete, ranked units; ties share the best rank; null = unranked */
  readonly rank: number | null;
  readonly of: number;
  readonly class: string | null;
  readonly complete: boolean;
  /** codes of leaves with no entry */
  readonly missing: readonly string[];
  readonly notApplicable: readonly string[];
  readonly areas: readonly AreaResult[];
  /** points lost per node (area, criterion, sub-criterion) on entered leaves, in the set's order; only nodes that lost */
  readonly lost: readonly NodePoints[];
  /** self-assessed minus counted points over the leaves that have both (positive = over-scored); null when none */
  readonly selfGap: number | null;
  /** leaves where the self-assessment exceeds the points that count, by how much, largest first */
  readonly overScored: readonly NodePoints[];
  /** against the previous year's scores, when given: index points and places (positive = better) */
  readonly change: { readonly percent: number | null; readonly rank: number | null } | null;
  /** where the unit is in the year's rounds (unitRounds; its names: UNIT_STATUS_NAMES) */
  readonly status: UnitStatus;
  /** the round whose points the results count for this unit (the latest entered), null when nothing is */
  readonly countedRound: UnitRounds['counted'];
}

export interface CriterionLoss {
  readonly code: string;
  readonly name: LocalName;
  readonly owner: string | null;
  /** points lost on this leaf, summed over all units */
  readonly points: number;
  /** how many units lost points on it */
  readonly units: number;
}

export interface InternalResults {
  readonly units: readonly UnitResult[];
  /** leaves by points lost across the province, largest first ("tiêu chí mất điểm") */
  readonly criteriaLost: readonly CriterionLoss[];
  /** points lost per owning department (leaves without an owner under null), largest first */
  readonly ownersLost: readonly { readonly owner: string | null; readonly points: number }[];
  readonly classes: ClassRule;
}

export interface InternalQuery {
  readonly set: CriteriaSet;
  readonly units: readonly InternalUnit[];
  readonly scores: ScoreSheet;
  readonly classes: ClassRule;
  /** the previous year's scores (same set and units), for the change per unit */
  readonly previous?: ScoreSheet | null;
}

/**
 * A province's own PAR index for every unit of the set's kind: self-assessed, appraised and survey totals,
 * bonus/penalty, total, index % of the applicable maximum (not-applicable leaves leave the denominator), rank within
 * the unit's group (rankAmong: higher % = rank 1, ties share the best rank; incomplete and not-ranked units are
 * unranked), class by bands, points lost per node, the self-vs-appraised gap and the change against the previous year.
 * A unit with a missing leaf is incomplete: its missing codes are listed and it gets no total, index, rank or class.
 * Province-wide: points lost per leaf and per owning department.
 *
 * @example internalResults({ set: parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,60,appraised\n2,,B,40,survey' }), units: parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' }), scores: parseScores({ file: 's.csv', text: 'unit,code,self,appraised,survey\nX1,1,60,54,\nX1,2,,,30\nX2,1,50,50,\nX2,2,,,36' }, parseCriteriaSet({ file: 'c.csv', text: 'code,parent,name_vi,max,source\n1,,A,60,appraised\n2,,B,40,survey' }), parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' })), classes: parseClassBands(DEFAULT_CLASSES) }).units.map((u) => [u.unit, u.percent, u.rank, u.class]) // => [['X2', 86, 1, 'Tốt'], ['X1', 84, 2, 'Tốt']]
 */
export function internalResults(query: InternalQuery): InternalResults {
  const { set, classes } = query;
  const units = query.units.filter((u) => set.kind === null || u.kind === set.kind);
  const computed = units.map((u) => unitScore(set, u, query.scores));
  const ranks = ranksInGroups(
    units,
    computed.map((c) => c.percent),
  );
  const previous = query.previous ? previousStandings(query, units) : null;
  const rounds = unitRounds(set, units, query.scores);
  const results: UnitResult[] = units.map((u, i) => {
    const c = computed[i]!;
    const before = previous ? previous.get(u.unit) : undefined;
    return {
      ...c,
      unit: u.unit,
      name: u.name,
      kind: u.kind,
      group: u.group,
      ranked: u.ranked,
      status: rounds[i]!.status,
      countedRound: rounds[i]!.counted,
      rank: ranks.rank[i]!,
      of: ranks.of.get(u.group)!,
      class: classOf(
        classes,
        c.percent,
        c.areas.filter((a) => a.percent !== null).map((a) => a.percent!),
      ),
      change:
        before === undefined
          ? null
          : {
              percent: before.percent === null || c.percent === null ? null : roundPoints(c.percent - before.percent),
              rank: before.rank === null || ranks.rank[i] === null ? null : before.rank - ranks.rank[i]!,
            },
    };
  });
  const order = [...new Set(units.map((u) => u.group))];
  results.sort(
    (a, b) =>
      order.indexOf(a.group) - order.indexOf(b.group) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (b.percent ?? -1) - (a.percent ?? -1),
  );
  return { units: results, ...provinceLosses(set, results), classes };
}

type UnitScore = Omit<
  UnitResult,
  'unit' | 'name' | 'kind' | 'group' | 'ranked' | 'rank' | 'of' | 'class' | 'change' | 'status' | 'countedRound'
>;

/** Per set, computed once: node positions and each leaf's chain of ancestors (itself first), as indices. */
interface Layout {
  readonly ancestors: readonly Int32Array[];
  readonly areaIndex: readonly number[];
  readonly leafMax: number;
}
const layouts = new WeakMap<CriteriaSet, Layout>();

function layoutOf(set: CriteriaSet): Layout {
  let layout = layouts.get(set);
  if (layout) return layout;
  const index = new Map(set.nodes.map((n, i) => [n.code, i]));
  const ancestors = set.leaves.map((leaf) => {
    const chain: number[] = [];
    for (let code: string | null = leaf.code; code !== null; code = set.byCode.get(code)!.parent)
      chain.push(index.get(code)!);
    return Int32Array.from(chain);
  });
  layout = {
    ancestors,
    areaIndex: set.areas.map((a) => index.get(a)!),
    leafMax: set.leaves.reduce((s, l) => s + l.max, 0),
  };
  layouts.set(set, layout);
  return layout;
}

function unitScore(set: CriteriaSet, unit: InternalUnit, scores: ScoreSheet): UnitScore {
  const { ancestors, areaIndex, leafMax } = layoutOf(set);
  const entries = scores.byUnit.get(unit.unit);
  const earned = new Float64Array(set.nodes.length);
  const applicable = new Float64Array(set.nodes.length);
  const entered = new Uint8Array(set.nodes.length);
  const missing: string[] = [];
  const notApplicable: string[] = [];
  const overScored: NodePoints[] = [];
  let self = 0,
    selfCount = 0,
    gap = 0,
    gapCount = 0;
  let appraised = 0,
    survey = 0,
    missingAppraised = false,
    missingSurvey = false,
    lostNa = 0;
  for (let l = 0; l < set.leaves.length; l++) {
    const leaf = set.leaves[l]!;
    const entry = entries?.get(leaf.code);
    if (entry?.self != null && leaf.source === 'appraised') {
      self += entry.self;
      selfCount++;
    }
    if (!entry || entry.final === null) {
      missing.push(leaf.code);
      if (leaf.source === 'survey') missingSurvey = true;
      else missingAppraised = true;
      continue;
    }
    if (entry.final === 'na') {
      notApplicable.push(leaf.code);
      lostNa += leaf.max;
      continue;
    }
    if (entry.self !== null && leaf.source === 'appraised') {
      gap += entry.self - entry.final;
      gapCount++;
      if (entry.self - entry.final > SCORE_EPSILON)
        overScored.push({ code: leaf.code, points: roundPoints(entry.self - entry.final) });
    }
    if (leaf.source === 'survey') survey += entry.final;
    else appraised += entry.final;
    const chain = ancestors[l]!;
    for (let k = 0; k < chain.length; k++) {
      const n = chain[k]!;
      earned[n] = earned[n]! + entry.final;
      applicable[n] = applicable[n]! + leaf.max;
      entered[n] = 1;
    }
  }
  let bonus = 0,
    penalty = 0;
  for (const block of set.adjustments) {
    const value = entries?.get(block.code)?.final;
    if (typeof value === 'number') {
      if (block.source === 'bonus') bonus += value;
      else penalty += value;
    }
  }
  const complete = missing.length === 0;
  const { total, applicableMax, percent } = indexFromSum(
    appraised + survey + bonus - penalty,
    leafMax - lostNa,
    complete,
  );
  const lost: NodePoints[] = [];
  for (let n = 0; n < set.nodes.length; n++) {
    if (!entered[n]) continue;
    const loss = roundPoints(applicable[n]! - earned[n]!);
    if (loss > 0) lost.push({ code: set.nodes[n]!.code, points: loss });
  }
  return {
    selfTotal: selfCount === 0 ? null : roundPoints(self),
    appraisedTotal: missingAppraised ? null : roundPoints(appraised),
    survey: missingSurvey ? null : roundPoints(survey),
    bonus: roundPoints(bonus),
    penalty: roundPoints(penalty),
    total,
    applicableMax,
    percent,
    complete,
    missing,
    notApplicable,
    areas: set.areas.map((code, a) => {
      const points = roundPoints(earned[areaIndex[a]!]!);
      const max = roundPoints(applicable[areaIndex[a]!]!);
      return {
        code,
        points,
        max,
        percent: max > 0 ? roundPoints((points / max) * 100) : null,
        lost: roundPoints(max - points),
      };
    }),
    lost,
    selfGap: gapCount === 0 ? null : roundPoints(gap),
    overScored: overScored.sort((a, b) => b.points - a.points),
  };
}

/** Ranks per group among ranked units with an index; "of" counts the ranked. */
function ranksInGroups(
  units: readonly InternalUnit[],
  percents: readonly (number | null)[],
): { rank: (number | null)[]; of: Map<string, number> } {
  const rank: (number | null)[] = units.map(() => null);
  const of = new Map<string, number>();
  for (const group of new Set(units.map((u) => u.group))) {
    const members = units.flatMap((u, i) => (u.group === group ? [i] : []));
    const scores = members.map((i) => (units[i]!.ranked ? percents[i]! : null));
    rankAmong(scores).forEach((r, k) => (rank[members[k]!] = r));
    of.set(group, scores.filter((s) => s !== null).length);
  }
  return { rank, of };
}

function previousStandings(
  query: InternalQuery,
  units: readonly InternalUnit[],
): Map<string, { percent: number | null; rank: number | null }> {
  // Units with no entry at all last year (e.g. new after a merger) have no change, not a change from zero.
  const prior = internalResults({ ...query, scores: query.previous!, previous: null });
  const present = new Set(query.previous!.byUnit.keys());
  const current = new Set(units.map((u) => u.unit));
  return new Map(
    prior.units
      .filter((u) => present.has(u.unit) && current.has(u.unit))
      .map((u) => [u.unit, { percent: u.percent, rank: u.rank }]),
  );
}

function provinceLosses(
  set: CriteriaSet,
  results: readonly UnitResult[],
): Pick<InternalResults, 'criteriaLost' | 'ownersLost'> {
  const leafCodes = new Set(set.leaves.map((l) => l.code));
  const points = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const r of results) {
    for (const l of r.lost) {
      if (!leafCodes.has(l.code)) continue;
      points.set(l.code, (points.get(l.code) ?? 0) + l.points);
      counts.set(l.code, (counts.get(l.code) ?? 0) + 1);
    }
  }
  const criteriaLost: CriterionLoss[] = set.leaves
    .filter((l) => points.has(l.code))
    .map((l) => ({
      code: l.code,
      name: l.name,
      owner: l.owner,
      points: roundPoints(points.get(l.code)!),
      units: counts.get(l.code)!,
    }))
    .sort((a, b) => b.points - a.points);
  const byOwner = new Map<string | null, number>();
  for (const c of criteriaLost) byOwner.set(c.owner, (byOwner.get(c.owner) ?? 0) + c.points);
  const ownersLost = [...byOwner]
    .map(([owner, p]) => ({ owner, points: roundPoints(p) }))
    .sort((a, b) => b.points - a.points);
  return { criteriaLost, ownersLost };
}
