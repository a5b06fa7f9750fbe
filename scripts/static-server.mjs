#!/usr/bin/env node
/**
 * A static file server with GitHub Pages' semantics, for the deep-link e2e test: files under
 * the sub-path are served as they are, a folder serves its index.html, and anything else
 * answers 404 with the site's 404.html. Usage: node scripts/static-server.mjs <dir> <base> <port>
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', base = '/ses-console/', port = '4174'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function send(res, status, file) {
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!path.startsWith(base)) return send(res, 404, join(dir, '404.html'));
  const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (existsSync(file)) return send(res, 200, file);
  return send(res, 404, join(dir, '404.html'));
}).listen(Number(port), '127.0.0.1', () => console.log(`static server on http://127.0.0.1:${port}${base}`));
