import type { CompositeData, CompositeDefinition, CompositeYear } from '../composite/composite-index';
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
