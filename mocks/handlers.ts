import type { RequestHandler } from 'msw';
import { emulatorApiHandlers } from './emulator-api';
import { sesHandlers } from './ses/handler';

/**
 * The one handler list behind the in-page SES emulator: the browser's service worker
 * (mocks/browser.ts) and Vitest's interceptor (mocks/node.ts) both serve exactly these.
 */
export const handlers: RequestHandler[] = [...sesHandlers, ...emulatorApiHandlers];
