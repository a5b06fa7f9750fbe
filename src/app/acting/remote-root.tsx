import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { storedConnection } from '../../lib/connections/connection-store';
import { connectionChoice, ConnectionChoiceContext } from './connection-choice';
import { RemoteConnectionProvider } from './remote-connection-provider';

/**
 * The console on a real connection, loaded only for a tab that chose one. Its settings are read
 * back and checked here; settings that fail the checks are dropped (connection-store.ts), and
 * the page reloads into the emulator, which this page did not start.
 */
export default function RemoteRoot({ children, reload }: { children: ReactNode; reload: () => void }) {
  const [settings] = useState(storedConnection);
  const choice = useMemo(() => connectionChoice(settings, reload), [settings, reload]);
  const usable = settings.kind !== 'emulator';
  useEffect(() => {
    if (!usable) reload();
  }, [usable, reload]);
  if (settings.kind === 'emulator') return null;
  return (
    <ConnectionChoiceContext.Provider value={choice}>
      <RemoteConnectionProvider settings={settings}>{children}</RemoteConnectionProvider>
    </ConnectionChoiceContext.Provider>
  );
}
