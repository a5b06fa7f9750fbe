import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { insertShells, type PageShell, type ShellOptions } from './shell-html.ts';

const PAGE = `<!doctype html><html><head></head><body>
    <div id="root"></div>
    <noscript>This console needs JavaScript.</noscript>
  </body></html>`;
const OPTIONS: ShellOptions = {
  base: '/ses-console/',
  navigationKey: 'ses-console.navigation-open',
  connectionKey: 'ses-console.connection',
  servedConnectionMeta: 'ses-console-connection',
};
const SHELL = {
  desktop: '<header>bar</header><h1>Identities</h1><p>desktop layout</p>',
  mobile: '<header>bar</header><h1>Identities</h1><p>mobile layout</p>',
};
const PAGES: PageShell[] = [
  { id: 'identities', patterns: ['^/?$', '^/identities/?$'], shell: SHELL },
  {
    id: 'simulator',
    patterns: ['^/simulator/?$'],
    shell: { desktop: '<h1>Simulator</h1><p>wide</p>', mobile: '<h1>Simulator</h1><p>narrow</p>' },
  },
];
const insertShell = (html: string, shell: PageShell['shell'], options: ShellOptions) =>
  insertShells(html, [{ ...PAGES[0]!, shell }], options);

interface Visit {
  path?: string;
  phone?: boolean;
  navigation?: string;
  connection?: string;
  head?: string;
}

/** Parses the page with its inline scripts running, as a browser does on a first visit. */
function open(
  html: string,
  { path = '/ses-console/identities', phone = false, navigation, connection, head }: Visit = {},
) {
  const dom = new JSDOM(head ? html.replace('<head>', `<head>${head}`) : html, {
    url: `https://console.example${path}`,
    runScripts: 'dangerously',
    beforeParse(window) {
      window.matchMedia = ((query: string) => ({
        matches: phone && query === '(max-width: 688px)',
      })) as never;
      if (navigation !== undefined) window.localStorage.setItem(OPTIONS.navigationKey, navigation);
      if (connection !== undefined) window.sessionStorage.setItem(OPTIONS.connectionKey, connection);
    },
  });
  const root = dom.window.document.getElementById('root');
  if (!root) throw new Error('no #root');
  return { root, document: dom.window.document };
}

describe('the pre-rendered shell', () => {
  const html = insertShell(PAGE, SHELL, OPTIONS);

  it('copies the desktop shell into #root on the start page, inert, and drops the templates', () => {
    const { root, document } = open(html);
    const wrapper = root.firstElementChild;
    expect(wrapper?.hasAttribute('inert')).toBe(true);
    expect(wrapper?.getAttribute('style')).toBe('display: contents;');
    expect(root.querySelector('h1')?.textContent).toBe('Identities');
    expect(root.textContent).toContain('desktop layout');
    expect(document.querySelectorAll('template').length).toBe(0);
  });

  it('shows the phone layout below Cloudscape’s mobile breakpoint', () => {
    expect(open(html, { phone: true }).root.textContent).toContain('mobile layout');
  });

  it('is shown on the base path itself, which redirects to the Identities list', () => {
    expect(open(html, { path: '/ses-console/' }).root.textContent).toContain('desktop layout');
  });

  it('shows each page’s own shell when a file holds several', () => {
    const both = insertShells(PAGE, PAGES, OPTIONS);
    expect(open(both, { path: '/ses-console/simulator/' }).root.textContent).toBe('Simulatorwide');
    expect(open(both, { path: '/ses-console/simulator', phone: true }).root.textContent).toBe(
      'Simulatornarrow',
    );
    expect(open(both).root.textContent).toContain('desktop layout');
    expect(() => insertShells(PAGE, [{ ...PAGES[1]!, id: '"x' }], OPTIONS)).toThrow(/not a page name/);
  });

  it('is not shown on other pages, whose first render it is not', () => {
    for (const path of [
      '/ses-console/simulator',
      '/ses-console/identities/a.example',
      '/elsewhere/identities',
    ]) {
      const { root, document } = open(html, { path });
      expect(root.childNodes.length, path).toBe(0);
      expect(document.querySelectorAll('template').length, path).toBe(0);
    }
  });

  it('is not shown when the user chose the navigation’s other state', () => {
    expect(open(html, { navigation: 'false' }).root.childNodes.length).toBe(0);
    expect(open(html, { phone: true, navigation: 'true' }).root.childNodes.length).toBe(0);
    // The choice the shell was taken with, and a value the console itself ignores.
    expect(open(html, { navigation: 'true' }).root.textContent).toContain('desktop layout');
    expect(open(html, { phone: true, navigation: 'false' }).root.textContent).toContain('mobile layout');
    expect(open(html, { navigation: '{"x":1}' }).root.textContent).toContain('desktop layout');
  });

  it('is not shown on a tab connected to a real endpoint or a console served by the proxy', () => {
    expect(
      open(html, { connection: '{"kind":"endpoint","url":"http://127.0.0.1:4566"}' }).root.childNodes.length,
    ).toBe(0);
    expect(open(html, { connection: '{"kind":"emulator"}' }).root.textContent).toContain('desktop layout');
    const served = '<meta name="ses-console-connection" content="{}">';
    expect(open(html, { head: served }).root.childNodes.length).toBe(0);
  });

  it('refuses markup that would end its template or run a script', () => {
    expect(() => insertShell(PAGE, { ...SHELL, mobile: '<p>x</p></template><p>y</p>' }, OPTIONS)).toThrow(
      /template/,
    );
    expect(() => insertShell(PAGE, { ...SHELL, desktop: '<script>alert(1)</script>' }, OPTIONS)).toThrow(
      /script/,
    );
    expect(() => insertShell(PAGE.replace('<div id="root"></div>', ''), SHELL, OPTIONS)).toThrow(
      /#root|root/,
    );
  });

  it('keeps the page’s own data out of its script: the options are JSON with < escaped', () => {
    const hostile = insertShell(PAGE, SHELL, { ...OPTIONS, navigationKey: '</script><script>alert(1)//' });
    expect(hostile).not.toContain('</script><script>alert(1)');
    expect(open(hostile).root.textContent).toContain('desktop layout');
  });
});
