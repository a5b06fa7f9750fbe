/**
 * An identity's sending authorization policies through the SES API. Saving or deleting one
 * invalidates that identity's policy branch only (and the list, whose rows count policies).
 */
import {
  DeleteIdentityPolicyCommand,
  GetIdentityPoliciesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
} from '@aws-sdk/client-ses';
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { connectionKey, sesClient, type SesConnection } from './client';
import { sesKeys } from './query-keys';

export interface IdentityPolicy {
  name: string;
  document: string;
}

export function policiesQuery(connection: SesConnection, identity: string) {
  return queryOptions({
    queryKey: sesKeys.policies(connectionKey(connection), identity),
    queryFn: async (): Promise<IdentityPolicy[]> => {
      const client = sesClient(connection);
      const { PolicyNames = [] } = await client.send(new ListIdentityPoliciesCommand({ Identity: identity }));
      if (PolicyNames.length === 0) return [];
      const { Policies = {} } = await client.send(
        new GetIdentityPoliciesCommand({ Identity: identity, PolicyNames }),
      );
      return PolicyNames.filter((name) => name in Policies)
        .sort((a, b) => a.localeCompare(b))
        .map((name) => ({ name, document: Policies[name] ?? '' }));
    },
  });
}

function invalidatePolicies(queryClient: QueryClient, connection: SesConnection, identity: string) {
  const conn = connectionKey(connection);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: sesKeys.policies(conn, identity) }),
    queryClient.invalidateQueries({ queryKey: [...sesKeys.identities(conn), 'list'] }),
  ]);
}

export function putPolicyMutation(connection: SesConnection, queryClient: QueryClient, identity: string) {
  return mutationOptions({
    mutationFn: ({ name, document }: IdentityPolicy) =>
      sesClient(connection).send(
        new PutIdentityPolicyCommand({ Identity: identity, PolicyName: name, Policy: document }),
      ),
    onSuccess: () => invalidatePolicies(queryClient, connection, identity),
  });
}

export function deletePolicyMutation(connection: SesConnection, queryClient: QueryClient, identity: string) {
  return mutationOptions({
    mutationFn: (name: string) =>
      sesClient(connection).send(new DeleteIdentityPolicyCommand({ Identity: identity, PolicyName: name })),
    onSuccess: () => invalidatePolicies(queryClient, connection, identity),
  });
}
