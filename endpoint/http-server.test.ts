import { describe, expect, it } from 'vitest';
import { emulatorApiAllowed, isLoopback } from './http-server';

// Tests bind 127.0.0.1 only, so a non-loopback caller is checked here, on the decision itself.
describe('who may call the emulator-only API', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.0.0.2', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['10.0.0.5', false],
    ['::ffff:192.0.2.2', false],
    ['fd00::2', false],
    ['not an address', false],
    [undefined, false],
  ])('%s is loopback: %s', (address, loopback) => {
    expect(isLoopback(address)).toBe(loopback);
    expect(emulatorApiAllowed(address, false)).toBe(loopback);
    expect(emulatorApiAllowed(address, true)).toBe(true);
  });
});
