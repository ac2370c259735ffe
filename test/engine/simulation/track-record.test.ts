// The track record shown beside every chance is measured: a fresh back-test must give the stored numbers
// (engine/simulation/track-record.json, written by `npm run track-record`), and the texts that quote it must agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtest, SCORE_EPSILON, TRACK_RECORD, trackRecordNote } from '../../../engine/all';
import { measureTrackRecord } from '../../../scripts/track-record';
import { dataset } from '../../helpers/published';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the track record', () => {
  it('is what the back-test measures now (run `npm run track-record` after changing the model)', () => {
    expect(measureTrackRecord(dataset)).toEqual(TRACK_RECORD);
  });

  it("meets issue 20's bar on field years 2019-2023: coverage of [P5, P95] in [0.87, 0.93], mean Brier <= 0.0676", () => {
    // 0.0676: the Brier score of the model before issue 20, whose pool looked ahead (it used the years it predicted)
    const { pooled } = backtest(dataset, { from: 2019, to: 2023 });
    expect(pooled.cases).toBe(301);
    expect(pooled.coverage).toBeGreaterThanOrEqual(0.87);
    expect(pooled.coverage).toBeLessThanOrEqual(0.93);
    expect(pooled.brier.mean).toBeLessThanOrEqual(0.0676);
    // and better than both naive baselines on the same cases
    expect(pooled.brier.mean).toBeLessThan(pooled.baselines.noMovement.brier.mean);
    expect(pooled.brier.mean).toBeLessThan(pooled.baselines.pastErrors.brier.mean);
  });

  it('is quoted with its numbers in the chance line, the =PAPI.CHANCE description and its translation', () => {
    const percent = Math.round(TRACK_RECORD.provinces.coverage * 100);
    const years = `${TRACK_RECORD.from}–${TRACK_RECORD.to}`;
    expect(trackRecordNote(false).en).toContain(`${percent}%`);
    expect(trackRecordNote(false).vi).toContain(years);
    expect(trackRecordNote(true).en).toContain(`${Math.round(TRACK_RECORD.units.coverage * 100)}%`);
    const functions = readFileSync(join(ROOT, 'addin', 'functions', 'functions.ts'), 'utf8');
    const vi = readFileSync(join(ROOT, 'addin', 'functions', 'translations-vi.json'), 'utf8');
    for (const text of [functions, vi]) expect(text).toContain(`${years}, ${percent}%`);
  });

  it('back-test rows: intervals, rank and group probabilities that add up, outcomes from the next year', () => {
    const r = backtest(dataset, { from: 2022, to: 2022, iterations: 500 });
    expect(r.rows.length).toBeGreaterThan(50);
    for (const row of r.rows) {
      expect(row.year).toBe(2022);
      expect(row.p5).toBeLessThanOrEqual(row.median);
      expect(row.median).toBeLessThanOrEqual(row.p95);
      expect(row.prob['10']!).toBeLessThanOrEqual(row.prob['20']!);
      expect(row.prob['20']!).toBeLessThanOrEqual(row.prob['32']!);
      const groups = Object.values(row.groups).reduce((s, p) => s + p, 0);
      expect(groups).toBeCloseTo(1, 9);
    }
    // An Giang's actual 2023 rank is its published 2023 rank
    const anGiang = r.rows.find((row) => row.code === '89')!;
    const y2023 = dataset.papi.get(2023)!;
    const totals = y2023.scores.get('total')!;
    const own = totals[y2023.provinces.indexOf('89')]!;
    expect(anGiang.actualRank).toBe(1 + totals.filter((t) => t !== null && t > own + SCORE_EPSILON).length);
    const pooled = r.pooled;
    expect(pooled.coverage + pooled.below + pooled.above).toBeCloseTo(1, 12);
    expect(pooled.reliability.reduce((s, b) => s + b.cases, 0)).toBe(3 * r.rows.length);
  });
});
