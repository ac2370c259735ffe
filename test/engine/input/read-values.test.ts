import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closestWord,
  EngineError,
  PAPI_GOAL,
  PAR_GOAL,
  readChoice,
  readGoal,
  readGoalValue,
  readNumber,
  readPairs,
  readSeed,
  requireNumber,
  splitPairs,
  MAX_SEED,
  MIN_SEED,
} from '../../../engine/all';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof EngineError ? error.code : 'NOT_ENGINE_ERROR';
  }
  return null;
};

describe('readNumber: the one number rule', () => {
  it.each([
    ['9.5', 9.5],
    ['9,5', 9.5],
    ['+0.4', 0.4],
    ['-0,25', -0.25],
    ['.5', 0.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 000', 1000],
    [' 7 ', 7],
    [3, 3],
  ])('%j -> %j', (text, value) => expect(readNumber(text, 'x')).toBe(value));

  it.each([
    ['0x1A'],
    ['5=9'],
    ['1e3'],
    ['1,2,3'],
    ['1.23,4'],
    ['Infinity'],
    ['NaN'],
    ['abc'],
    [Number.NaN],
    [Infinity],
    [true],
    [{}],
  ])('%j is refused', (text) => {
    expect(code(() => readNumber(text, 'x'))).toBe('INVALID_INPUT');
  });

  it('blank is missing (null), never 0; requireNumber refuses it', () => {
    for (const blank of ['', '   ', null, undefined]) expect(readNumber(blank, 'x')).toBeNull();
    expect(code(() => requireNumber('', 'x'))).toBe('INVALID_INPUT');
  });

  it('any finite number printed with a point or a comma reads back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (x) => {
        const text = x.toFixed(6);
        expect(readNumber(text, 'x')).toBe(Number(text));
        expect(readNumber(text.replace('.', ','), 'x')).toBe(Number(text));
      }),
    );
  });
});

describe('readPairs / splitPairs', () => {
  it('reads both separators and lower-cases codes', () => {
    expect(readPairs(splitPairs('A1=9,5;a2=8', '--points'), '--points')).toEqual({ a1: 9.5, a2: 8 });
    expect(readPairs(splitPairs('a1=9.5,a2=8', '--points'), '--points')).toEqual({ a1: 9.5, a2: 8 });
  });
  it('refuses duplicates (naming both values), "5=9", a missing code or value', () => {
    expect(() =>
      readPairs(
        [
          ['d2', 5],
          ['D2', 6],
        ],
        '--set',
      ),
    ).toThrow(/d2 is given twice in --set \(5 and 6\)/);
    expect(() => splitPairs('d2=5=9', '--set')).toThrow(/expected code=number/);
    expect(() => splitPairs('=5', '--set')).toThrow(/expected code=number/);
    expect(() => readPairs(splitPairs('d2=', '--set'), '--set')).toThrow(/--set d2 has no value/);
  });
});

describe('readGoal: exactly one of rank | group | total, validated first', () => {
  it('reads each kind', () => {
    expect(readGoal({ rank: '20' }, PAPI_GOAL)).toEqual({ rank: 20 });
    expect(readGoal({ group: 'Trung bình cao' }, PAPI_GOAL)).toEqual({ group: 'high-average' });
    expect(readGoal({ total: '45,5' }, PAPI_GOAL)).toEqual({ total: 45.5 });
    expect(readGoal({ group: 'b' }, PAR_GOAL)).toEqual({ group: 'B' });
  });
  it('refuses none, two, a bad rank or group, and a total where it is not a goal', () => {
    expect(() => readGoal({}, PAPI_GOAL)).toThrow(/got: none/);
    expect(() => readGoal({ rank: 3, group: 'best' }, PAPI_GOAL)).toThrow(/got: rank \+ group/);
    for (const rank of [0, -1, 2.5, '1e9', 'x']) expect(code(() => readGoal({ rank }, PAPI_GOAL))).not.toBeNull();
    expect(() => readGoal({ group: 'excellent' }, PAPI_GOAL)).toThrow(/Goal "excellent" is invalid/);
    expect(() => readGoal({ total: 60 }, { ...PAPI_GOAL, total: false })).toThrow(/A total is not a goal here/);
  });
  it('one value: a number is a rank, text a rank or a group', () => {
    expect(readGoalValue(12, PAPI_GOAL)).toEqual({ rank: 12 });
    expect(readGoalValue('12', PAPI_GOAL)).toEqual({ rank: 12 });
    expect(readGoalValue('best', PAPI_GOAL)).toEqual({ group: 'best' });
    expect(code(() => readGoalValue(12.5, PAPI_GOAL))).toBe('OUT_OF_RANGE');
    expect(code(() => readGoalValue(-3, PAPI_GOAL))).toBe('OUT_OF_RANGE');
  });
});

describe('requireInteger: whole numbers may group thousands', () => {
  it('reads groups and refuses other separators', async () => {
    const { requireInteger } = await import('../../../engine/all');
    expect(requireInteger('10.000', 'n', 1, 1e9)).toBe(10000);
    expect(requireInteger('10 000', 'n', 1, 1e9)).toBe(10000);
    for (const bad of ['10.00', '2.5', '2,0', '']) expect(code(() => requireInteger(bad, 'n', 1, 1e9))).not.toBeNull();
  });
});

describe('readSeed: every accepted seed is a distinct stream', () => {
  it('accepts the 32-bit signed range and refuses the rest', () => {
    expect(readSeed(String(MAX_SEED))).toBe(MAX_SEED);
    expect(readSeed(MIN_SEED)).toBe(MIN_SEED);
    for (const bad of [MAX_SEED + 1, MIN_SEED - 1, 2 ** 32, 1.5, '', 'abc'])
      expect(code(() => readSeed(bad))).not.toBeNull();
  });
});

describe('readChoice and closestWord', () => {
  it('suggests the nearest choice', () => {
    expect(readChoice('UPPER', ['lower', 'upper'], '--boundary')).toBe('upper');
    expect(() => readChoice('uper', ['lower', 'upper'], '--boundary')).toThrow(/Did you mean "upper"/);
    expect(closestWord('sett', ['set', 'add'])).toBe('set');
    expect(closestWord('yera', ['year', 'province'])).toBe('year');
    expect(closestWord('weigths', ['weights', 'name'])).toBe('weights');
    expect(closestWord('q', ['year', 'province'])).toBeNull();
  });
});
