import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import type { ConnectionKind } from '../../lib/connections/connection-settings';
import { EMULATOR_CONNECTION } from '../../lib/connections/emulator-connection';
import { servedConnectionPending, storedConnectionKind } from '../../lib/connections/stored-connection-kind';
import { LOCAL_ENDPOINT } from '../../lib/emulator/local-endpoint';
import { ActingPrincipalProvider } from './acting-principal-provider';
import { connectionChoice, ConnectionChoiceContext } from './connection-choice';

// The code for real connections (their checks, STS, the caller) is not the emulator's first load.
const RemoteRoot = lazy(() => import('./remote-root'));

/**
 * The kind of this tab's connection: its own (Settings), else that of the proxy that served the
 * page (served-connection.ts), else the emulator; a build for the local endpoint has only that one.
 */
export function initialConnectionKind(): ConnectionKind {
  if (LOCAL_ENDPOINT) return 'emulator';
  return servedConnectionPending() ? 'aws-proxy' : storedConnectionKind();
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
  const [kind] = useState(initialConnectionKind);
  const choice = useMemo(() => connectionChoice(EMULATOR_CONNECTION, reload), [reload]);
  if (kind !== 'emulator')
    return (
      <Suspense fallback={null}>
        <RemoteRoot reload={reload}>{children}</RemoteRoot>
      </Suspense>
    );
  return (
    <ConnectionChoiceContext.Provider value={choice}>
      <ActingPrincipalProvider>{children}</ActingPrincipalProvider>
    </ConnectionChoiceContext.Provider>
  );
}
