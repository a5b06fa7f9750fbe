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

/**
 * Sends SES's verification email again, for an address that is not verified yet. Over API v1,
 * VerifyEmailIdentity on an address that is already an identity sends a new email ("As a result
 * of executing this operation, a verification email is sent to the specified address":
 * https://docs.aws.amazon.com/ses/latest/APIReference/API_VerifyEmailIdentity.html). API v2 has no
 * such operation: its CreateEmailIdentity refuses an existing identity with AlreadyExistsException
 * (https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_CreateEmailIdentity.html), and
 * SendCustomVerificationEmail needs a custom verification email template. The console speaks the
 * connection's API, so over v2 it offers no resend and says why (verification-actions.tsx).
 */
export function resendVerificationEmailMutation(connection: SesConnection, queryClient: QueryClient) {
  return identityMutation(connection, queryClient, async (address: string) => {
    const api = await sesApi(connection);
    if (api.version !== 'v1')
      throw new Error('SES API v2 has no operation that resends the verification email.');
    await api.createEmailIdentity(address);
  });
}
