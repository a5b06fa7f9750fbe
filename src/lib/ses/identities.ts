/**
 * Identities through the SES API: the list (every page of it) and verification status. Verifying
 * and deleting are in identity-mutations.ts, apart so that the first load (the Identities page
 * reads, never writes) does not carry them.
 */
import { queryOptions } from '@tanstack/react-query';
import { connectionKey, type SesConnection } from './client';
import { sesApi, type IdentityVerification } from './api/ses-api';
import { sesKeys, type IdentityTypeFilter } from '../query-keys';

export type { IdentityVerification } from './api/ses-api';

export async function listAllIdentities(
  connection: SesConnection,
  type: IdentityTypeFilter,
): Promise<string[]> {
  return (await sesApi(connection)).listIdentities(type);
}

export function identityListQuery(connection: SesConnection, type: IdentityTypeFilter = 'All') {
  return queryOptions({
    queryKey: sesKeys.identityList(connectionKey(connection), type),
    queryFn: () => listAllIdentities(connection, type),
  });
}

export function verificationQuery(connection: SesConnection, identities: string[]) {
  return queryOptions({
    queryKey: sesKeys.verification(connectionKey(connection), identities),
    queryFn: async (): Promise<Record<string, IdentityVerification>> =>
      (await sesApi(connection)).verification(identities),
  });
}
