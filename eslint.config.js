import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import importZones from './eslint-rules/import-zones.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      '.reports',
      // npm run bench builds here.
      '.bench-dist',
      // scripts/e2e.mjs builds the console for the local endpoint here.
      '.e2e-endpoint-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The architecture's boundaries (eslint-rules/import-zones.js; proven by its test).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { architecture: { rules: { 'import-zones': importZones } } },
    rules: { 'architecture/import-zones': 'error' },
  },
  {
    // The engine is pure: no React, no DOM, no emulator.
    files: ['src/policy-engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@cloudscape-design/*', 'msw', 'msw/*'],
              message: 'The policy engine is pure TypeScript.',
            },
            {
              group: ['**/mocks/**', '**/features/**', '**/app/**', '**/lib/**'],
              message: 'The policy engine imports nothing from the app or the emulator.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures take `{}` and call `use()`: neither is React.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
);
