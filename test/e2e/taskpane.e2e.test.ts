import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_CDN, SHOTS, startPaneBrowser, task, type PaneBrowser } from './pane-browser';

/**
 * The task pane in a real browser (Debian's Chromium, headless), standalone as a planner would open it from
 * https://localhost:3000: built fresh into a temporary folder, served over node:http, Office.js from the local npm copy
 * in place of the CDN. Walks the pane the way a planner does and saves screenshots in test-output/e2e/.
 */
let browser: PaneBrowser | undefined;
let page: Page;
let problems: string[] = [];
let officeRequests: string[] = [];

/** A screenshot of one section (or of the visible pane): small enough to read at full size. */
const shot = async (name: string, selector?: string) => {
  if (selector) await page.locator(selector).screenshot({ path: join(SHOTS, name) });
  else await page.screenshot({ path: join(SHOTS, name) });
};
const text = async (selector: string) => ((await page.textContent(selector)) ?? '').trim();

beforeAll(async () => {
  // Built fresh into a temporary folder, a fresh Chromium profile per run; Office.js from the local npm copy instead
  // of the CDN (and whatever it loads next to itself); nothing else leaves the machine.
  browser = await startPaneBrowser();
  ({ problems, officeRequests } = browser);
  page = await browser.open({ width: 420 });
});

afterAll(async () => {
  await browser?.close();
});

