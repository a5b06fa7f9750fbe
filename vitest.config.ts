import { defineConfig } from 'vitest/config';

// Unit tests, in two projects. `app`: the console, the engine and the in-page emulator, in jsdom
// with the emulator's MSW handlers answering every request. `endpoint`: the local SES endpoint,
// in Node with nothing intercepted, so that its tests reach its real sockets (and the lint
// boundary rule's tests, which need no browser either).
export default defineConfig({
  test: {
    reporters: process.env.CI_JSON_REPORT
      ? ['default', ['json', { outputFile: '.reports/unit.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'endpoint',
          environment: 'node',
          include: ['endpoint/**/*.test.ts', 'eslint-rules/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
