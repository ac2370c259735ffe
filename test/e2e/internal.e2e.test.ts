import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitWorkbook } from '../../addin/taskpane/actions/internal-workbook';
import {
  DEFAULT_CLASSES,
  internalResults,
  parseClassBands,
  parseCriteriaSet,
  parseScores,
  parseUnits,
  UNIT_SHEET_NAME,
} from '../../engine/all';
import { ROOT, SHOTS, startPaneBrowser, type PaneBrowser, task } from './pane-browser';

/**
 * The internal-index panel in Chromium (standalone, as in taskpane.e2e.test.ts): choose the sample criteria set and
 * units, consolidate the units' returned .xlsx sheets (a batch with a bad file first: refused, nothing loaded), compute
 * the results, download the unit sheets; screenshots at 350 px and full width, in Vietnamese and English.
 */
const SAMPLES = join(ROOT, 'samples/internal');

let filesDir = '';
let browser: PaneBrowser | undefined;
let page: Page;
let problems: string[] = [];
const sample = (name: string) => ({ file: name, text: readFileSync(join(SAMPLES, name), 'utf8') });
const set = parseCriteriaSet(sample('criteria-departments.csv'));
const units = parseUnits(sample('units.csv'));
const scores = parseScores(sample('scores-departments-2025.csv'), set, units);
const expected = internalResults({ set, units, scores, classes: parseClassBands(DEFAULT_CLASSES) });
const departments = units.filter((u) => u.kind === 'so_ban_nganh');
const unitFiles: string[] = [];
let badFile = '';
const text = async (selector: string) => ((await page.textContent(selector)) ?? '').trim();

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'papi-e2e-internal-files-'));
  // The units' returned sheets: each filled with the sample's scores; one more with a score above its maximum.
  for (const unit of departments) {
    const path = join(filesDir, `${unit.unit}.xlsx`);
    writeFileSync(path, await unitWorkbook(set, unit, scores.byUnit.get(unit.unit)));
    unitFiles.push(path);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(unitFiles[0]!) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(UNIT_SHEET_NAME)!;
  sheet.getCell(`G${sheet.getColumn(1).values.findIndex((v) => v === '3.3')}`).value = 42;
  badFile = join(filesDir, 'bad', `${departments[0]!.unit}.xlsx`);
  mkdirSync(join(filesDir, 'bad'));
  writeFileSync(badFile, new Uint8Array(await workbook.xlsx.writeBuffer()));

  browser = await startPaneBrowser();
  problems = browser.problems;
  page = await browser.open({ width: 350 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (filesDir) rmSync(filesDir, { recursive: true, force: true });
});

describe('internal index panel in Chromium (standalone)', () => {
  it('shows the panel for "Internal PAR index"; the Excel-only buttons are hidden outside Excel', async () => {
    await task(page, 'internal');
    expect(await page.isVisible('#internal-panel')).toBe(true);
    expect(await page.isVisible('#par-panel')).toBe(false);
    expect(await page.isVisible('#internal-master')).toBe(false);
    expect(await text('#internal-excel-only')).toContain('inside Excel');
  });

  it('with the set and units but no scores: asks for scores', async () => {
    await page.setInputFiles('#internal-set', join(SAMPLES, 'criteria-departments.csv'));
    await page.setInputFiles('#internal-units', join(SAMPLES, 'units.csv'));
    await page.click('#internal-compute');
    await page.waitForSelector('#errors .error');
    expect(await text('#errors')).toContain('No scores yet');
  });

  it('a batch with one bad file is refused whole, naming file, sheet, row and column; nothing is loaded', async () => {
    await page.setInputFiles('#internal-returned', [badFile, ...unitFiles.slice(1)]);
    await page.waitForFunction(() => document.querySelector('#errors')?.textContent?.includes('Nothing consolidated'));
    const row = 5 + set.nodes.findIndex((n) => n.code === '3.3') + 1;
    // grouped by file, with its count; each problem names row and column
    expect(await text('#errors')).toContain(`${departments[0]!.unit}.xlsx › ${UNIT_SHEET_NAME}: 1 problem`);
    expect(await text('#errors')).toContain(`row ${row}, column G`);
    expect(await page.$('#internal-summary')).toBeNull();
  });

  it('consolidates the returned files and computes the ranking with classes, as the engine does', async () => {
    await page.setInputFiles('#internal-returned', unitFiles);
    await page.waitForFunction(() => document.querySelector('#internal-notice')?.textContent?.includes('Consolidated'));
    expect(await text('#internal-notice')).toMatch(
      new RegExp(
        `^Consolidated ${departments.length} sheets: ${departments.length} new units, 0 units updated, 0 units untouched; \\d+ empty cells filled, 0 values changed\\.$`,
      ),
    );
    await page.click('#internal-compute');
    await page.waitForSelector('#internal-summary');
    expect(await text('#internal-summary')).toBe(`${departments.length} units, ${departments.length} complete.`);
    const rows = await page.$$eval('table.internal-ranking tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)),
    );
    expect(rows.map((r) => r[0])).toEqual(expected.units.map((u) => (u.rank === null ? '–' : `${u.rank}/${u.of}`)));
    expect(rows.map((r) => r[3])).toEqual(expected.units.map((u) => u.class));
    expect(rows[0]![2]).toBe(expected.units[0]!.percent!.toFixed(2));
    expect(await page.$$eval('#internal-lost li', (li) => li.length)).toBe(5);
    expect(problems).toEqual([]);
  });

  it("downloads every unit's score workbook in one .zip, which consolidates when returned as it is", async () => {
    const download = page.waitForEvent('download');
    await page.click('#internal-unit-files');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`phieu-cham-diem-${set.kind}-${set.year}.zip`);
    const zip = join(filesDir, file.suggestedFilename());
    await file.saveAs(zip);
    expect(Object.keys(unzipSync(readFileSync(zip))).sort()).toEqual(departments.map((u) => `${u.unit}.xlsx`).sort());
    // the sheets from the zip (pre-filled with the scores in use): consolidated as one batch
    await page.setInputFiles('#internal-returned', zip);
    await page.waitForFunction(
      (n) => document.querySelector('#internal-notice')?.textContent?.startsWith(`Consolidated ${n} sheets`) ?? false,
      departments.length,
    );
    // the same values again: nothing to ask, nothing changed
    expect(await text('#internal-notice')).toContain('0 empty cells filled, 0 values changed.');
  });

  it('a batch that changes a value shows old -> new and asks; cancel writes nothing, merge applies, undo restores', async () => {
    const before = await page.$$eval('table.internal-ranking tbody tr', (trs) => trs.map((tr) => tr.textContent));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(unitFiles[1]!) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(UNIT_SHEET_NAME)!;
    const row = sheet.getColumn(1).values.findIndex((v) => v === '3.3');
    const old = sheet.getCell(`G${row}`).value;
    sheet.getCell(`G${row}`).value = 0;
    const changed = join(filesDir, 'changed', `${departments[1]!.unit}.xlsx`);
    mkdirSync(join(filesDir, 'changed'));
    writeFileSync(changed, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await page.setInputFiles('#internal-returned', changed);
    await page.waitForSelector('#internal-merge-changes li');
    await page.locator('#internal-panel').screenshot({ path: join(SHOTS, 'internal-merge-ask-350px-en.png') });
    expect(await page.$$eval('#internal-merge-changes li', (li) => li.map((l) => l.textContent))).toEqual([
      `${departments[1]!.unit} · 3.3 · Appraised: ${old} → 0`,
    ]);
    await page.click('#internal-merge-cancel');
    await page.waitForFunction(() => document.querySelector('#internal-notice')?.textContent?.startsWith('Cancelled'));
    expect(await page.$$eval('table.internal-ranking tbody tr', (trs) => trs.map((tr) => tr.textContent))).toEqual(
      before,
    );
    const again = join(filesDir, 'changed-again', `${departments[1]!.unit}.xlsx`);
    mkdirSync(join(filesDir, 'changed-again'));
    writeFileSync(again, readFileSync(changed));
    await page.setInputFiles('#internal-returned', again);
    await page.waitForSelector('#internal-merge-apply');
    await page.click('#internal-merge-apply');
    await page.waitForFunction(() =>
      document.querySelector('#internal-notice')?.textContent?.startsWith('Consolidated'),
    );
    expect(await text('#internal-notice')).toContain('0 new units, 1 units updated, 13 units untouched');
    // The ranking is recomputed after the notice: wait for it (a timeout fails the test as the comparison would).
    await page.waitForFunction(
      (b) =>
        JSON.stringify(
          [...document.querySelectorAll('table.internal-ranking tbody tr')].map((tr) => tr.textContent),
        ) !== b,
      JSON.stringify(before),
    );
    const after = await page.$$eval('table.internal-ranking tbody tr', (trs) => trs.map((tr) => tr.textContent));
    expect(after).not.toEqual(before);
    await page.click('#internal-undo');
    await page.waitForFunction(() =>
      document.querySelector('#internal-notice')?.textContent?.startsWith('Scores restored'),
    );
    expect(await page.$$eval('table.internal-ranking tbody tr', (trs) => trs.map((tr) => tr.textContent))).toEqual(
      before,
    );
  });

  it('screenshots at 350 px and full width, in English and Vietnamese', async () => {
    for (const lang of ['en', 'vi'] as const) {
      if (lang === 'vi') await page.click('#lang-toggle');
      await page.click('#internal-compute');
      await page.waitForSelector('#internal-summary');
      if (lang === 'vi') expect(await text('#internal-heading')).toBe('Chỉ số CCHC nội bộ của tỉnh');
      for (const width of [350, 1000]) {
        await page.setViewportSize({ width, height: 900 });
        await page
          .locator('#internal-panel')
          .screenshot({ path: join(SHOTS, `internal-${width === 350 ? '350px' : 'full'}-${lang}.png`) });
      }
      await page.setViewportSize({ width: 350, height: 900 });
    }
    expect(problems).toEqual([]);
  });

  it('the rounds: each unit shows its status, the round counted and the change between rounds, at 350 px and 1280 px', async () => {
    const roundsScores = parseScores(sample('scores-departments-2025-rounds.csv'), set, units);
    const roundsResults = internalResults({
      set,
      units,
      scores: roundsScores,
      classes: parseClassBands(DEFAULT_CLASSES),
    });
    await page.setInputFiles('#internal-scores', join(SAMPLES, 'scores-departments-2025-rounds.csv'));
    for (const lang of ['vi', 'en'] as const) {
      const current = (await page.getAttribute('html', 'lang')) ?? '';
      if (!current.startsWith(lang)) await page.click('#lang-toggle');
      await page.setViewportSize({ width: 350, height: 900 });
      await page.click('#internal-compute');
      // the table of the earlier test also has round lines: wait for this file's statuses in this language
      await page.waitForSelector('table.internal-ranking tr[data-status="not_sent"]');
      await page.waitForFunction(
        (notice) => document.querySelector('#internal-result')?.textContent?.includes(notice) ?? false,
        lang === 'vi' ? '8 đơn vị chưa có kết quả thẩm định cuối cùng' : '8 units have no final appraisal yet',
      );
      const rows = await page.$$eval('table.internal-ranking tbody tr', (trs) =>
        trs.map((tr) => ({
          unit: tr.getAttribute('data-unit'),
          status: tr.getAttribute('data-status'),
          rank: tr.children[0]!.textContent,
          rounds: tr.querySelector('.unit-rounds')?.textContent ?? '',
        })),
      );
      expect(rows.map((r) => [r.unit, r.status, r.rank])).toEqual(
        roundsResults.units.map((u) => [u.unit, u.status, u.rank === null ? '–' : `${u.rank}/${u.of}`]),
      );
      expect(new Set(rows.map((r) => r.status))).toEqual(
        new Set(['not_sent', 'self_assessed', 'appraised_1', 'responded', 'final']),
      );
      const snv = rows.find((r) => r.unit === 'SNV')!.rounds;
      if (lang === 'vi') {
        expect(snv).toMatch(/^có kết quả cuối cùng · tính theo thẩm định cuối cùngtự chấm → lần 1: -\d+,\d\d điểm/);
        expect(rows.find((r) => r.unit === 'TTT')!.rounds).toBe('tự chấm · tính theo tự chấm');
        expect(await text('#internal-result')).toContain('8 đơn vị chưa có kết quả thẩm định cuối cùng');
      } else {
        expect(snv).toMatch(/^final result · counted: final appraisalself → round 1: -\d+\.\d\d points/);
        expect(await text('#internal-result')).toContain('8 units have no final appraisal yet');
      }
      for (const width of [350, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        // nothing wider than the pane: the round lines wrap under the name
        const overflow = await page.$eval('#internal-panel', (el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page
          .locator('#internal-panel')
          .screenshot({ path: join(SHOTS, `internal-rounds-${width}px-${lang}.png`) });
      }
    }
    await page.setViewportSize({ width: 350, height: 900 });
    expect(problems).toEqual([]);
  });
});
