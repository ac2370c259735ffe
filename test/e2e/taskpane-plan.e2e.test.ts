import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, run } from '../helpers/run-cli';
import { expectFits, SHOTS, startPaneBrowser, task, type PaneBrowser } from './pane-browser';

/**
 * The pane a planner works in, in Chromium at Excel's default pane width (350 px) and full width (1280 px), in
 * Vietnamese and English: nothing wider than the pane, no NaN/null/undefined or one-value ranges on screen, the
 * target solved from the sliders, the chart named and naming the province under the pointer, and the An Giang 2020
 * plan built in the pane giving the CLI's figures. Screenshots go to test-output/e2e/.
 */
let browser: PaneBrowser;

beforeAll(async () => {
  browser = await startPaneBrowser({ allowFailedRequests: true });
});

afterAll(async () => {
  await browser?.close();
});

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

const AN_GIANG_2020 = {
  d1: '5.40',
  d2: '5,50',
  d3: '5.00',
  d4: '7,00',
  d5: '7.50',
  d6: '7.60',
  d7: '5,70',
  d8: '3.50',
};

async function showProvince(page: Page, province: string, year: number): Promise<void> {
  await page.fill('#province', province);
  await page.selectOption('#year', String(year));
  await page.click('#show');
  await page.waitForFunction(
    (name) => document.querySelector('#profile-heading')?.textContent?.startsWith(name),
    province,
  );
}

async function buildAnGiangPlan(page: Page, iterations: string): Promise<void> {
  await showProvince(page, 'An Giang', 2018);
  await task(page, 'plan');
  await page.fill('#plan-target-year', '2020');
  await page.selectOption('#plan-kind', 'rank');
  await page.fill('#plan-rank', '20');
  await page.click('#plan-chance-settings summary');
  await page.fill('#plan-iterations', iterations);
  await page.fill('#plan-seed', '2020');
  for (const [code, value] of Object.entries(AN_GIANG_2020)) await page.fill(`#plan-target-${code}`, value);
  await page.fill('#plan-agency-d8', 'Văn phòng UBND tỉnh');
  await page.fill('#plan-agency-d1', 'Sở Nội vụ');
  // the review follows the last keystroke: wait until it shows the last target typed
  await page.waitForFunction(() => /→ 3[.,]50/.test(document.querySelector('#plan-info-d8')?.textContent ?? ''));
  await page.waitForSelector('#plan-achieved');
}

