import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import {
  callerIdentityFailure,
  callerLabel,
  readCallerIdentity,
} from '../../lib/connections/caller-identity';
import type { ConnectionSettings } from '../../lib/connections/connection-settings';
import { describeConnection, sesConnectionFor, stsEndpointFor } from '../../lib/connections/ses-connection';
import type { SesApiVersion } from '../../lib/ses/client';
import { ConnectionProvider, type ConnectionState } from '../../lib/ses/connection-context';
import { ActingChoiceContext, type ActingChoice } from './acting-choice';
import { ApiChoiceContext, storeApiVersion, storedApiVersion } from './api-choice';

/** A real connection has one principal, the credentials' own: nothing to switch to. */
const NO_PRINCIPALS: ActingChoice = { principals: [], current: undefined, choose: () => undefined };

/**
 * Connects the console to an SES endpoint or to AWS as whoever the connection's credentials are:
 * STS's GetCallerIdentity says who, and every page acts as that caller, never as anyone else.
 */
export function RemoteConnectionProvider({
  settings,
  children,
}: {
  settings: Exclude<ConnectionSettings, { kind: 'emulator' }>;
  children: ReactNode;
}) {
  const [api, setApi] = useState(storedApiVersion);
  const chooseApi = useCallback((version: SesApiVersion) => {
    setApi(version);
    storeApiVersion(version);
  }, []);
  const connection = useMemo(() => sesConnectionFor(settings, api), [settings, api]);
  const stsEndpoint = stsEndpointFor(settings);
  const credentials = connection?.credentials;
  // The access key ID names the caller; the secret never goes into a key (credentials change
  // only by a reload, see connection-choice.ts, so the key cannot outlive them).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const caller = useQuery({
    queryKey: ['sts', 'caller', stsEndpoint, settings.region, credentials?.accessKeyId ?? ''],
    queryFn: () => {
      if (!credentials) throw new Error('No credentials to sign with.');
      return readCallerIdentity(stsEndpoint, settings.region, credentials);
    },
    enabled: credentials !== undefined,
    staleTime: Infinity,
    retry: false,
  });
  const state = useMemo((): ConnectionState => {
    if (!connection)
      return {
        status: 'unavailable',
        reason: `Enter the access key for ${describeConnection(settings)} in Settings: credentials are kept for this tab only, and this tab has none.`,
      };
    if (caller.isPending) return { status: 'loading' };
    if (caller.isError)
      return { status: 'unavailable', reason: callerIdentityFailure(caller.error, stsEndpoint) };
    return {
      status: 'ready',
      emulator: false,
      kind: settings.kind,
      principal: { arn: caller.data.arn, account: caller.data.account, label: callerLabel(caller.data) },
      connection,
    };
  }, [connection, caller.isPending, caller.isError, caller.error, caller.data, settings, stsEndpoint]);
  const apiChoice = useMemo(() => ({ api, chooseApi }), [api, chooseApi]);
  return (
    <ApiChoiceContext.Provider value={apiChoice}>
      <ActingChoiceContext.Provider value={NO_PRINCIPALS}>
        <ConnectionProvider value={state}>{children}</ConnectionProvider>
      </ActingChoiceContext.Provider>
    </ApiChoiceContext.Provider>
  );
}
