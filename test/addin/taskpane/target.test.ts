import { describe, expect, it } from 'vitest';
import { EngineError, effortPerPoint, solveTarget } from '../../../engine/all';
import { runTarget } from '../../../addin/taskpane/actions/target';
import { readDecimal as readNumber } from '../../../addin/taskpane/form-reader';
import { runParScore } from '../../../addin/taskpane/panels/par-panel';
import { dataset } from '../../helpers/published';

const form = {
  province: 'An Giang',
  year: 2019,
  goalKind: 'rank' as const,
  rank: '10',
  group: 'best',
  caps: 'bounds',
  weights: {},
};

describe('target panel action', () => {
  it('reads the form and returns the engine answer unchanged', () => {
    const derived = Object.fromEntries(effortPerPoint(dataset, { year: 2019 }).map((p) => [p.code, p.effort]));
    const run = runTarget(dataset, form);
    expect(run.result).toEqual(
      solveTarget(dataset, { year: 2019, province: 'An Giang', goal: { rank: 10 }, caps: 'bounds', weights: derived }),
    );
    expect(run.startsFrom).toBe('published');
    expect(run.effort.d8).toEqual({ value: derived.d8, typed: false });
    const weighted = runTarget(dataset, { ...form, weights: { d1: '2,5', d2: ' ', d3: '0.5' } });
    expect(weighted.result).toEqual(
      solveTarget(dataset, {
        year: 2019,
        province: 'An Giang',
        goal: { rank: 10 },
        caps: 'bounds',
        weights: { ...derived, d1: 2.5, d3: 0.5 },
      }),
    );
    expect(weighted.effort.d1).toEqual({ value: 2.5, typed: true });
    expect(weighted.result.reachable).toBe(true);
    // the cheapest dimension is raised first
    expect(weighted.result.allocation.d3).toBeGreaterThan(0);
  });

  it('solves a group goal and says plainly when the caps do not allow it', () => {
    expect(runTarget(dataset, { ...form, goalKind: 'group', group: 'best' }).result.reachable).toBe(true);
    const unreachable = runTarget(dataset, {
      ...form,
      year: 2015,
      rank: '1',
      caps: 'gain',
      province: 'Hà Giang',
    }).result;
    expect(unreachable.reachable).toBe(false);
    expect(unreachable.message.en).toBe(
      'Ha Giang cannot reach rank 1 or better within the chosen caps: the most they allow gives rank 2 of 63.',
    );
  });

  it('starts from the current scenario when it changes anything', () => {
    const from = [{ province: 'An Giang', measure: 'd3', set: 5.633823 }];
    const run = runTarget(dataset, { ...form, rank: '5', from });
    expect(run.startsFrom).toBe('scenario');
    expect(run.result.base.rank).toBe(10);
    expect(runTarget(dataset, { ...form, rank: '5' }).result.base.rank).toBe(21);
  });

  it('names the field that is badly typed', () => {
    expect(() => runTarget(dataset, { ...form, rank: 'mười' })).toThrow(/Target rank "mười" is invalid/);
    expect(() => runTarget(dataset, { ...form, rank: '2.5' })).toThrow(/Target rank "2.5"/);
    expect(() => runTarget(dataset, { ...form, weights: { d4: '-1' } })).toThrow(/Effort for D4 "-1"/);
    expect(() => runTarget(dataset, { ...form, goalKind: 'group', group: 'top10' })).toThrow(/group "top10"/i);
    expect(() => runTarget(dataset, { ...form, province: 'Quang Tri x' })).toThrow(/Quảng Trị/);
  });

  it('reads decimal commas', () => {
    expect(readNumber('0,4')).toBe(0.4);
    expect(readNumber(' 12 ')).toBe(12);
    expect(readNumber('1e3')).toBeNull();
    expect(readNumber('')).toBeNull();
  });
});

describe('PAR INDEX panel action', () => {
  it('scores typed points with parScore', () => {
    const points = { a1: '9', a2: '9', a3: '13', a4: '10', a5: '14', a6: '6', a7: '13', a8: '11' };
    expect(runParScore(dataset, { year: 2019, points, maxima: {} }).percent).toBe(85);
  });

  it('names a field that is not a number, in both languages', () => {
    expect(() => runParScore(dataset, { year: 2019, points: { a1: 'chín' }, maxima: {} })).toThrow();
    try {
      runParScore(dataset, { year: 2019, points: { a1: 'chín' }, maxima: {} });
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).vi).toBe(
        'Điểm a1 "chín" không hợp lệ: cần một số (dấu phẩy hoặc dấu chấm thập phân) từ 0.',
      );
      expect((error as EngineError).en).toBe(
        'Points a1 "chín" is invalid: expected a number (decimal comma or point) from 0.',
      );
    }
  });
});
