import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { papiProfile, papiRanking, papiUnitsView, publishedParHistory, restateRank, unitBaseline } from '../../engine';
import { dataset } from '../helpers/published';
import { expectFits, SHOTS, startPaneBrowser, type PaneBrowser, task } from './pane-browser';

/**
 * The "2025 units" switch in Chromium, at Excel's default pane width (350 px) and full width (1280 px), in Vietnamese
 * and English: off by default on the latest year (2024) with the former provinces; on, the province list holds the 34
 * units, the new An Giang (An Giang + Kiên Giang) shows its estimated total with the rank "of N" among the units, the
 * estimate's method and weights, and the former provinces' own results and range; the chart, target and chance work
 * on the 34-unit field. Expected figures come from the engine. Screenshots go to test-output/e2e/.
 */
let browser: PaneBrowser;

beforeAll(async () => {
  browser = await startPaneBrowser({ allowFailedRequests: true });
});

afterAll(async () => {
  await browser?.close();
});

const view = papiUnitsView(dataset);
const unit = unitBaseline(dataset, { year: 2024, unit: 'An Giang' });
const former = papiProfile(dataset, { year: 2024, province: 'An Giang' }).total;
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();
const number = (value: number | null, lang: 'vi' | 'en') =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value!);
const percent = (share: number, lang: 'vi' | 'en') =>
  `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100)}%`;
const rankOf = (rank: number | null, of: number, lang: 'vi' | 'en') =>
  lang === 'vi' ? `${rank}/${of}` : `${rank} of ${of}`;

async function show(page: Page, province: string, year: number): Promise<void> {
  await page.fill('#province', province);
  await page.selectOption('#year', String(year));
  await page.click('#show');
}