describe.each([
  ['en', 350],
  ['vi', 350],
  ['en', 1280],
  ['vi', 1280],
] as const)('the pane in %s at %i px', (lang, width) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.open({ width, lang });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('fits: profile, sliders, target (from the sliders) with sensitivity, chance, plan and PAR panels', async () => {
    await showProvince(page, 'An Giang', 2019);
    await task(page, 'results');
    await expectFits(page, 'profile');
    await task(page, 'simulate');
    // move D3 up: the target then starts from the slider values
    await page.fill('#slider-d3', '5.633823');
    await page.waitForFunction(() =>
      /→ 10(\/| of )63/.test(document.querySelector('#outcome-rank')?.textContent ?? ''),
    );
    await page.fill('#target-rank', '5');
    await page.click('#target-solve');
    await page.waitForSelector('#target-allocation');
    await page.click('#target-sensitivity summary');
    await page.click('#target-effort summary');
    expect(await text(page, '#target-start')).toBe(
      lang === 'en'
        ? 'Solved from the current scenario (the slider values): 45.37 points, rank 10 of 63.'
        : 'Tính từ kịch bản hiện tại (giá trị trên thanh trượt): 45,37 điểm, hạng 10/63.',
    );
    expect(await text(page, '#sensitivity-why')).toContain(lang === 'en' ? 'unweighted sum' : 'tổng không trọng số');
    // the chance in the worker, a blank rank named (no "NaN")
    await page.fill('#chance-rank', '');
    await page.click('#chance-run');
    await page.waitForSelector('#errors .error');
    expect(await text(page, '#errors .error-message')).toBe(
      lang === 'en'
        ? 'Target rank is blank: expected a whole number from 1.'
        : 'Hạng mục tiêu đang để trống: cần một số nguyên từ 1.',
    );
    await page.fill('#chance-rank', '10');
    await page.fill('#chance-iterations', lang === 'en' ? '2,000' : '2.000');
    await page.click('#chance-run');
    await page.waitForSelector('#chance-probability', { timeout: 30_000 });
    await expectFits(page, 'simulation, target, chance');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `10-pane-${lang}-${width}.png`), fullPage: true });

    await buildAnGiangPlan(page, '2000');
    await page.waitForSelector('#plan-chance:not(:empty)');
    await page.waitForFunction(() => /%/.test(document.querySelector('#plan-chance')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });
    await expectFits(page, 'plan');
    await page.locator('#plan').screenshot({ path: join(SHOTS, `11-plan-${lang}-${width}.png`) });

    await page.selectOption('#index', 'par');
    await task(page, 'simulate');
    await page.selectOption('#par-year', '2019');
    for (const [area, value] of Object.entries({
      a1: '9',
      a2: '9',
      a3: '13',
      a4: '10',
      a5: '14',
      a6: '6',
      a7: '13',
      a8: '11',
    }))
      await page.fill(`#par-${area}`, value);
    await page.click('#par-compute');
    await page.waitForSelector('#par-result');
    await page.screenshot({ path: join(SHOTS, `12-par-${lang}-${width}.png`), fullPage: true });
    await task(page, 'results');
    await page.click('#par-published-show');
    await page.waitForSelector('#par-published-result .par-published-table');
    expect(
      await page.$$eval('#par-published-result .par-published-table tbody tr', (rows) =>
        rows.map((r) => r.getAttribute('data-year')),
      ),
    ).toContain('2019');
    await expectFits(page, 'PAR');
    await page.screenshot({ path: join(SHOTS, `12b-par-published-${lang}-${width}.png`), fullPage: true });
    await page.selectOption('#index', 'papi');
  });
});

