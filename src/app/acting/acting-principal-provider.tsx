import { LOCAL_ENDPOINT } from '../../lib/emulator/local-endpoint';
import { emulatorEndpoint } from '../../lib/ses/emulator-endpoint';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ConnectionProvider, type ConnectionState } from '../../lib/ses/connection-context';
import { ActingChoiceContext } from './acting-choice';
import { ApiChoiceContext, storeApiVersion, storedApiVersion } from './api-choice';
import type { SesApiVersion } from '../../lib/ses/client';
import { EMULATOR_REGION, emulatorDirectoryQuery } from '../../lib/emulator/directory-query';

/** The principal the console acts as by default: the identity owner. */
const DEFAULT_PRINCIPAL = 'owner';
/**
 * Only the chosen principal's id is kept (per tab, in sessionStorage) so a reload acts as the same
 * principal; its keys stay in memory, read from the emulator's directory.
 */
const STORAGE_KEY = 'ses-console.acting-principal';

function storedChoice(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? DEFAULT_PRINCIPAL;
  } catch {
    return DEFAULT_PRINCIPAL;
  }
}

/**
 * Connects the console to the built-in emulator as one of its demo principals. Every page reads
 * the connection from here, so they all follow when the principal changes.
 */
export function ActingPrincipalProvider({ children }: { children: ReactNode }) {
  const directory = useQuery(emulatorDirectoryQuery());
  const [chosenId, setChosenId] = useState(storedChoice);
  const choose = useCallback((id: string) => {
    setChosenId(id);
    try {
      sessionStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts until reload.
    }
  }, []);
  const [api, setApi] = useState(storedApiVersion);
  const chooseApi = useCallback((version: SesApiVersion) => {
    setApi(version);
    storeApiVersion(version);
  }, []);
  const principals = directory.data;
  const current = principals?.find((p) => p.id === chosenId) ?? principals?.[0];
  const state = useMemo((): ConnectionState => {
    if (directory.isPending) return { status: 'loading' };
    if (directory.isError) return { status: 'unavailable', reason: directory.error.message };
    if (!current)
      return { status: 'unavailable', reason: 'The built-in emulator has no principals to act as.' };
    return {
      status: 'ready',
      emulator: true,
      kind: 'emulator',
      principal: { arn: current.arn, label: current.label, account: current.account },
      connection: {
        region: EMULATOR_REGION,
        // A build for the local endpoint talks to it; the page's own emulator is answered in the page.
        endpoint: LOCAL_ENDPOINT ?? emulatorEndpoint(EMULATOR_REGION),
        emulator: LOCAL_ENDPOINT === undefined,
        api,
        credentials: { accessKeyId: current.accessKeyId, secretAccessKey: current.secretAccessKey },
      },
    };
  }, [directory.isPending, directory.isError, directory.error, current, api]);
  const choice = useMemo(
    () => ({ principals: principals ?? [], current, choose }),
    [principals, current, choose],
  );
  const apiChoice = useMemo(() => ({ api, chooseApi }), [api, chooseApi]);
  return (
    <ApiChoiceContext.Provider value={apiChoice}>
      <ActingChoiceContext.Provider value={choice}>
        <ConnectionProvider value={state}>{children}</ConnectionProvider>
      </ActingChoiceContext.Provider>
    </ApiChoiceContext.Provider>
  );
}
