#!/usr/bin/env node
/**
 * `npm run size`: builds the console and measures its first load as a visitor gets it: the JS,
 * CSS, wasm and worker bytes a fresh Chromium downloads from the gzip-serving build until the
 * first row of the Identities table is painted (first-load.mjs). That figure is held to the
 * budget; the script fails above it.
 * Secondary, for finding what to move: the static chunk graph (the entry, the emulator chunk that
 * main.tsx awaits, the Identities route and their CSS, by the manifest, gzip level 9), which
 * leaves out what loads on the first SES request, and every lazy chunk.
 * Fonts are listed apart: browsers fetch only the faces a page renders, after the CSS.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ensureChromium } from './chromium.mjs';
import { measureFirstLoad } from './first-load.mjs';

const BUDGET_KB = 450;
const FIRST_LOAD_DYNAMIC = ['mocks/browser.ts', 'src/app/pages/identities-page.tsx'];

if (!process.argv.includes('--no-build')) {
  // Chromium first: the build pre-renders the pages' first paint with it (prerender-shell-plugin.ts).
  const chromium = ensureChromium();
  execSync('npx vite build --logLevel error', {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: '/', CHROMIUM_PATH: chromium },
  });
}

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1024;

/** A manifest entry's file, its static imports (transitively) and their CSS. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstLoad = closure(entryKey);
for (const key of FIRST_LOAD_DYNAMIC) {
  if (!manifest[key]) throw new Error(`${key} is not a chunk of the build; update FIRST_LOAD_DYNAMIC.`);
  closure(key, firstLoad);
}

const rows = [...firstLoad].map((file) => ({ file, kb: gzipKb(file) }));
const js = rows.filter((r) => r.file.endsWith('.js')).reduce((sum, r) => sum + r.kb, 0);
const css = rows.filter((r) => r.file.endsWith('.css')).reduce((sum, r) => sum + r.kb, 0);
const total = js + css;

console.log('Secondary: the static chunk graph of the Identities page (gzip -9, without the first request):');
for (const r of rows.sort((a, b) => b.kb - a.kb))
  console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.file}`);
console.log(
  `  JS ${js.toFixed(1)} KB + CSS ${css.toFixed(1)} KB = ${total.toFixed(1)} KB (not the budget's figure)`,
);

console.log('\nLazy chunks (gzip, fetched when first needed):');
const lazy = new Set();
for (const key of Object.keys(manifest)) {
  if (!manifest[key].isDynamicEntry || FIRST_LOAD_DYNAMIC.includes(key)) continue;
  for (const file of closure(key)) if (!firstLoad.has(file)) lazy.add(file);
}
for (const file of [...lazy].sort()) console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} KB  ${file}`);

const fonts = readdirSync('dist/assets').filter((f) => /\.woff2?$/.test(f));
const fontKb = fonts.reduce((sum, f) => sum + readFileSync(`dist/assets/${f}`).length / 1024, 0);
console.log(
  `\nFonts: ${fonts.length} files, ${fontKb.toFixed(1)} KB in all (woff2, already compressed; fetched per face used)`,
);

const measured = await measureFirstLoad('dist');
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log('\nFirst load, as transferred (gzip) until the first identity row is painted:');
for (const entry of [...measured.code].sort((a, b) => b.bytes - a.bytes))
  console.log(`  ${kb(entry.bytes)} KB  ${entry.path}`);
console.log(
  `  Not counted: HTML ${kb(measured.html).trim()} KB, fonts ${kb(measured.fonts).trim()} KB; ` +
    `${measured.later.length} code files after the first row (${kb(measured.later.reduce((t, e) => t + e.bytes, 0)).trim()} KB).`,
);
const firstLoadKb = measured.codeBytes / 1024;
console.log(
  `First load: ${firstLoadKb.toFixed(1)} KB (${measured.codeBytes} bytes) of JS/CSS in ${measured.code.length} files, ` +
    `first row after ${Math.round(measured.firstRowMs)} ms; budget ${BUDGET_KB} KB.`,
);
if (firstLoadKb > BUDGET_KB) {
  console.error(`\nFirst load ${firstLoadKb.toFixed(1)} KB exceeds the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
