/**
 * The console as the proxy serves it: files of a build in a temporary directory, requested over
 * raw HTTP (so that `..` and odd encodings reach the server as sent, which fetch would tidy up).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsProxy, ProxyRequest } from './aws-proxy';
import {
  consolePath,
  createConsoleSite,
  escapeAttribute,
  isDeepLink,
  withConnectionMeta,
} from './console-site';
import { createSesHttpServer, isOwnOrigin } from './http-server';

const INDEX = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><script type="module" crossorigin src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>`;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;
const OUTSIDE_SECRET = 'a file outside the console directory';

let root: string;
let server: Server;
let port: number;
const forwarded: ProxyRequest[] = [];
const proxy: AwsProxy = {
  forward(req) {
    forwarded.push(req);
    return Promise.resolve({ status: 200, headers: { 'content-type': 'text/xml' }, body: '<ok/>' });
  },
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ses-console-site-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'font-Xy9.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
  writeFileSync(join(root, 'secret.txt'), OUTSIDE_SECRET);
  symlinkSync(join(root, 'secret.txt'), join(dist, 'linked.txt'));
  const site = createConsoleSite({
    dir: dist,
    base: '/',
    connection: { kind: 'aws-proxy', region: 'eu-west-1' },
  });
  server = createSesHttpServer({
    host: '127.0.0.1',
    region: 'eu-west-1',
    corsOrigins: [],
    remoteEmulatorApi: false,
    proxy,
    console: site,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

describe('the console served by the proxy', () => {
  it('serves index.html at / with the connection in its head, never cached', async () => {
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    const html = index.body.toString('utf8');
    expect(html).toContain(
      '<head><meta name="ses-console-connection" content="{&#34;kind&#34;:&#34;aws-proxy&#34;,&#34;region&#34;:&#34;eu-west-1&#34;}">',
    );
    expect(html.indexOf('ses-console-connection')).toBeLessThan(html.indexOf('<script'));
  });

  it('answers deep links of the console with index.html, and a missing asset with 404', async () => {
    for (const path of [
      '/identities',
      '/identities/ses-example.com',
      '/identities/a%40example.org/policies',
    ]) {
      const page = await raw(path);
      expect(page.status, path).toBe(200);
      expect(page.body.toString('utf8'), path).toContain('ses-console-connection');
    }
    for (const path of ['/assets/index-Gone99.js', '/missing.css', '/assets/identities']) {
      const missing = await raw(path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers['content-type'], path).toBe('text/plain; charset=utf-8');
    }
  });

  it('names content types, keeps hashed assets for a year, and gzips text for a client that asks', async () => {
    const script = await raw('/assets/index-AbC123.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body.toString('utf8')).toBe(SCRIPT);
    const zipped = await raw('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(SCRIPT);
    const again = await raw('/assets/index-AbC123.js', {
      headers: { 'if-none-match': String(script.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect((await raw('/assets/font-Xy9.woff2')).headers['content-type']).toBe('font/woff2');
    const icon = await raw('/favicon.svg');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
    const head = await raw('/assets/index-AbC123.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(SCRIPT.length));
    expect(head.body.length).toBe(0);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/index.html%00.js',
    '/./index.html',
    '/%E0%A4%A',
  ])('refuses %s without reading outside the directory', async (path) => {
    const answer = await raw(path);
    expect(answer.status).toBe(400);
    expect(answer.body.toString('utf8')).not.toContain(OUTSIDE_SECRET);
  });

  it('serves no dot file and follows no link out of the directory', async () => {
    for (const path of ['/.vite/manifest.json', '/linked.txt']) {
      const answer = await raw(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString('utf8')).not.toContain(OUTSIDE_SECRET);
    }
  });

  it("sends SES's requests on: POST / and every method under /v2/email/, not the console", async () => {
    forwarded.length = 0;
    const auth = {
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIAPROXYSIGNSAGAIN0/20260101/eu-west-1/ses/aws4_request, SignedHeaders=host, Signature=00',
    };
    expect((await raw('/', { method: 'POST', headers: auth })).status).toBe(200);
    expect((await raw('/v2/email/identities', { headers: auth })).body.toString('utf8')).toBe('<ok/>');
    expect(forwarded.map((r) => `${r.method} ${r.pathAndQuery}`)).toEqual([
      'POST /',
      'GET /v2/email/identities',
    ]);
    // Anything else that is not a read is not the console's either.
    expect((await raw('/identities', { method: 'POST', headers: auth })).status).toBe(404);
  });

  it("lets the console it serves call it (same origin), and no other page's", async () => {
    forwarded.length = 0;
    const auth =
      'AWS4-HMAC-SHA256 Credential=AKIAPROXYSIGNSAGAIN0/20260101/eu-west-1/ses/aws4_request, SignedHeaders=host, Signature=00';
    const own = await raw('/', {
      method: 'POST',
      headers: { origin: `http://127.0.0.1:${port}`, authorization: auth },
    });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBe(`http://127.0.0.1:${port}`);
    for (const origin of [
      'https://evil.example',
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
    ]) {
      const foreign = await raw('/', { method: 'POST', headers: { origin, authorization: auth } });
      expect(foreign.status, origin).toBe(403);
    }
    // A rebound DNS name whose Origin matches its Host is still not loopback: refused first.
    const rebound = await raw('/', {
      method: 'POST',
      headers: { host: `evil.example:${port}`, origin: `http://evil.example:${port}`, authorization: auth },
    });
    expect(rebound.status).toBe(421);
    expect(forwarded).toHaveLength(1);
  });
});

describe('a console that is not built', () => {
  it('says how to build it, at / and at any deep link', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ses-console-empty-'));
    const site = createConsoleSite({
      dir: empty,
      base: '/',
      connection: { kind: 'aws-proxy', region: 'us-east-1' },
    });
    expect(await site.built()).toBe(false);
    const bare = createSesHttpServer({
      host: '127.0.0.1',
      region: 'us-east-1',
      corsOrigins: [],
      remoteEmulatorApi: false,
      proxy,
      console: site,
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const saved = port;
    port = (bare.address() as AddressInfo).port;
    try {
      for (const path of ['/', '/identities']) {
        const answer = await raw(path);
        expect(answer.status).toBe(404);
        expect(answer.body.toString('utf8')).toMatch(/The console is not built.*Run npm run build/);
      }
    } finally {
      port = saved;
      await new Promise<void>((resolve) => bare.close(() => resolve()));
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('request paths and the meta element', () => {
  it('maps paths under the build base, and sends / and the bare base to it', () => {
    expect(consolePath('/ses-console/assets/a.js', '/ses-console/')).toEqual({
      kind: 'file',
      relative: 'assets/a.js',
    });
    expect(consolePath('/ses-console', '/ses-console/')).toEqual({
      kind: 'redirect',
      location: '/ses-console/',
    });
    expect(consolePath('/', '/ses-console/')).toEqual({ kind: 'redirect', location: '/ses-console/' });
    expect(consolePath('/elsewhere/a.js', '/ses-console/')).toEqual({ kind: 'outside' });
    expect(consolePath('/', '/')).toEqual({ kind: 'file', relative: '' });
  });

  it('tells deep links (identity names look like file names) from assets', () => {
    expect(isDeepLink('identities/ses-example.com')).toBe(true);
    expect(isDeepLink('identities/a@example.org/policies/p.1')).toBe(true);
    expect(isDeepLink('assets/whatever')).toBe(false);
    expect(isDeepLink('favicon.svg')).toBe(false);
    expect(isDeepLink('app.js')).toBe(false);
  });

  it('escapes the connection so that no value can leave the attribute', () => {
    const hostile = { kind: 'aws-proxy' as const, region: `"><script>alert('x')</script>&` };
    const html = withConnectionMeta('<html><head lang="x"><title>t</title></head></html>', hostile);
    const content = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(content).not.toMatch(/[<>"']/);
    expect(html).not.toContain('<script>');
    const decoded = content.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    expect(JSON.parse(decoded)).toEqual(hostile);
    expect(html.startsWith('<html><head lang="x"><meta name="ses-console-connection"')).toBe(true);
    expect(escapeAttribute(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
    // A document without a head still gets it first.
    expect(withConnectionMeta('<p>x</p>', hostile).startsWith('<meta ')).toBe(true);
  });
});

describe('which origin is the endpoint’s own', () => {
  it.each([
    ['http://127.0.0.1:4579', '127.0.0.1:4579', 'http', '127.0.0.1', true],
    ['http://localhost:4579', 'localhost:4579', 'http', '127.0.0.1', true],
    ['http://[::1]:4579', '[::1]:4579', 'http', '::1', true],
    ['https://127.0.0.1:4579', '127.0.0.1:4579', 'https', '127.0.0.1', true],
    ['http://127.0.0.1:4579', '127.0.0.1:4579', 'https', '127.0.0.1', false],
    ['http://127.0.0.1:5173', '127.0.0.1:4579', 'http', '127.0.0.1', false],
    ['http://192.0.2.7:4579', '192.0.2.7:4579', 'http', '192.0.2.7', true],
    ['http://evil.example:4579', 'evil.example:4579', 'http', '0.0.0.0', false],
    ['http://evil.example:4579', 'evil.example:4579', 'http', '192.0.2.7', false],
  ] as const)('%s for Host %s (%s, listening on %s): %s', (origin, host, scheme, listen, own) => {
    expect(isOwnOrigin(origin, host, scheme, listen)).toBe(own);
  });
});
