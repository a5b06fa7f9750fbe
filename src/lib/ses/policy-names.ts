/**
 * The names of an identity's policies (ListIdentityPolicies): enough for a count in a table row,
 * and all the Identities page (the first load) reads of policies.
 */
import { queryOptions } from '@tanstack/react-query';
import { sesKeys } from '../query-keys';
import { connectionKey, loadSesSdk, sesClient, type SesConnection } from './client';

/** Just the names (ListIdentityPolicies): enough for a count in a table row. */
export function policyNamesQuery(connection: SesConnection, identity: string) {
  return queryOptions({
    queryKey: sesKeys.policyNames(connectionKey(connection), identity),
    queryFn: async (): Promise<string[]> => {
      const client = await sesClient(connection);
      const output = await client.send(
        new (await loadSesSdk()).ListIdentityPoliciesCommand({ Identity: identity }),
      );
      return output.PolicyNames ?? [];
    },
  });
}
