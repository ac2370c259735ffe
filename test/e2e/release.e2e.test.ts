// The release a province's IT deploys: `npm run release -- --base-url https://example.test/tools/papi/`, unzipped into
// tools/papi/ under a plain static file server (python3 -m http.server, not the project's dev server), then used as a
// planner would: the pane opened from /tools/papi/taskpane.html, the custom functions bundle loaded from that path.
// Then `papi data add` on that served copy: a synthetic 34-unit 2025 year is offered after a reload; a bad year file is
// refused and the folder is byte-for-byte unchanged.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { release, type ReleaseResult } from '../../scripts/release';
import { loadFunctionsHarness } from '../../scripts/functions-harness';
import { manifestProblems } from '../helpers/manifest-checks';
import { run } from '../helpers/run-cli';
import { SHOTS, startPaneBrowser, type PaneBrowser } from './pane-browser';

const BASE = 'https://example.test/tools/papi/';
const FIXTURE_2025 = join(import.meta.dirname, '../fixtures/papi_2025_dimensions_SYNTHETIC_34_units.csv');

let work = '';
let site = '';
let made: ReleaseResult;
let zipBytes: Buffer;
let python: ChildProcess | undefined;
let served = '';
let browser: PaneBrowser | undefined;

/** `python3 -m http.server` on a free port over `root`; resolves with its URL once it listens. */
function pythonServer(root: string): Promise<{ process: ChildProcess; url: string }> {
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /port (\d+)/.exec(out)?.[1];
      if (port) resolve({ process: child, url: `http://127.0.0.1:${port}/` });
    });
    child.on('exit', (code) => reject(new Error(`python3 -m http.server exited (${code}): ${out}`)));
  });
}

/** sha256 of every file under a folder, by relative path. */
function hashes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return result;
}

/**
 * The province/year form (inside the results task when the pane has tasks), then a profile: among the former provinces
 * for a year up to 2024, among the 34 units for a year published for them (whichever set the pane opens on).
 */
async function showProfile(page: Page, province: string, year: string): Promise<void> {
  const task = page.locator('[data-task="results"]');
  if ((await task.count()) > 0) await task.first().click();
  await page.setChecked('#units', Number(year) >= 2025);
  await page.fill('#province', province);
  await page.selectOption('#year', year);
  await page.click('#show');
  await page.waitForSelector('#profile-row-total');
}

const yearsOffered = (page: Page) =>
  page.$$eval('#year option', (options) => options.map((o) => (o as HTMLOptionElement).value));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'papi-release-e2e-'));
  made = await release(BASE, join(work, 'release'));
  zipBytes = readFileSync(made.zip);
  site = join(work, 'www', 'tools', 'papi');
  mkdirSync(site, { recursive: true });
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(zipBytes)))) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), bytes);
  }
  const server = await pythonServer(join(work, 'www'));
  python = server.process;
  served = `${server.url}tools/papi/`;
  browser = await startPaneBrowser({ site: served });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  python?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('release/papi-addin-<version>.zip for https://example.test/tools/papi/', () => {
  it("is named for package.json's version and its manifest's every URL is under the base and in the zip", () => {
    const version = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version;
    expect(made.zip.endsWith(`papi-addin-${version}.zip`)).toBe(true);
    const manifest = readFileSync(join(site, 'manifest.xml'), 'utf8');
    expect(manifestProblems(manifest, (p) => made.entries.includes(p), BASE)).toEqual([]);
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    expect(made.entries).toEqual(expect.arrayContaining(['DEPLOY.md', 'taskpane.html', 'data/index.json']));
    expect(made.entries.some((e) => e.startsWith('office-local/'))).toBe(false);
    const guide = readFileSync(join(site, 'DEPLOY.md'), 'utf8');
    expect(guide).toContain(`${BASE}taskpane.html`);
    expect(guide.indexOf('## Tiếng Việt')).toBeLessThan(guide.indexOf('## English'));
  });

  it('is the same bytes when built again from the same inputs', async () => {
    const again = await release(BASE, join(work, 'again'));
    expect(again.entries).toEqual(made.entries);
    expect(again.sha256).toBe(made.sha256);
    expect(readFileSync(again.zip).equals(zipBytes)).toBe(true);
  }, 120_000);

  it('the pane opens from /tools/papi/taskpane.html on a plain static server and shows An Giang 2024', async () => {
    const page = await browser!.open({ width: 420, lang: 'en' });
    expect(page.url()).toBe(`${served}taskpane.html?lang=en`);
    await showProfile(page, 'An Giang', '2024');
    expect(await page.textContent('#profile-row-total')).toContain('42.89');
    await page.screenshot({ path: join(SHOTS, 'release-served-an-giang-2024.png') });
    expect(await yearsOffered(page)).not.toContain('2025');
    expect(browser!.problems).toEqual([]);
    await page.close();
  });

  it('the functions bundle loaded from that path answers =PAPI.SCORE("An Giang", 2024)', async () => {
    const functions = await loadFunctionsHarness({ served });
    expect(await functions.call('SCORE', 'An Giang', 2024)).toBeCloseTo(42.89, 2);
  });
});

