import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { build } from '../../scripts/build';
import { serveStatic } from './static-server';

/**
 * The built task pane served locally and opened in Debian's Chromium (headless), Office.js answered from the local
 * npm copy in place of Microsoft's CDN (or blocked, or left hanging, to test a firewalled network).
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Debian's Chromium, or the browser PAPI_CHROMIUM names (a Chromium installed without root, see the README). */
export const CHROMIUM = process.env.PAPI_CHROMIUM || '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-output/e2e');
const OFFICE_JS = join(ROOT, 'node_modules/@microsoft/office-js/dist');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * What the pane's CSP blocks on purpose: Office.js outside Office opens a hidden telemetry frame
 * (setAttribute('style', 'display:none') -> that string's hash, and a frame to Microsoft's telemetry proxy). Nothing
 * of ours needs either; every other error or CSP report fails the test.
 */
const OFFICE_TELEMETRY_BLOCKED = [
  /^Applying inline style violates .*'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='/,
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates/,
];
/** A request that failed (net::ERR_FAILED): tolerated only where the caller says so (`allowFailedRequests`). */
const FAILED_REQUEST = /net::ERR_FAILED/;
/** What a blocked CDN looks like in the console (the 'blocked' route): expected there, an error anywhere else. */
const CDN_BLOCKED = /^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/;

export type OfficeRoute = 'local' | 'blocked' | 'hanging' | 'excel-mock';

/**
 * Excel as far as the pane's storage sees it, served in place of office.js ('excel-mock'): Office.onReady says the host
 * is Excel, and Office.context.document.settings keeps its values in "the workbook file" (sessionStorage, which a
 * reload keeps, written only by saveAsync as Excel writes settings into the file). Nothing goes to localStorage.
 */
const EXCEL_MOCK = `
(() => {
  const FILE = 'excel-mock-workbook';
  const saved = () => JSON.parse(sessionStorage.getItem(FILE) || '{}');
  let values = saved();
  const settings = {
    get: (key) => (key in values ? values[key] : null),
    set: (key, value) => { values = { ...values, [key]: JSON.parse(JSON.stringify(value)) }; },
    remove: (key) => { const { [key]: _, ...rest } = values; values = rest; },
    saveAsync: (callback) => {
      sessionStorage.setItem(FILE, JSON.stringify(values));
      setTimeout(() => callback && callback({ status: 'succeeded' }), 0);
    },
  };
  window.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: navigator.language,
      requirements: { isSetSupported: () => false },
      document: { settings },
    },
    onReady: (callback) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      setTimeout(() => callback && callback(info), 0);
      return Promise.resolve(info);
    },
  };
})();
`;

