/**
 * Serves Cloudscape's fonts as files. `@cloudscape-design/global-styles/index.css` embeds eight
 * Open Sans faces as base64 data URIs (about 140 KB gzip of the first load's CSS, most of it for
 * faces a page never uses). This plugin writes each face to a cache folder once and rewrites the
 * CSS to point at those files, so the browser fetches only the faces a page renders, in parallel
 * and cacheably; `font-display: swap` keeps text visible meanwhile.
 * The faces every page renders first (regular and bold, upright) are preloaded from index.html:
 * fetched alongside the entry script, they are in before the console's first render, so text
 * never re-flows when a face arrives late (a layout shift Lighthouse counted).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';

const GLOBAL_STYLES = /@cloudscape-design[\\/]global-styles[\\/]index\.css(\?.*)?$/;
const FONT_FACE = /@font-face\s*{([^}]*)}/g;
const DATA_URI = /url\((['"]?)data:font\/(woff2?);base64,([A-Za-z0-9+/=]+)\1\)/;
/** The faces of body text and headings, as the font files are named below. */
const PRELOADED = /(^|\/)open-sans-(400|700)-normal-[^/]*\.woff2$/;

export function cloudscapeFontsAsFiles(cacheDir: string): Plugin {
  let base = '/';
  return {
    name: 'cloudscape-fonts-as-files',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    transform(code, id) {
      if (!GLOBAL_STYLES.test(id)) return null;
      mkdirSync(cacheDir, { recursive: true });
      const cssDir = dirname(id.replace(/\?.*$/, ''));
      const rewritten = code.replace(FONT_FACE, (face: string, body: string) => {
        const match = DATA_URI.exec(body);
        if (!match) return face;
        const [uri, , format, base64] = match as unknown as [string, string, string, string];
        const weight = /font-weight:\s*(\d+)/.exec(body)?.[1] ?? 'normal';
        const style = /font-style:\s*(\w+)/.exec(body)?.[1] ?? 'normal';
        const bytes = Buffer.from(base64, 'base64');
        const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
        const file = join(cacheDir, `open-sans-${weight}-${style}-${hash}.${format}`);
        if (!existsSync(file)) writeFileSync(file, bytes);
        const url = relative(cssDir, file).split('\\').join('/');
        const swapped = body.includes('font-display') ? body : `${body}  font-display: swap;\n`;
        return `@font-face {${swapped.replace(uri, `url('${url}')`)}}`;
      });
      return { code: rewritten, map: null };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        return Object.keys(ctx.bundle)
          .filter((file) => PRELOADED.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `${base}${file}`,
              crossorigin: '',
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
