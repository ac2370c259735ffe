import type { Bilingual } from '../i18n/catalogue';
import { message } from '../i18n/messages';
import { roundPoints } from '../internal/read-points';

/** A name in both languages (Vietnamese first, in NFC). */
export interface LocalName {
  readonly vi: string;
  readonly en: string;
}

/**
 * One node of an index's tree of measures: a code, its parent (null for a root), its names, and how it enters its
 * parent's aggregate: a maximum (points, a scale) and, where the aggregation takes one, a weight. Every index's node
 * type extends this one: DefinitionNode (PAPI, PAR INDEX), CompositeNode (PCI, a user's index), CriteriaNode (a
 * province's internal index).
 */
export interface MeasureNode {
  readonly code: string;
  readonly parent: string | null;
  readonly name: LocalName;
  /** the node's maximum (its points or scale); null when not published (PAR INDEX areas) */
  readonly max: number | null;
  /** the lower bound where the index publishes one (PAPI: a dimension scores 1..10) */
  readonly min?: number;
  /** the weight in its parent's aggregate; null or absent where the aggregation takes none */
  readonly weight?: number | null;
}

/**
 * How a parent aggregates its children: 'weighted-sum' (weight x value / max, the weights adding up to the scale:
 * PCI), 'sum' (points: PAR INDEX, an internal index), 'mean' (rescaled from the leaves' maximum to the scale).
 */
export type Aggregation = 'weighted-sum' | 'sum' | 'mean';

/** The rules a tree follows, as the index's definition states them (never its name). */
export interface TreeRules {
  /** exactly one root (with this code when not null: a composite index's `total`), or any number (areas, blocks) */
  readonly root: { readonly code: string | null } | 'many';
  /** the languages whose names must be present and in NFC */
  readonly names: readonly ('vi' | 'en')[];
  /**
   * Children's maxima against their parent's: 'add-up' equal within the tolerance (while a child's maximum is
   * unknown, only not above); 'within' not above, and below is a warning (the leaves count); null: no rule (the
   * weights carry the aggregate).
   */
  readonly maxima: 'add-up' | 'within' | null;
  /** children's minima add up to their parent's (PAPI) */
  readonly minima?: boolean;
  /** at least one leaf below the root, each with a positive maximum (a composite index's measures) */
  readonly leaves?: boolean;
  /** a weighted sum: every leaf's weight positive, the leaves' adding up to `scale` within `tolerance` */
  readonly weights?: { readonly scale: number; readonly tolerance: number };
  /** the named tolerance (score-order.ts) of "adds up" for maxima and minima */
  readonly tolerance: number;
}

/** A problem of a tree: the node (its position in the list given, null for the tree), the field, the text. */
export interface TreeProblem {
  readonly at: number | null;
  /** 'code', 'parent', 'name_vi', 'name_en', 'max', 'min' or 'weight' */
  readonly field: string;
  readonly text: Bilingual;
}

export interface CheckedTree {
  readonly problems: readonly TreeProblem[];
  /** children adding up to less than their parent's maximum under the 'within' rule */
  readonly warnings: readonly TreeProblem[];
  /** every code's children's codes, in list order (a repeated code's later rows left out) */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** the codes whose chain of parents comes back on itself */
  readonly cyclic: ReadonlySet<string>;
}

/**
 * The one validator of a tree of measures, for every index: unique codes, names present in NFC, the root(s), known
 * parents, no cycles, children's maxima (and minima) adding up to their parent's within the named tolerance, leaves
 * present with a positive maximum, and a weighted sum's weights positive and adding up to the scale. Each problem
 * names the node (its position in the list, so the caller can give the row) and the field; nothing is thrown, so a
 * caller reports these with its own (row-level) problems, all at once. `rowOf` gives a node's line for the message
 * of a repeated code ("first on line 3") when the tree was read from a file.
 *
 * @example checkMeasureTree([{ code: 'total', parent: null, name: { vi: 'Tổng', en: 'Total' }, max: 10 }, { code: 'a', parent: 'total', name: { vi: 'A', en: 'A' }, max: 6 }, { code: 'b', parent: 'total', name: { vi: 'B', en: 'B' }, max: 3 }], { root: { code: 'total' }, names: ['vi', 'en'], maxima: 'add-up', tolerance: 0.001 }).problems.map((p) => p.text.en) // => ['Children of "total": maxima add up to 9, not 10']
 */
