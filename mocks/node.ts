import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The emulator for Vitest: the same handlers as the browser, its SES endpoint on any origin. */
export const server = setupServer(...handlers);
