/**
 * The connection Settings chose for this tab, and the means to change it. A change is kept in
 * sessionStorage and the page reloads into it: the in-page emulator then starts only on the
 * emulator connection, and no client, cached answer or key of the previous connection is left
 * in memory.
 */
import { createContext, useContext } from 'react';
import type { ConnectionSettings } from '../../lib/connections/connection-settings';
import { EMULATOR_CONNECTION } from '../../lib/connections/emulator-connection';

export interface ConnectionChoice {
  settings: ConnectionSettings;
  /** Keeps the settings for this tab and reloads into them; false when the browser refuses storage. */
  apply: (next: ConnectionSettings) => Promise<boolean>;
  /** "Forget credentials": the same connection, without its keys, in storage and (after the reload) in memory. */
  forget: () => Promise<void>;
}

export const ConnectionChoiceContext = createContext<ConnectionChoice>({
  settings: EMULATOR_CONNECTION,
  apply: () => Promise.resolve(false),
  forget: () => Promise.resolve(),
});

/**
 * The choice for these settings. What Connect and Forget do (storage, the worker, the reload)
 * loads when they are used: Settings is the only page that uses them.
 */
export function connectionChoice(settings: ConnectionSettings, reload: () => void): ConnectionChoice {
  return {
    settings,
    apply: async (next) => (await import('./connection-actions')).applyConnection(next, reload),
    forget: async () => (await import('./connection-actions')).forgetConnectionCredentials(settings, reload),
  };
}

export function useConnectionChoice(): ConnectionChoice {
  return useContext(ConnectionChoiceContext);
}
