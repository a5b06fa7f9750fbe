/**
 * Keeps Cloudscape code the console never runs out of its first load: app-layout/internal.js
 * imports all three app-layout designs and picks one per render, but with visual refresh always
 * on and no toolbar flag set only `./visual-refresh` is ever rendered. Its imports of `./classic`
 * and `./visual-refresh-toolbar` are redirected to src/app/shell/unused-app-layout.ts; nothing
 * else is. If a Cloudscape update moves them, the plugin matches nothing and the build is as
 * before (npm run size shows the difference).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const IMPORTER = /@cloudscape-design[\\/]components[\\/]app-layout[\\/]internal\.js$/;
const UNUSED = new Set(['./classic', './visual-refresh-toolbar']);
const STUB = fileURLToPath(new URL('../src/app/shell/unused-app-layout.ts', import.meta.url));

export function cloudscapeTrim(): Plugin {
  return {
    name: 'cloudscape-trim',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (UNUSED.has(source) && importer && IMPORTER.test(importer)) return STUB;
      return undefined;
    },
  };
}
