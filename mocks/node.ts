import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The emulator for Vitest: same handlers as the browser. */
export const server = setupServer(...handlers);
