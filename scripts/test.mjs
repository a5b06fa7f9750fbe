#!/usr/bin/env node
/**
 * `npm test`: every check, in order — type check, lint, Prettier's format check, unit tests (Vitest), e2e tests
 * (Playwright on the production build under a sub-path). Each step runs even when an earlier
 * one failed, so one run shows every problem. The last line is the summary CI reads:
 * `N passed, N failed`, counting unit and e2e tests from their JSON reports; a failed type
 * check, lint or format check, or a test runner that produced no report, counts as one failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureRealClients } from './debian-packages.mjs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const env = { ...process.env, CI_JSON_REPORT: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

function step(title, command, args) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const status = spawnSync(command, args, { stdio: 'inherit', env }).status;
  return status === 0;
}

function readReport(file, count) {
  if (!existsSync(file)) return undefined;
  try {
    return count(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

const failedChecks = [];
if (!step('Type check', 'npx', ['tsc', '-b', '--noEmit'])) failedChecks.push('type check');
if (!step('Lint', 'npx', ['eslint', '.', '--max-warnings=0'])) failedChecks.push('lint');
if (!step('Format', 'npx', ['prettier', '--check', '.'])) failedChecks.push('format');
// The endpoint's real-client tests (a Vitest project) drive Debian's AWS CLI and boto3.
try {
  ensureRealClients();
} catch (error) {
  console.log(error.message);
}
const unitOk = step('Unit tests', 'npx', ['vitest', 'run']);
const e2eOk = step('End-to-end tests', 'node', ['scripts/e2e.mjs']);

const unit = readReport(`${REPORTS}/unit.json`, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}));
const e2e = readReport(`${REPORTS}/e2e.json`, (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
}));

let passed = 0;
let failed = failedChecks.length;
for (const [name, counts, ok] of [
  ['unit', unit, unitOk],
  ['e2e', e2e, e2eOk],
]) {
  if (!counts) {
    console.log(`The ${name} tests produced no report: counted as one failure.`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  // A runner that failed without a failing test (a crash after the tests, say) is still a failure.
  if (!ok && counts.failed === 0) failed += 1;
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
}
if (failedChecks.length) console.log(`Failed checks: ${failedChecks.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
