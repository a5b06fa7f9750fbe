/**
 * Fetches the opened page's code alongside the entry. Every page is a lazy route chunk, so without
 * this its request waits until the entry script has downloaded and run and the router has matched
 * the path: a second round of requests (and its dependencies a third) before the page can render.
 * On a slow network that sequence, not the bytes, is what keeps the page's heading from painting.
 *
 * The build writes a small inline script into index.html (also served for every deep link, see
 * spa-fallback-plugin.ts) that matches `location.pathname` against the console's routes and adds a
 * `<link rel="modulepreload">` for the matched page's chunk and each chunk it imports statically,
 * and a style preload for their CSS, leaving out what the entry already loads. Only the one page's
 * code is fetched: a visitor to the simulator downloads nothing of the Identities page. `always`
 * names chunks every page needs right after the entry (the emulator's service worker client).
 * Vite's own preloading of a dynamic import skips a URL that already has a link, so nothing is
 * fetched twice, and a path the table misses only loses the head start.
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
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
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
        if (!entry) return [];
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
        return [
          {
            tag: 'script',
            injectTo: 'head-prepend',
            children: preloadScript(base, table, shared),
          },
        ];
      },
    },
  };
}

/** The inline script: plain ES5-level code, run while the head is parsed; files listed once. */
function preloadScript(base: string, table: (readonly [string, string[]])[], shared: string[]): string {
  const files = [...new Set([...table.flatMap(([, f]) => f), ...shared])];
  const index = (list: string[]) => list.map((file) => files.indexOf(file));
  const data = JSON.stringify({
    base,
    files,
    routes: table.map(([source, list]) => [source, index(list)]),
    shared: index(shared),
  });
  return `(function(d){var p=location.pathname.slice(d.base.length-1),f=d.shared;
for(var i=0;i<d.routes.length;i++)if(new RegExp(d.routes[i][0]).test(p)){f=d.routes[i][1].concat(f);break}
f.forEach(function(n){var x=d.files[n],l=document.createElement("link"),c=/\\.css$/.test(x);
l.rel=c?"preload":"modulepreload";if(c)l.as="style";l.crossOrigin="";l.href=d.base+x;document.head.appendChild(l)})
})(${data});`;
}
