/**
 * Writes pre-rendered shells into a page (prerender-shell-plugin.ts takes the snapshots): each
 * page as the console itself first renders it, still loading, once for a phone and once for a
 * wider screen. A small inline script right after `#root` copies the matching one into `#root`
 * while the body is parsed, so the first paint already shows the page's heading and layout instead
 * of a blank page; React's first render then replaces it (createRoot clears what it finds).
 *
 * The shell is only a picture: it is `inert` (nothing in it can be clicked or focused, since no
 * code is behind it yet) and it is shown only when it is what the console will render:
 * - on the paths it was taken for;
 * - with the navigation as it opens by default (the user may have chosen otherwise, which the
 *   shell cannot know without the console's code: then no shell, rather than a wrong one);
 * - on the built-in emulator: a tab connected to a real endpoint, or a console served by the
 *   local proxy, has another header.
 */

export interface ShellVariants {
  /** `#root`'s markup at a phone's width (Cloudscape's mobile layout). */
  mobile: string;
  /** `#root`'s markup on a wider screen. */
  desktop: string;
}

/** One page's shell and where it applies. */
export interface PageShell {
  /** A name for the page, unique in the file: it ties the templates to the paths. */
  id: string;
  /** Regular-expression sources for the pathname after the base (route-preload's patternSource). */
  patterns: string[];
  shell: ShellVariants;
}

export interface ShellOptions {
  base: string;
  /** localStorage key of the navigation's open state (use-navigation-open.ts). */
  navigationKey: string;
  /** sessionStorage key of the tab's connection (connection-store-key.ts). */
  connectionKey: string;
  /** The meta a proxy writes into the console it serves. */
  servedConnectionMeta: string;
}

/** Cloudscape's mobile breakpoint (components/internal/breakpoints.js: xs = 688). */
export const MOBILE_QUERY = '(max-width: 688px)';

const ROOT = '<div id="root"></div>';

export function insertShells(html: string, pages: PageShell[], options: ShellOptions): string {
  if (html.split(ROOT).length !== 2) throw new Error(`prerender-shell: the page needs exactly one ${ROOT}.`);
  const templates = pages.map(({ id, shell }) => {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`prerender-shell: "${id}" is not a page name.`);
    for (const markup of [shell.mobile, shell.desktop]) {
      // The markup goes inside a <template>: a closing tag in it would end the template early.
      if (/<\/template/i.test(markup) || /<script/i.test(markup))
        throw new Error(`prerender-shell: the ${id} snapshot holds a <template> or <script> tag.`);
    }
    return (
      `<template data-shell="${id}:desktop">${shell.desktop}</template>` +
      `<template data-shell="${id}:mobile">${shell.mobile}</template>`
    );
  });
  const script = shellScript(pages, options);
  return html.replace(ROOT, `${ROOT}\n    ${templates.join('\n    ')}\n    <script>${script}</script>`);
}

/** Plain ES5-level code, run while the body is parsed. */
export function shellScript(pages: PageShell[], options: ShellOptions): string {
  const data = JSON.stringify({
    base: options.base,
    pages: pages.map(({ id, patterns }) => [id, patterns]),
    mobile: MOBILE_QUERY,
    nav: options.navigationKey,
    connection: options.connectionKey,
    meta: options.servedConnectionMeta,
  }).replace(/</g, '\\u003c');
  return `(function(d){var t=document.querySelectorAll("template[data-shell]"),r=document.getElementById("root");
function show(){var p=location.pathname.slice(d.base.length-1),on=null;
for(var i=0;i<d.pages.length;i++)for(var j=0;j<d.pages[i][1].length;j++)if(on===null&&new RegExp(d.pages[i][1][j]).test(p))on=d.pages[i][0];
if(on===null||!r||r.firstChild||document.querySelector('meta[name="'+d.meta+'"]'))return;
var m=window.matchMedia&&matchMedia(d.mobile).matches,n=null,c=null;
try{n=localStorage.getItem(d.nav);c=sessionStorage.getItem(d.connection)}catch(e){return}
if((n==="true"||n==="false")&&(n==="true")===m)return;
if(c&&!/"kind":"emulator"/.test(c))return;
var k=document.querySelector('template[data-shell="'+on+(m?":mobile":":desktop")+'"]');if(!k)return;
var w=document.createElement("div");w.setAttribute("inert","");w.setAttribute("data-shell","");w.style.display="contents";
w.appendChild(document.importNode(k.content,true));r.appendChild(w)}
show();for(var x=0;x<t.length;x++)t[x].parentNode.removeChild(t[x])
})(${data});`;
}