describe('task pane in Chromium (standalone)', () => {
  it('loads Office.js in place of the CDN and starts standalone in English (the browser language)', async () => {
    expect(officeRequests[0]).toBe(`${OFFICE_CDN}office.js`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await text('#selection-heading')).toBe('Province and year');
    await task(page, 'saved');
    expect(await page.isDisabled('#write-sheet')).toBe(true);
    expect(await text('#write-note')).toContain('Available inside Excel only');
  });

  it('shows the engine error with a suggestion for an unknown province, and the suggestion works', async () => {
    await page.fill('#province', 'An Gian');
    await page.selectOption('#year', '2019');
    await page.click('#show');
    await page.waitForSelector('#errors .error');
    expect(await text('#errors .error-message')).toContain('Unknown province "An Gian"');
    await page.click('#errors .suggestions button:text("An Giang")');
    await task(page, 'results');
    await page.waitForSelector('#profile-total-rank');
    expect(await text('#errors')).toBe('');
  });

  it('shows An Giang 2019: total, rank 21 of 63, group, strengths and weaknesses', async () => {
    expect(await page.inputValue('#province')).toBe('An Giang');
    expect(await text('#profile-heading')).toBe('An Giang: PAPI results, 2019');
    expect(await text('#profile-total-rank')).toBe('21 of 63');
    expect(await text('#profile-row-total')).toContain('44.37');
    expect(await text('#strengths')).toContain('D5');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('01-profile.png');
    await task(page, 'simulate');
    expect(await text('#outcome-rank')).toBe('Rank: 21 of 63 → 21 of 63');
    expect(await page.getAttribute('#field-chart rect.current', 'data-code')).toBe('89');
  });

  it('moving the D3 slider up changes the rank, and the highlighted bar moves along the ranking', async () => {
    const before = Number(await page.getAttribute('#field-chart rect.current', 'x'));
    await page.fill('#slider-d3', '5.633823');
    await page.waitForFunction(() => document.querySelector('#outcome-rank')?.textContent?.includes('→ 10 of 63'));
    expect(await text('#outcome-rank')).toBe('Rank: 21 of 63 → 10 of 63 (↑11 places)');
    expect(await page.inputValue('#slider-d3-exact')).toBe('5.63');
    const after = Number(await page.getAttribute('#field-chart rect.current', 'x'));
    expect(after).toBeLessThan(before);
    expect(await text('#field-chart-desc')).toMatch(
      /^An Giang ranks 10 of 63 with 45\.37 points\. Lowest total of the best performers, the high average, the low average group: \d+\.\d\d; \d+\.\d\d; \d+\.\d\d\.$/,
    );
    // keyboard: the arrow keys move the slider too
    await page.focus('#slider-d3');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.querySelector('#slider-d3-exact') as HTMLInputElement).value === '5.64');
    await page.waitForTimeout(400); // let the bars' 0.2 s transition finish before the screenshot
    await shot('02-slider.png', '#simulate');
  });

  it('a sub-dimension slider moves its dimension, the total and the rank', async () => {
    await page.click('#reset');
    await page.waitForFunction(
      () => document.querySelector('#outcome-rank')?.textContent === 'Rank: 21 of 63 → 21 of 63',
    );
    expect(await page.inputValue('#slider-d3-exact')).toBe('4.63');
    await page.click('#sub-d3 summary');
    const base = Number(await page.inputValue('#slider-d3_1-exact'));
    await page.fill('#slider-d3_1', String(base + 0.5));
    await page.waitForFunction(() => (document.querySelector('#slider-d3-exact') as HTMLInputElement).value === '5.13');
    expect(await text('#outcome-total')).toBe('Total: 44.37 → 44.87');
    expect(await text('#outcome-rank')).toMatch(/^Rank: 21 of 63 → (\d+) of 63 \(↑\d+ places?\)$/);
    await page.click('#reset');
    await page.waitForFunction(
      () => document.querySelector('#outcome-rank')?.textContent === 'Rank: 21 of 63 → 21 of 63',
    );
  });

  it('solves the target panel for rank 10 and shows the allocation', async () => {
    await page.fill('#target-rank', '10');
    await page.click('#target-solve');
    await page.waitForSelector('#target-allocation');
    const rows = await page.$$eval('#target-allocation tbody tr[data-code]', (trs) =>
      trs.map((tr) => tr.getAttribute('data-code')),
    );
    expect(rows).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
    expect(await text('#target-message')).toMatch(
      /^At least \d+\.\d{2} more points in total are needed to reach rank 10 or better\.$/,
    );
    expect(await text('#target-outcome')).toContain('rank 10 of 63');
    await page.click('#target-apply');
    await page.waitForFunction(() => document.querySelector('#outcome-rank')?.textContent?.includes('→ 10 of 63'));
    await shot('03-target.png', '#target');
  });

  it('says plainly when a target cannot be reached', async () => {
    // A second check on the same panel: rank 1 with caps at the best score that year is out of reach for a few.
    await page.selectOption('#target-caps', 'best');
    await page.fill('#target-rank', '1');
    await page.click('#target-solve');
    await page.waitForSelector('#target-allocation');
    const reachable = await page.$('#target-message');
    const unreachable = await page.$('#target-unreachable');
    expect(Boolean(reachable) !== Boolean(unreachable)).toBe(true);
    await page.selectOption('#target-caps', 'bounds');
  });

  it('runs the chance Monte Carlo in a worker with progress, cancels it, then finishes one', async () => {
    await page.fill('#chance-rank', '10');
    await page.fill('#chance-iterations', '1000000');
    await page.click('#chance-run');
    // The run is split over the browser's cores and 1,000,000 iterations can finish within a second: the page itself
    // clicks Cancel as soon as progress shows, and reports what the pane showed at that moment.
    const atCancel = await page.evaluate(
      () =>
        new Promise<{ runDisabled: boolean; progress: string }>((resolve) => {
          const bar = document.querySelector('#chance-progress') as HTMLProgressElement;
          const poll = () => {
            if (Number(bar.value) <= 0) return void setTimeout(poll, 2);
            const seen = {
              runDisabled: (document.querySelector('#chance-run') as HTMLButtonElement).disabled,
              progress: document.querySelector('#chance-progress-text')?.textContent ?? '',
            };
            (document.querySelector('#chance-cancel') as HTMLButtonElement).click();
            resolve(seen);
          };
          poll();
        }),
    );
    expect(atCancel.runDisabled).toBe(true);
    expect(atCancel.progress).toMatch(/^[\d,]+ of 1,000,000 iterations$/);
    await page.waitForSelector('#chance-cancelled');
    expect(await text('#chance-cancelled')).toBe('Cancelled.');
    expect(await page.isDisabled('#chance-run')).toBe(false);

    await page.fill('#chance-iterations', '5000');
    await page.click('#chance-run');
    await page.waitForSelector('#chance-probability', { timeout: 30_000 });
    expect(await text('#chance-probability')).toMatch(/^Probability of reaching the target: \d+\.\d%$/);
    expect(await text('#chance-progress-text')).toBe('5,000 of 5,000 iterations');
    await shot('04-chance.png', '#chance');
  });

  it('saves a scenario, and a bad import keeps it and the typed name while naming the problem', async () => {
    await page.fill('#scenario-name', 'An Giang top 10');
    await task(page, 'saved');
    await page.click('#scenario-save');
    await page.waitForSelector('#scenario-list li .name');
    expect(await page.$$eval('#scenario-list .name', (e) => e.map((x) => x.textContent))).toEqual(['An Giang top 10']);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('papi.scenarios') ?? '[]').length)).toBe(1);

    await task(page, 'simulate');
    await page.fill('#scenario-name', 'Chưa lưu');
    await task(page, 'saved');
    await page.setInputFiles('#scenario-import', {
      name: 'hong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"scenarios": [{"name": "x", "year": "2019", "changes": []}]}'),
    });
    await page.waitForSelector('#errors .error');
    expect(await text('#errors .error-message')).toBe('hong.json [0], field "year": expected a year, e.g. 2019.');
    expect(await page.$$eval('#scenario-list .name', (e) => e.map((x) => x.textContent))).toEqual(['An Giang top 10']);
    await page.locator('#scenarios').scrollIntoViewIfNeeded();
    await shot('05-import-error.png');
    await task(page, 'simulate');
    expect(await page.inputValue('#scenario-name')).toBe('Chưa lưu');
    expect(await text('#outcome-rank')).toContain('→ 10 of 63');
    await task(page, 'saved');

    await page.setInputFiles('#scenario-import', {
      name: 'tot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          name: 'Hà Giang D8',
          index: 'papi',
          year: 2021,
          changes: [{ province: 'Hà Giang', measure: 'd8', add: 0.5 }],
        }),
      ),
    });
    await page.waitForFunction(() => document.querySelectorAll('#scenario-list .name').length === 2);
    await page.click('#scenario-list li:nth-child(2) button:text("Open")');
    await page.waitForFunction(() => (document.querySelector('#province') as HTMLInputElement).value === 'Hà Giang');
    await task(page, 'results');
    expect(await text('#profile-heading')).toBe('Hà Giang: PAPI results, 2021');
    await task(page, 'simulate');
    expect(await page.inputValue('#slider-d8-exact')).not.toBe('');
    expect(await text('#outcome-total')).toMatch(/→/);
  });

  it('switches to Vietnamese and back', async () => {
    await page.click('#lang-toggle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await text('#simulate-heading')).toBe('Mô phỏng "nếu... thì"');
    expect(await text('#selection-heading')).toBe('Chọn tỉnh và năm');
    expect(await text('#profile-heading')).toBe('Hà Giang: Kết quả PAPI năm 2021');
    expect(await text('#profile-total-rank')).toMatch(/^\d+\/\d+$/);
    expect(await text('#write-note')).toContain('Chỉ dùng được khi mở trong Excel');
    expect(await text('#lang-toggle')).toBe('English');
    await task(page, 'results');
    await page.fill('#province', 'An Giang');
    await page.selectOption('#year', '2019');
    await page.click('#show');
    await page.waitForFunction(() => document.querySelector('#profile-total-rank')?.textContent === '21/63');
    expect(await text('#profile-row-total')).toContain('44,37');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('06-vietnamese.png');
    await task(page, 'simulate');
    await shot('06b-vietnamese-simulation.png', '#simulate');
    await page.click('#lang-toggle');
    expect(await text('#lang-toggle')).toBe('Tiếng Việt');
  });

  it('scores PAR INDEX area points', async () => {
    await page.selectOption('#index', 'par');
    await task(page, 'simulate');
    await page.waitForSelector('#par-form');
    await page.selectOption('#par-year', '2019');
    const points = { a1: '9', a2: '9', a3: '13', a4: '10', a5: '14', a6: '6', a7: '13', a8: '11' };
    for (const [area, value] of Object.entries(points)) await page.fill(`#par-${area}`, value);
    await page.click('#par-compute');
    await page.waitForSelector('#par-result');
    expect(await text('#par-result .big')).toBe('Total 85.00 points (85.00%), group B');
    await shot('07-par.png', '#par-panel');
    await page.selectOption('#index', 'papi');
  });

  it('starts when the browser blocks its storage, and says so (it stayed on "Loading...")', async () => {
    // Office.js blocked too: its own use of the storage is not the pane's to report.
    const blocked = await browser!.open({
      width: 420,
      office: 'blocked',
      query: 'officeTimeout=1',
      init: `Storage.prototype.getItem = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };`,
    });
    // open() waited for #app[data-ready="true"]: the pane is ready, not stuck on "Loading..."
    expect(await blocked.getAttribute('#app', 'data-ready')).toBe('true');
    expect(await blocked.textContent('#errors')).toContain('Could not read what was saved in this browser');
    await blocked.screenshot({ path: join(SHOTS, 'storage-blocked-420px-en.png') });
    await blocked.close();
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