describe('npx papi data add on the served copy', () => {
  it('refuses a bad year file with the problem by file, row and column, and leaves the folder byte-for-byte unchanged', async () => {
    const bad = join(work, 'bad-2025');
    mkdirSync(bad);
    // Cao Bằng's d1 out of the 1-10 scale
    writeFileSync(
      join(bad, 'papi_2025_dimensions.csv'),
      readFileSync(FIXTURE_2025, 'utf8').replace(/^Cao Bằng,04,2025,4\.9436/m, 'Cao Bằng,04,2025,14.9436'),
    );
    const before = hashes(site);
    const result = await run('data', 'add', site, '--data-dir', bad, '--json');
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.out);
    expect(error.problems[0]).toMatchObject({ file: 'papi_2025_dimensions.csv', row: 3, column: 'd1' });
    expect(error.message_vi).toContain('không có gì được nạp');
    expect(hashes(site)).toEqual(before);
  });

  it('adds a synthetic 34-unit 2025 year: after a reload the pane offers 2025 and the function answers for it', async () => {
    const year = join(work, 'year-2025');
    mkdirSync(year);
    writeFileSync(join(year, 'papi_2025_dimensions.csv'), readFileSync(FIXTURE_2025));
    const result = await run('data', 'add', site, '--data-dir', year, '--json');
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      year: 2025,
      file: 'data/papi-2025.json',
      units: 34,
      unit_set: 'units-2025',
    });
    expect(JSON.parse(readFileSync(join(site, 'data/index.json'), 'utf8')).files).toEqual([
      'published.json',
      'papi-2025.json',
    ]);

    const page = await browser!.open({ width: 420, lang: 'en' });
    expect(await yearsOffered(page)).toContain('2025');
    await showProfile(page, 'Hà Nội', '2025');
    // Hà Nội's synthetic dimensions sum to 41.8691
    expect(await page.textContent('#profile-row-total')).toContain('41.87');
    await page.screenshot({ path: join(SHOTS, 'release-served-2025-synthetic.png') });
    expect(browser!.problems).toEqual([]);
    await page.close();

    const functions = await loadFunctionsHarness({ served });
    expect(await functions.call('SCORE', 'Hà Nội', 2025)).toBeCloseTo(41.8691, 3);

    const again = await run('data', 'add', site, '--data-dir', year, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.out).error.message_en).toContain('2025 is already in');
  }, 120_000);
});

describe('one planner adds a year from the pane (before IT runs papi data add)', () => {
  it('refuses a bad file and keeps nothing; accepts the year, says where it is kept, and keeps it after a reload', async () => {
    const page = await browser!.open({ width: 420, lang: 'en' });
    const csv = (text: string) => ({
      name: 'papi_2026_dimensions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    const year2026 = readFileSync(FIXTURE_2025, 'utf8').replaceAll(',2025,', ',2026,');
    await page.setInputFiles('#year-files-input', [csv(year2026.replace(/^(Hà Nội,01,2026,)6\.6769/m, '$1abc'))]);
    await page.waitForSelector('#errors .error');
    expect(await page.textContent('#errors')).toContain('papi_2026_dimensions.csv');
    expect(await yearsOffered(page)).not.toContain('2026');
    expect(await page.isHidden('#year-files-kept')).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('papi.years'))).toBeNull();

    await page.setInputFiles('#year-files-input', [csv(year2026)]);
    await page.waitForSelector('#year option[value="2026"]', { state: 'attached' });
    expect(await page.textContent('#year-files-kept')).toBe('Kept in this browser (no Excel host): 2026.');
    await page.screenshot({ path: join(SHOTS, 'release-pane-year-added.png'), fullPage: true });
    // the =PAPI.* functions read the same dataset slot in Excel's shared runtime
    const slotHas2026 = () =>
      page.evaluate(async () => {
        const slot = (globalThis as Record<symbol, { dataset: Promise<{ papi: Map<number, unknown> }> | null }>)[
          Symbol.for('papi.published-dataset')
        ]!;
        return (await slot.dataset)!.papi.has(2026);
      });
    expect(await slotHas2026()).toBe(true);

    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    expect(await yearsOffered(page)).toContain('2026');
    await showProfile(page, 'Hà Nội', '2026');
    expect(await page.textContent('#profile-row-total')).toContain('41.87');
    expect(browser!.problems).toEqual([]);
    await page.close();
  }, 120_000);
});
