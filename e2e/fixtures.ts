/**
 * The fixtures every spec uses (import `test` and `expect` from here, never from @playwright/test):
 * - `networkGuard` (automatic): fails the test on any request to a host other than the servers
 *   that serve the console and the spec's own connection (`connectionHosts`; the emulator's SES
 *   endpoint is a same-origin path), and on any request to that
 *   endpoint (`__ses/`) that the service worker did not answer, unless the spec says it expects
 *   some (`allowEmulatorMisses`, for the recovery spec). Foreign requests are also aborted, so
 *   nothing leaves the machine.
 * - `checkA11y(page)`: runs axe (WCAG 2.1 A/AA) and fails on serious or critical violations, or
 *   unless the page has exactly one visible h1.
 *   Every distinct page a spec visits must be checked: at the end of the test, a visited path
 *   that was never checked fails the test too.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Request } from '@playwright/test';
import {
  ENDPOINT_BUILD_PORT,
  PREVIEW_PORT,
  REMOTE_ENDPOINT_PORT,
  ENDPOINT_PORT,
  STATIC_PORT,
} from '../playwright.config';

/** The servers that serve the console: every spec may reach these. */
const CONSOLE_HOSTS = [
  `localhost:${PREVIEW_PORT}`,
  `127.0.0.1:${STATIC_PORT}`,
  `127.0.0.1:${ENDPOINT_BUILD_PORT}`,
];
const EMULATOR_SES_PATH = /\/__ses\/[a-z0-9-]+\/$/;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Paths that only redirect elsewhere; the page they land on is the one checked. */
const REDIRECT_PATHS = new Set(['/ses-console/']);

interface Fixtures {
  /** Set with `test.use({ allowEmulatorMisses: true })` where a spec stops the worker on purpose. */
  allowEmulatorMisses: boolean;
  /**
   * The SES endpoints (host:port) the spec's connection talks to, with `test.use(...)`: the
   * page may reach exactly these besides the console's own servers. None by default: the
   * built-in emulator is a path of the page.
   */
  connectionHosts: string[];
  networkGuard: void;
  /** Console errors a spec provokes on purpose, e.g. a service worker it stops. */
  allowedConsoleErrors: RegExp[];
  consoleGuard: void;
  checkA11y: (page: Page) => Promise<void>;
  a11yCoverage: void;
}

/**
 * An SES API URL: the emulator's in-page endpoint, its v2 paths, the local endpoint servers, or
 * SES's own paths (`/` and `/v2/email/`) on a host the spec connects to (which may also serve
 * the console, as the proxy does).
 */
function sesUrl(url: string, connectionHosts: readonly string[]): boolean {
  if (!url) return false;
  const { host, pathname } = new URL(url);
  return (
    EMULATOR_SES_PATH.test(pathname) ||
    /\/__ses\/[a-z0-9-]+\/v2\//.test(pathname) ||
    host === `127.0.0.1:${ENDPOINT_PORT}` ||
    host === `127.0.0.1:${REMOTE_ENDPOINT_PORT}` ||
    (connectionHosts.includes(host) && (pathname === '/' || pathname.startsWith('/v2/email/')))
  );
}

/** A page (not an asset) of one of the static hosts that serve 404.html for unknown paths. */
function staticPage(url: string): boolean {
  if (!url) return false;
  const { host, pathname } = new URL(url);
  const staticHost = host === `127.0.0.1:${STATIC_PORT}` || host === `127.0.0.1:${ENDPOINT_BUILD_PORT}`;
  return staticHost && !/\.[a-z0-9]+$/i.test(pathname);
}

/** The page's location as the a11y coverage check names it: its path. */
function pageKey(url: string): string {
  const { pathname } = new URL(url);
  return pathname;
}

