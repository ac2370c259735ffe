import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitWorkbook } from '../../addin/taskpane/actions/internal-workbook';
import { parseCriteriaSet, parseScores, parseUnits, UNIT_SHEET_NAME } from '../../engine/all';
import { json } from '../helpers/run-cli';
import { expectFits, ROOT, SHOTS, startPaneBrowser, task, type PaneBrowser } from './pane-browser';

/**
 * The pane as one task at a time (issue 21), in Chromium at 350×900 and 1280×900, Vietnamese and English: every task
 * one click away, the An Giang 2025 plan built by typing its targets with the clicks counted, 70 consolidation
 * problems that leave the internal task's controls in view and clickable, no code or file name a planner does not use
 * on screen, a saved scenario that survives a reload in the workbook (an Excel stand-in) and in the browser, and
 * deleting that asks first. Screenshots of every task go to test-output/e2e/.
 */
const TASKS = ['results', 'simulate', 'plan', 'internal', 'saved'] as const;
const SAMPLES = join(ROOT, 'samples/internal');
const PLAN_2025 = JSON.parse(readFileSync(join(ROOT, 'samples/an-giang-2025-plan.json'), 'utf8')) as {
  targets: Record<string, number>;
  goal: { rank: number };
};
/** Words and codes that must never be visible in the Vietnamese pane. */
const FORBIDDEN = [/\bP25\b/, /\bP50\b/, /\bP75\b/, /so_ban_nganh/, /\bD6_1\b/i, /provinces_63/, /Choose File/];

let browser: PaneBrowser;
let filesDir = '';
const badFiles: string[] = [];

