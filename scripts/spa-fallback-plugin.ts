/**
 * Static hosts such as GitHub Pages answer an unknown path with `404.html`. Writing a copy of
 * `index.html` under that name lets a reload on a deep link (`/ses-console/identities/x`) boot the
 * console, whose router then shows the right page.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function spaFallback404(): Plugin {
  return {
    name: 'spa-fallback-404',
    apply: 'build',
    // After the bundle is written: index.html has its final asset URLs by then.
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const index = join(dir, 'index.html');
      if (existsSync(index)) copyFileSync(index, join(dir, '404.html'));
    },
  };
}
