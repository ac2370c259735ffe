/**
 * A provincial unit that PAPI and PAR INDEX rank: one of the 63 former provinces (2008 to 30 June 2025), or one of
 * the 34 units from 1 July 2025 (Resolution 202/2025/QH15), which carry their predecessors and administrative centre.
 */
export interface Province {
  /** GSO code, two digits ("01", "89"). The same code can mean a former province and a 2025 unit (91). */
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  /** tinh | thanh_pho_truc_thuoc_tw */
  readonly type: string;
  readonly region: string;
  readonly population: number | null;
  readonly aliases: readonly string[];
  /** 2025 units only: GSO codes of the former provinces it was formed from (one for an unchanged unit). */
  readonly formerProvinces?: readonly string[];
  /** 2025 units only: the administrative centre as the merger list states it (empty for an unchanged unit). */
  readonly adminCentre?: string;
}

/** The 2025 unit that a former province became (Resolution 202/2025/QH15). */
export interface MergedUnit {
  readonly code: string;
  readonly nameVi: string;
  readonly nameAscii: string;
  readonly type: string;
  /** administrative centre, as `merger_2025.csv` states it ("" when the unit is unchanged) */
  readonly adminCentre: string;
  /** GSO codes of the former provinces that form this unit. */
  readonly members: readonly string[];
}
