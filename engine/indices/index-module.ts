import type { CompositeData, CompositeDefinition, CompositeYear } from '../composite/composite-index';
import type { Dataset } from '../dataset/dataset';
import type { IndexDefinition, LocalName } from '../definitions/index-definition';
import type { ProvinceRegistry } from '../provinces/province-registry';

/**
 * One ranking index as the engine knows it: its definitions (methodology periods, data files in its folder) and its
 * wording. Index modules register in registry.ts; the CLI's --index, the functions and the pane resolve through it,
 * never by comparing index names.
 */
export interface IndexModule {
  /** what users type: `--index papi` */
  readonly id: string;
  /** the short name printed with results */
  readonly name: LocalName;
  /** the full name */
  readonly title: LocalName;
  readonly definitions: readonly IndexDefinition[];
  /**
   * A year's result is a population-weighted survey mean of provinces (PAPI): the 2025 units view can recompute it
   * for merged units. Otherwise each predecessor's published result is shown, never an average.
   */
  readonly surveyMean: boolean;
  /** The pane's province profile (province, year, scenario sliders) applies. */
  readonly provinceProfile: boolean;
  /**
   * How the index's definition files (IndexDefinition, `definitions`) are read and checked; absent for an index that
   * ships no such file (SIPAS, the internal index, a composite index). validateDefinition and measureCode ask this,
   * never the index's name.
   */
  readonly definitionRules?: {
    /** the prefix a bare number takes in a measure code: '3.2' -> 'd3_2' (PAPI's dimensions), '5' -> 'a5' (PAR areas) */
    readonly codePrefix: string;
    /** children's minima must add up to their parent's (PAPI); otherwise only the maxima are checked */
    readonly minimaAddUp: boolean;
    /**
     * 'quartile': one quartile rule (`groupRule`, with its boundary convention and exceptions);
     * 'bands': band rules (`groupRules`) covering every year of the definition.
     */
    readonly groups: 'quartile' | 'bands';
    /**
     * What a scenario of this index changes: 'field': named provinces' measures in the year's field of published
     * scores (PAPI, evaluateScenario); 'points': one province's own points, no field (PAR INDEX, evaluateParScenario).
     */
    readonly scenario: 'field' | 'points';
  };
  /**
   * Each province's published result of a year (total, rank, group where published), for indices whose result is one
   * provincial administration's and is shown per predecessor in the 2025 units view (PAR INDEX, SIPAS): the years
   * held and a year's rows (undefined when the year is not held).
   */
  readonly publishedResults?: {
    readonly years: (dataset: Dataset) => readonly number[];
    readonly rows: (
      dataset: Dataset,
      year: number,
    ) =>
      | readonly {
          readonly province: string;
          readonly total: number | null;
          readonly rank: number | null;
          readonly group: string | null;
          readonly source: string;
        }[]
      | undefined;
  };
  /**
   * A composite index (a weighted sum of measures, PCI): its definitions and the reader of its files in the data
   * folder (relative path -> text; null when its files are absent). Its results live in `dataset.composite`.
   */
  readonly composite?: {
    readonly definitions: readonly CompositeDefinition[];
    readonly read: (files: Readonly<Record<string, string>>, provinces: ProvinceRegistry) => CompositeData | null;
    /** a user's file of later years (a province's profile, the published results), validated all or nothing */
    readonly readYears: (
      file: { readonly file: string; readonly text: string },
      provinces: ProvinceRegistry,
    ) => ReadonlyMap<number, CompositeYear>;
  };
}
