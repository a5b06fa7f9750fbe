import { useMemo, useState, type ReactNode } from 'react';
import { EMULATOR_CONNECTION, type ConnectionSettings } from '../../lib/connections/connection-settings';
import { forgetCredentials, storeConnection, storedConnection } from '../../lib/connections/connection-store';
import { servedConnectionForNewTab } from '../../lib/connections/served-connection';
import { LOCAL_ENDPOINT } from '../../lib/emulator/local-endpoint';
import { ActingPrincipalProvider } from './acting-principal-provider';
import { releaseEmulatorWorker } from '../release-emulator-worker';
import { ConnectionChoiceContext, type ConnectionChoice } from './connection-choice';
import { RemoteConnectionProvider } from './remote-connection-provider';

/**
 * The page's connection as stored for this tab, else the one of the proxy that served the page
 * (served-connection.ts); a build for the local endpoint has only that one.
 */
export function initialConnection(): ConnectionSettings {
  return LOCAL_ENDPOINT ? EMULATOR_CONNECTION : (servedConnectionForNewTab() ?? storedConnection());
}

function reloadPage() {
  window.location.reload();
}

/**
 * The connection every page uses: the built-in emulator with its demo principals, or a real
 * endpoint as the credentials' caller. Changing it reloads the page (see connection-choice.ts).
 */
export function ConnectionRoot({
  children,
  reload = reloadPage,
}: {
  children: ReactNode;
  /** How a change takes effect; tests pass their own. */
  reload?: () => void;
}) {
  const [settings] = useState(initialConnection);
  const choice = useMemo(
    (): ConnectionChoice => ({
      settings,
      apply: (next) => {
        if (!storeConnection(next)) return false;
        // The page reloads without the emulator's worker when the connection is not the emulator.
        if (next.kind === 'emulator') reload();
        else void releaseEmulatorWorker().finally(reload);
        return true;
      },
      forget: () => {
        forgetCredentials(settings);
        reload();
      },
    }),
    [settings, reload],
  );
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
