/**
 * The local SES endpoint a build was made for: `VITE_SES_ENDPOINT=http://127.0.0.1:4579/ npm run
 * build` makes a console that talks to `npm run endpoint` instead of starting the in-page
 * emulator (no service worker at all). Undefined in the default build, which Vite then compiles
 * without any of this. Choosing an endpoint at run time is the connections work, not this.
 */
const configured: string | undefined = import.meta.env.VITE_SES_ENDPOINT || undefined;

/** The endpoint's base URL, with its trailing slash; undefined: the built-in emulator. */
export const LOCAL_ENDPOINT: string | undefined =
  configured === undefined ? undefined : configured.endsWith('/') ? configured : `${configured}/`;

/** Where the emulator-only API (`__emulator/...`) is: the local endpoint's, or the page's own. */
export const EMULATOR_API_BASE: string = LOCAL_ENDPOINT ?? import.meta.env.BASE_URL;
