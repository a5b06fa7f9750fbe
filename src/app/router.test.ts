import { describe, expect, it } from 'vitest';
import { routerBasename } from './router';

describe('routerBasename', () => {
  it('maps Vite base URLs onto router basenames', () => {
    expect(routerBasename('/')).toBe('/');
    expect(routerBasename('/ses-console/')).toBe('/ses-console');
  });
});
