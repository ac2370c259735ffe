/** One year of PAPI results: score columns aligned with the list of provinces (GSO codes). Missing = null. */
export interface PapiYear {
  readonly year: number;
  readonly definitionId: string;
  /** 'published' for the data shipped with the product, otherwise the user's file name. */
  readonly origin: string;
  readonly provinces: readonly string[];
  /** measure code ('total', 'd1', 'd1_2', ...) -> one score per province, in `provinces` order */
  readonly scores: ReadonlyMap<string, readonly (number | null)[]>;
  /** How the published total was obtained: official_unweighted_total or sum_of_dimensions (2017, 2018). */
  readonly totalBasis: readonly (string | null)[];
  /** Published values kept although they break a documented rule (e.g. a bound), each located. */
  readonly warnings: readonly import('../errors').DataProblem[];
}

/** A CSV file given by name and text; the name is used in every error message. */
export interface TextFile {
  readonly file: string;
  readonly text: string;
}
