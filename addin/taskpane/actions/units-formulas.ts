import type { SheetBlock } from './write-to-sheet';
import { tBoth } from '../i18n';

/**
 * How many arguments each =PAPI.* function takes before its optional last `units` argument (addin/functions/
 * functions.ts: parameters are only ever appended, so these positions never move).
 */
const ARGUMENTS_BEFORE_UNITS: Readonly<Record<string, number>> = {
  SCORE: 3,
  RANK: 3,
  GROUP: 4,
  RANKOF: 4,
  SIMULATE: 4,
  TARGET: 6,
  CHANCE: 4,
  TABLE: 3,
};

/**
 * A formula the pane writes, restated for the 34 units of 1 July 2025: every PAPI function that takes `units` gets
 * 2025 as its last argument (missing optional arguments left empty), so the sheet computes the same unit the pane
 * showed. The pane's formulas hold cell references and quoted words, never a comma or parenthesis inside an argument.
 *
 * @example withUnitsArgument('=PAPI.GROUP($B$3,$B$4,,"vi")') // => '=PAPI.GROUP($B$3,$B$4,,"vi",2025)'
 */
export function withUnitsArgument(formula: string): string {
  return formula.replace(/PAPI\.([A-Z]+)\(([^()]*)\)/g, (whole, name: string, inside: string) => {
    const before = ARGUMENTS_BEFORE_UNITS[name];
    if (before === undefined) return whole;
    const args = inside === '' ? [] : inside.split(',');
    while (args.length < before) args.push('');
    return `PAPI.${name}(${[...args.slice(0, before), '2025'].join(',')})`;
  });
}

/** A sheet's blocks with every formula restated for the 34 units (withUnitsArgument); values are left as they are. */
export function blocksForUnits(blocks: readonly SheetBlock[]): SheetBlock[] {
  return blocks.map((b) => (b.formulas ? { ...b, formulas: b.formulas.map((row) => row.map(withUnitsArgument)) } : b));
}

/** Said on a sheet written for a 2025 unit. */
export const UNITS_NOTE = tBoth('sheetUnitsNote');
