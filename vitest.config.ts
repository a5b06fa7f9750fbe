import { defineConfig } from 'vitest/config';

// Unit tests: jsdom for components, Node for the engine and the emulator (per-file
// `// @vitest-environment node` is not needed: the engine never touches the DOM either way).
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'endpoint/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    reporters: process.env.CI_JSON_REPORT
      ? ['default', ['json', { outputFile: '.reports/unit.json' }]]
      : ['default'],
  },
});
