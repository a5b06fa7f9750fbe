/**
 * What Settings' Connect and Forget credentials do: keep the settings for this tab, then reload
 * into them (see connection-choice.ts), without the emulator's worker when the new connection is
 * not the emulator.
 */
import type { ConnectionSettings } from '../../lib/connections/connection-settings';
import { forgetCredentials, storeConnection } from '../../lib/connections/connection-store';
import { releaseEmulatorWorker } from '../release-emulator-worker';

export async function applyConnection(next: ConnectionSettings, reload: () => void): Promise<boolean> {
  if (!storeConnection(next)) return false;
  if (next.kind !== 'emulator') await releaseEmulatorWorker();
  reload();
  return true;
}

export function forgetConnectionCredentials(settings: ConnectionSettings, reload: () => void): void {
  forgetCredentials(settings);
  reload();
}
