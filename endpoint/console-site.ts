/**
 * The console, served by the endpoint in proxy mode (`--aws`): the built files of `npm run build`
 * (Vite's `dist/`) on the endpoint's own origin, so one command gives a console that talks to
 * AWS through the proxy and holds no secret. `index.html` carries a
 * `<meta name="ses-console-connection">` naming the connection (the proxy and its Region), which
 * the console reads on a tab's first load (src/lib/connections/served-connection.ts).
 *
 * Paths are hostile: a path is decoded once, refused with `..`, encoded slashes, backslashes or
 * NUL, resolved and checked to stay inside the directory (symbolic links too), and dot files
 * (Vite's `.vite/` manifest) are not served. An unknown path that is not an asset is a deep link
 * of the console and gets `index.html` (its router shows the page).
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/** The meta element's name, shared with the console's reader. */
export const CONNECTION_META_NAME = 'ses-console-connection';

const CONTENT_TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.webmanifest', 'application/manifest+json'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
  ['.woff', 'font/woff'],
  ['.ttf', 'font/ttf'],
  ['.wasm', 'application/wasm'],
  ['.txt', 'text/plain; charset=utf-8'],
]);

/** Types worth compressing; fonts, images and wasm are compressed already or not worth it. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.webmanifest',
]);
/** Compressed copies kept in memory, by file, size and time: the build's files, a few MB. */
const MAX_GZIP_ENTRIES = 256;
/** Vite writes content-hashed file names here: a name never names other bytes. */
const HASHED_DIR = 'assets/';

export interface ConsoleSiteOptions {
  /** The build's directory (`dist/`). */
  dir: string;
  /** The path the build was made for (Vite's `base`, BASE_PATH), with slashes at both ends. */
  base: string;
  /** What the console connects to, written into index.html's meta element as JSON. */
  connection: { kind: 'aws-proxy'; region: string };
}

export type ConsolePath =
  | { kind: 'file'; relative: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'outside' }
  | { kind: 'redirect'; location: string };

