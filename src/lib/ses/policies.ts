/**
 * An identity's sending authorization policies through the SES API, with their documents. Just
 * the names (a table row's count) are in policy-names.ts and saving and deleting in
 * policy-mutations.ts, apart so that the first load (the Identities page counts policies, never
 * reads or writes their documents) carries only the names.
 */
import { queryOptions } from '@tanstack/react-query';
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
