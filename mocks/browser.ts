import { setupWorker } from 'msw/browser';
import { emulatorHandlers } from './handlers';

/**
 * The emulator in the page (development and the production build): the same handlers as Vitest,
 * with the SES endpoint at `<BASE_URL>__ses/<region>/` of the page's own origin (MSW resolves the
 * path against the page). Only the worker answers it: a request the worker misses reaches the
 * static host, which has no such path (404), so it can never leave for AWS.
 */
/**
 * Loads the emulator's Query API code (its handler, store and SigV4 check) ahead of the first
 * request, which then waits for no chunk; called once the worker runs. A failure here is not
 * the first request's: that one loads the code again and reports its own failure.
 */
export function preloadEmulator(): void {
  void import('./ses/handler').catch(() => undefined);
}

export const worker = setupWorker(...emulatorHandlers(`${import.meta.env.BASE_URL}__ses/:region/`));
