import type { LocalName, MeasureNode } from './measure-tree';

export type { LocalName } from './measure-tree';

/** An index definition: one methodology period of PAPI or PAR INDEX, read from a data file in this folder. */
export type IndexId = 'papi' | 'par';
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

export interface IndexDefinition {
  readonly id: string;
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
