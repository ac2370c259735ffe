// Bench cases for a province's own PAR index (called from bench/run.ts). A synthetic province of 20 departments
// and 170 communes, a 147-leaf department set and a 141-leaf commune set (the size of BR-VT's 2023 commune set):
// about 27,000 score entries. The engine's internalResults is timed against a naive baseline measured in the same
// run: per unit, entries looked up by scanning the unit's rows, every node's points re-walked from the tree by
// scanning for children, then ranks by counting the units above.
import { readReturnedFiles, unitWorkbook, loadExcelJs } from '../addin/taskpane/actions/internal-workbook';
import {
  consolidateUnitSheets,
  DEFAULT_CLASSES,
  planScoreMerge,
  internalResults,
  parseClassBands,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  type CriteriaSet,
  type InternalUnit,
  type ScoreSheet,
  UNIT_SHEET_NAME,
} from '../engine/all';
import { checkedXlsx } from '../addin/taskpane/actions/zip-bounds';
import { timeSync, type BenchRow } from './timing';
import { zipBombBench } from './zip-bomb';

const REPS = 7;

/** A tree of `areas` (maxima) x `criteria` criteria per area, each with the given number of sub-criteria. */
export function syntheticSet(
  kind: string,
  areaMaxima: readonly number[],
  criteriaPerArea: number,
  subsOf: (area: number, criterion: number) => number,
  surveyArea: number | null,
): string {
  const lines = [`# kind: ${kind}`, '# year: 2025', 'code,parent,name_vi,max,source'];
  areaMaxima.forEach((areaMax, a) => {
    const area = `${a + 1}`;
    lines.push(`${area},,Lĩnh vực ${area},${areaMax},${a === surveyArea ? 'survey' : 'appraised'}`);
    for (let c = 0; c < criteriaPerArea; c++) {
      const criterion = `${area}.${c + 1}`;
      const subs = subsOf(a, c);
      // maxima in thousandths so that children add up to their parent exactly
      const criterionMax =
        Math.round((areaMax * 1000) / criteriaPerArea) +
        (c === 0 ? areaMax * 1000 - Math.round((areaMax * 1000) / criteriaPerArea) * criteriaPerArea : 0);
      lines.push(`${criterion},${area},Tiêu chí ${criterion},${criterionMax / 1000},`);
      for (let s = 0; s < subs; s++) {
        const leafMax =
          Math.floor(criterionMax / subs) + (s === 0 ? criterionMax - Math.floor(criterionMax / subs) * subs : 0);
        lines.push(`${criterion}.${s + 1},${criterion},Tiêu chí thành phần ${criterion}.${s + 1},${leafMax / 1000},`);
      }
    }
  });
  return lines.join('\n');
}

function syntheticScores(set: CriteriaSet, units: readonly string[], seed: number): string {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  const lines = ['unit,code,self,appraised,survey'];
  for (const unit of units) {
    const ability = 0.55 + 0.4 * next();
    for (const leaf of set.leaves) {
      const points = Math.round(Math.min(1, ability + 0.2 * (next() - 0.5)) * leaf.max * 1000) / 1000;
      lines.push(
        leaf.source === 'survey'
          ? `${unit},${leaf.code},,,${points}`
          : `${unit},${leaf.code},${Math.min(leaf.max, points + 0.1)},${points},`,
      );
    }
  }
  return lines.join('\n');
}

/** The baseline: what internalResults reports for percent and rank, recomputed naively. */
function naiveResults(
  set: CriteriaSet,
  units: readonly InternalUnit[],
  scores: ScoreSheet,
): Map<string, { percent: number; rank: number }> {
  const nodes = set.nodes;
  const percents = new Map<string, number>();
  for (const unit of units) {
    const rows = scores.entries.filter((e) => e.unit === unit.unit);
    const walk = (code: string): { points: number; max: number } => {
      const children = nodes.filter((n) => n.parent === code);
      if (children.length === 0) {
        const entry = rows.find((e) => e.code === code)!;
        return { points: entry.final as number, max: nodes.find((n) => n.code === code)!.max };
      }
      return children
        .map((c) => walk(c.code))
        .reduce((a, b) => ({ points: a.points + b.points, max: a.max + b.max }), { points: 0, max: 0 });
    };
    const sum = nodes
      .filter((n) => n.parent === null)
      .map((n) => walk(n.code))
      .reduce((a, b) => ({ points: a.points + b.points, max: a.max + b.max }), { points: 0, max: 0 });
    percents.set(unit.unit, (sum.points / sum.max) * 100);
  }
  const out = new Map<string, { percent: number; rank: number }>();
  for (const unit of units) {
    const p = percents.get(unit.unit)!;
    const rank = 1 + units.filter((o) => o.group === unit.group && percents.get(o.unit)! > p + 1e-9).length;
    out.set(unit.unit, { percent: p, rank });
  }
  return out;
}