/** `&`, `<`, `>`, `"` and `'` as entities: the value cannot leave its attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** index.html with the connection's meta element first in its head (before any script reads it). */
export function withConnectionMeta(html: string, connection: ConsoleSiteOptions['connection']): string {
  const meta = `<meta name="${CONNECTION_META_NAME}" content="${escapeAttribute(JSON.stringify(connection))}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${meta}${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/**
 * Which file of the build a request path names, relative to the directory, or why none: the
 * path as sent (percent-encoded, without the query), checked before and after decoding.
 */
export function consolePath(rawPath: string, base: string): ConsolePath {
  if (!rawPath.startsWith('/') || /%(2f|5c|00)/i.test(rawPath) || /[\\\0]/.test(rawPath))
    return { kind: 'refused', reason: 'encoded slashes, backslashes and NUL' };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused', reason: 'a malformed percent-encoding' };
  }
  if (/[\\\0]/.test(path)) return { kind: 'refused', reason: 'encoded slashes, backslashes and NUL' };
  if (`${path}/` === base || (path === '/' && base !== '/')) return { kind: 'redirect', location: base };
  if (!path.startsWith(base)) return { kind: 'outside' };
  const relative = path.slice(base.length);
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s === '.'))
    return { kind: 'refused', reason: 'dot segments (. and ..)' };
  return { kind: 'file', relative };
}

/** A deep link of the console (answered with index.html), not a missing asset (answered 404). */
export function isDeepLink(relative: string): boolean {
  if (relative.startsWith(HASHED_DIR)) return false;
  // Identity names look like file names (`ses-example.com`): only asset types count as assets.
  return !CONTENT_TYPES.has(extname(relative).toLowerCase());
}

export function cacheControl(relative: string): string {
  return relative.startsWith(HASHED_DIR) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function contentType(file: string): string {
  return CONTENT_TYPES.get(extname(file).toLowerCase()) ?? 'application/octet-stream';
}

/** The file inside `dir` that `relative` names, after symbolic links; undefined when there is none. */
async function fileInside(dir: string, relative: string): Promise<string | undefined> {
  const segments = relative.split('/').filter(Boolean);
  // Dot files and folders (.vite/manifest.json, .git) are not the console's.
  if (segments.some((s) => s.startsWith('.'))) return undefined;
  const candidate = resolve(dir, ...segments);
  if (candidate !== dir && !candidate.startsWith(dir + sep)) return undefined;
  try {
    const real = await realpath(candidate);
    const realDir = await realpath(dir);
    if (real !== realDir && !real.startsWith(realDir + sep)) return undefined;
    const info = await stat(real);
    if (info.isDirectory())
      return fileInside(dir, segments.length ? `${segments.join('/')}/index.html` : 'index.html');
    return info.isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

export interface ConsoleSite {
  readonly dir: string;
  readonly base: string;
  /** Whether the build is there (index.html), for the banner; each request looks again. */
  built(): Promise<boolean>;
  /** Answers a GET or HEAD; returns the status, for the log. */
  serve(req: IncomingMessage, res: ServerResponse): Promise<number>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The console creates and deletes identities on a click: no other site may frame it.
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

function text(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-cache',
    ...SECURITY_HEADERS,
    ...headers,
  });
  res.end(body);
  return status;
}

export function createConsoleSite(options: ConsoleSiteOptions): ConsoleSite {
  const dir = resolve(options.dir);
  const base = options.base;
  const compressed = new Map<string, Buffer>();

  /** A build's file compressed once: the key names its size and time, so a rebuild is seen. */
  async function gzipped(key: string, bytes: Buffer): Promise<Buffer> {
    const cached = compressed.get(key);
    if (cached) return cached;
    const out = await gzip(bytes);
    const oldest = compressed.keys().next();
    if (compressed.size >= MAX_GZIP_ENTRIES && !oldest.done) compressed.delete(oldest.value);
    compressed.set(key, out);
    return out;
  }

  async function send(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    relative: string,
  ): Promise<number> {
    const info = await stat(file);
    const type = contentType(file);
    const html = extname(file).toLowerCase() === '.html';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': html ? 'no-cache' : cacheControl(relative),
      ...SECURITY_HEADERS,
    };
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const compressible = COMPRESSIBLE.has(extname(file).toLowerCase());
    if (compressible) headers.vary = 'accept-encoding';
    const version = `${info.size}-${Math.floor(info.mtimeMs)}`;
    if (!html) {
      // index.html changes with the proxy's settings: it is read afresh, never revalidated.
      headers.etag = `W/"${version}"`;
      if (req.headers['if-none-match'] === headers.etag) {
        res.writeHead(304, headers);
        res.end();
        return 304;
      }
    }
    const head = req.method === 'HEAD';
    if (html || (compressible && acceptsGzip && info.size > 1024)) {
      let body: Buffer = html
        ? Buffer.from(withConnectionMeta(await readFile(file, 'utf8'), options.connection))
        : await readFile(file);
      if (compressible && acceptsGzip && body.length > 1024) {
        body = html ? await gzip(body) : await gzipped(`${file}\0${version}`, body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(head ? undefined : body);
      return 200;
    }
    headers['content-length'] = String(info.size);
    res.writeHead(200, headers);
    if (head) res.end();
    // A file removed by a rebuild mid-answer ends the answer, not the endpoint.
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    return 200;
  }

  return {
    dir,
    base,
    async built() {
      return (await fileInside(dir, 'index.html')) !== undefined;
    },
    async serve(req, res) {
      const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
      const target = consolePath(rawPath, base);
      if (target.kind === 'refused')
        return text(res, 400, `The console's files are named without ${target.reason}.`);
      if (target.kind === 'redirect') {
        res.writeHead(302, { location: target.location, 'cache-control': 'no-cache', ...SECURITY_HEADERS });
        res.end();
        return 302;
      }
      if (target.kind === 'outside')
        return text(
          res,
          404,
          `No such path ${rawPath.slice(0, 200)}. The console is at ${base}, SES's Query API is POST /, SES API v2 under /v2/email/.`,
        );
      const file = await fileInside(dir, target.relative);
      if (file) return send(req, res, file, target.relative);
      if (!isDeepLink(target.relative))
        return text(res, 404, `The console has no file ${rawPath.slice(0, 200)}.`);
      const index = await fileInside(dir, 'index.html');
      if (!index)
        return text(
          res,
          404,
          `The console is not built: there is no index.html in ${dir}. Run npm run build (or pass --console DIR with a build), then reload. SES requests are answered meanwhile.`,
        );
      return send(req, res, index, 'index.html');
    },
  };
}

/** Where `npm run build` writes the console: `dist/` next to this project. */
export const PROJECT_DIST = fileURLToPath(new URL('../dist', import.meta.url));
