import { describe, expect, it } from 'vitest';
import { papiProfile } from '../../engine';
import { dataset } from '../helpers/published';

describe('papiProfile', () => {
  // An Giang's 2020 PAPI plan (Kế hoạch 179/KH-UBND, 10/4/2020, shared/context/004): "Chỉ số PAPI tỉnh An Giang năm 2018
  // đạt 44,43 điểm ... xếp hạng 25/63 ... (Giảm 7 bậc so với năm 2017), vẫn nằm trong Nhóm các tỉnh đạt điểm trung bình
  // cao"; best-group dimensions D6, D4, D7; poor/low-average D3, D1, D8. The plan writes "/63" although 61 provinces
  // have a 2018 total (Quảng Ninh and Đồng Tháp miss D2 and D4): our rank is 25 of 61.
  const profile = papiProfile(dataset, { year: 2018, province: 'An Giang' });

  it('total, rank, of and group', () => {
    expect(profile.total.score!.toFixed(2)).toBe('44.43');
    expect(profile.total.rank).toBe(25);
    expect(profile.total.of).toBe(61);
    expect(profile.total.group).toBe('high-average');
  });

  it('strengths and weaknesses as the plan states them', () => {
    expect(profile.strengths).toEqual(['d4', 'd6', 'd7']);
    expect(profile.weaknesses).toEqual(['d1', 'd3', 'd8']);
    expect(profile.dimensions.find((d) => d.code === 'd7')!.score!.toFixed(2)).toBe('5.67'); // "Quản trị môi trường đạt 5,67 điểm"
    expect(profile.dimensions.find((d) => d.code === 'd8')!.score!.toFixed(2)).toBe('2.58'); // "Quản trị điện tử đạt 2,58 điểm"
  });

  it('rank change from 2017 across the 2018 methodology change: down 7, scores not compared', () => {
    expect(profile.change!.previousYear).toBe(2017);
    expect(profile.change!.comparable).toBe(false);
    expect(profile.change!.total.rank).toBe(-7);
    expect(profile.change!.total.score).toBeNull();
    expect(profile.change!.note!.en).toMatch(/ranks are compared, scores are not/);
  });

  it('score change within a series, with a note when sub-dimensions changed (2019 vs 2018)', () => {
    const p2019 = papiProfile(dataset, { year: 2019, province: 'An Giang' });
    expect(p2019.change!.comparable).toBe(true);
    expect(p2019.change!.total.score).toBeCloseTo(p2019.total.score! - profile.total.score!, 10);
    expect(p2019.change!.total.rank).toBe(25 - p2019.total.rank!);
    expect(p2019.change!.note!.en).toMatch(/below dimension level/);
    expect(papiProfile(dataset, { year: 2011, province: 'An Giang' }).change).toBeNull();
  });

  it('sub-dimensions carry their own ranks and groups; dimension = sum of sub-dimensions', () => {
    for (const d of profile.dimensions) {
      expect(d.subdimensions.length).toBeGreaterThan(1);
      expect(d.subdimensions.reduce((s, x) => s + x.score!, 0)).toBeCloseTo(d.score!, 5);
      for (const s of d.subdimensions) expect(s.rank).toBeGreaterThanOrEqual(1);
    }
    expect(profile.dimensions.find((d) => d.code === 'd8')!.subdimensions).toHaveLength(2);
  });

  it('a province without a total gets null total, no rank, and a warning; its dimensions are ranked', () => {
    const qn = papiProfile(dataset, { year: 2018, province: 'Quảng Ninh' });
    expect(qn.total.score).toBeNull();
    expect(qn.total.rank).toBeNull();
    expect(qn.warnings[0]!.en).toMatch(/no PAPI total in 2018/);
    expect(qn.dimensions.find((d) => d.code === 'd1')!.rank).toBeGreaterThanOrEqual(1);
    expect(qn.dimensions.find((d) => d.code === 'd2')!.rank).toBeNull();
  });

  it('2016-2017 use the relabelled D3 sub-dimension names', () => {
    const p2017 = papiProfile(dataset, { year: 2017, province: 'Hà Nội' });
    const p2015 = papiProfile(dataset, { year: 2015, province: 'Hà Nội' });
    expect(p2017.dimensions[2]!.subdimensions[1]!.name.vi).toBe('Đáp ứng kiến nghị của người dân');
    expect(p2015.dimensions[2]!.subdimensions[1]!.name.vi).toBe('Ban thanh tra nhân dân');
  });

  it('bad input names the input', () => {
    expect(() => papiProfile(dataset, { year: 2030, province: 'An Giang' })).toThrowError(/2030/);
    expect(() => papiProfile(dataset, { year: 2019, province: 'Atlantis' })).toThrowError(/Atlantis/);
  });
});
