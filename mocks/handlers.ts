import type { RequestHandler } from 'msw';

/**
 * The one handler list behind the in-page SES emulator: the browser's service worker
 * (mocks/browser.ts) and Vitest's interceptor (mocks/node.ts) both serve exactly these.
 * The SES operations arrive with the emulator issue; until then nothing is handled.
 */
export const handlers: RequestHandler[] = [];
