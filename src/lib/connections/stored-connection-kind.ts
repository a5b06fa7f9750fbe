/**
 * Which kind of connection this tab chose, read before the first render to decide whether the
 * in-page emulator starts. Only the kind: the settings themselves are parsed and checked
 * (connection-store.ts) by the code for real connections, which the emulator's first load does
 * not carry. Anything unexpected reads as the emulator.
 */
import type { ConnectionKind } from './connection-settings';
import {
  CONNECTION_STORAGE_KEY,
  SERVED_CONNECTION_META,
  SERVED_CONNECTION_TAKEN_KEY,
} from './connection-store-key';

export { SERVED_CONNECTION_META };

const KINDS: readonly ConnectionKind[] = ['emulator', 'endpoint', 'aws-proxy', 'aws-direct'];
const MAX_STORED_LENGTH = 16 * 1024;

export function storedConnectionKind(): ConnectionKind {
  try {
    const text = globalThis.sessionStorage?.getItem(CONNECTION_STORAGE_KEY);
    if (!text || text.length > MAX_STORED_LENGTH) return 'emulator';
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'kind')) return 'emulator';
    const kind = (value as { kind: unknown }).kind;
    return KINDS.find((k) => k === kind) ?? 'emulator';
  } catch {
    return 'emulator';
  }
}

/**
 * Whether this page was served by the local proxy with a connection for a tab that has chosen
 * none yet: served-connection.ts then checks it and makes it the tab's own.
 */
export function servedConnectionPending(): boolean {
  try {
    if (!globalThis.document?.querySelector(`meta[name="${SERVED_CONNECTION_META}"]`)) return false;
    const storage = globalThis.sessionStorage;
    return (
      storage?.getItem(CONNECTION_STORAGE_KEY) == null &&
      storage?.getItem(SERVED_CONNECTION_TAKEN_KEY) == null
    );
  } catch {
    return true;
  }
}
