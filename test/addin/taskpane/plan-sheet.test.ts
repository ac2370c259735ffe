import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlan, rankOfHypothetical, reviewPlan } from '../../../engine';
import { planSheetLayout } from '../../../addin/taskpane/actions/plan-sheet';
import { VALUES_NOTE, writeLayout } from '../../../addin/taskpane/actions/write-to-sheet';
import { excelMock, type MockRange } from '../../helpers/excel-sheet-mock';
import { dataset } from '../../helpers/published';
import { AGREED_IDS, calledFunctions, declaredFunctionIds } from './function-ids';

const plan = parsePlan(
  {
    ...JSON.parse(readFileSync('samples/an-giang-2020-plan.json', 'utf8')),
    agencies: { d1: 'Sở Nội vụ', d8: 'Văn phòng UBND tỉnh' },
  },
  'an-giang-2020-plan.json',
);
const review = reviewPlan(dataset, plan);

const at = (ranges: MockRange[], address: string) => ranges.find((r) => r.address === address)!;

describe('write plan to sheet (office-addin-mock)', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("writes the plan with live =PAPI.* formulas: baseline, change, the target's rank, the implied standing", async () => {
    const { mock, added } = excelMock();
    (globalThis as { Excel?: unknown }).Excel = mock;
    const name = await writeLayout(planSheetLayout({ review, lang: 'vi' }));
    expect(name).toBe('Kế hoạch Kế hoạch PAPI 2020 tỉn');
    const sheet = added[0]!;
    expect(sheet.active).toBe(true);
    expect(at(sheet.ranges, 'A3:B7').values).toEqual([
      ['Tỉnh, thành phố / Province', 'An Giang'],
      ['Năm cơ sở / Baseline year', 2018],
      ['Năm mục tiêu / Target year', 2020],
      ['Bảng xếp hạng so sánh (năm mới nhất) / Field compared with (latest year)', 2019],
      ['Mục tiêu / Goal', 'hạng ≤ 20 / rank ≤ 20'],
    ]);
    // one row per target: name, baseline formula, target, change formula, agency, rank formula, code, SIMULATE input
    expect(at(sheet.ranges, 'A11:A18').values![0]).toEqual(['D1 Tham gia của người dân ở cấp cơ sở']);
    expect(at(sheet.ranges, 'B11:B18').formulas![0]).toEqual(['=PAPI.SCORE($B$3,$B$4,G11)']);
    expect(at(sheet.ranges, 'C11:C18').values!.map((r) => r[0])).toEqual([5.4, 5.5, 5, 7, 7.5, 7.6, 5.7, 3.5]);
    expect(at(sheet.ranges, 'D11:D18').formulas![7]).toEqual(['=IF(OR(B18="",C18=""),"",C18-B18)']);
    expect(at(sheet.ranges, 'E11:E18').values!.map((r) => r[0])).toEqual([
      'Sở Nội vụ',
      '',
      '',
      '',
      '',
      '',
      '',
      'Văn phòng UBND tỉnh',
    ]);
    expect(at(sheet.ranges, 'F11:F18').formulas![0]).toEqual(['=PAPI.RANKOF(C11,$B$6,G11,$B$3)']);
    expect(at(sheet.ranges, 'G11:G18').values!.map((r) => r[0])).toEqual([
      'd1',
      'd2',
      'd3',
      'd4',
      'd5',
      'd6',
      'd7',
      'd8',
    ]);
    expect(at(sheet.ranges, 'H11:H18').formulas![2]).toEqual(['=C13']);
    expect(at(sheet.ranges, 'B21:E21').formulas).toEqual([
      ['=PAPI.SCORE($B$3,$B$4)', '=PAPI.RANK($B$3,$B$4)', '61', '=PAPI.GROUP($B$3,$B$4,,"vi")'],
    ]);
    expect(at(sheet.ranges, 'B22').formulas).toEqual([['=PAPI.SIMULATE($B$3,$B$6,$G$11:$H$18,"vi")']]);
    // the engine's values at the time of writing: rank 1 of 63 in the 2019 field
    expect(at(sheet.ranges, 'B23:E23').values![0]!.slice(1)).toEqual([1, 63, 'Nhóm đạt điểm cao nhất']);
    expect(at(sheet.ranges, 'A10:H10').format.font.bold).toBe(true);
    expect(sheet.ranges.some((r) => r.address === 'A2')).toBe(false);
  });

  it('calls only declared, agreed PAPI functions', () => {
    const formulas = planSheetLayout({ review, lang: 'en' })
      .blocks.flatMap((b) => b.formulas ?? [])
      .flat()
      .filter((f) => f.startsWith('='));
    const called = new Set(formulas.flatMap(calledFunctions));
    expect(called).toEqual(new Set(['SCORE', 'RANK', 'GROUP', 'RANKOF', 'SIMULATE']));
    const declared = declaredFunctionIds();
    for (const id of called) {
      expect(declared.has(id), id).toBe(true);
      expect(AGREED_IDS as readonly string[]).toContain(id);
    }
  });

  it('where Excel cannot run custom functions: the same cells as values, no formula, and a line saying so', async () => {
    const { mock, added } = excelMock();
    (globalThis as { Excel?: unknown }).Excel = mock;
    await writeLayout(planSheetLayout({ review, lang: 'en', formulas: false }));
    const sheet = added[0]!;
    expect(sheet.ranges.some((r) => r.formulas !== undefined)).toBe(false);
    expect(
      sheet.ranges
        .flatMap((r) => r.values ?? [])
        .flat()
        .some((v) => typeof v === 'string' && v.startsWith('=')),
    ).toBe(false);
    expect(at(sheet.ranges, 'A2').values).toEqual([[VALUES_NOTE.en]]);
    const baseline = at(sheet.ranges, 'B11:B18').values!.map((r) => r[0] as number);
    expect(baseline[0]).toBeCloseTo(4.5598207, 6);
    expect(at(sheet.ranges, 'D11:D18').values![7]![0]).toBeCloseTo(3.5 - 2.5775774, 6);
    expect(at(sheet.ranges, 'F11:F18').values!.every((r) => Number.isInteger(r[0]))).toBe(true);
    expect(at(sheet.ranges, 'B21:E21').values).toEqual([[review.baseline.total, 25, 61, 'High average']]);
    expect(at(sheet.ranges, 'B22:E22').values![0]!.slice(1)).toEqual([1, 63, 'Best performers']);
  });

  it('in values, a sub-dimension line has the rank =PAPI.RANKOF would give it', async () => {
    const { mock, added } = excelMock();
    (globalThis as { Excel?: unknown }).Excel = mock;
    const sub = reviewPlan(dataset, parsePlan({ ...plan, targets: { d1: 5.4, d3_1: 2 } }, 'sub.json'));
    await writeLayout(planSheetLayout({ review: sub, lang: 'en', formulas: false }));
    const ranks = at(added[0]!.ranges, 'F11:F12').values!.map((r) => r[0]);
    const field = sub.fieldYear!;
    expect(ranks).toEqual(
      ['d1', 'd3_1'].map(
        (code) =>
          rankOfHypothetical(dataset, {
            year: field,
            score: code === 'd1' ? 5.4 : 2,
            measure: code,
            province: 'An Giang',
          }).rank,
      ),
    );
  });
});
