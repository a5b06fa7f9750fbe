import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { ConnectionProvider, type ConnectionState } from '../../lib/ses/connection-context';
import { EMULATOR_REGION, emulatorDirectoryQuery } from './emulator-directory';

/** The principal the console acts as by default: the identity owner. */
const DEFAULT_PRINCIPAL = 'owner';

/**
 * Connects the console to the built-in emulator as one of its demo principals. Every page reads
 * the connection from here, so they all follow when the principal changes.
 */
export function ActingPrincipalProvider({ children }: { children: ReactNode }) {
  const directory = useQuery(emulatorDirectoryQuery());
  const state = useMemo((): ConnectionState => {
    if (directory.isPending) return { status: 'loading' };
    if (directory.isError) return { status: 'unavailable', reason: directory.error.message };
    const principal = directory.data.find((p) => p.id === DEFAULT_PRINCIPAL) ?? directory.data[0];
    if (!principal)
      return { status: 'unavailable', reason: 'The built-in emulator has no principals to act as.' };
    return {
      status: 'ready',
      principal: { arn: principal.arn, label: principal.label },
      connection: {
        region: EMULATOR_REGION,
        credentials: { accessKeyId: principal.accessKeyId, secretAccessKey: principal.secretAccessKey },
      },
    };
  }, [directory.isPending, directory.isError, directory.error, directory.data]);
  return <ConnectionProvider value={state}>{children}</ConnectionProvider>;
}
