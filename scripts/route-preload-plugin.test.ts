import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bootScript, patternSource, takeEntryScripts } from './route-preload-plugin.ts';

const BUILT = `<!doctype html><html><head>
    <script type="module" crossorigin src="/ses-console/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/ses-console/assets/react-1.js">
    <link rel="modulepreload" crossorigin href="/ses-console/assets/cloudscape-2.js">
    <link rel="stylesheet" crossorigin href="/ses-console/assets/index-3.css">
  </head><body><div id="root"></div></body></html>`;

const TABLE = [
  [patternSource('/simulator'), ['assets/simulator-4.js', 'assets/simulator-5.css']],
  [patternSource('/identities/:identity'), ['assets/identity-6.js']],
] as const;

async function boot(path: string, hidden = false) {
  const { html, entry, preloads } = takeEntryScripts(BUILT);
  const script = bootScript({
    base: '/ses-console/',
    table: TABLE.map(([source, files]) => [source, [...files]] as const),
    shared: ['assets/emulator-7.js'],
    entry,
    preloads,
  });
  const frames: (() => void)[] = [];
  const dom = new JSDOM(html.replace('</head>', `<script>${script}</script></head>`), {
    url: `https://console.example${path}`,
    runScripts: 'dangerously',
    beforeParse(window) {
      // The first frame is painted when the test says so.
      window.requestAnimationFrame = ((callback: () => void) => frames.push(callback)) as never;
      if (hidden) Object.defineProperty(window.document, 'visibilityState', { value: 'hidden' });
    },
  });
  const { document } = dom.window;
  // Parsed: the script waits for DOMContentLoaded, which jsdom dispatches after the constructor.
  await new Promise((done) => dom.window.addEventListener('load', done));
  const links = (rel: string) =>
    [...document.querySelectorAll(`link[rel="${rel}"]`)].map((l) => l.getAttribute('href'));
  const entryScript = () => document.querySelector('script[type="module"]');
  const paint = async () => {
    frames.splice(0).forEach((frame) => frame());
    await new Promise((done) => dom.window.setTimeout(done, 5));
  };
  return { document, links, entryScript, paint };
}

describe('the boot script', () => {
  it('takes Vite’s entry script and its module preloads out of the page', () => {
    const { html, entry, preloads } = takeEntryScripts(BUILT);
    expect(entry).toBe('/ses-console/assets/index-abc.js');
    expect(preloads).toEqual(['/ses-console/assets/react-1.js', '/ses-console/assets/cloudscape-2.js']);
    expect(html).not.toMatch(/modulepreload|type="module"/);
    expect(html).toContain('index-3.css');
    expect(() => takeEntryScripts('<html></html>')).toThrow(/no module entry/);
  });

  it('links the page’s stylesheets at once, render-blocking, after the entry’s', async () => {
    const { document } = await boot('/ses-console/simulator');
    const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')];
    expect(sheets.map((l) => l.getAttribute('href'))).toEqual([
      '/ses-console/assets/index-3.css',
      '/ses-console/assets/simulator-5.css',
    ]);
    expect(sheets[1]?.getAttribute('blocking')).toBe('render');
  });

  it('requests no script before the first frame is painted, then the page’s and the entry', async () => {
    const { links, entryScript, paint } = await boot('/ses-console/simulator');
    expect(links('modulepreload')).toEqual([]);
    expect(entryScript()).toBeNull();
    await paint();
    expect(links('modulepreload')).toEqual([
      '/ses-console/assets/react-1.js',
      '/ses-console/assets/cloudscape-2.js',
      '/ses-console/assets/simulator-4.js',
      '/ses-console/assets/emulator-7.js',
    ]);
    expect(entryScript()?.getAttribute('src')).toBe('/ses-console/assets/index-abc.js');
  });

  it('matches a deep link with a parameter, and only the matched page’s files', async () => {
    const { links, paint } = await boot('/ses-console/identities/a%40example.com');
    await paint();
    expect(links('modulepreload')).toContain('/ses-console/assets/identity-6.js');
    expect(links('modulepreload')).not.toContain('/ses-console/assets/simulator-4.js');
  });

  it('starts at once in a hidden tab, which paints no frame', async () => {
    const { entryScript, links } = await boot('/ses-console/simulator', true);
    expect(entryScript()).not.toBeNull();
    expect(links('modulepreload')).toHaveLength(4);
  });

  it('says so in the page when the entry cannot load', async () => {
    const { document, entryScript, paint } = await boot('/ses-console/');
    document.getElementById('root')?.append(document.createElement('main'));
    await paint();
    entryScript()?.dispatchEvent(new document.defaultView!.Event('error'));
    const alert = document.querySelector('#root [role="alert"]');
    expect(alert?.textContent).toMatch(/could not be loaded.*reload the page/);
    expect(document.querySelector('#root main')).toBeNull();
  });
});
