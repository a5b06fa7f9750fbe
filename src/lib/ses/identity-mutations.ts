/**
 * Creating (verifying), deleting and, on the emulator, completing the verification of
 * identities. Each invalidates the whole identity branch: the list changes, and so does what SES
 * shows of the identity.
 */
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { completeVerification } from '../emulator/emulator-actions';
import { sesKeys } from '../query-keys';
import { connectionKey, type SesConnection } from './client';
import { sesApi, type DomainVerification } from './api/ses-api';

/** A mutation that, once it succeeds, re-reads every identity query of the connection. */
function identityMutation<TVariables, TData>(
  connection: SesConnection,
  queryClient: QueryClient,
  mutationFn: (variables: TVariables) => Promise<TData>,
) {
  return mutationOptions({
    mutationFn,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: sesKeys.identities(connectionKey(connection)) }),
  });
}

export function verifyEmailIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return identityMutation(connection, queryClient, async (emailAddress: string) =>
    (await sesApi(connection)).createEmailIdentity(emailAddress),
  );
}

/** Answers what the owner publishes in DNS: v1's TXT token, or v2's DKIM CNAME tokens. */
export function verifyDomainIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return identityMutation(connection, queryClient, async (domain: string): Promise<DomainVerification> =>
    (await sesApi(connection)).createDomainIdentity(domain),
  );
}

export function deleteIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return identityMutation(connection, queryClient, async (identity: string) =>
    (await sesApi(connection)).deleteIdentity(identity),
  );
}

/**
 * Completes an identity's verification through the emulator-only API: the emulator's stand-in
 * for following SES's email link or publishing the domain's TXT record; offered only there.
 */
export function completeVerificationMutation(connection: SesConnection, queryClient: QueryClient) {
  return identityMutation(connection, queryClient, (identityArn: string) =>
    completeVerification(identityArn),
  );
}
