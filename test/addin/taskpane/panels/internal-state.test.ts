import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankingRows, roundChanges } from '../../../../addin/taskpane/panels/internal-state';
import { runInternal } from '../../../../addin/taskpane/panels/internal-panel';
import { DEFAULT_CLASSES, type UnitRounds } from '../../../../engine/all';

const S = 'samples/internal';
const file = (name: string) => ({ file: name, text: readFileSync(`${S}/${name}`, 'utf8') });
const state = runInternal(
  {
    set: file('criteria-departments.csv'),
    units: file('units.csv'),
    scores: file('scores-departments-2025-rounds.csv'),
    previous: null,
    classes: DEFAULT_CLASSES,
  },
  null,
);
const results = state.results!;
const rounds = (r: Partial<UnitRounds>): UnitRounds => ({
  unit: 'X',
  status: 'final',
  self: null,
  round1: null,
  final: null,
  counted: null,
  ...r,
});

describe('internal ranking rows: round status, round counted and the change between rounds', () => {
  it('every status of the rounds sample appears, in both languages, beside the rank', () => {
    const vi = rankingRows(results, state.rounds, 'vi');
    const en = rankingRows(results, state.rounds, 'en');
    expect(new Set(vi.map((r) => r.statusText))).toEqual(
      new Set(['chưa gửi', 'tự chấm', 'đã thẩm định lần 1', 'đã phản hồi', 'có kết quả cuối cùng']),
    );
    expect(new Set(en.map((r) => r.statusText))).toEqual(
      new Set(['not sent', 'self-assessed', 'appraised (round 1)', 'responded', 'final result']),
    );
    // the rows follow the results (group, rank), the rank as "r/N" or "–"
    expect(vi.map((r) => r.unit)).toEqual(results.units.map((u) => u.unit));
    expect(vi.map((r) => r.rank)).toEqual(results.units.map((u) => (u.rank === null ? '–' : `${u.rank}/${u.of}`)));
    const byUnit = new Map(vi.map((r) => [r.unit, r]));
    const byUnitEn = new Map(en.map((r) => [r.unit, r]));
    // a self-assessed unit is ranked on its self-assessment, and says so
    expect([byUnit.get('TTT')!.rank, byUnit.get('TTT')!.countedText]).toEqual(['4/12', 'tính theo tự chấm']);
    expect(byUnitEn.get('TTT')!.countedText).toBe('counted: self-assessment');
    expect(byUnit.get('SYT')!.countedText).toBe('tính theo thẩm định lần 1');
    expect(byUnit.get('STC')!.countedText).toBe('tính theo thẩm định cuối cùng');
    // the unit that sent nothing: no rank, no round counted, no change
    expect([byUnit.get('VPUB')!.rank, byUnit.get('VPUB')!.countedText, byUnit.get('VPUB')!.changes]).toEqual([
      '–',
      null,
      [],
    ]);
  });

  it('shows the change between rounds where both have points, with the sign and the decimal comma in Vietnamese', () => {
    const of = (unit: string) => state.rounds.find((r) => r.unit === unit)!;
    const snv = of('SNV'); // final: self → round 1 → final
    const vi = new Map(rankingRows(results, state.rounds, 'vi').map((r) => [r.unit, r]));
    const en = new Map(rankingRows(results, state.rounds, 'en').map((r) => [r.unit, r]));
    expect(snv.status).toBe('final');
    const down = snv.round1! - snv.self!;
    const up = snv.final! - snv.round1!;
    expect(down).toBeLessThan(0);
    expect(up).toBeGreaterThan(0);
    const viNumber = (x: number) => `${x < 0 ? '-' : '+'}${Math.abs(x).toFixed(2).replace('.', ',')}`;
    expect(vi.get('SNV')!.changes).toEqual([
      `tự chấm → lần 1: ${viNumber(down)} điểm`,
      `lần 1 → cuối cùng: ${viNumber(up)} điểm`,
    ]);
    expect(en.get('SNV')!.changes[0]).toBe(`self → round 1: -${Math.abs(down).toFixed(2)} points`);
    // appraised once: one change; self-assessed only: none
    expect(vi.get('SYT')!.changes).toHaveLength(1);
    expect(vi.get('TTT')!.changes).toEqual([]);
  });

  it('the final appraisal is a round only once the unit has its final result; round 1 skipped compares with self', () => {
    expect(roundChanges(rounds({ status: 'responded', self: 90, round1: 85, final: 30 }))).toEqual([
      { from: 'self', to: 'appraised_1', points: -5 },
    ]);
    expect(roundChanges(rounds({ status: 'final', self: 90, round1: null, final: 88.5 }))).toEqual([
      { from: 'self', to: 'final', points: -1.5 },
    ]);
    expect(roundChanges(rounds({ status: 'final', self: 80.1, round1: 80.1, final: 80.1 }))).toEqual([
      { from: 'self', to: 'appraised_1', points: 0 },
      { from: 'appraised_1', to: 'final', points: 0 },
    ]);
    expect(roundChanges(undefined)).toEqual([]);
  });
});
