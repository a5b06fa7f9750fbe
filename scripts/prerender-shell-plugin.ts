/**
 * Pre-renders pages' loading shells into the built HTML at build time: the start page's into
 * index.html (and its 404.html copy), another page's into its own `<path>/index.html`, which a
 * static host answers for that path. The first paint then shows the page rather than a blank one: on a slow phone the console's
 * code takes seconds to arrive and run, and that wait was the whole of the first paint.
 *
 * The shell is the console's own rendering, not a hand-drawn look-alike: the built site is opened
 * in the system Chromium, with the emulator's service worker held back so the page stays in its
 * loading state, at a phone's and a desktop's width, and `#root` is taken as painted. Since it is
 * Cloudscape's own markup and styles, React's first render replaces it with the same boxes: nothing
 * moves, and the page's largest text (its description) is painted once, early. shell-html.ts writes
 * it and the script that shows it.
 *
 * Without Chromium (CHROMIUM_PATH, else /usr/bin/chromium) the build still succeeds, with a
 * warning and no shell: the page then paints when the code has run, as before.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { insertShells, type ShellOptions, type ShellVariants } from './shell-html.ts';

export interface PrerenderedPage {
  id: string;
  /** The path (after the base) whose first render is taken. */
  sample: string;
  /** Where the shell applies (regular-expression sources for the pathname after the base). */
  patterns: string[];
  /** The file it goes into, relative to the output directory: `index.html` or `<path>/index.html`. */
  file: string;
}

export interface PrerenderShellOptions extends Omit<ShellOptions, 'base'> {
  pages: PrerenderedPage[];
  /** Off for builds that start no emulator (VITE_SES_ENDPOINT): their header differs. */
  enabled: boolean;
}

/** Lighthouse's phone (Moto G Power) and desktop presets, the widths the shell is taken at. */
const VIEWPORTS = {
  mobile: { width: 412, height: 823 },
  desktop: { width: 1350, height: 940 },
} as const;

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.woff2', 'font/woff2'],
]);

export function prerenderShell(options: PrerenderShellOptions): Plugin {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'prerender-shell',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!options.enabled) return;
      const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
      if (!existsSync(chromium)) {
        this.warn(`no Chromium at ${chromium}: index.html has no pre-rendered shell (set CHROMIUM_PATH).`);
        return;
      }
      const index = join(outDir, 'index.html');
      const html = readFileSync(index, 'utf8');
      const shells = await snapshot(outDir, base, options.pages, chromium);
      const files = new Map<string, PrerenderedPage[]>();
      for (const page of options.pages) files.set(page.file, [...(files.get(page.file) ?? []), page]);
      for (const [file, pages] of files) {
        const target = resolve(outDir, file);
        if (relative(outDir, target).startsWith('..'))
          throw new Error(`prerender-shell: ${file} is outside the build.`);
        const withShells = insertShells(
          html,
          pages.map((page) => ({ id: page.id, patterns: page.patterns, shell: shells.get(page.id)! })),
          { ...options, base },
        );
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, withShells);
        // The static host's answer for deep links (spa-fallback-plugin.ts) is the start page's file.
        if (file === 'index.html' && existsSync(join(outDir, '404.html')))
          writeFileSync(join(outDir, '404.html'), withShells);
      }
    },
  };
}

/** Serves the built site under its base; every other path gets index.html, as a static host. */
async function serve(dir: string, base: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : '';
    let file = resolve(dir, normalize(inside));
    if (relative(dir, file).startsWith('..') || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function snapshot(
  dir: string,
  base: string,
  pages: PrerenderedPage[],
  executablePath: string,
): Promise<Map<string, ShellVariants>> {
  const { chromium } = await import('@playwright/test');
  const { server, origin } = await serve(dir, base);
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = await chromium.launch({ executablePath, args });
  try {
    const take = async (sample: string, viewport: { width: number; height: number }) => {
      const context = await browser.newContext({ viewport });
      // The emulator's worker never arrives, so the console stays as it first renders: loading.
      // Nothing but the site's own files is answered.
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin || url.pathname.endsWith('/mockServiceWorker.js')) return;
        return route.continue();
      });
      const page = await context.newPage();
      await page.goto(`${origin}${base}${sample.replace(/^\//, '')}`);
      await page.locator('#root h1').waitFor();
      const markup = await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return document.getElementById('root')?.innerHTML ?? '';
      });
      await context.close();
      if (!markup.includes('<h1')) throw new Error(`prerender-shell: ${sample} rendered no heading.`);
      return markup;
    };
    const shells = new Map<string, ShellVariants>();
    for (const page of pages)
      shells.set(page.id, {
        mobile: await take(page.sample, VIEWPORTS.mobile),
        desktop: await take(page.sample, VIEWPORTS.desktop),
      });
    return shells;
  } finally {
    await browser.close();
    server.close();
  }
}
