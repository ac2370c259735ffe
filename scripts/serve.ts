// `npm start` (= npm run build && tsx scripts/serve.ts): serves dist/ on https://localhost:3000 for Excel (sideload
// manifest.xml) or a plain browser (the task pane runs standalone on the bundled data), then prints a CLI demo.
// Options: --port <n> (or PORT), --dir <folder> (default dist/), --no-demo.
//
// Certificates, offline and without sudo: office-addin-dev-certs' getHttpsServerOptions() would also install its CA
// into the OS trust store (sudo on Linux), so only its generator is used here: the localhost certificate under
// ~/.office-addin-dev-certs is reused while valid, or a new one is generated (in a temporary folder when the standard
// one holds an expired set). Trusting it stays an explicit step: `npx office-addin-dev-certs install`. When no
// certificate can be made, the server falls back to http and says so (Excel needs https; a browser does not).
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './build';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Headers on every response. office.js comes from Microsoft's CDN; everything else from this origin; the chance
 * worker is a same-origin script. No frame-ancestors / X-Frame-Options: Excel on the web shows the pane in a frame.
 * CORS is open because Excel fetches functions.json and the icons from its own origin.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    // 'wasm-unsafe-eval': the rank Monte Carlo compiles its WebAssembly kernel (page and chance workers)
    "script-src 'self' 'wasm-unsafe-eval' https://appsforoffice.microsoft.com",
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Access-Control-Allow-Origin': '*',
  // Development server: Excel must see a rebuilt functions.json at once (it caches metadata otherwise).
  'Cache-Control': 'no-store',
};

export interface Certificates {
  readonly key: Buffer;
  readonly cert: Buffer;
  readonly ca?: Buffer;
  readonly source: string;
}

function validPair(certPath: string, keyPath: string): boolean {
  try {
    const cert = new X509Certificate(readFileSync(certPath));
    const key = createPrivateKey(readFileSync(keyPath));
    return (
      cert.checkPrivateKey(key) &&
      new Date(cert.validTo).getTime() > Date.now() + 60 * 60 * 1000 &&
      cert.checkHost('localhost') !== undefined
    );
  } catch {
    return false;
  }
}

/** A localhost certificate without touching the OS trust store, or null when none can be made. */
export async function localhostCertificates(): Promise<Certificates | null> {
  const standard = join(homedir(), '.office-addin-dev-certs');
  const paths = (dir: string) => ({
    dir,
    ca: join(dir, 'ca.crt'),
    cert: join(dir, 'localhost.crt'),
    key: join(dir, 'localhost.key'),
  });
  const read = (p: ReturnType<typeof paths>, source: string): Certificates => ({
    key: readFileSync(p.key),
    cert: readFileSync(p.cert),
    ca: existsSync(p.ca) ? readFileSync(p.ca) : undefined,
    source,
  });
  const home = paths(standard);
  if (validPair(home.cert, home.key)) return read(home, home.dir);
  try {
    const { generateCertificates } = await import('office-addin-dev-certs');
    // generateCertificates() never overwrites an existing CA: an expired standard set gets a fresh folder instead.
    const target = existsSync(home.ca) ? paths(mkdtempSync(join(tmpdir(), 'papi-dev-certs-'))) : home;
    await generateCertificates(target.ca, target.cert, target.key, 30, ['127.0.0.1', 'localhost']);
    if (validPair(target.cert, target.key)) return read(target, target.dir);
  } catch (error) {
    console.warn(`Không tạo được chứng chỉ / Could not make a certificate: ${(error as Error).message}`);
  }
  return null;
}

/** Serves files from `dir` (no directory listing, nothing outside `dir`). */
export function handler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(dir);
  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'taskpane.html';
    const file = normalize(join(root, path));
    if ((file !== root && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy / Not found\n');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

export interface Served {
  readonly server: Server;
  readonly url: string;
  readonly https: boolean;
  readonly certificates: string | null;
  close(): Promise<void>;
}

/** Starts the server on localhost; `https: false` skips certificates (plain http). */
export async function serve(options: { dir?: string; port?: number; https?: boolean } = {}): Promise<Served> {
  const dir = resolve(options.dir ?? join(ROOT, 'dist'));
  const port = options.port ?? 3000;
  const certificates = options.https === false ? null : await localhostCertificates();
  const server = certificates
    ? createHttpsServer({ key: certificates.key, cert: certificates.cert }, handler(dir))
    : createHttpServer(handler(dir));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, 'localhost', () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `${certificates ? 'https' : 'http'}://localhost:${actualPort}/`,
    https: certificates !== null,
    certificates: certificates?.source ?? null,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice(argv[i]!.indexOf('=') + 1) : argv[i + 1];
}

async function run(argv: readonly string[]): Promise<void> {
  const port = Number(argValue(argv, 'port') ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Cổng không hợp lệ / Invalid port: ${argValue(argv, 'port') ?? process.env.PORT}`);
  const dir = resolve(argValue(argv, 'dir') ?? join(ROOT, 'dist'));
  if (!existsSync(join(dir, 'functions.js')))
    throw new Error(`Chưa build: chạy "npm run build" / Not built: run "npm run build" (${dir})`);
  const served = await serve({ dir, port });
  const pane = `${served.url}taskpane.html`;
  const lines = [
    `Ngăn tác vụ (chạy độc lập trên dữ liệu có sẵn) / Task pane (runs standalone on the bundled data): ${pane}`,
    `Manifest để nạp vào Excel / Manifest to sideload in Excel: ${join(ROOT, 'manifest.xml')} (${served.url}manifest.xml)`,
    `Hàm tùy chỉnh / Custom functions: ${served.url}functions.json (en), ${served.url}functions-vi.json (vi). Excel tiếng Việt dùng ";" giữa các đối số: =PAPI.ĐIỂM("An Giang"; 2018) / English Excel: =PAPI.SCORE("An Giang", 2018)`,
  ];
  if (port !== 3000)
    lines.push(
      `manifest.xml trỏ tới cổng 3000: Excel chỉ dùng được máy chủ ở cổng 3000. / manifest.xml points at port 3000: Excel needs the server on port 3000.`,
    );
  if (served.https) {
    lines.push(
      `Chứng chỉ / Certificate: ${served.certificates}. Để trình duyệt và Excel tin cậy / To make browsers and Excel trust it: npx office-addin-dev-certs install`,
    );
  } else {
    lines.push(
      'LƯU Ý: không tạo được chứng chỉ, đang phục vụ bằng http (Excel cần https; trình duyệt vẫn dùng được). / NOTE: no certificate could be made; serving over http (Excel needs https; a browser works).',
    );
  }
  console.log(lines.join('\n'));
  if (!argv.includes('--no-demo')) {
    // The main job, in one command: a province's PAPI standing from the bundled data, as the CLI prints it.
    const { main } = await import('../cli/main');
    const demo = ['score', '--index', 'papi', '--year', '2024', '--province', 'An Giang'];
    console.log(`\n$ papi ${demo.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}`);
    await main(demo);
  }
  console.log(
    `\nĐang phục vụ ${dir} tại ${served.url} (Ctrl+C để dừng) / Serving ${dir} at ${served.url} (Ctrl+C to stop)`,
  );
  const stop = () => void served.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntry) {
  run(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
