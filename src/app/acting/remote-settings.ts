import type { ConnectionSettings } from '../../lib/connections/connection-settings';
import { storedConnection } from '../../lib/connections/connection-store';
import { servedConnectionForNewTab } from '../../lib/connections/served-connection';

/**
 * The settings of a tab whose connection kind is not the emulator, checked: the proxy's that
 * served a new tab, else the tab's own. Settings that fail the checks read as the emulator.
 */
export function initialRemoteSettings(): ConnectionSettings {
  return servedConnectionForNewTab() ?? storedConnection();
}