describe("the An Giang 2020 plan built in the pane gives the CLI's figures", () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.open({ width: 350, lang: 'en' });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('implied total and ranks, chance, least effort, achieved: as `papi plan` and `papi target` say', async () => {
    const cli = await json('plan', 'samples/an-giang-2020-plan.json');
    const cliText = (await run('plan', 'samples/an-giang-2020-plan.json', '--lang', 'en')).out;
    const target = await json('target', '--index', 'papi', '--year', '2018', '--province', 'An Giang', '--rank', '20');
    await buildAnGiangPlan(page, '100000');
    await page.waitForFunction(() => /%/.test(document.querySelector('#plan-chance')?.textContent ?? ''), undefined, {
      timeout: 60_000,
    });

    // implied total and the fields: the same lines as the CLI prints
    expect(await text(page, '#plan-implied')).toBe(
      `Total implied by the targets: ${cli.implied_total.toFixed(2)} (+${(cli.implied_total - cli.baseline_total).toFixed(2)} on 2018)`,
    );
    const fieldLines = await page.$$eval('#plan-fields li', (items) => items.map((li) => li.textContent));
    expect(fieldLines).toEqual(cliText.split('\n').filter((line) => line.startsWith('Placed in the')));
    expect(fieldLines[0]).toBe('Placed in the 2018 field: rank 1 of 61, Best performers – meets the goal');
    // the chance: same iterations, seed, probability, median and interval as the CLI
    const c = cli.chance;
    expect(await text(page, '#plan-chance')).toBe(
      `Probability of the 2020 goal (from the 2019 field, 100,000 iterations, seed 2020): ${(c.probability * 100).toFixed(1)}%; median rank ${c.rank.median}, 90% interval: ranks ${c.rank.p5}–${c.rank.p95}`,
    );
    // beside it, as beside every chance: the track record and the assumptions the CLI prints (the plan's own change
    // weighting the year-wide shift among them)
    const [, years, cases, percent] = /back-tests of (\S+) \((\d+) cases\), (\d+)%/.exec(cliText)!;
    expect(await text(page, '#plan-track-record')).toBe(
      `Track record: in back-tests of ${years} (${cases} cases), ${percent}% of actual ranks fell inside such a 90% interval.`,
    );
    const assumptions = await page.$$eval('#plan-assumptions li', (items) => items.map((li) => li.textContent));
    expect(assumptions.some((a) => a?.startsWith('Your own change ('))).toBe(true);
    for (const a of assumptions.slice(0, -1)) expect(cliText).toContain(`- ${a}`);
    // the least effort the goal needs in the 2018 field: +0.29, the CLI's target
    const cliIncrease = Number(target.total_increase);
    expect(cliIncrease.toFixed(2)).toBe('0.29');
    expect(await text(page, '#plan-least')).toMatch(
      new RegExp(
        `^Least-effort alternative meeting the same goal \\(2018 field, realistic caps, effort from the data\\): \\+${cliIncrease.toFixed(2).replace('.', '\\.')} in total \\(`,
      ),
    );
    // what 2020 achieved: only D4 and D6 were hit
    const hit = cli.achieved.dimensions
      .filter((d: { met: boolean }) => d.met)
      .map((d: { code: string }) => d.code.toUpperCase());
    expect(hit).toEqual(['D4', 'D6']);
    expect(await text(page, '#plan-achieved')).toBe(
      `Actual 2020: ${cli.achieved.total.toFixed(2)} points, rank ${cli.achieved.rank} of ${cli.achieved.of}, Best performers – goal met; targets hit: D4, D6 (of 8).`,
    );
    expect(await text(page, '#plan-info-d4')).toContain('actual 2020: 7.41 ✓');
    expect(await text(page, '#plan-info-d1')).toContain('actual 2020: 4.62 ✗');
    expect(await text(page, '#plan-flags')).toBe(
      'Targets the goal does not need (still met without them): every one of them (met without any one). Above what any province has gained in a year: none.',
    );
    // said once in the summary, not on each of the eight lines
    expect(await text(page, '#plan-info-d1')).not.toContain('not needed');
  });

  it('exports the plan file `papi plan` reads, with the agencies; importing it back fills the same form', async () => {
    const download = page.waitForEvent('download');
    await page.click('#plan-export');
    const file = await download;
    const path = await file.path();
    const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(path!, 'utf8'));
    expect(exported).toMatchObject({
      province: 'An Giang',
      baselineYear: 2018,
      targetYear: 2020,
      goal: { rank: 20 },
      targets: { d1: 5.4, d2: 5.5, d8: 3.5 },
      agencies: { d1: 'Sở Nội vụ', d8: 'Văn phòng UBND tỉnh' },
      iterations: 100000,
      seed: 2020,
    });
    const dir = mkdtempSync(join((await import('node:os')).tmpdir(), 'papi-plan-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(exported));
    const fromFile = await json('plan', join(dir, 'plan.json'));
    expect(fromFile.implied_total).toBeCloseTo(47.2, 6);
    expect(fromFile.dimensions.find((d: { code: string }) => d.code === 'd8').agency).toBe('Văn phòng UBND tỉnh');

    await page.click('#plan-clear');
    await page.fill('#plan-target-year', '2021');
    await page.setInputFiles('#plan-import', {
      name: 'an-giang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.waitForFunction(() => (document.querySelector('#plan-target-d8') as HTMLInputElement).value === '3.50');
    expect(await page.inputValue('#plan-target-year')).toBe('2020');
    expect(await page.inputValue('#plan-agency-d1')).toBe('Sở Nội vụ');
  });

  it('saves the plan beside the scenarios and opens it again', async () => {
    await page.fill('#plan-name', 'An Giang 2020 (179/KH-UBND)');
    await page.click('#plan-save');
    await page.waitForFunction(
      () => document.querySelector('#plan-list .name')?.textContent === 'An Giang 2020 (179/KH-UBND)',
    );
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('papi.plans') ?? '[]'));
    expect(saved[0]).toMatchObject({ name: 'An Giang 2020 (179/KH-UBND)', targets: { d4: 7 } });
    await showProvince(page, 'Hà Giang', 2021);
    await page.click('#plan-list li button:text("Open")');
    await page.waitForFunction(
      () => (document.querySelector('#plan-target-d4') as HTMLInputElement | null)?.value === '7.00',
    );
    await task(page, 'results');
    expect(await text(page, '#profile-heading')).toBe('An Giang: PAPI results, 2018');
  });
});

