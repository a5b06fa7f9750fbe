/**
 * The default connection, apart from connection-settings.ts so that the emulator's first load
 * carries it without the checks for real connections.
 */
export const EMULATOR_CONNECTION = { kind: 'emulator' } as const;
