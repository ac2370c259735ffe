import type { LocalName, MeasureNode } from './measure-tree';

export type { LocalName } from './measure-tree';

/**
 * The id of a registered index (engine/indices/registry.ts: 'papi', 'par', ...), as users type it. An open string, not
 * a closed list: what an index's definitions follow is asked of its module (definitionRulesOf), never of its name, so
 * a new index is a module in the registry, not a change to this type.
 */
export type IndexId = string;
export type NodeLevel = 'index' | 'dimension' | 'subdimension' | 'area' | 'criterion' | 'subcriterion';

/** A node of a PAPI or PAR INDEX definition: the common tree node (measure-tree.ts) with its level and bounds. */
export interface DefinitionNode extends MeasureNode {
  readonly level: NodeLevel;
  /** Later names of the same node: the name in force from `from` on. */
  readonly renamed?: readonly { readonly from: number; readonly name: LocalName }[];
  readonly min: number;
  /** null: the maximum is not published (PAR areas); `verified` is then false and the user may supply it. */
  readonly max: number | null;
  /**
   * Weight in its parent's aggregate. A parent is the sum of its children scaled by weight / published weight,
   * so the published weights reproduce the published aggregate (PAPI: 1 each, an unweighted sum; PAR: maximum
   * points, and points already carry them) and another weighting can be evaluated without code.
   */
  readonly weight: number | null;
  readonly verified?: boolean;
  readonly nameViVerified?: boolean;
  /** PAR criteria: scored by the ministry's appraisal or by sociological survey. */
  readonly source?: 'appraisal' | 'survey';
}

export interface GroupBand {
  readonly group: string;
  readonly minPercent: number;
  readonly note?: string;
}

export interface ParGroupRule {
  readonly years: readonly [number, number];
  readonly bands: readonly GroupBand[];
  readonly complete: boolean;
  readonly note?: string;
}

/**
 * PAPI groups: quartiles of the provinces ranked that year. `boundary` says where a score exactly on a cut-off goes
 * ('lower': into the group below; 'upper': the group above); `exceptions` override it for some years (and measures),
 * each with the published statement it reproduces.
 */
export interface QuartileGroupRule {
  readonly kind: 'quartile';
  readonly boundary?: 'lower' | 'upper';
  readonly source?: string;
  readonly exceptions?: readonly {
    readonly years: readonly [number, number];
    readonly measures?: readonly string[];
    readonly boundary: 'lower' | 'upper';
    readonly source: string;
  }[];
}

/** An index definition: one methodology period of PAPI or PAR INDEX, read from a data file in its index's folder. */
export interface IndexDefinition {
  readonly id: string;
  /** the registered index whose module states the rules the definition follows */
  readonly index: IndexId;
  /** First and last results year; last null = still in force. */
  readonly years: readonly [number, number | null];
  /** Definitions of one series are comparable year on year (same dimensions). */
  readonly series: string;
  readonly name: LocalName;
  readonly source: string;
  readonly note: string;
  readonly groupRule?: QuartileGroupRule;
  readonly groupRules?: readonly ParGroupRule[];
  readonly nodes: readonly DefinitionNode[];
}
