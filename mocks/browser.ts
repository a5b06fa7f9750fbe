import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The emulator in the page (development and the production build): same handlers as Vitest. */
export const worker = setupWorker(...handlers);
