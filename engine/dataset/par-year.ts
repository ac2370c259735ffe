/** A PAR INDEX result that a cited public source states for one province (partial: 4-19 provinces a year). */
export interface ParKnownResult {
  readonly province: string; // GSO code
  readonly total: number | null;
  readonly rank: number | null;
  readonly group: string | null;
  /** area points a1..a8 when a source states them (none so far) */
  readonly areas: Readonly<Record<string, number>>;
  readonly note: string;
  readonly source: string;
}

/** The national bounds of a year: average, top and bottom totals (63 provinces). */
export interface ParNationalSummary {
  readonly average: number | null;
  readonly top: number | null;
  readonly bottom: number | null;
  readonly source: string;
}

export interface ParYear {
  readonly year: number;
  readonly origin: string;
  /** The number of provinces ranked that year. */
  readonly ranked: number;
  readonly known: readonly ParKnownResult[];
  readonly national: ParNationalSummary | null;
}

export interface SipasResult {
  readonly province: string;
  readonly year: number;
  readonly sipas: number | null;
  readonly rank: number | null;
  readonly note: string;
  readonly source: string;
}
