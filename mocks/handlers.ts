import { http, type RequestHandler } from 'msw';

/**
 * The one handler list behind the in-page SES emulator: the browser's service worker
 * (mocks/browser.ts) and Vitest's interceptor (mocks/node.ts) both serve exactly these.
 * The emulator itself (engine, store, SigV4, XML) loads on the first request it answers, so the
 * worker can start before the console's first render without that code in the first load.
 */
const SES_ENDPOINT = /^https:\/\/email\.[a-z0-9-]+\.amazonaws\.com\/?$/;
const EMULATOR_API = /\/__emulator\/[a-z]+$/;

export const handlers: RequestHandler[] = [
  http.post(SES_ENDPOINT, async ({ request }) => (await import('./ses/handler')).handleSesRequest(request)),
  http.all(EMULATOR_API, async ({ request }) => (await import('./emulator-api')).handleEmulatorApi(request)),
];
