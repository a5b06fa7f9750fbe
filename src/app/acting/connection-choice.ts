/**
 * The connection Settings chose for this tab, and the means to change it. A change is kept in
 * sessionStorage and the page reloads into it: the in-page emulator then starts only on the
 * emulator connection, and no client, cached answer or key of the previous connection is left
 * in memory.
 */
import { createContext, useContext } from 'react';
import { EMULATOR_CONNECTION, type ConnectionSettings } from '../../lib/connections/connection-settings';

export interface ConnectionChoice {
  settings: ConnectionSettings;
  /** Keeps the settings for this tab and reloads into them; false when the browser refuses storage. */
  apply: (next: ConnectionSettings) => boolean;
  /** "Forget credentials": the same connection, without its keys, in storage and (after the reload) in memory. */
  forget: () => void;
}

export const ConnectionChoiceContext = createContext<ConnectionChoice>({
  settings: EMULATOR_CONNECTION,
  apply: () => false,
  forget: () => undefined,
});

export function useConnectionChoice(): ConnectionChoice {
  return useContext(ConnectionChoiceContext);
}
