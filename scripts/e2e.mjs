#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the console for the /ses-console/ sub-path and runs Playwright
 * against `vite preview` of that build with the system Chromium. A second build, for the local
 * SES endpoint (VITE_SES_ENDPOINT), is what e2e/local-endpoint.spec.ts drives against
 * `npm run endpoint`. Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

/** Kept in step with playwright.config.ts (E2E_PORT_BASE lets two checkouts run at once). */
const PORT_BASE = Number(process.env.E2E_PORT_BASE) || 4173;
const LOCAL_ENDPOINT_URL = `http://127.0.0.1:${PORT_BASE + 408}/`;
const LOCAL_ENDPOINT_BUILD = '.e2e-endpoint-dist';

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium, BASE_PATH: '/ses-console/' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
env.VITE_SES_ENDPOINT = LOCAL_ENDPOINT_URL;
if (run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', LOCAL_ENDPOINT_BUILD]) !== 0)
  process.exit(1);
delete env.VITE_SES_ENDPOINT;
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
