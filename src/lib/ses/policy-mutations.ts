/**
 * Saving and deleting an identity's sending authorization policies. Each invalidates that
 * identity's policy branch only: its policies and the names a table row counts. The identity list
 * is left alone: it does not change, and re-reading it is every ListIdentities page (eleven at
 * 10,000 identities).
 */
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { sesKeys } from '../query-keys';
import { connectionKey, type SesConnection } from './client';
import { sesApi, type IdentityPolicy } from './api/ses-api';

/** The policies branch holds the documents and the names (a prefix match covers both). */
function invalidatePolicies(queryClient: QueryClient, connection: SesConnection, identity: string) {
  return queryClient.invalidateQueries({ queryKey: sesKeys.policies(connectionKey(connection), identity) });
}

export function putPolicyMutation(connection: SesConnection, queryClient: QueryClient, identity: string) {
  return mutationOptions({
    mutationFn: async (policy: IdentityPolicy) => (await sesApi(connection)).putPolicy(identity, policy),
    onSuccess: () => invalidatePolicies(queryClient, connection, identity),
  });
}

export function deletePolicyMutation(connection: SesConnection, queryClient: QueryClient, identity: string) {
  return mutationOptions({
    mutationFn: async (name: string) => (await sesApi(connection)).deletePolicy(identity, name),
    onSuccess: () => invalidatePolicies(queryClient, connection, identity),
  });
}
