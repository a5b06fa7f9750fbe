/**
 * Keeps Cloudscape code the console never runs out of its first load: app-layout/internal.js
 * imports all three app-layout designs and picks one per render, but with visual refresh always
 * on and no toolbar flag set only `./visual-refresh` is ever rendered. Its imports of `./classic`
 * and `./visual-refresh-toolbar` are redirected to src/app/shell/unused-app-layout.ts; nothing
 * else is. If a Cloudscape update moves them, the plugin matches nothing and the build is as
 * before (npm run size shows the difference).
 *
 * It also fixes one Cloudscape markup fault at its source: the visual-refresh layout's mobile
 * toolbar renders `<nav aria-orientation="horizontal">`, and `aria-orientation` is not allowed
 * on the navigation role (axe's aria-allowed-attr, Lighthouse's accessibility audit on a narrow
 * screen). The attribute is dropped from that one element; the build fails if it is not found,
 * so that a Cloudscape update that fixes or moves it is noticed and this part removed.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const IMPORTER = /@cloudscape-design[\\/]components[\\/]app-layout[\\/]internal\.js$/;
const UNUSED = new Set(['./classic', './visual-refresh-toolbar']);
const MOBILE_TOOLBAR =
  /@cloudscape-design[\\/]components[\\/]app-layout[\\/]visual-refresh[\\/]mobile-toolbar\.js$/;
const NAV_ORIENTATION = /(React\.createElement\("nav", \{[^}]*?)"aria-orientation": "horizontal", /;
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
    transform(code, id) {
      if (!MOBILE_TOOLBAR.test(id)) return null;
      if (!NAV_ORIENTATION.test(code))
        throw new Error(
          `${id} no longer has <nav aria-orientation>: remove the fix in scripts/cloudscape-trim-plugin.ts.`,
        );
      return { code: code.replace(NAV_ORIENTATION, '$1'), map: null };
    },
  };
}
