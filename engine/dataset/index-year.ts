import type { LocalName } from '../definitions/index-definition';
import type { UnitSet } from '../provinces/province-registry';

/**
 * One results year of an index scored per measure for every unit (PAPI: its dimensions and sub-dimensions): score
 * columns aligned with the list of provinces (GSO codes). Missing = null. Generic code (rankings, groups, scenarios,
 * targets, chance, the 2025 units view) works on it for any index year of this shape; a composite index's results
 * year (PCI, a user's index) is a CompositeYear.
 */
export interface IndexYear {
  readonly year: number;
  readonly definitionId: string;
  /** 'published' for the data shipped with the product, 'reconstructed' for a 2025-units estimate, else the user's file name. */
  readonly origin: string;
  /** GSO codes of the units the year holds, in the set `unitSet` (absent = the former provinces). */
  readonly provinces: readonly string[];
  /** measure code ('total', 'd1', 'd1_2', ...) -> one score per province, in `provinces` order */
  readonly scores: ReadonlyMap<string, readonly (number | null)[]>;
  /** How the total was obtained: official_unweighted_total, sum_of_dimensions (2017, 2018) or reconstructed_weighted_mean. */
  readonly totalBasis: readonly (string | null)[];
  /** Published values kept although they break a documented rule (e.g. a bound), each located; also notes on how the year was read. */
  readonly warnings: readonly import('../errors').DataProblem[];
  /** which set of units `provinces` holds: absent or 'former' = the 63 former provinces; 'units-2025' = the 34 units */
  readonly unitSet?: UnitSet;
  /** present when the scores are estimates reconstructed from the former provinces (see reconstructUnitsYear) */
  readonly estimate?: YearEstimate;
}

/** How a 2025-units year was estimated from a former-provinces year. */
export interface YearEstimate {
  readonly method: LocalName;
  readonly weightsSource: LocalName;
  /** the former-provinces year the estimate was made from */
  readonly sourceYear: IndexYear;
  /** unit code -> its predecessors and what they lack */
  readonly units: ReadonlyMap<string, UnitEstimate>;
}

export interface UnitEstimate {
  readonly code: string;
  /** false for an unchanged unit, whose published scores are kept exactly */
  readonly merged: boolean;
  /** former GSO codes with their weights and normalised shares (shares add up to 1) */
  readonly predecessors: readonly { readonly code: string; readonly weight: number; readonly share: number }[];
  /** measure code -> former GSO codes without a score for it that year (only measures where some are missing) */
  readonly missing: ReadonlyMap<string, readonly string[]>;
}

/** A CSV file given by name and text; the name is used in every error message. */
export interface TextFile {
  readonly file: string;
  readonly text: string;
}

/**
 * The former name of IndexYear, kept so that scripts written against it still compile.
 *
 * @deprecated use IndexYear
 */
export type PapiYear = IndexYear;

/**
 * The former name of YearEstimate, kept so that scripts written against it still compile.
 *
 * @deprecated use YearEstimate
 */
export type PapiEstimate = YearEstimate;
