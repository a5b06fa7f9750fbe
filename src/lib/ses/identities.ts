/**
 * Identities through the SES API: the list (every page of ListIdentities), verification
 * attributes, verifying and deleting. Mutations invalidate just the identity branch.
 */
import {
  DeleteIdentityCommand,
  GetIdentityVerificationAttributesCommand,
  ListIdentitiesCommand,
  VerifyDomainIdentityCommand,
  VerifyEmailIdentityCommand,
  type IdentityVerificationAttributes,
} from '@aws-sdk/client-ses';
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { connectionKey, sesClient, type SesConnection } from './client';
import { sesKeys, type IdentityTypeFilter } from './query-keys';

/** GetIdentityVerificationAttributes takes at most 100 identities per call. */
const VERIFICATION_BATCH = 100;

export async function listAllIdentities(
  connection: SesConnection,
  type: IdentityTypeFilter,
): Promise<string[]> {
  const client = sesClient(connection);
  const identities: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListIdentitiesCommand({
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
    queryKey: [...sesKeys.identities(connectionKey(connection)), 'verification', identities] as const,
    queryFn: async (): Promise<Record<string, IdentityVerificationAttributes>> => {
      const client = sesClient(connection);
      const result: Record<string, IdentityVerificationAttributes> = {};
      for (let i = 0; i < identities.length; i += VERIFICATION_BATCH) {
        const batch = identities.slice(i, i + VERIFICATION_BATCH);
        const page = await client.send(new GetIdentityVerificationAttributesCommand({ Identities: batch }));
        Object.assign(result, page.VerificationAttributes ?? {});
      }
      return result;
    },
  });
}

function invalidateIdentities(queryClient: QueryClient, connection: SesConnection) {
  return queryClient.invalidateQueries({ queryKey: sesKeys.identities(connectionKey(connection)) });
}

export function verifyEmailIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: (emailAddress: string) =>
      sesClient(connection).send(new VerifyEmailIdentityCommand({ EmailAddress: emailAddress })),
    onSuccess: () => invalidateIdentities(queryClient, connection),
  });
}

export function verifyDomainIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async (domain: string) => {
      const output = await sesClient(connection).send(new VerifyDomainIdentityCommand({ Domain: domain }));
      return output.VerificationToken;
    },
    onSuccess: () => invalidateIdentities(queryClient, connection),
  });
}

export function deleteIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: (identity: string) =>
      sesClient(connection).send(new DeleteIdentityCommand({ Identity: identity })),
    onSuccess: () => invalidateIdentities(queryClient, connection),
  });
}