beforeAll(async () => {
  // Seven departments' returned sheets, each with ten scores far above their maximum: 70 problems in 7 files.
  filesDir = mkdtempSync(join(tmpdir(), 'papi-e2e-tasks-'));
  const sample = (name: string) => ({ file: name, text: readFileSync(join(SAMPLES, name), 'utf8') });
  const set = parseCriteriaSet(sample('criteria-departments.csv'));
  const units = parseUnits(sample('units.csv'));
  const scores = parseScores(sample('scores-departments-2025.csv'), set, units);
  const departments = units.filter((u) => u.kind === set.kind).slice(0, 7);
  const leaves = set.nodes.filter((n) => !set.nodes.some((m) => m.parent === n.code)).slice(0, 10);
  for (const unit of departments) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await unitWorkbook(set, unit, scores.byUnit.get(unit.unit))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(UNIT_SHEET_NAME)!;
    const codes = sheet.getColumn(1).values;
    for (const leaf of leaves) sheet.getCell(`G${codes.findIndex((v) => v === leaf.code)}`).value = 999;
    const path = join(filesDir, `${unit.unit}.xlsx`);
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    badFiles.push(path);
  }
  browser = await startPaneBrowser({ allowFailedRequests: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (filesDir) rmSync(filesDir, { recursive: true, force: true });
});

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

/** Visible text of the whole pane (what a planner reads), plus visible native file inputs (their "Choose File"). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fileInputs = [...document.querySelectorAll<HTMLInputElement>('input[type=file]')].filter((i) => {
      const box = i.getBoundingClientRect();
      return i.offsetParent !== null && box.width > 1 && box.height > 1;
    });
    return document.body.innerText + (fileInputs.length > 0 ? '\nChoose File' : '');
  });
}

describe.each([
  ['vi', 350],
  ['en', 350],
  ['vi', 1280],
  ['en', 1280],
] as const)('the pane in %s at %i px', (lang, width) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.open({ width, lang, view: 'new' });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('builds the An Giang 2025 plan by typing its targets in at most 10 clicks from opening the pane', async () => {
    let clicks = 0;
    const click = async (selector: string) => {
      clicks++;
      await page.click(selector);
    };
    // the pane opens on the 34 units and the latest year: nothing to tick first
    expect(await page.isChecked('#units')).toBe(true);
    expect(await page.inputValue('#year')).toBe('2024');
    await page.fill('#province', 'An Giang');
    await click('#show');
    await click('#tasks [data-task="plan"]');
    expect(await page.inputValue('#plan-target-year')).toBe('2025');
    await page.fill('#plan-rank', String(PLAN_2025.goal.rank));
    for (const [code, value] of Object.entries(PLAN_2025.targets))
      await page.fill(`#plan-target-${code}`, lang === 'vi' ? String(value).replace('.', ',') : String(value));
    const cli = await json('plan', 'samples/an-giang-2025-plan.json');
    const implied = (cli.implied_total as number).toFixed(2);
    await page.waitForFunction(
      (want) => (document.querySelector('#plan-implied')?.textContent ?? '').includes(want),
      lang === 'vi' ? implied.replace('.', ',') : implied,
    );
    const field = (cli.fields as { rank: number; of: number }[])[0]!;
    expect(await text(page, '#plan-fields')).toContain(
      lang === 'vi' ? `hạng ${field.rank}/${field.of}` : `rank ${field.rank} of ${field.of}`,
    );
    expect(clicks).toBeLessThanOrEqual(10);
    await expectFits(page, 'plan');
    await page.screenshot({ path: join(SHOTS, `30-plan-2025-${lang}-${width}.png`), fullPage: true });
  });

  it('reaches every task in one click, each fitting the pane, none showing P25/so_ban_nganh/D6_1/provinces_63/Choose File', async () => {
    for (const from of TASKS)
      for (const to of TASKS) {
        if (from === to) continue;
        await task(page, from);
        await page.click(`#tasks [data-task="${to}"]`);
        expect(await page.isVisible(`[data-task-box="${to}"]`), `${from} -> ${to}`).toBe(true);
        for (const other of TASKS.filter((t) => t !== to))
          expect(await page.isVisible(`[data-task-box="${other}"]`), `${other} hidden on ${to}`).toBe(false);
      }
    for (const name of TASKS) {
      await task(page, name);
      if (name === 'internal') {
        await page.setInputFiles('#internal-set', join(SAMPLES, 'criteria-departments.csv'));
        await page.setInputFiles('#internal-units', join(SAMPLES, 'units.csv'));
        await page.setInputFiles('#internal-scores', join(SAMPLES, 'scores-departments-2025.csv'));
        await page.click('#internal-compute');
        await page.waitForSelector('#internal-summary');
      }
      await expectFits(page, name);
      if (lang === 'vi') {
        const seen = await visibleText(page);
        for (const word of FORBIDDEN) expect(seen, `${name}: ${word}`).not.toMatch(word);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, `31-task-${name}-${lang}-${width}.png`), fullPage: true });
    }
  });

  it('70 consolidation problems: grouped by file with counts, bounded, every control of the task still clickable', async () => {
    await task(page, 'internal');
    // the controls a planner sees before the problems
    const controls = await page.$$eval(
      '#internal-form button, #internal-form label.file-button, #internal-form summary, #internal-form input:not([type=file])',
      (all) =>
        all
          .filter((e) => e.checkVisibility({ contentVisibilityAuto: true }) && e.getBoundingClientRect().width > 1)
          .map((e, i) => {
            e.setAttribute('data-e2e-control', String(i));
            return `[data-e2e-control="${i}"]`;
          }),
    );
    expect(controls.length).toBeGreaterThan(5);
    await page.setInputFiles('#internal-returned', badFiles);
    await page.waitForSelector('#errors .problem-count');
    expect(await text(page, '#errors .problem-count')).toBe(
      lang === 'vi'
        ? '70 lỗi trong 7 tệp (bấm tên tệp để xem):'
        : '70 problem(s) in 7 file(s) (open a file to see them):',
    );
    const summaries = await page.$$eval('#errors .problem-file summary', (s) => s.map((x) => x.textContent));
    expect(summaries).toHaveLength(7);
    for (const s of summaries) expect(s).toMatch(lang === 'vi' ? /: 10 lỗi$/ : /: 10 problems$/);
    const area = await page.$eval('#messages', (m) => m.getBoundingClientRect().height);
    expect(area).toBeLessThanOrEqual(900 / 3 + 1);
    for (const control of controls) {
      const what = await page.$eval(control, (e) => e.outerHTML.slice(0, 120));
      expect(await page.isVisible(control), what).toBe(true);
      // trial: every actionability check (visible, stable, enabled, not covered by another element), without clicking
      await page.locator(control).click({ trial: true, timeout: 5000 });
    }
    // the full list: downloadable, 70 lines under the heading
    const download = page.waitForEvent('download');
    await page.click('#errors .problems-download');
    const file = await download;
    const lines = readFileSync((await file.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(71);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `32-problems-${lang}-${width}.png`) });
    // dismissed, still retrievable
    await page.click('#errors .dismiss');
    expect(await page.$('#errors .error')).toBeNull();
    await page.click('#dismissed-summary');
    expect(await text(page, '#dismissed-list')).toContain(lang === 'vi' ? '70 lỗi' : '70 problem');
  });
});

describe('saved work survives a reload; deleting asks and can be undone once', () => {
  it.each(['excel-mock', 'local'] as const)('in %s', async (office) => {
    const page = await browser.open({ width: 350, lang: 'vi', office, view: 'new' });
    await page.fill('#province', 'An Giang');
    await page.click('#show');
    await task(page, 'saved');
    expect(await text(page, '#scenario-list-where')).toBe(
      office === 'excel-mock'
        ? 'Lưu trong sổ làm việc Excel này: đi cùng tệp, còn nguyên khi đóng và mở lại.'
        : 'Lưu trong trình duyệt này (không mở trong Excel): không đi cùng tệp nào.',
    );
    await page.click('#scenario-save');
    await page.waitForSelector('#scenario-list li .name');
    const name = await text(page, '#scenario-list li .name');
    // where it went: the workbook's settings (the stand-in's file), or the browser's storage
    const inBrowser = await page.evaluate(() => localStorage.getItem('papi.scenarios'));
    const inWorkbook = await page.evaluate(() => sessionStorage.getItem('excel-mock-workbook'));
    if (office === 'excel-mock') {
      expect(inBrowser).toBeNull();
      expect(JSON.parse(inWorkbook!)['papi.scenarios'][0].name).toBe(name);
    } else {
      expect(JSON.parse(inBrowser!)[0].name).toBe(name);
    }

    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    // the pane reopens on the task and the province it was left on
    expect(await page.getAttribute('#app', 'data-current-task')).toBe('saved');
    expect(await page.inputValue('#province')).toBe('An Giang');
    expect(await page.$$eval('#scenario-list .name', (e) => e.map((x) => x.textContent))).toEqual([name]);

    await page.click('#scenario-list li button:text("Xóa")');
    expect(await text(page, '#scenario-list .ask')).toBe(`Xóa "${name}"? Xóa Giữ lại`);
    await page.click('#scenario-list .cancel-delete');
    expect(await page.$$eval('#scenario-list .name', (e) => e.length)).toBe(1);
    await page.click('#scenario-list li button:text("Xóa")');
    await page.click('#scenario-list .confirm-delete');
    await page.waitForSelector('#scenario-list li.empty');
    await page.click('#scenario-list-undo .undo-delete');
    await page.waitForFunction(() => document.querySelectorAll('#scenario-list .name').length === 1);
    expect(await page.isHidden('#scenario-list-undo')).toBe(true);
    await page.close();
  });

  it('ran without script errors', () => {
    expect(browser.problems).toEqual([]);
  });
});
