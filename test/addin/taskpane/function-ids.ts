import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The custom function ids the add-in declares (@customfunction tags in addin/functions/functions.ts). */
export function declaredFunctionIds(): Set<string> {
  const source = readFileSync(fileURLToPath(new URL('../../../addin/functions/functions.ts', import.meta.url)), 'utf8');
  return new Set([...source.matchAll(/@customfunction\s+([A-Z][A-Z0-9.]*)/g)].map((m) => m[1]!));
}

/** The ids agreed with the functions' author (the task pane's and the sample workbook's formulas use only these). */
export const AGREED_IDS = [
  'SCORE',
  'RANK',
  'GROUP',
  'TOTAL',
  'RANKOF',
  'SIMULATE',
  'TARGET',
  'CHANCE',
  'TABLE',
  'DIMENSIONS',
  'PAR.SCORE',
  'PAR.PERCENT',
  'PAR.GROUP',
  'PAR.LOST',
  'PAR.RANK',
  'UNITS',
] as const;

/** Every PAPI.* function a formula calls ("=PAPI.PAR.SCORE(" -> "PAR.SCORE"). */
export function calledFunctions(formula: string): string[] {
  return [...formula.matchAll(/PAPI\.([A-Z][A-Z0-9]*(?:\.[A-Z][A-Z0-9]*)*)\s*\(/g)].map((m) => m[1]!);
}
