// Cells follow the engine's one rule for values and ranks: out-of-range input is #VALUE! naming the bound, every
// #VALUE! carries the engine's located problem, PAPI.RANKOF and PAPI.SIMULATE agree at a tie.
import { describe, expect, it } from 'vitest';
import { papiRanking } from '../../../engine';
import { builtFunctions } from '../../helpers/built-functions';
import { ErrorCode } from '../../../scripts/functions-harness';
import { dataset } from '../../helpers/published';

const { h, cellError } = builtFunctions();

describe('out-of-range inputs are #VALUE! naming the bound', () => {
  it.each([[-1000], [80.5], [7.9]])('PAPI.RANKOF(%d, 2019) is refused, not ranked 64 of 63', async (score) => {
    const error = await cellError('RANKOF', score, 2019);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toMatch(/outside its scale \[8, 80\]/);
  });

  it('a dimension score outside [1, 10] too', async () => {
    expect((await cellError('RANKOF', 11, 2019, 'd3')).message).toMatch(/D3.*\[1, 10\]/);
  });

  it('PAR INDEX points: the #VALUE! names the area and its bound, not only "points are invalid"', async () => {
    const error = await cellError('PAR.SCORE', 2019, [[99, 9, 13, 10, 14, 6, 13, 11]]);
    expect(error.code).toBe(ErrorCode.invalidValue);
    expect(error.message).toMatch(/a1: .*99.*\[0, 10\]/);
  });

  it('a goal that is not a whole rank from 1 is #VALUE!', async () => {
    for (const goal of [12.5, -3, 0])
      expect((await cellError('TARGET', 'An Giang', 2019, goal)).code).toBe(ErrorCode.invalidValue);
  });

  it('a code given twice in a range is #VALUE!, not silently the last one', async () => {
    const error = await cellError('PAR.SCORE', 2019, [
      ['a1', 9],
      ['a1', 8],
      ['a2', 9],
      ['a3', 13],
      ['a4', 10],
      ['a5', 14],
      ['a6', 6],
      ['a7', 13],
      ['a8', 11],
    ]);
    expect(error.message).toMatch(/a1 is given twice/);
  });

  it('numbers typed as text follow the engine rule: hex and "5=9" are refused', async () => {
    expect((await cellError('SIMULATE', 'An Giang', 2019, [['d3', '0x5']])).code).toBe(ErrorCode.invalidValue);
    expect((await cellError('RANKOF', '5=9', 2019, 'd3')).code).toBe(ErrorCode.invalidValue);
  });
});

describe('one ranking rule: PAPI.RANKOF and PAPI.SIMULATE agree at a tie', () => {
  it("An Giang 2019 moved onto each other province's total (10^-11 below it: float noise) gets the same rank from both", async () => {
    const rows = papiRanking(dataset, { year: 2019 });
    const own = rows.find((r) => r.nameVi === 'An Giang')!;
    const disagreements: string[] = [];
    for (const other of rows.filter(
      (r) => r.code !== own.code && r.score !== null && Math.abs(r.score - own.score!) < 1,
    )) {
      const change = other.score! - own.score! - 1e-11; // a total computed by a sum lands a few ulps off
      const [[total, simulated]] = (await h.call('SIMULATE', 'An Giang', 2019, [
        ['d3', change >= 0 ? `+${change}` : String(change)],
      ])) as [[number, number]];
      const ranked = await h.call('RANKOF', total, 2019, null, 'An Giang');
      if (ranked !== simulated) disagreements.push(`${other.nameVi}: RANKOF ${ranked}, SIMULATE ${simulated}`);
      expect(simulated).toBe(
        rows.filter((r) => r.code !== own.code && r.score !== null && r.score > other.score! + 1e-6).length + 1,
      );
    }
    expect(disagreements).toEqual([]);
  });
});
