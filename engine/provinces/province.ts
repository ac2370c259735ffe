/** One of the provincial units that PAPI and PAR INDEX rank (63 from 2008 to 30 June 2025). */
export interface Province {
  /** GSO code, two digits ("01", "89"). */
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  readonly type: string;
  readonly region: string;
  readonly population: number | null;
  readonly aliases: readonly string[];
}

/** The 2025 unit that a former province became (Resolution 202/2025/QH15). */
export interface MergedUnit {
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  readonly type: string;
  /** GSO codes of the former provinces that form this unit. */
  readonly members: readonly string[];
}