export interface PaneBrowser {
  readonly context: BrowserContext;
  readonly url: string;
  /** script errors and unexpected console errors seen on any page */
  readonly problems: string[];
  /** every request for Office.js's CDN, in order (answered, blocked or left hanging) */
  readonly officeRequests: string[];
  open(options: {
    width: number;
    height?: number;
    lang?: 'vi' | 'en';
    office?: OfficeRoute;
    query?: string;
    /** a script run in the page before the pane's own (e.g. to make the browser's storage throw) */
    init?: string;
    /**
     * What the pane remembers when this page first opens: 'former' (default) as if the planner had chosen the 63 former
     * provinces, 'new' nothing (the pane's defaults: the 34 units), 'kept' whatever an earlier page left.
     */
    view?: 'former' | 'new' | 'kept';
  }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Chromium on the pane. By default the add-in is built fresh into a temporary folder and served by
 * serveStatic; with `site`, the pane of a copy already served there is opened instead (e.g. a release zip unpacked
 * under a static server), at `${site}taskpane.html`.
 */
export async function startPaneBrowser({
  allowFailedRequests = false,
  site,
}: { allowFailedRequests?: boolean; site?: string } = {}): Promise<PaneBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the browser test cannot run. Install it with "bash scripts/ensure-chromium.sh" (npm test's pretest does this) or "apt-get install -y chromium". / Thiếu Chromium tại ${CHROMIUM}: chạy "bash scripts/ensure-chromium.sh".`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  const outDir = site === undefined ? mkdtempSync(join(tmpdir(), 'papi-e2e-dist-')) : null;
  const profileDir = mkdtempSync(join(tmpdir(), 'papi-e2e-profile-'));
  if (outDir !== null) await build({ outDir });
  const server = outDir === null ? null : await serveStatic(outDir);
  const base = site ?? `${server!.url}/`;
  const origin = new URL(base).origin;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  const problems: string[] = [];
  const officeRequests: string[] = [];
  const hanging: (() => void)[] = [];
  return {
    context,
    url: base.slice(0, -1),
    problems,
    officeRequests,
    async open({ width, height = 900, lang, office = 'local', query = '', init, view = 'former' }) {
      const page = await context.newPage();
      if (view !== 'kept')
        // once per page (a reload keeps what the pane remembered since)
        await page.addInitScript(
          `try { if (!sessionStorage.getItem('e2e-view')) { sessionStorage.setItem('e2e-view', '1'); ` +
            (view === 'former'
              ? `localStorage.setItem('papi.pane.view', '{"units":false}');`
              : `localStorage.removeItem('papi.pane.view');`) +
            ` } } catch (e) {}`,
        );
      if (init) await page.addInitScript(init);
      await page.setViewportSize({ width, height });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        const known = [
          ...OFFICE_TELEMETRY_BLOCKED,
          ...(allowFailedRequests ? [FAILED_REQUEST] : []),
          ...(office === 'blocked' ? [CDN_BLOCKED] : []),
        ];
        if (message.type() === 'error' && !known.some((k) => k.test(message.text())))
          problems.push(`console: ${message.text()}`);
      });
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.continue();
        if (url.startsWith(OFFICE_CDN)) {
          officeRequests.push(url);
          if (office === 'blocked') return route.abort('blockedbyclient');
          if (office === 'hanging') return new Promise<void>((resolve) => hanging.push(resolve));
          if (office === 'excel-mock')
            return route.fulfill({ status: 200, body: EXCEL_MOCK, contentType: 'text/javascript' });
          const file = normalize(join(OFFICE_JS, new URL(url).pathname.slice('/lib/1/hosted/'.length)));
          if (file.startsWith(OFFICE_JS + sep) && existsSync(file))
            return route.fulfill({
              status: 200,
              body: readFileSync(file),
              contentType: extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream',
            });
          return route.fulfill({ status: 404, body: '' });
        }
        return route.abort();
      });
      const params = [lang ? `lang=${lang}` : '', query].filter((p) => p !== '').join('&');
      await page.goto(`${base}taskpane.html${params ? `?${params}` : ''}`, { waitUntil: 'commit' });
      await page.waitForSelector('#app[data-ready="true"]', { timeout: 30_000 });
      return page;
    },
    async close() {
      for (const release of hanging) release();
      await context.close();
      await server?.close();
      for (const dir of [outDir ?? profileDir, profileDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Clicks the tab of a task (its data-task) and waits until that task is on screen. */
export async function task(page: Page, name: 'results' | 'simulate' | 'plan' | 'internal' | 'saved'): Promise<void> {
  await page.click(`#tasks [data-task="${name}"]`);
  await page.waitForSelector(`#app[data-current-task="${name}"]`);
}

/** Elements wider than the viewport, tables that scroll sideways, and the document's own overflow. */
export async function overflow(
  page: Page,
): Promise<{ document: [number, number]; tables: string[]; elements: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}`;
    const visible = (e: Element) =>
      (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed';
    const tables = [...document.querySelectorAll('table')]
      .filter(visible)
      .filter((t) => t.scrollWidth > t.clientWidth + 0.5 || t.getBoundingClientRect().right > viewport + 0.5)
      .map((t) => `${name(t)} ${t.scrollWidth}>${t.clientWidth}`);
    const elements = [...document.querySelectorAll('#app *')]
      .filter(visible)
      .filter((e) => {
        const box = e.getBoundingClientRect();
        // visually hidden text (1 px, clipped) is for screen readers only
        return box.width > 1 && (box.right > viewport + 0.5 || box.width > viewport + 0.5);
      })
      .map((e) => `${name(e)} right=${Math.round(e.getBoundingClientRect().right)}`);
    return { document: [document.documentElement.scrollWidth, viewport], tables, elements };
  });
}

/** Text on screen that must never be there: NaN, null, undefined, a "2–2" range of one value. */
export async function badText(page: Page): Promise<string[]> {
  const body = await page.evaluate(
    () => document.body.innerText + '\n' + [...document.querySelectorAll('input')].map((i) => i.value).join('\n'),
  );
  const found: string[] = [];
  for (const pattern of [/\bNaN\b/g, /\bnull\b/g, /\bundefined\b/g, /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*–\s*\1(?![\d.,])/g])
    for (const m of body.matchAll(pattern)) found.push(m[0]);
  return found;
}

/** The whole pane fits the viewport and nothing on screen reads NaN/null/undefined or a one-value range. */
export async function expectFits(page: Page, where: string): Promise<void> {
  const found = await overflow(page);
  expect(found.document[0], `${where}: document scrollWidth`).toBeLessThanOrEqual(found.document[1]);
  expect(found.tables, `${where}: tables wider than their box`).toEqual([]);
  expect(found.elements, `${where}: elements wider than the viewport`).toEqual([]);
  expect(await badText(page), `${where}: NaN/null/undefined/one-value ranges`).toEqual([]);
}
