/**
 * An identity's sending authorization policies through the SES API. Saving or deleting one
 * invalidates that identity's policy branch only: its policies and the names a table row counts.
 * The identity list is left alone: it does not change, and re-reading it is every ListIdentities
 * page (eleven at 10,000 identities).
 */

import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { connectionKey, loadSesSdk, sesClient, type SesConnection } from './client';
import { sesKeys } from '../query-keys';
import { ownValue } from '../own-keys';

export interface IdentityPolicy {
  name: string;
  document: string;
}

export function policiesQuery(connection: SesConnection, identity: string) {
  return queryOptions({
    queryKey: sesKeys.policies(connectionKey(connection), identity),
    queryFn: async (): Promise<IdentityPolicy[]> => {
      const client = await sesClient(connection);
      const { PolicyNames = [] } = await client.send(
        new (await loadSesSdk()).ListIdentityPoliciesCommand({ Identity: identity }),
      );
      if (PolicyNames.length === 0) return [];
      const { Policies = {} } = await client.send(
        new (await loadSesSdk()).GetIdentityPoliciesCommand({ Identity: identity, PolicyNames }),
      );
      // Own keys only: a policy named `toString` or `__proto__` is a name, not Object.prototype's.
      return PolicyNames.filter((name) => Object.hasOwn(Policies, name))
        .sort((a, b) => a.localeCompare(b))
        .map((name) => ({ name, document: ownValue(Policies, name) ?? '' }));
    },
  });
}

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

/** The policies branch holds the documents and the names (a prefix match covers both). */
function invalidatePolicies(queryClient: QueryClient, connection: SesConnection, identity: string) {
  return queryClient.invalidateQueries({ queryKey: sesKeys.policies(connectionKey(connection), identity) });
}

export function putPolicyMutation(connection: SesConnection, queryClient: QueryClient, identity: string) {
  return mutationOptions({
    mutationFn: async ({ name, document }: IdentityPolicy) =>
      (await sesClient(connection)).send(
        new (await loadSesSdk()).PutIdentityPolicyCommand({
          Identity: identity,
          PolicyName: name,
          Policy: document,
        }),
      ),
    onSuccess: () => invalidatePolicies(queryClient, connection, identity),
  });
}

export function deletePolicyMutation(connection: SesConnection, queryClient: QueryClient, identity: string) {
  return mutationOptions({
    mutationFn: async (name: string) =>
      (await sesClient(connection)).send(
        new (await loadSesSdk()).DeleteIdentityPolicyCommand({ Identity: identity, PolicyName: name }),
      ),
    onSuccess: () => invalidatePolicies(queryClient, connection, identity),
  });
}
