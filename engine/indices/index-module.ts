import type { IndexDefinition, LocalName } from '../definitions/index-definition';

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
}
