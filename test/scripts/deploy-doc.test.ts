// docs/deploy.md, the IT guide: Vietnamese first, the Microsoft pages it follows linked, and the server configuration it
// gives (Content-Security-Policy) the same as the one the project's own server sends and the pane's tests run under.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/serve';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/deploy.md'), 'utf8');

describe('docs/deploy.md', () => {
  it('is Vietnamese first, then English', () => {
    expect(DOC.indexOf('## Tiếng Việt')).toBeGreaterThan(0);
    expect(DOC.indexOf('## Tiếng Việt')).toBeLessThan(DOC.indexOf('## English'));
    expect(DOC).toBe(DOC.normalize('NFC'));
  });

  it('links the Microsoft pages for the three routes, updating and the cache', () => {
    for (const page of [
      'microsoft-365/admin/manage/manage-deployment-of-add-ins',
      'microsoft-365/admin/manage/test-and-deploy-microsoft-365-apps',
      'office/dev/add-ins/testing/create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins',
      'office/dev/add-ins/testing/sideload-office-add-ins-for-testing',
      'office/dev/add-ins/testing/clear-cache',
    ])
      expect(DOC).toContain(`(https://learn.microsoft.com/${page})`);
  });

  it('gives the Content-Security-Policy the pane needs (wasm-unsafe-eval) in the text, IIS and nginx examples', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(DOC.split(csp).length - 1).toBeGreaterThanOrEqual(4); // text (vi, en), web.config, nginx
    expect(DOC).toContain('<mimeMap fileExtension=".wasm" mimeType="application/wasm" />');
    expect(DOC).toContain('npx papi data add');
    expect(DOC).toContain('npm run release -- --base-url');
  });
});
