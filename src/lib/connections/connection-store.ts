/**
 * The tab's connection, kept in sessionStorage: this tab only, gone when the tab closes. It is
 * the one place credentials for a real endpoint are kept; never localStorage, a URL, a share
 * link, an export or a log. What is read back is checked as hostile (`parseStoredSettings`).
 */
import {
  EMULATOR_CONNECTION,
  parseStoredSettings,
  withoutCredentials,
  type ConnectionSettings,
} from './connection-settings';

import { CONNECTION_STORAGE_KEY } from './connection-store-key';

export { CONNECTION_STORAGE_KEY };
/** Settings are small; anything longer in the slot is not ours (stored-connection-kind.ts agrees). */
const MAX_STORED_LENGTH = 16 * 1024;

export function storedConnection(storage: Storage | undefined = sessionStorageOrNone()): ConnectionSettings {
  try {
    const text = storage?.getItem(CONNECTION_STORAGE_KEY);
    if (!text || text.length > MAX_STORED_LENGTH) return EMULATOR_CONNECTION;
    const parsed = parseStoredSettings(JSON.parse(text));
    if (parsed) return parsed;
    storage?.removeItem(CONNECTION_STORAGE_KEY);
    return EMULATOR_CONNECTION;
  } catch {
    return EMULATOR_CONNECTION;
  }
}

/** Keeps the settings for this tab; false when the browser refuses storage (then they last until reload). */
export function storeConnection(
  settings: ConnectionSettings,
  storage: Storage | undefined = sessionStorageOrNone(),
): boolean {
  try {
    if (!storage) return false;
    if (settings.kind === 'emulator') storage.removeItem(CONNECTION_STORAGE_KEY);
    else storage.setItem(CONNECTION_STORAGE_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** "Forget credentials": the connection stays chosen, without its keys, in memory and in storage. */
export function forgetCredentials(
  settings: ConnectionSettings,
  storage: Storage | undefined = sessionStorageOrNone(),
): ConnectionSettings {
  const forgotten = withoutCredentials(settings);
  storeConnection(forgotten, storage);
  return forgotten;
}

function sessionStorageOrNone(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
