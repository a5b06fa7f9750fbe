import { defineConfig } from '@playwright/test';

// Playwright drives the system Chromium against the production build served under a sub-path.
// scripts/e2e.mjs builds with BASE_PATH=/ses-console/ and sets CHROMIUM_PATH before this runs.
export const BASE_PATH = '/ses-console/';
/**
 * The servers' ports, from E2E_PORT_BASE (default 4173) so that two checkouts can run their
 * e2e suites at once without one reusing the other's servers. scripts/e2e.mjs computes the
 * endpoint's port the same way, for the build that talks to it.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE) || 4173;
export const PREVIEW_PORT = PORT_BASE;
export const STATIC_PORT = PORT_BASE + 1;
/** The build for the local endpoint (scripts/e2e.mjs makes it) and the endpoint it talks to. */
export const ENDPOINT_BUILD_PORT = PORT_BASE + 2;
export const ENDPOINT_PORT = PORT_BASE + 408;
/** A second endpoint server that e2e/remote-connection.spec.ts connects the default build to from Settings. */
export const REMOTE_ENDPOINT_PORT = PORT_BASE + 409;
/**
 * e2e/proxy-connection.spec.ts: an endpoint server standing in for AWS, and the endpoint in proxy
 * mode in front of it (scripts/e2e-proxy.ts), which serves the console (`dist`) itself.
 */
export const PROXY_UPSTREAM_PORT = PORT_BASE + 410;
export const PROXY_PORT = PORT_BASE + 411;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI_JSON_REPORT
    ? [['list'], ['json', { outputFile: '.reports/e2e.json' }]]
    : [['list']],
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}${BASE_PATH}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --base ${BASE_PATH} --port ${PREVIEW_PORT} --strictPort`,
      url: `http://localhost:${PREVIEW_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // GitHub Pages semantics (unknown paths answer 404.html) for the deep-link reload test.
      command: `node scripts/static-server.mjs dist ${BASE_PATH} ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/static-server.mjs .e2e-endpoint-dist ${BASE_PATH} ${ENDPOINT_BUILD_PORT}`,
      url: `http://127.0.0.1:${ENDPOINT_BUILD_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node --import tsx endpoint/main.ts --memory --port ${ENDPOINT_PORT} --no-smtp --quiet --cors-origin http://127.0.0.1:${ENDPOINT_BUILD_PORT}`,
      url: `http://127.0.0.1:${ENDPOINT_PORT}/__emulator/directory`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node --import tsx endpoint/main.ts --memory --port ${REMOTE_ENDPOINT_PORT} --no-smtp --quiet --cors-origin http://localhost:${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${REMOTE_ENDPOINT_PORT}/__emulator/directory`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node --import tsx endpoint/main.ts --memory --port ${PROXY_UPSTREAM_PORT} --no-smtp --quiet`,
      url: `http://127.0.0.1:${PROXY_UPSTREAM_PORT}/__emulator/directory`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node --import tsx scripts/e2e-proxy.ts ${PROXY_UPSTREAM_PORT} ${PROXY_PORT} dist ${BASE_PATH}`,
      url: `http://127.0.0.1:${PROXY_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
    },
  ],
});

export const PREVIEW_URL = `http://localhost:${PREVIEW_PORT}${BASE_PATH}`;
export const ENDPOINT_BUILD_URL = `http://127.0.0.1:${ENDPOINT_BUILD_PORT}${BASE_PATH}`;
export const ENDPOINT_URL = `http://127.0.0.1:${ENDPOINT_PORT}/`;
export const REMOTE_ENDPOINT_URL = `http://127.0.0.1:${REMOTE_ENDPOINT_PORT}/`;
export const STATIC_SERVER_URL = `http://127.0.0.1:${STATIC_PORT}${BASE_PATH}`;
export const PROXY_UPSTREAM_URL = `http://127.0.0.1:${PROXY_UPSTREAM_PORT}/`;
/** The console as the proxy serves it, at its own origin (the dist build, for BASE_PATH). */
export const PROXY_CONSOLE_URL = `http://127.0.0.1:${PROXY_PORT}${BASE_PATH}`;