const timeMs = (fn: () => void): number => timeSync(REPS, fn).median;

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x >= 100 ? 0 : 1)} ms`);

/** Rows for the bench table (and notes): full results for the province, parsing the files, consolidating 190 .xlsx. */
export async function internalBench(progress: (line: string) => void): Promise<{ rows: BenchRow[]; notes: string[] }> {
  progress('internal index: synthetic province of 20 departments + 170 communes');
  const departments = parseCriteriaSet({
    file: 'departments.csv',
    text: syntheticSet('so_ban_nganh', [14, 12, 20, 12, 14, 10, 18], 7, () => 3, null),
  });
  const communes = parseCriteriaSet({
    file: 'communes.csv',
    text: syntheticSet('ubnd_xa', [10, 6, 14, 7, 9, 7, 12, 35], 6, (a, c) => (a === 0 && c < 3 ? 2 : 3), 7),
  });
  const deptCodes = Array.from({ length: 20 }, (_, i) => `S${i + 1}`);
  const communeCodes = Array.from({ length: 170 }, (_, i) => `X${i + 1}`);
  const unitsText = `unit,name_vi,kind,group\n${deptCodes.map((u) => `${u},Sở ${u},so_ban_nganh,`).join('\n')}\n${communeCodes.map((u, i) => `${u},Xã ${u},ubnd_xa,${i % 3 === 0 ? 'phuong' : 'xa'}`).join('\n')}`;
  const deptScores = syntheticScores(departments, deptCodes, 1);
  const communeScores = syntheticScores(communes, communeCodes, 2);
  const classes = parseClassBands(DEFAULT_CLASSES);
  let units: readonly InternalUnit[] = [];
  let sheets: ScoreSheet[] = [];
  const parseMs = timeMs(() => {
    units = parseUnits({ file: 'units.csv', text: unitsText });
    sheets = [
      parseScores({ file: 'd.csv', text: deptScores }, departments, units),
      parseScores({ file: 'c.csv', text: communeScores }, communes, units),
    ];
  });
  const entries = sheets[0]!.entries.length + sheets[1]!.entries.length;
  const sets = [departments, communes];
  let results: ReturnType<typeof internalResults>[] = [];
  const engineMs = timeMs(() => {
    results = sets.map((set, i) => internalResults({ set, units, scores: sheets[i]!, classes }));
  });
  let naive: Map<string, { percent: number; rank: number }>[] = [];
  const naiveMs = timeMs(() => {
    naive = sets.map((set, i) =>
      naiveResults(
        set,
        units.filter((u) => u.kind === set.kind),
        sheets[i]!,
      ),
    );
  });
  // The baseline is only a baseline if it agrees.
  let worst = 0;
  let rankDisagreements = 0;
  results.forEach((r, i) =>
    r.units.forEach((u) => {
      const n = naive[i]!.get(u.unit)!;
      worst = Math.max(worst, Math.abs(n.percent - u.percent!));
      if (n.rank !== u.rank) rankDisagreements++;
    }),
  );
  const consolidation = await consolidationCase(progress, sets, units, sheets);
  const bomb = await zipBombBench(progress);
  return {
    rows: [
      {
        name: `7. Internal index, full results: 20 departments (${departments.leaves.length} leaves) + 170 communes (${communes.leaves.length} leaves), ${entries.toLocaleString('en')} entries (internalResults; baseline naive per-unit tree re-walk)`,
        measured: `${ms(engineMs)} (n=${REPS})`,
        baseline: `${ms(naiveMs)} (n=${REPS})`,
        ratio: `${(naiveMs / engineMs).toFixed(1)}×`,
        target: '< 100 ms',
        ok: engineMs < 100 ? 'yes' : 'NO',
      },
      {
        name: `7. Internal index, reading the units + ${entries.toLocaleString('en')} score entries from CSV text (parseUnits + parseScores, all checks)`,
        measured: `${ms(parseMs)} (n=${REPS})`,
        baseline: '-',
        ratio: '-',
        target: 'informative',
        ok: '-',
      },
      consolidation.row,
      ...bomb.rows,
    ],
    notes: [
      consolidation.note,
      ...bomb.notes,
      `case 7: naive baseline vs internalResults: largest index gap ${worst.toExponential(1)} points, ${rankDisagreements} rank disagreements of ${results[0]!.units.length + results[1]!.units.length} units.`,
    ],
  };
}

/**
 * Consolidating one returned .xlsx per unit (190 files, filled with the synthetic scores): every file checked against
 * the archive limits and its sheet read in one pass (readReturnedFiles), checked (consolidateUnitSheets) and merged into the
 * master's scores (planScoreMerge, every check of a scores file). Baseline: reading the same files the previous way
 * alone (checkedXlsx inflating and re-packing every member, then exceljs loading the workbook), no checks after it.
 * Files are in memory, as the task pane gets them from the file picker. One run each (seconds per run).
 */
async function consolidationCase(
  progress: (line: string) => void,
  sets: readonly CriteriaSet[],
  units: readonly InternalUnit[],
  sheets: readonly ScoreSheet[],
): Promise<{ row: BenchRow; note: string }> {
  progress('internal index: writing 190 unit .xlsx files (not timed)');
  const files: { name: string; bytes: Uint8Array; set: number }[] = [];
  for (let s = 0; s < sets.length; s++) {
    for (const unit of units.filter((u) => u.kind === sets[s]!.kind))
      files.push({
        name: `${unit.unit}.xlsx`,
        bytes: await unitWorkbook(sets[s]!, unit, sheets[s]!.byUnit.get(unit.unit)),
        set: s,
      });
  }
  const ExcelJS = await loadExcelJs();
  progress(`internal index: consolidating ${files.length} files`);
  const started = performance.now();
  const merged = [];
  let reading = 0;
  for (let s = 0; s < sets.length; s++) {
    const readStarted = performance.now();
    const read = await readReturnedFiles(
      files.filter((f) => f.set === s).map((f) => ({ name: f.name, data: f.bytes })),
    );
    reading += performance.now() - readStarted;
    const batch = consolidateUnitSheets(sets[s]!, units, read);
    merged.push(planScoreMerge(sets[s]!, units, [], batch).scores);
  }
  const measured = performance.now() - started;
  // the previous reader, for the same files: every member inflated and re-packed (checkedXlsx), then exceljs
  const baselineStarted = performance.now();
  for (const f of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(checkedXlsx(f.name, f.bytes) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    (workbook.getWorksheet(UNIT_SHEET_NAME) ?? workbook.worksheets[0])!.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1);
    });
  }
  const baseline = performance.now() - baselineStarted;
  const entries = merged.reduce((s, m) => s + m.entries.length, 0);
  const expected = sheets.reduce((s, m) => s + m.entries.length, 0);
  return {
    note: `case 7: consolidation read back ${entries.toLocaleString('en')} of ${expected.toLocaleString('en')} entries from ${files.length} files (${(files.reduce((s, f) => s + f.bytes.length, 0) / 1024 / 1024).toFixed(1)} MB in memory); of the ${ms(measured)}, reading the files (readReturnedFiles, one pass) took ${ms(reading)}, against ${ms(baseline)} for the previous reader (baseline).`,
    row: {
      name: `7. Internal index, consolidating ${files.length} unit .xlsx files (readReturnedFiles: archive checks, one pass over each file's sheet; + consolidateUnitSheets + planScoreMerge into an empty master; baseline: the previous reader alone, every member inflated and re-packed then exceljs)`,
      measured: `${ms(measured)} (n=1)`,
      baseline: `${ms(baseline)} (n=1)`,
      ratio: `${(baseline / measured).toFixed(2)}×`,
      target: '< 10 s',
      ok: measured < 10_000 ? 'yes' : 'NO',
    },
  };
}
