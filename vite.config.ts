import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cloudscapeFontsAsFiles } from './scripts/cloudscape-fonts-plugin.ts';
import { cloudscapeTrim } from './scripts/cloudscape-trim-plugin.ts';
import { prerenderShell } from './scripts/prerender-shell-plugin.ts';
import { patternSource, routePreload } from './scripts/route-preload-plugin.ts';
import { spaFallback404 } from './scripts/spa-fallback-plugin.ts';
import { PATHS, PATTERNS } from './src/lib/paths.ts';
import { NAVIGATION_OPEN_KEY } from './src/app/shell/navigation-open-key.ts';
import {
  CONNECTION_STORAGE_KEY,
  SERVED_CONNECTION_META,
} from './src/lib/connections/connection-store-key.ts';

/** Pages at a fixed top-level path, each pre-rendered into its own `<path>/index.html`. */
const SHELL_PAGES = [
  ['simulator', PATHS.simulator],
  ['grants', PATHS.grants],
  ['send', PATHS.send],
  ['activity', PATHS.activity],
  ['settings', PATHS.settings],
  ['access-report', PATHS.accessReport],
] as const;

// BASE_PATH lets the same build serve from a sub-path (GitHub Pages: /<repository>/).
const base = normaliseBase(process.env.BASE_PATH ?? '/');
checkSesEndpoint(process.env.VITE_SES_ENDPOINT);

export default defineConfig({
  base,
  plugins: [
    cloudscapeFontsAsFiles(fileURLToPath(new URL('./node_modules/.cache/cloudscape-fonts', import.meta.url))),
    cloudscapeTrim(),
    react(),
    // The opened page's chunks load alongside the entry (the paths as src/app/router.tsx routes them).
    routePreload(
      [
        { path: '/', module: 'src/app/pages/identities-page.tsx' },
        { path: PATHS.identities, module: 'src/app/pages/identities-page.tsx' },
        { path: PATHS.createIdentity, module: 'src/app/pages/create-identity-page.tsx' },
        { path: PATTERNS.identity, module: 'src/app/pages/identity-details-page.tsx' },
        { path: PATTERNS.createPolicy, module: 'src/app/pages/policy-editor-page.tsx' },
        { path: PATTERNS.editPolicy, module: 'src/app/pages/policy-editor-page.tsx' },
        { path: PATTERNS.generatePolicy, module: 'src/app/pages/policy-generator-page.tsx' },
        { path: PATHS.accessReport, module: 'src/app/pages/access-report-page.tsx' },
        { path: PATHS.grants, module: 'src/app/pages/grants-page.tsx' },
        { path: PATHS.send, module: 'src/app/pages/send-page.tsx' },
        { path: PATHS.simulator, module: 'src/app/pages/simulator-page.tsx' },
        { path: PATHS.activity, module: 'src/app/pages/activity-page.tsx' },
        { path: PATHS.settings, module: 'src/app/pages/settings-page.tsx' },
      ],
      ['mocks/browser.ts'],
    ),
    spaFallback404(),
    // Pages' first renders, pre-rendered into their HTML for the first paint (design note in the README).
    prerenderShell({
      enabled: !process.env.VITE_SES_ENDPOINT,
      pages: [
        {
          id: 'identities',
          sample: PATHS.identities,
          patterns: [patternSource('/'), patternSource(PATHS.identities)],
          file: 'index.html',
        },
        ...SHELL_PAGES.map(([id, path]) => ({
          id,
          sample: path,
          patterns: [patternSource(path)],
          file: `${path.slice(1)}/index.html`,
        })),
      ],
      navigationKey: NAVIGATION_OPEN_KEY,
      connectionKey: CONNECTION_STORAGE_KEY,
      servedConnectionMeta: SERVED_CONNECTION_META,
    }),
  ],
  resolve: {
    // The SES API uses no cookies; see mocks/shims/tough-cookie.ts for why MSW gets a stand-in.
    alias: {
      'tough-cookie': fileURLToPath(new URL('./mocks/shims/tough-cookie.ts', import.meta.url)),
      // Cloudscape's messages ship pre-compiled (ICU ASTs), so intl-messageformat never parses a
      // string: its parser (about 25 KB gzip of the first load) is swapped for formatjs's own stub.
      '@formatjs/icu-messageformat-parser': fileURLToPath(
        new URL('./node_modules/@formatjs/icu-messageformat-parser/lib/no-parser.js', import.meta.url),
      ),
      // Monaco's package exports map every subpath to a .js file; its stylesheets are reached here.
      'monaco-editor-styles': fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      treeshake: {
        // postal-mime declares no `sideEffects`, so importing its small address parser (the
        // engine's identity names, which the emulator's first answers need) kept its whole MIME
        // parser and HTML entity table in the same chunk. Its modules only define things.
        // Every other module keeps the bundler's default (package.json's `sideEffects`).
        moduleSideEffects: (id) => (/[\\/]node_modules[\\/]postal-mime[\\/]/.test(id) ? false : undefined),
      },
    },
  },
  worker: { format: 'es' },
});

function normaliseBase(path: string): string {
  const trimmed = path.trim() || '/';
  const leading = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return leading.endsWith('/') ? leading : `${leading}/`;
}

/** VITE_SES_ENDPOINT (a build for `npm run endpoint`) must be an http(s) URL with no query. */
function checkSesEndpoint(value: string | undefined): void {
  if (!value) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash)
    throw new Error(
      `VITE_SES_ENDPOINT must be the endpoint's URL, such as http://127.0.0.1:4579/; found "${value}".`,
    );
}
