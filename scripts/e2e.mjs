#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the console for the /ses-console/ sub-path and runs Playwright
 * against `vite preview` of that build with the system Chromium. Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

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
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
