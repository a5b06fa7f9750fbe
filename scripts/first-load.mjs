/**
 * The honest first load: what a visitor's browser downloads before the first row of the
 * Identities table is painted. The built `dist/` is served gzip-encoded on 127.0.0.1
 * (gzip-server.mjs), the start page opens in a fresh headless Chromium (no cache, no service
 * worker yet), and the bytes the server sent for every JS, CSS, wasm and worker response up to
 * the moment the first identity row is visible are summed: the entry and its imports, the route
 * chunks, the emulator's service worker script (its own request comes from the worker, which the
 * server sees like any other) and every chunk the emulator and the SES client import to answer
 * that first request. Fonts and the HTML are reported apart.
 */
import { chromium } from '@playwright/test';
import { ensureChromium } from './chromium.mjs';
import { serveGzipped } from './gzip-server.mjs';

const CODE = /^(text\/javascript|text\/css|application\/wasm)/;

/**
 * @returns {Promise<{ code: { path: string, bytes: number }[], codeBytes: number, fonts: number,
 *   html: number, later: { path: string, bytes: number }[], firstRowMs: number }>}
 */
export async function measureFirstLoad(dir = 'dist') {
  const server = await serveGzipped(dir);
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(server.url);
    // A link in the table's body: a loaded row (the loading state has no link).
    await page
      .getByRole('table', { name: 'Identities' })
      .getByRole('link')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    const painted = performance.now();
    // What comes after (prefetches, the policy counts) is listed apart, not counted.
    await page.waitForTimeout(1000);
    const before = server.log.filter((entry) => entry.at <= painted);
    const code = before.filter((entry) => CODE.test(entry.type));
    const sum = (entries) => entries.reduce((total, entry) => total + entry.bytes, 0);
    return {
      code: code.map(({ path, bytes }) => ({ path, bytes })),
      codeBytes: sum(code),
      fonts: sum(before.filter((entry) => entry.type.startsWith('font/'))),
      html: sum(before.filter((entry) => entry.type.startsWith('text/html'))),
      later: server.log
        .filter((entry) => entry.at > painted && CODE.test(entry.type))
        .map(({ path, bytes }) => ({ path, bytes })),
      firstRowMs: painted - started,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
