import { it } from 'vitest';

// The setup's console guard must fail a test that logs a warning: this one is expected to fail,
// so it passes only while the guard works.
it.fails('a test that logs a console warning fails', () => {
  console.warn('a warning the guard must catch');
});
