/** One part of an index that can be raised: its score now, its cap and the effort one point costs. */
export interface Part {
  readonly code: string;
  readonly base: number;
  readonly cap: number;
  readonly cost: number;
}

/**
 * Spreads an increase at least effort: cheapest parts first (a fractional knapsack, which greedy solves exactly),
 * parts of equal effort in proportion to their headroom under the caps. Returns the increase per part; when the caps
 * do not allow `need`, every part is raised to its cap.
 *
 * @example allocate([{ code: 'd1', base: 4, cap: 6, cost: 1 }, { code: 'd2', base: 5, cap: 6, cost: 1 }], 1.5) // => { d1: 1, d2: 0.5 }
 */
export function allocate(parts: readonly Part[], need: number): Record<string, number> {
  const allocation: Record<string, number> = Object.fromEntries(parts.map((p) => [p.code, 0]));
  let remaining = need;
  const costs = [...new Set(parts.map((p) => p.cost))].sort((a, b) => a - b);
  for (const cost of costs) {
    if (remaining <= 0) break;
    const level = parts.filter((p) => p.cost === cost && p.cap > p.base);
    const headroom = level.reduce((s, p) => s + (p.cap - p.base), 0);
    const share = Math.min(1, remaining / headroom);
    for (const p of level) allocation[p.code] = share === 1 ? p.cap - p.base : (p.cap - p.base) * share;
    remaining -= Math.min(remaining, headroom);
  }
  return allocation;
}