export function checkMeasureTree(
  nodes: readonly MeasureNode[],
  rules: TreeRules,
  rowOf: (at: number) => number | null = () => null,
): CheckedTree {
  const problems: TreeProblem[] = [];
  const warnings: TreeProblem[] = [];
  const problem = (at: number | null, field: string, text: Bilingual) => problems.push({ at, field, text });
  const firstAt = new Map<string, number>();
  nodes.forEach((node, at) => {
    const first = firstAt.get(node.code);
    if (first === undefined) firstAt.set(node.code, at);
    else problem(at, 'code', message('treeCodeRepeated', { code: node.code, line: rowOf(first) }));
    for (const lang of rules.names) {
      const name = node.name?.[lang] ?? '';
      if (name.trim() === '' || name !== name.normalize('NFC'))
        problem(at, `name_${lang}`, message('treeNameInvalid', { code: node.code, lang }));
    }
  });
  // A repeated code's later rows are reported above and take no further part.
  const kept = [...firstAt.values()];
  const byCode = new Map(kept.map((at) => [nodes[at]!.code, nodes[at]!]));
  if (rules.root !== 'many') {
    const roots = kept.filter((at) => nodes[at]!.parent === null);
    const named = rules.root.code;
    if (roots.length !== 1 || (named !== null && nodes[roots[0]!]!.code !== named))
      problem(
        null,
        'parent',
        named === null
          ? message('treeRootCount', { count: roots.length })
          : message('treeRootNamed', { code: named, count: roots.length }),
      );
  }
  const children = new Map<string, string[]>(kept.map((at) => [nodes[at]!.code, []]));
  for (const at of kept) {
    const { code, parent } = nodes[at]!;
    if (parent === null) continue;
    if (byCode.has(parent)) children.get(parent)!.push(code);
    else problem(at, 'parent', message('treeParentUnknown', { code, parent }));
  }
  // Walk up from every node: a code met again on its own chain is a loop (the node is in it or hangs below it).
  const cyclic = new Set<string>();
  for (const at of kept) {
    const path = [nodes[at]!.code];
    for (let up = nodes[at]!.parent; up !== null && byCode.has(up); up = byCode.get(up)!.parent) {
      if (path.includes(up)) {
        problem(at, 'parent', message('treeParentCycle', { path: [...path, up].join(' → ') }));
        cyclic.add(path[0]!);
        break;
      }
      path.push(up);
    }
  }
  for (const at of kept) {
    const parent = nodes[at]!;
    const kids = children.get(parent.code)!.map((c) => byCode.get(c)!);
    if (kids.length === 0 || cyclic.has(parent.code)) continue;
    checkChildren(parent, kids, rules, (field, text, warning) =>
      (warning ? warnings : problems).push({ at, field, text }),
    );
  }
  const leaves = kept.filter((at) => nodes[at]!.parent !== null && children.get(nodes[at]!.code)!.length === 0);
  if (rules.leaves) {
    if (leaves.length === 0) problem(null, 'code', message('treeNoLeaf', {}));
    for (const at of leaves)
      if (!((nodes[at]!.max ?? 0) > 0)) problem(at, 'max', message('treeMaxNotPositive', { code: nodes[at]!.code }));
  }
  if (rules.weights) {
    const weights = leaves.map((at) => nodes[at]!.weight ?? null);
    leaves.forEach((at, i) => {
      if (!(weights[i]! > 0)) problem(at, 'weight', message('treeWeightNotPositive', { code: nodes[at]!.code }));
    });
    // The sum is meaningful only when every weight is a positive number (each bad one is reported above).
    const sum = weights.reduce<number>((s, w) => s + (w ?? Number.NaN), 0);
    if (weights.every((w) => w! > 0) && Math.abs(sum - rules.weights.scale) > rules.weights.tolerance)
      problem(null, 'weight', message('treeWeightsSum', { sum: Number(sum.toFixed(6)), scale: rules.weights.scale }));
  }
  return { problems, warnings, children, cyclic };
}

/** A parent's children against it: maxima (add up, or within with a warning below) and minima. */
function checkChildren(
  parent: MeasureNode,
  kids: readonly MeasureNode[],
  rules: TreeRules,
  report: (field: string, text: Bilingual, warning: boolean) => void,
): void {
  const { code } = parent;
  if (rules.maxima !== null && parent.max !== null) {
    const known = kids.filter((k) => k.max !== null);
    const raw = known.reduce((s, k) => s + k.max!, 0);
    const sum = roundPoints(raw);
    if (raw > parent.max + rules.tolerance)
      report('max', message('treeChildrenMaximaAbove', { code, sum, max: parent.max }), false);
    else if (raw < parent.max - rules.tolerance) {
      if (rules.maxima === 'within')
        report('max', message('treeChildrenBelowMax', { code, sum, max: parent.max }), true);
      else if (known.length === kids.length)
        report('max', message('treeChildrenMaximaNot', { code, sum, max: parent.max }), false);
    }
  }
  if (rules.minima) {
    const raw = kids.reduce((s, k) => s + (k.min ?? 0), 0);
    if (Math.abs(raw - (parent.min ?? 0)) > rules.tolerance)
      report('min', message('treeChildrenMinimaNot', { code, sum: roundPoints(raw), min: parent.min ?? 0 }), false);
  }
}