export const test = base.extend<Fixtures & { visitedPaths: Set<string>; checkedPaths: Set<string> }>({
  allowEmulatorMisses: [false, { option: true }],
  connectionHosts: [[], { option: true }],
  networkGuard: [
    async ({ context, allowEmulatorMisses, connectionHosts }, use) => {
      const LOCAL_HOSTS = new Set([...CONSOLE_HOSTS, ...connectionHosts]);
      const violations: string[] = [];
      const foreign = (request: Request) => {
        const url = new URL(request.url());
        return (url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.host);
      };
      await context.route(
        (url) => !LOCAL_HOSTS.has(url.host) && (url.protocol === 'http:' || url.protocol === 'https:'),
        async (route) => {
          // Only requests that reach the network get here: the emulator's answers never do.
          violations.push(`${route.request().method()} ${route.request().url()} (left the page)`);
          await route.abort('blockedbyclient');
        },
      );
      context.on('response', (response) => {
        const request = response.request();
        const url = new URL(request.url());
        if (foreign(request)) {
          violations.push(`${request.method()} ${request.url()} (answered by the network)`);
        } else if (
          EMULATOR_SES_PATH.test(url.pathname) &&
          !response.fromServiceWorker() &&
          !allowEmulatorMisses
        ) {
          violations.push(
            `${request.method()} ${request.url()} (answered by the static host, not the emulator)`,
          );
        }
      });
      await use();
      expect(
        violations,
        'requests to hosts other than the local servers, or emulator requests the worker missed',
      ).toEqual([]);
    },
    { auto: true },
  ],
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowedConsoleErrors, connectionHosts }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        const from = message.location().url;
        // A warning is noise a user with the console open sees too (React, React Router, Cloudscape
        // and Monaco warn about real mistakes): it fails the test like an error.
        if (message.type() === 'warning') {
          if (!allowedConsoleErrors.some((allowed) => allowed.test(text)))
            errors.push(`console warning: ${text}${from ? ` (${from})` : ''}`);
          return;
        }
        if (message.type() !== 'error') return;
        // SES's refusals are HTTP errors the browser logs for the request; they are answers the
        // console shows, not faults. Only for SES's own paths.
        if (
          /^Failed to load resource: the server responded with a status of [45]\d\d/.test(text) &&
          sesUrl(from, connectionHosts)
        )
          return;
        // A static host answers a deep link with its 404 page, which is the console (GitHub Pages'
        // 404.html): the status is the host's, the page is fine.
        if (
          /^Failed to load resource: the server responded with a status of 404/.test(text) &&
          staticPage(from)
        )
          return;
        if (allowedConsoleErrors.some((allowed) => allowed.test(text))) return;
        errors.push(`console error: ${text}${from ? ` (${from})` : ''}`);
      });
      await use();
      expect(errors, 'errors or warnings in the page or its console').toEqual([]);
    },
    { auto: true },
  ],
  visitedPaths: async ({}, use) => {
    await use(new Set());
  },
  checkedPaths: async ({}, use) => {
    await use(new Set());
  },
  checkA11y: async ({ checkedPaths }, use) => {
    await use(async (page: Page) => {
      // Axe reads colours as painted: a flash message still fading in reads as low contrast. So the
      // check waits for the finite animations and transitions running now (at most 2 s); endless
      // ones (spinners) are not waited for.
      // A region still computing its answer (aria-busy) is about to change and fade in: wait for it.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      await page.evaluate(async () => {
        // Animations that start while others finish (an answer arriving) are waited for too.
        const deadline = Date.now() + 3000;
        for (;;) {
          const running = document
            .getAnimations()
            .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
          if (running.length === 0 || Date.now() > deadline) return;
          await Promise.race([
            Promise.all(running.map((a) => a.finished.catch(() => undefined))),
            new Promise((resolve) => setTimeout(resolve, 500)),
          ]);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      // One h1 per page: screen-reader users jump to it as the page's title. Axe does not check this.
      await expect(page.locator('h1:visible'), `one h1 on ${page.url()}`).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = serious.map(
        (v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(report, `axe violations on ${page.url()}`).toEqual([]);
      checkedPaths.add(pageKey(page.url()));
    });
  },
  a11yCoverage: [
    async ({ page, visitedPaths, checkedPaths }, use) => {
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith('http'))
          visitedPaths.add(pageKey(frame.url()));
      });
      await use();
      const unchecked = [...visitedPaths].filter(
        (path) => !checkedPaths.has(path) && !REDIRECT_PATHS.has(path),
      );
      expect(unchecked, 'pages this spec visited without an axe check (call checkA11y on each)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
