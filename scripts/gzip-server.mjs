/**
 * Serves a built `dist/` on 127.0.0.1 as a static host serves it to a visitor: each file gzip
 * encoded (zlib's default level, as common hosts use) when the browser accepts it, no caching
 * between runs, and an unknown path answered with the SPA's index.html (status 200, so that
 * Lighthouse audits a deep link as a page). Every response is logged with the bytes actually sent,
 * so the first-load measure (first-load.mjs) and the Lighthouse bench count what went over the wire.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.json', 'application/json'],
  ['.map', 'application/json'],
  ['.wasm', 'application/wasm'],
  ['.woff2', 'font/woff2'],
  ['.ttf', 'font/ttf'],
]);
/** Already compressed: sent as they are. */
const COMPRESSED = new Set(['.woff2', '.wasm', '.png', '.jpg', '.webp']);

/**
 * @typedef {{ path: string, type: string, bytes: number, encoded: boolean, at: number }} Served
 * @returns {Promise<{ url: string, log: Served[], close: () => Promise<void> }>}
 */
export function serveGzipped(dir, port = 0) {
  /** @type {Served[]} */
  const log = [];
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const relative = normalize(path).replace(/^([/\\]*\.\.[/\\])+/, '');
    let file = join(dir, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // The SPA fallback; the emulator's own paths (__ses, __emulator) never reach here while its
    // worker serves the page, and must not be answered with a page when it does not.
    if (!existsSync(file)) {
      if (/\/__(ses|emulator)\//.test(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(dir, 'index.html');
    }
    const ext = extname(file);
    const type = TYPES.get(ext) ?? 'application/octet-stream';
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const encode = accepts && !COMPRESSED.has(ext);
    let body = readFileSync(file);
    if (encode) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
      body = gzipped.get(file);
    }
    const headers = { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' };
    if (encode) headers['content-encoding'] = 'gzip';
    if (ext === '.js' && path.endsWith('mockServiceWorker.js')) headers['service-worker-allowed'] = '/';
    res.writeHead(200, headers);
    res.end(body);
    log.push({ path, type, bytes: body.length, encoded: encode, at: performance.now() });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actualPort}/`,
        log,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
