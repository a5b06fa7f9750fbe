/**
 * The names of an identity's policies: enough for a count in a table row, and all the Identities
 * page (the first load) reads of policies.
 */
import { queryOptions } from '@tanstack/react-query';
import { sesKeys } from '../query-keys';
import { connectionKey, type SesConnection } from './client';
import { sesApi } from './api/ses-api';

/** Just the names: enough for a count in a table row. */
export function policyNamesQuery(connection: SesConnection, identity: string) {
  return queryOptions({
    queryKey: sesKeys.policyNames(connectionKey(connection), identity),
    queryFn: async (): Promise<string[]> => (await sesApi(connection)).policyNames(identity),
  });
}
