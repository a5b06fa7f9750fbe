/**
 * Stands in for the two app-layout designs this Cloudscape build never renders, so that their
 * code (about 20 KB gzip) stays out of the first load: the classic design (Cloudscape now always
 * uses visual refresh, `ALWAYS_VISUAL_REFRESH`) and the toolbar design (chosen only by the global
 * flags `appLayoutToolbar`/`appLayoutWidget`, which AWS consoles set and this console does not).
 * Swapped in at build time by scripts/cloudscape-trim-plugin.ts. Should either ever be chosen,
 * it says so instead of rendering a page without its layout.
 */
export default function UnusedAppLayout(): never {
  throw new Error(
    'This build leaves out Cloudscape’s classic and toolbar app layouts (scripts/cloudscape-trim-plugin.ts), but one was chosen.',
  );
}