describe('chart: accessible name, the province under the pointer, cut-offs and target', () => {
  it('is an image named by its title, with a text alternative, and names the hovered province', async () => {
    const page = await browser.open({ width: 350, lang: 'en' });
    await showProvince(page, 'An Giang', 2019);
    await task(page, 'simulate');
    await expect(
      page.getByRole('img', { name: 'PAPI 2019 totals of all provinces by rank (scenario)' }).count(),
    ).resolves.toBe(1);
    expect(await text(page, '#field-chart-desc')).toMatch(
      /^An Giang ranks 21 of 63 with 44\.37 points\. Lowest total of the best performers, the high average, the low average group: 44\.\d\d; 43\.\d\d; 42\.\d\d\.$/,
    );
    expect(await page.locator('#field-chart line.cutoff').count()).toBe(3);
    expect(await page.locator('#field-chart-list li').count()).toBe(63);
    // hover the first bar: the chart names that province
    const first = page.locator('#field-chart rect.bar').first();
    const code = await first.getAttribute('data-code');
    await first.scrollIntoViewIfNeeded();
    await first.hover({ force: true });
    await page.waitForFunction(() => (document.querySelector('#field-chart-hover')?.textContent ?? '') !== '');
    const hovered = await text(page, '#field-chart-hover');
    const name = await page.$eval(`#field-chart rect[data-code="${code}"] title`, (t) => t.textContent!.split(':')[0]);
    expect(hovered.startsWith(`${name}:`)).toBe(true);
    expect(hovered).toMatch(/\(1 of 63\)$/);
    // a solved target draws its line and is described
    await page.fill('#target-rank', '10');
    await page.click('#target-solve');
    await page.waitForSelector('#field-chart line.target', { state: 'attached' });
    expect(await text(page, '#field-chart-desc')).toMatch(/Target total: 45\.\d\d\.$/);
    await page.locator('#simulate .chart').screenshot({ path: join(SHOTS, '13-chart-en-350.png') });
    await page.close();
  });
});

describe('Office.js unreachable (a firewalled CDN)', () => {
  it('blocked: starts standalone at once and says why', async () => {
    const page = await browser.open({ width: 350, lang: 'vi', office: 'blocked' });
    expect(await text(page, '#notice-0')).toContain('Không tải được Office.js');
    await page.click('#lang-toggle');
    expect(await text(page, '#notice-0')).toContain('Office.js could not be loaded');
    await page.close();
  });

  it('hanging: starts standalone after the timeout with a notice', async () => {
    const started = Date.now();
    const page = await browser.open({ width: 350, lang: 'en', office: 'hanging', query: 'officeTimeout=2' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(await text(page, '#notice-0')).toBe(
      "Office.js did not load within 2 s (is Microsoft's server blocked?): the pane runs standalone on the bundled data and cannot write to Excel.",
    );
    await showProvince(page, 'An Giang', 2019);
    await task(page, 'results');
    expect(await text(page, '#profile-total-rank')).toBe('21 of 63');
    await page.close();
  });
});

describe('no script errors', () => {
  it('ran without script errors or CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
