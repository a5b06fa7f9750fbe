/**
 * Fetches the opened page's code alongside the entry, and runs no script before the first paint.
 *
 * Every page is a lazy route chunk, so without this its request waits until the entry script has
 * downloaded and run and the router has matched the path: a second round of requests (and its
 * dependencies a third) before the page can render. On a slow network that sequence, not the
 * bytes, is what keeps the page's heading from painting.
 *
 * The build writes a small inline script at the end of index.html's head (index.html is also what
 * a static host answers for every deep link, see spa-fallback-plugin.ts) that matches
 * `location.pathname` against the console's routes. The matched page's stylesheets are linked at
 * once, render-blocking like the entry's, so that the pre-rendered shell (prerender-shell-plugin.ts)
 * paints with the styles the page will have. The scripts (the entry, its imports, the page's chunk
 * and each chunk it imports, and `always`: the emulator's service worker client) are requested
 * only once that first frame is painted: on a slow network they would share its bandwidth with the
 * stylesheets, and the shell would wait for code it does not need. Only the one page's code is
 * fetched: a visitor to the simulator downloads nothing of the Identities page. Vite's own
 * preloading of a dynamic import skips a URL that already has a link, so nothing is fetched twice,
 * and a path the table misses only loses the head start.
 */
import type { Plugin } from 'vite';

export interface PreloadRoute {
  /** A router path or pattern relative to the base, such as `/identities/:identity`. */
  path: string;
  /** The page module the route lazily imports, relative to the project root. */
  module: string;
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** `/identities/:identity` → a regular expression source for the pathname after the base. */
export function patternSource(path: string): string {
  const escaped = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${escaped === '/' ? '' : escaped}/?$`;
}

export function routePreload(routes: PreloadRoute[], always: string[] = []): Plugin {
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter((c): c is ChunkLike & typeof c => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c as unknown as ChunkLike]));
        const closure = (file: string, into = new Set<string>()) => {
          const chunk = byFile.get(file);
          if (!chunk || into.has(file)) return into;
          into.add(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
          for (const imported of chunk.imports) closure(imported, into);
          return into;
        };
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) return html;
        const loaded = closure(entry.fileName);
        const filesOf = (module: string, required: boolean) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`));
          if (!chunk && required)
            throw new Error(`route-preload: no chunk for ${module}; is it still a lazy route?`);
          return chunk ? [...closure(chunk.fileName)].filter((file) => !loaded.has(file)) : [];
        };
        const table = routes.map(
          (route) => [patternSource(route.path), filesOf(route.module, true)] as const,
        );
        // A build for the local endpoint has no emulator chunk: `always` may name absent modules.
        const shared = always.flatMap((module) => filesOf(module, false));
        const { html: rest, entry: entryScript, preloads } = takeEntryScripts(html);
        return {
          html: rest,
          tags: [
            {
              tag: 'script',
              // After the entry's stylesheets, so the page's come later in the cascade, as they
              // would when Vite loads them with the page's chunk.
              injectTo: 'head',
              children: bootScript({ base, table, shared, entry: entryScript, preloads }),
            },
          ],
        };
      },
    },
  };
}

/**
 * Takes Vite's entry `<script type="module" src>` and its `<link rel="modulepreload">` tags out of
 * the page, for the boot script to add after the first paint.
 */
export function takeEntryScripts(html: string): { html: string; entry: string; preloads: string[] } {
  const preloads: string[] = [];
  let entry = '';
  const rest = html
    .replace(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>\s*/g, (_tag, src: string) => {
      if (entry) throw new Error('route-preload: index.html has more than one module entry script.');
      entry = src;
      return '';
    })
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>\s*/g, (_tag, href: string) => {
      preloads.push(href);
      return '';
    });
  if (!entry) throw new Error('route-preload: index.html has no module entry script.');
  return { html: rest, entry, preloads };
}

interface BootData {
  base: string;
  table: (readonly [string, string[]])[];
  shared: string[];
  /** The entry script's URL and its static imports' URLs, as Vite wrote them (with the base). */
  entry: string;
  preloads: string[];
}

/**
 * The inline script: plain ES5-level code, run while the head is parsed; files listed once.
 * Stylesheets now (render-blocking, `blocking=render`, since a script inserts them); scripts after
 * the first frame (a timer after the next animation frame), or at once in a hidden tab, which
 * paints nothing, or after a second whatever happens. If the entry cannot load, the page says so.
 */
export function bootScript({ base, table, shared, entry, preloads }: BootData): string {
  const files = [...new Set([...table.flatMap(([, f]) => f), ...shared])];
  const index = (list: string[]) => list.map((file) => files.indexOf(file));
  const data = JSON.stringify({
    base,
    files,
    routes: table.map(([source, list]) => [source, index(list)]),
    shared: index(shared),
    entry,
    preloads,
  }).replace(/</g, '\\u003c');
  return `(function(d){var p=location.pathname.slice(d.base.length-1),f=d.shared,h=document.head,js=d.preloads.slice();
for(var i=0;i<d.routes.length;i++)if(new RegExp(d.routes[i][0]).test(p)){f=d.routes[i][1].concat(f);break}
function link(rel,href){var l=document.createElement("link");l.rel=rel;l.crossOrigin="";l.href=href;return l}
f.forEach(function(n){var x=d.base+d.files[n];if(/\\.css$/.test(x)){var l=link("stylesheet",x);l.setAttribute("blocking","render");h.appendChild(l)}else js.push(x)});
var started=false;function start(){if(started)return;started=true;
js.forEach(function(x){h.appendChild(link("modulepreload",x))});
var s=document.createElement("script");s.type="module";s.crossOrigin="";s.src=d.entry;
s.onerror=function(){var r=document.getElementById("root");if(!r)return;var m=document.createElement("p");m.setAttribute("role","alert");m.style.padding="20px";
m.textContent="The console\u2019s code could not be loaded. Check your connection, then reload the page.";r.replaceChildren(m)};
document.body.appendChild(s)}
function afterPaint(){if(document.visibilityState==="hidden")return start();requestAnimationFrame(function(){setTimeout(start,0)});setTimeout(start,1000)}
if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",afterPaint);else afterPaint()
})(${data});`;
}
