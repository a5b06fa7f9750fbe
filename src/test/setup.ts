import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { server } from '../../mocks/node';

// The emulator's handlers serve every unit test; a request nothing handles is a test bug.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

// React, React Router and Cloudscape warn in development about real mistakes (a missing key, an
// act() gap, an ARIA attribute a component overrides): a warning or an error logged during a test
// fails it, as the e2e console guard does in the browser.
const noise: string[] = [];
for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    noise.push(`console.${level}: ${args.map(String).join(' ').slice(0, 500)}`);
    original(...args);
  };
}
afterEach(() => {
  const logged = noise.splice(0);
  if (logged.length > 0) throw new Error(`The test logged to the console:\n${logged.join('\n')}`);
});
