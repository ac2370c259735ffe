import type { Aggregation, LocalName, MeasureNode } from '../definitions/measure-tree';
import type { DataProblem } from '../errors';

export type { Aggregation } from '../definitions/measure-tree';

/**
 * A composite index as data: a tree of measures (measure-tree.ts) under the root `total`, each leaf scored on its own scale (0..max)
 * and weighted. The total is
 * - 'weighted-sum': sum of weight x value / max over the leaves, the weights adding up to the scale (PCI: weights in
 *   % of 100, sub-indices on 10 points: one point of a 20 % sub-index is 2 points of total);
 * - 'sum': the sum of the leaves (maxima adding up to the scale: points, as PAR INDEX);
 * - 'mean': the mean of the leaves, rescaled from their maximum to the scale.
 * An inner node is the same aggregate of its own leaves (its contribution to the total).
 */
export interface CompositeNode extends MeasureNode {
  /** the leaf's weight (inner nodes: the sum of their leaves'), null for 'sum' and 'mean' */
  readonly weight: number | null;
  /** a leaf's scale: 0..max */
  readonly max: number;
}

/** How units are grouped by their total: quartiles of the year's field, fixed bands, or the top N and the rest. */
export type CompositeGroupRule =
  | { readonly kind: 'quartiles'; readonly boundary: 'lower' | 'upper' }
  | { readonly kind: 'bands'; readonly bands: readonly { readonly name: LocalName; readonly min: number }[] }
  | { readonly kind: 'top'; readonly n: number };

export interface CompositeDefinition {
  readonly id: string;
  /** the registered index (or the user's id) it belongs to */
  readonly index: string;
  readonly name: LocalName;
  /** first and last results year; last null = still in force */
  readonly years: readonly [number, number | null];
  /** the total's scale (100) */
  readonly scale: number;
  readonly aggregation: Aggregation;
  readonly nodes: readonly CompositeNode[];
  readonly groups: CompositeGroupRule | null;
  /** 'exact': reproduces the published totals; 'inferred' or 'approximate': fitted, said with every result */
  readonly weights: 'exact' | 'inferred' | 'approximate';
  readonly note: LocalName;
}

/** One unit's published row: its leaf values, and its total and rank when published (else null). */
export interface CompositeRow {
  readonly unit: string;
  readonly values: Readonly<Record<string, number | null>>;
  readonly total: number | null;
  readonly rank: number | null;
  /** where the row comes from (file and line) */
  readonly line: number;
}

/** One results year of a composite index. */
export interface CompositeYear {
  readonly index: string;
  readonly year: number;
  readonly definitionId: string;
  readonly file: string;
  readonly rows: readonly CompositeRow[];
  /**
   * null: every unit's total is known and ranks are "r of N"; a number n: only the top n were published (PCI since
   * 2023), the field has `of` units, and a rank is "in the published top n" or "outside it".
   */
  readonly publishedTop: number | null;
  readonly of: number;
  /** data and source disagreements found while reading (kept, never hidden) */
  readonly warnings: readonly DataProblem[];
}

/** A composite index's definitions and years, as a dataset holds it. */
export interface CompositeData {
  readonly index: string;
  readonly name: LocalName;
  readonly definitions: readonly CompositeDefinition[];
  readonly years: ReadonlyMap<number, CompositeYear>;
}

const leaves = new WeakMap<CompositeDefinition, readonly CompositeNode[]>();

/**
 * The leaves of a definition (the measures that carry values), in file order; computed once per definition.
 *
 * @example leavesOf(compositeDefinitionFor(dataset.composite.get('pci'), 2005)).length // => 9
 */
export function leavesOf(definition: CompositeDefinition): readonly CompositeNode[] {
  let found = leaves.get(definition);
  if (!found) {
    const parents = new Set(definition.nodes.map((n) => n.parent));
    found = definition.nodes.filter((n) => n.parent !== null && !parents.has(n.code));
    leaves.set(definition, found);
  }
  return found;
}