describe.each([
  ['en', 350],
  ['vi', 350],
  ['en', 1280],
  ['vi', 1280],
] as const)('the 2025 units in %s at %i px', (lang, width) => {
  let page: Page;
  beforeAll(async () => {
    // a fresh pane: nothing remembered, so its defaults (the 34 units)
    page = await browser.open({ width, lang, view: 'new' });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('is on by default on 2024; one click gives the former provinces: An Giang rank 40 of 61', async () => {
    expect(await page.inputValue('#year')).toBe('2024');
    expect(await page.isChecked('#units')).toBe(true);
    expect(await text(page, '#units-note')).toMatch(
      lang === 'en' ? /^In use: the 34 units of 1 July 2025/ : /^Đang dùng: 34 đơn vị từ 1\/7\/2025/,
    );
    await page.uncheck('#units');
    expect(await text(page, '#units-note')).toBe(
      lang === 'en'
        ? 'In use: the 63 former provinces, as published (up to 2024).'
        : 'Đang dùng: 63 tỉnh cũ, số công bố (đến năm 2024).',
    );
    await show(page, 'An Giang', 2024);
    await task(page, 'results');
    await page.waitForSelector('#profile-total-rank');
    expect(await text(page, '#profile-total-rank')).toBe(rankOf(former.rank, former.of, lang));
    expect(former.of).toBe(61);
    expect(await page.isHidden('#unit')).toBe(true);
    expect(await page.$$eval('#province-names option', (o) => o.length)).toBe(63);
  });

  it('switched on: the new An Giang, an estimate ranked among the units, its former provinces and their range', async () => {
    await page.check('#units');
    await page.waitForFunction(
      (expected) => document.querySelector('#profile-total-rank')?.textContent === expected,
      rankOf(unit.total.rank, unit.total.of, lang),
    );
    expect(unit.total.of).toBeLessThanOrEqual(34);
    expect(await page.$$eval('#province-names option', (o) => o.length)).toBe(34);
    expect(await text(page, '#units-note')).toMatch(
      lang === 'en'
        ? /^In use: the 34 units of 1 July 2025; a merged unit's score is an estimate/
        : /^Đang dùng: 34 đơn vị từ 1\/7\/2025; điểm của đơn vị sáp nhập là ước tính/,
    );
    expect(await text(page, '#profile-heading')).toBe(
      lang === 'en' ? 'An Giang: PAPI results, 2024 (estimate)' : 'An Giang: Kết quả PAPI năm 2024 (ước tính)',
    );
    expect(await text(page, '#profile-row-total')).toContain(number(unit.total.score, lang));
    expect(await text(page, '#unit-label')).toBe(unit.label[lang]);
    expect(await text(page, '#unit-estimate')).toContain(unit.method![lang]);
    expect(await text(page, '#unit-estimate')).toContain(unit.weightsSource![lang]);
    const rows = await page.$$eval('#unit-predecessors tbody tr[data-code]', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-code'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
    );
    expect(rows).toEqual(
      unit.predecessors.map((p) => [p.code, percent(p.share, lang), number(p.total, lang), rankOf(p.rank, p.of, lang)]),
    );
    expect(await text(page, '#unit-range')).toContain(
      `${number(unit.total.min, lang)}–${number(unit.total.max, lang)}`,
    );
    expect(await text(page, '#unit-estimate-row')).toContain(rankOf(unit.total.rank, unit.total.of, lang));
    // the chart: one bar per unit ranked that year
    await task(page, 'simulate');
    expect(await page.$$eval('#field-chart rect[data-code]', (r) => r.length)).toBe(unit.total.of);
    expect(await page.textContent('#field-chart-title')).toBe(
      lang === 'en'
        ? 'PAPI 2024 totals of the 34 units by rank (scenario; merged units: estimates)'
        : 'Tổng điểm PAPI 2024 của 34 đơn vị theo thứ hạng (kịch bản; đơn vị sáp nhập: ước tính)',
    );
    // a plan's "top 20 of 63" restated for the 34 units, with the rule (restateRank: ceil(20 / 63 x 34) = 11)
    await task(page, 'results');
    await page.fill('#unit-restate-rank', '20');
    await page.click('#unit-restate-show');
    await page.waitForFunction(() => (document.querySelector('#unit-restate-result')?.textContent ?? '') !== '');
    expect(await text(page, '#unit-restate-result')).toBe(restateRank({ rank: 20, of: 63, among: 34 }).rule[lang]);
    expect(restateRank({ rank: 20, of: 63, among: 34 }).rank).toBe(11);
    await expectFits(page, 'unit profile');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `20-units-${lang}-${width}.png`), fullPage: true });
    await page.locator('#unit').screenshot({ path: join(SHOTS, `21-unit-panel-${lang}-${width}.png`) });
  });

  it('simulates, solves a target and runs the chance on the 34-unit field', async () => {
    const of = unit.total.of;
    await task(page, 'simulate');
    await page.fill('#slider-d3', String(unit.dimensions[2]!.score! + 1));
    await page.waitForFunction(
      (o) => new RegExp(`→ \\d+(/| of )${o}`).test(document.querySelector('#outcome-rank')?.textContent ?? ''),
      of,
    );
    await page.click('#reset');
    await page.fill('#target-rank', '10');
    await page.click('#target-solve');
    await page.waitForSelector('#target-allocation');
    expect(await text(page, '#target-outcome')).toContain(rankOf(10, of, lang));
    await page.fill('#chance-rank', '25');
    await page.fill('#chance-iterations', '2000');
    await page.click('#chance-run');
    await page.waitForSelector('#chance-probability', { timeout: 60_000 });
    expect(await text(page, '#chance-probability')).toMatch(/\d%$/);
    await expectFits(page, 'simulate, target, chance');
    await page.locator('#simulate').screenshot({ path: join(SHOTS, `22-units-chart-${lang}-${width}.png`) });
  });

  it("PAR INDEX with the switch on: the unit's former provinces, one table each, named, never averaged", async () => {
    await page.selectOption('#index', 'par');
    await task(page, 'results');
    await page.fill('#par-published-province', 'An Giang');
    await page.click('#par-published-show');
    await page.waitForSelector('#par-published-result .par-published-table');
    // the new An Giang = former An Giang (89) + Kiên Giang (91); each table holds that province's published years
    const tables = await page.$$eval('#par-published-result .par-published-table', (ts) =>
      ts.map((t) => [t.getAttribute('data-code'), t.querySelectorAll('tbody tr').length]),
    );
    const expected = ['89', '91'].map((code) => {
      const rows = publishedParHistory(dataset, code === '89' ? 'An Giang' : 'Kiên Giang');
      return [code, rows.filter((r) => r.total !== null || r.rank !== null || r.sipas !== null).length];
    });
    expect(tables).toEqual(expected);
    expect(await page.$$eval('#par-published-result caption', (hs) => hs.map((x) => x.textContent))).toEqual(
      lang === 'en'
        ? ['Former province An Giang (until 30 June 2025)', 'Former province Kiên Giang (until 30 June 2025)']
        : ['Tỉnh cũ An Giang (đến 30/6/2025)', 'Tỉnh cũ Kiên Giang (đến 30/6/2025)'],
    );
    expect(await text(page, '#par-published-result .note')).toMatch(
      lang === 'en' ? /no average/ : /không tính trung bình/,
    );
    await expectFits(page, 'PAR INDEX of a 2025 unit');
    await page.locator('#par-published').screenshot({ path: join(SHOTS, `23-units-par-${lang}-${width}.png`) });
    await page.selectOption('#index', 'papi');
  });

  it('a scenario saved among the units keeps its unit set: opened with the switch off, the switch comes back on', async () => {
    await show(page, 'An Giang', 2024);
    await page.waitForFunction(() => document.querySelector('#profile-heading')?.textContent?.includes('(') ?? false);
    const name = `An Giang 2025 ${lang} ${width}`;
    await task(page, 'simulate');
    await page.fill('#scenario-name', name);
    await task(page, 'saved');
    await page.click('#scenario-save');
    const item = page.locator('#scenario-list li', { hasText: name });
    await item.waitFor();
    expect(await item.locator('.meta').textContent()).toContain(
      lang === 'en' ? '34 units of 1 July 2025' : '34 đơn vị từ 1/7/2025',
    );
    await page.uncheck('#units');
    await page.waitForFunction(() => !(document.querySelector('#profile-heading')?.textContent ?? '').includes('('));
    await item.locator('button').first().click();
    await page.waitForFunction(() => (document.querySelector('#units') as HTMLInputElement).checked);
    await task(page, 'results');
    expect(await text(page, '#profile-heading')).toBe(
      lang === 'en' ? 'An Giang: PAPI results, 2024 (estimate)' : 'An Giang: Kết quả PAPI năm 2024 (ước tính)',
    );
    await task(page, 'saved');
    await item.locator('button').nth(1).click(); // delete it again: other tests share this browser's storage
    await item.locator('button.confirm-delete').click(); // deleting asks first
    await item.waitFor({ state: 'detached' });
  });

  it('all 34 units are ranked in a year where every former province has a total (2019), and a former name says where it went', async () => {
    const ranked = papiRanking(view, { year: 2019 }).filter((r) => r.rank !== null).length;
    await show(page, 'An Giang', 2019);
    await page.waitForFunction(
      (expected) => document.querySelector('#profile-total-rank')?.textContent?.endsWith(expected) ?? false,
      lang === 'vi' ? `/${ranked}` : ` of ${ranked}`,
    );
    await task(page, 'simulate');
    expect(await page.$$eval('#field-chart rect[data-code]', (r) => r.length)).toBe(ranked);
    expect(ranked).toBe(34);
    await show(page, 'Kiên Giang', 2024);
    await page.waitForSelector('#errors .error');
    expect(await text(page, '#errors .error-message')).toContain(
      lang === 'en' ? 'part of An Giang' : 'thuộc đơn vị An Giang',
    );
    await page.uncheck('#units');
    await show(page, 'Kiên Giang', 2024);
    await page.waitForFunction(
      () => document.querySelector('#profile-heading')?.textContent?.startsWith('Kiên Giang') ?? false,
    );
    await task(page, 'results');
    expect(await page.isHidden('#unit')).toBe(true);
    expect(browser.problems).toEqual([]);
  });
});
