/**
 * A year -> value map whose values are built on first use: the published dataset parses and validates a PAPI year
 * only when a question needs it (a `papi score` reads two years, not fourteen). `has`, `keys` and `size` build
 * nothing; `get` builds one year; iterating values or entries builds every year, in year order. A value that fails to
 * build throws its EngineError at that point (the shipped data is validated in full by the test suite).
 */
export class LazyYears<V> extends Map<number, V> {
  readonly #pending = new Map<number, () => V>();

  constructor(builders: Iterable<readonly [number, () => V]>) {
    super();
    for (const [year, build] of [...builders].sort(([a], [b]) => a - b)) this.#pending.set(year, build);
  }

  override get(year: number): V | undefined {
    const build = this.#pending.get(year);
    if (build !== undefined) {
      const value = build();
      this.#pending.delete(year);
      super.set(year, value);
    }
    return super.get(year);
  }

  override has(year: number): boolean {
    return this.#pending.has(year) || super.has(year);
  }

  override get size(): number {
    return this.#pending.size + super.size;
  }

  override set(year: number, value: V): this {
    this.#pending?.delete(year);
    return super.set(year, value);
  }

  override delete(year: number): boolean {
    const pending = this.#pending.delete(year);
    return super.delete(year) || pending;
  }

  override keys(): MapIterator<number> {
    return [...new Set([...this.#pending.keys(), ...super.keys()])].sort((a, b) => a - b)[Symbol.iterator]();
  }

  override entries(): MapIterator<[number, V]> {
    this.#buildAll();
    return super.entries();
  }

  override values(): MapIterator<V> {
    this.#buildAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, year: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    this.#buildAll();
    super.forEach(callback, thisArg);
  }

  /** Builds every pending year, then re-inserts all in year order (years built earlier by `get` came out of order). */
  #buildAll(): void {
    if (this.#pending.size === 0) return;
    const all = [...this.keys()].map((year) => [year, this.get(year)!] as const);
    super.clear();
    for (const [year, value] of all) super.set(year, value);
  }
}
