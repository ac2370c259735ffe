import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  internalResults,
  internalTarget,
  isEngineError,
  parseClassBands,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  type ClassRule,
  type InternalResults,
} from '../../../engine';

const file = (name: string) => ({ file: name, text: readFileSync(`samples/internal/${name}`, 'utf8') });

function results(classes: ClassRule): InternalResults {
  const set = parseCriteriaSet(file('criteria-communes.csv'));
  const units = parseUnits(file('units.csv'));
  return internalResults({ set, units, scores: parseScores(file('scores-communes-2025.csv'), set, units), classes });
}

const bands = parseClassBands('Xuất sắc>=90,Tốt>=80,Khá>=70,Trung bình>=50,Yếu');

describe('internalTarget: the least improvement by area to a class or a rank', () => {
  const r = results(bands);
  const last = r.units.filter((u) => u.group === 'xa_dac_khu').at(-1)!;

  it('reaches the class with exactly the points it lacks, each area within its lost points', () => {
    const t = internalTarget(r, last.unit, { class: 'Tốt' });
    expect(t.reachable).toBe(true);
    expect(t.after.class).toBe('Tốt');
    expect(t.after.percent).toBeCloseTo(80, 6);
    expect(t.totalIncrease).toBeCloseTo(((80 - last.percent!) / 100) * last.applicableMax, 6);
    for (const a of t.allocation) {
      expect(a.add).toBeGreaterThanOrEqual(0);
      expect(a.add).toBeLessThanOrEqual(a.lost + 1e-9);
      expect(a.lost).toBeCloseTo(last.areas.find((x) => x.code === a.code)!.lost, 9);
    }
  });

  it('a rank goal takes the score now at that place (a tie shares it), and a hair less does not reach it', () => {
    for (const goal of [1, 5, 30]) {
      const t = internalTarget(r, last.unit, { rank: goal });
      const others = r.units
        .filter((u) => u.group === last.group && u.unit !== last.unit)
        .map((u) => u.percent!)
        .sort((a, b) => b - a);
      expect(t.requiredPercent).toBe(others[goal - 1]);
      expect(t.after.rank).toBeLessThanOrEqual(goal);
      const short = t.after.percent - 1e-6;
      expect(1 + others.filter((o) => o > short).length).toBeGreaterThan(goal);
    }
  });

  it('the top class with an area floor lifts every area to the floor first', () => {
    const floored = results(parseClassBands('Xuất sắc>=90,Tốt>=80,Khá>=70,Trung bình>=50,Yếu', 85));
    const t = internalTarget(floored, last.unit, { class: 'Xuất sắc' });
    const u = floored.units.find((x) => x.unit === last.unit)!;
    expect(t.after.class).toBe('Xuất sắc');
    u.areas.forEach((a, i) => expect(a.points + t.allocation[i]!.add).toBeGreaterThanOrEqual(0.85 * a.max - 1e-9));
    expect(t.totalIncrease).toBeGreaterThanOrEqual(
      internalTarget(r, last.unit, { class: 'Xuất sắc' }).totalIncrease - 1e-9,
    );
  });

  it('an unknown class, an unknown unit and a bad rank are refused', () => {
    for (const call of [
      () => internalTarget(r, last.unit, { class: 'Giỏi' }),
      () => internalTarget(r, 'NOPE', { class: 'Tốt' }),
      () => internalTarget(r, last.unit, { rank: 0 }),
    ]) {
      expect(call).toThrow();
      try {
        call();
      } catch (e) {
        expect(isEngineError(e) && e.code).toBe('INVALID_INPUT');
      }
    }
  });

  it('already there: no increase', () => {
    const top = r.units[0]!;
    const t = internalTarget(r, top.unit, { rank: 1 });
    expect([t.reachable, t.totalIncrease, t.message.en]).toEqual([true, 0, expect.stringContaining('already')]);
  });
});
