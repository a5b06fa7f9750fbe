/**
 * An identity's sending authorization policies through the SES API, with their documents. Just
 * the names (a table row's count) are in policy-names.ts and saving and deleting in
 * policy-mutations.ts, apart so that the first load (the Identities page counts policies, never
 * reads or writes their documents) carries only the names.
 */
import { queryOptions } from '@tanstack/react-query';
import { connectionKey, type SesConnection } from './client';
import { sesApi, type IdentityPolicy } from './api/ses-api';
import { sesKeys } from '../query-keys';

export type { IdentityPolicy } from './api/ses-api';

export function policiesQuery(connection: SesConnection, identity: string) {
  return queryOptions({
    queryKey: sesKeys.policies(connectionKey(connection), identity),
    queryFn: async (): Promise<IdentityPolicy[]> => (await sesApi(connection)).policies(identity),
  });
}
