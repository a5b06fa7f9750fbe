import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { setEmulatorStart } from '../../lib/emulator/emulator-ready';
import { releaseEmulatorWorker } from '../release-emulator-worker';
import { startEmulator } from '../start-emulator';
import { ActingPrincipalProvider } from './acting-principal-provider';
import { connectionChoice, ConnectionChoiceContext } from './connection-choice';
import { RemoteConnectionProvider } from './remote-connection-provider';
import { initialRemoteSettings } from './remote-settings';

/**
 * The console on a real connection, loaded only for a tab that chose one (or that a proxy
 * served). Its settings are read back and checked here. Settings that fail the checks were
 * dropped (connection-store.ts): the tab is then on the emulator, which this page starts now.
 */
export default function RemoteRoot({ children, reload }: { children: ReactNode; reload: () => void }) {
  const [settings] = useState(() => {
    const checked = initialRemoteSettings();
    if (checked.kind === 'emulator') setEmulatorStart(startEmulator());
    return checked;
  });
  const choice = useMemo(() => connectionChoice(settings, reload), [settings, reload]);
  const remote = settings.kind !== 'emulator';
  useEffect(() => {
    // No emulator worker in the request path of a real connection, from the next load on.
    if (remote) void releaseEmulatorWorker();
  }, [remote]);
  return (
    <ConnectionChoiceContext.Provider value={choice}>
      {settings.kind === 'emulator' ? (
        <ActingPrincipalProvider>{children}</ActingPrincipalProvider>
      ) : (
        <RemoteConnectionProvider settings={settings}>{children}</RemoteConnectionProvider>
      )}
    </ConnectionChoiceContext.Provider>
  );
}
