/**
 * Identities through the SES API: the list (every page of ListIdentities) and verification
 * attributes. Verifying and deleting are in identity-mutations.ts, apart so that the first load
 * (the Identities page reads, never writes) does not carry them.
 */
import type { IdentityVerificationAttributes } from '@aws-sdk/client-ses';
import { queryOptions } from '@tanstack/react-query';
import { connectionKey, loadSesSdk, sesClient, type SesConnection } from './client';
import { sesKeys, type IdentityTypeFilter } from '../query-keys';
import { emptyRecord } from '../own-keys';

/** GetIdentityVerificationAttributes takes at most 100 identities per call. */
const VERIFICATION_BATCH = 100;

export async function listAllIdentities(
  connection: SesConnection,
  type: IdentityTypeFilter,
): Promise<string[]> {
  const client = await sesClient(connection);
  const identities: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new (await loadSesSdk()).ListIdentitiesCommand({
        IdentityType: type === 'All' ? undefined : type,
        MaxItems: 1000,
        NextToken: nextToken,
      }),
    );
    identities.push(...(page.Identities ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  return identities;
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
    queryFn: async (): Promise<Record<string, IdentityVerificationAttributes>> => {
      const client = await sesClient(connection);
      // Prototype-less: keys are identity names, and Object.assign would let a `__proto__` entry
      // replace the prototype (and `constructor` would otherwise be found on any result).
      const result = emptyRecord<IdentityVerificationAttributes>();
      for (let i = 0; i < identities.length; i += VERIFICATION_BATCH) {
        const batch = identities.slice(i, i + VERIFICATION_BATCH);
        const page = await client.send(
          new (await loadSesSdk()).GetIdentityVerificationAttributesCommand({ Identities: batch }),
        );
        for (const [name, attributes] of Object.entries(page.VerificationAttributes ?? {}))
          result[name] = attributes;
      }
      return result;
    },
  });
}
