import { describe, expect, it } from 'vitest';
import {
  compareScores,
  definitionFor,
  evaluateScenario,
  parScore,
  rankAmong,
  rankOfHypothetical,
  rankOfScore,
  SCORE_EPSILON,
  topComponents,
} from '../../engine/all';
import { dataset } from '../helpers/published';

describe('one ranking rule: higher is better, ties within SCORE_EPSILON share the best rank', () => {
  it('rankAmong, rankOfScore and compareScores use the same tolerance', () => {
    const nearly = 7 + SCORE_EPSILON / 2;
    expect(rankAmong([5, 7, nearly, 9])).toEqual([4, 2, 2, 1]);
    expect(rankOfScore(Float64Array.of(9, nearly, 5), 7)).toBe(2);
    expect(compareScores(7, nearly)).toBe(0);
    expect(rankAmong([7, 7 + 10 * SCORE_EPSILON])).toEqual([2, 1]);
  });

  it('a hypothetical total one float step off a published total ties with it, as in a simulation', () => {
    const rows = dataset.papi.get(2019)!;
    const totals = rows.scores.get('total')!;
    const anGiang = rows.provinces.indexOf('89');
    for (let i = 0; i < totals.length; i++) {
      const other = totals[i];
      if (i === anGiang || other === null || other === undefined) continue;
      const total = totals[anGiang]! + (other - totals[anGiang]! - 1e-11); // a sum lands a few ulps off the published total
      const simulated = evaluateScenario(
        dataset,
        {
          name: 'x',
          index: 'papi',
          year: 2019,
          changes: [{ province: 'An Giang', measure: 'd3', add: other - totals[anGiang]! - 1e-11 }],
        },
        ['An Giang'],
      );
      if (simulated.provinces[0]!.scenario.total === null) continue;
      expect(rankOfHypothetical(dataset, { year: 2019, score: total, province: 'An Giang' }).rank).toBe(
        simulated.provinces[0]!.scenario.rank,
      );
    }
  });

  it('a score outside the measure scale is OUT_OF_RANGE, never rank 64 of 63', () => {
    expect(() => rankOfHypothetical(dataset, { year: 2019, score: -1000 })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
    expect(() => rankOfHypothetical(dataset, { year: 2019, score: Number.NaN })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
    expect(() => rankOfHypothetical(dataset, { year: 2019, score: 7, measure: 'd3' })).not.toThrow();
    expect(() => rankOfHypothetical(dataset, { year: 2019, score: 10.5, measure: 'd3' })).toThrowError(/D3.*\[1, 10\]/);
  });
});

describe('PAR INDEX rank estimate', () => {
  it('every published (total, rank) row of 2017-2023 falls within its own range when its points are split in proportion to the maxima', () => {
    const outside: string[] = [];
    let checked = 0;
    for (const [year, results] of dataset.par) {
      if (year < 2017 || year > 2023) continue;
      const areas = topComponents(definitionFor(dataset.definitions, 'par', year));
      const knownMax = areas.reduce((s, a) => s + (a.max ?? 0), 0);
      const unknown = areas.filter((a) => a.max === null);
      const maxima = Object.fromEntries(unknown.map((a) => [a.code, (100 - knownMax) / unknown.length]));
      for (const row of results.known) {
        if (row.rank === null || row.total === null) continue;
        checked++;
        const points = Object.fromEntries(areas.map((a) => [a.code, (row.total! * (a.max ?? maxima[a.code]!)) / 100]));
        const estimate = parScore(dataset, { year, points, ...(unknown.length ? { maxima } : {}) }).rankEstimate!;
        if (!(estimate.low <= row.rank && row.rank <= estimate.high))
          outside.push(`${year} ${row.total} rank ${row.rank}: ${estimate.low}-${estimate.high}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(60);
    expect(outside).toEqual([]);
  });

  it('points summing to the published 91.04 of 2020 share 1st place, not 2nd behind it', () => {
    const areas = topComponents(definitionFor(dataset.definitions, 'par', 2020));
    const unknown = areas.filter((a) => a.max === null);
    const rest = 100 - areas.reduce((s, a) => s + (a.max ?? 0), 0);
    const maxima = Object.fromEntries(unknown.map((a) => [a.code, rest / unknown.length]));
    const points = Object.fromEntries(areas.map((a) => [a.code, (91.04 * (a.max ?? maxima[a.code]!)) / 100]));
    const result = parScore(dataset, { year: 2020, points, ...(unknown.length ? { maxima } : {}) });
    expect(result.total).not.toBe(91.04); // the float sum is one step off
    expect(result.rankEstimate).toMatchObject({ low: 1, high: 1 });
  });
});
