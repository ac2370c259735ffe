// `npm run release -- --base-url https://host/path/`: the add-in as a province's IT deploys it, in one zip,
// release/papi-addin-<version>.zip: the web files of `npm run build` for that base URL (no office.js copy: the pane
// loads it from Microsoft's CDN), manifest.xml for that URL and a short deployment guide in Vietnamese and English
// (DEPLOY.md; docs/deploy.md is the full guide). Deterministic: the same sources and base URL give the same bytes
// (entries sorted by path, one fixed timestamp, fixed compression level).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { baseUrlArgument, build, BuildError, checkBaseUrl, packageVersion, ROOT } from './build';

/** Every entry's timestamp (zip stores local time to 2 s; any fixed value makes the archive reproducible). */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

export interface ReleaseResult {
  readonly zip: string;
  /** the paths in the zip, sorted */
  readonly entries: readonly string[];
  readonly sha256: string;
}

/** Builds the add-in for `baseUrl` and writes `<outDir>/papi-addin-<version>.zip` (default outDir: release/). */
export async function release(baseUrl: string, outDir = join(ROOT, 'release')): Promise<ReleaseResult> {
  const base = checkBaseUrl(baseUrl);
  const version = packageVersion().replace(/\.0$/, '');
  const work = mkdtempSync(join(tmpdir(), 'papi-release-'));
  try {
    const built = await build({ outDir: work, baseUrl: base, officeLocal: false });
    const files: Record<string, Uint8Array> = { 'DEPLOY.md': Buffer.from(deployGuide(base, version)) };
    for (const path of Object.keys(built.files)) files[path] = readFileSync(join(work, path));
    const entries = Object.keys(files).sort();
    const zippable: Zippable = {};
    for (const path of entries) zippable[path] = [files[path]!, { level: 9, mtime: FIXED_TIME }];
    const bytes = zipSync(zippable);
    mkdirSync(outDir, { recursive: true });
    const zip = join(outDir, `papi-addin-${version}.zip`);
    writeFileSync(zip, bytes);
    return { zip, entries, sha256: createHash('sha256').update(bytes).digest('hex') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** DEPLOY.md in the zip: the five steps, in Vietnamese then English, with this release's URL filled in. */
function deployGuide(base: string, version: string): string {
  return `# PAPI và PAR INDEX cho Excel ${version}: triển khai / deployment

## Tiếng Việt

Bản này được dựng cho địa chỉ **${base}** (mọi URL trong \`manifest.xml\` nằm dưới địa chỉ đó).

1. Giải nén toàn bộ tệp vào thư mục được phục vụ tại ${base} trên một máy chủ web tĩnh HTTPS mà máy tính trong cơ quan
   tin cậy chứng chỉ. Khai báo kiểu MIME \`application/json\` cho \`.json\`; không cần mã chạy phía máy chủ.
2. Kiểm tra: mở ${base}taskpane.html trong trình duyệt; trang hiện dữ liệu (chế độ độc lập, không có Excel).
3. Phân phối \`manifest.xml\` theo một trong ba cách: Trung tâm quản trị Microsoft 365 (Integrated apps), thư mục chia
   sẻ mạng làm danh mục bổ trợ tin cậy (Excel trên Windows), hoặc tải lên thủ công trong Excel trên web.
4. Trong Excel: nhập \`=PAPI.ĐIỂM("An Giang"; 2024)\` (tiếng Anh: \`=PAPI.SCORE("An Giang", 2024)\`).
5. Thêm một năm mới mà không cần dựng lại: \`npx papi data add <thư mục đã triển khai> --data-dir <thư mục của năm mới>\`.

Chỉ office.js được tải từ CDN của Microsoft (appsforoffice.microsoft.com); mọi thứ khác nằm trong thư mục này. Hướng dẫn
đầy đủ (IIS, nginx, Content-Security-Policy, cập nhật phiên bản): docs/deploy.md của gói papi-par-engine.

## English

This release is built for **${base}** (every URL in \`manifest.xml\` lies under it).

1. Unzip every file into the folder served at ${base} on a static HTTPS web server whose certificate the office
   computers trust. Serve \`.json\` as \`application/json\`; no server-side code is needed.
2. Check: open ${base}taskpane.html in a browser; the page shows data (standalone mode, without Excel).
3. Hand out \`manifest.xml\` by one of three routes: Microsoft 365 admin center (Integrated apps), a network-share
   trusted add-in catalog (Excel on Windows), or sideloading in Excel on the web.
4. In Excel: type \`=PAPI.SCORE("An Giang", 2024)\`.
5. Add a new year without a rebuild: \`npx papi data add <deployed folder> --data-dir <folder of the new year>\`.

Only office.js comes from Microsoft's CDN (appsforoffice.microsoft.com); everything else is in this folder. Full guide
(IIS, nginx, Content-Security-Policy, updating to a new version): docs/deploy.md in the papi-par-engine package.
`;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntry) {
  try {
    const base = baseUrlArgument(process.argv.slice(2));
    if (base === undefined)
      throw new BuildError(
        'Cần --base-url <địa chỉ https nơi đặt các tệp> / --base-url <the https address the files will be served from> is required, e.g. npm run release -- --base-url https://intranet.province.gov.vn/papi/',
      );
    const result = await release(base);
    console.log(
      `${relative(process.cwd(), result.zip)}: ${result.entries.length} files, sha256 ${result.sha256}\n(vi) Xem DEPLOY.md trong tệp zip và docs/deploy.md. (en) See DEPLOY.md in the zip and docs/deploy.md.`,
    );
  } catch (error) {
    console.error(error instanceof BuildError ? `Release failed / Lỗi đóng gói:\n${error.message}` : error);
    process.exitCode = 1;
  }
}
