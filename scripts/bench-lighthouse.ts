/**
 * `npm run bench` (last part): Lighthouse 12 (the pinned devDependency) on the static build, served
 * gzip-encoded on 127.0.0.1 as a static host serves it (gzip-server.mjs), in the system Chromium,
 * headless. Each page is a first visit (Lighthouse resets storage, so the emulator's service
 * worker registers anew), audited with Lighthouse's mobile defaults (simulated slow 4G and a 4x
 * slower CPU) and its desktop preset. Targets: mobile performance at least 90, cumulative layout
 * shift under 0.1, accessibility 100, on every page; the script fails when one is missed.
 * Performance scores move with the machine's load; the figures are printed for the README.
 * For investigating one page: `--only=<part of a page name>`, `--mobile`, `--desktop`,
 * `--no-build` (audit .bench-dist as it is) and `--reports=<dir>` (keep each Lighthouse JSON).
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureChromium } from './chromium.mjs';
import { serveGzipped } from './gzip-server.mjs';

const OUT_DIR = '.bench-dist';
const PAGES: { name: string; path: string }[] = [
  { name: 'Identities (start)', path: '' },
  { name: 'Identity details', path: 'identities/ses-example.com' },
  { name: 'Policy editor', path: 'identities/ses-example.com/policies/create' },
  { name: 'Simulator', path: 'simulator' },
];
const TARGETS = { mobilePerformance: 90, cls: 0.1, accessibility: 100 };

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY = flag('only')?.toLowerCase();
const REPORTS = flag('reports');
const FORM_FACTORS = (['mobile', 'desktop'] as const).filter(
  (f) => !(args.includes('--mobile') || args.includes('--desktop')) || args.includes(`--${f}`),
);

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    { numericValue?: number; score: number | null; details?: { items?: { node?: { snippet?: string } }[] } }
  >;
}

interface Figures {
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  failedA11y: string[];
  /** The elements that moved most (Lighthouse's layout-shifts audit). */
  shifted: string[];
}

const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/** Runs the CLI without blocking this process, which serves the pages it audits. */
async function audit(
  url: string,
  formFactor: 'mobile' | 'desktop',
  chromePath: string,
  keepAs?: string,
): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    const flags = ['--headless=new', '--disable-gpu', '--disable-background-networking'];
    if (process.getuid?.() === 0) flags.push('--no-sandbox');
    await promisify(execFile)(
      process.execPath,
      [
        lighthouseCli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility',
        `--chrome-flags=${flags.join(' ')}`,
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 2 ** 20 },
    );
    if (keepAs) copyFileSync(output, keepAs);
    const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    const failedA11y = Object.entries(report.audits)
      .filter(([, a]) => a.score === 0 && a.details?.items?.some((item) => item.node))
      .map(([id, a]) => `${id}: ${a.details?.items?.map((item) => item.node?.snippet).join(' | ')}`);
    const shifts = (report.audits['layout-shifts']?.details?.items ?? []) as {
      node?: { snippet?: string };
      score?: number;
    }[];
    return {
      shifted: shifts
        .slice(0, 3)
        .map((item) => `${(item.score ?? 0).toFixed(3)} ${item.node?.snippet ?? '?'}`),
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      tbtMs: value('total-blocking-time'),
      failedA11y,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  // Chromium first: the build pre-renders the pages' first paint with it (prerender-shell-plugin.ts).
  const chromePath = ensureChromium();
  if (!args.includes('--no-build'))
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR, '--emptyOutDir'], {
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: '/', CHROMIUM_PATH: chromePath },
    });
  if (REPORTS) mkdirSync(REPORTS, { recursive: true });
  const server = await serveGzipped(OUT_DIR);
  const missed: string[] = [];
  try {
    console.log('Lighthouse 12, static build served with gzip (first visit):');
    for (const page of PAGES.filter((p) => !ONLY || p.name.toLowerCase().includes(ONLY))) {
      for (const formFactor of FORM_FACTORS) {
        const keepAs = REPORTS && join(REPORTS, `${page.name.split(' ')[0]}-${formFactor}.json`);
        const f = await audit(`${server.url}${page.path}`, formFactor, chromePath, keepAs || undefined);
        console.log(
          `  ${page.name.padEnd(17)} ${formFactor.padEnd(7)} performance ${String(f.performance).padStart(3)}, ` +
            `accessibility ${String(f.accessibility).padStart(3)}, LCP ${(f.lcpMs / 1000).toFixed(1)} s, ` +
            `CLS ${f.cls.toFixed(3)}, TBT ${Math.round(f.tbtMs)} ms`,
        );
        for (const failure of f.failedA11y) console.log(`      ${failure}`);
        if (f.cls >= 0.05) for (const shift of f.shifted) console.log(`      shifted ${shift}`);
        const where = `${page.name} (${formFactor})`;
        if (formFactor === 'mobile' && f.performance < TARGETS.mobilePerformance)
          missed.push(`${where}: performance ${f.performance} < ${TARGETS.mobilePerformance}`);
        if (!(f.cls < TARGETS.cls)) missed.push(`${where}: CLS ${f.cls.toFixed(3)} ≥ ${TARGETS.cls}`);
        if (f.accessibility < TARGETS.accessibility)
          missed.push(`${where}: accessibility ${f.accessibility} < ${TARGETS.accessibility}`);
      }
    }
  } finally {
    await server.close();
  }
  if (missed.length) {
    console.error(`\nLighthouse targets missed:\n  ${missed.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
