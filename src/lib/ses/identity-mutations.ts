/**
 * Creating (verifying), deleting and, on the emulator, completing the verification of
 * identities. Each invalidates the whole identity branch: the list changes, and so does what SES
 * shows of the identity.
 */
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { completeVerification } from '../emulator/emulator-actions';
import { sesKeys } from '../query-keys';
import { connectionKey, loadSesSdk, sesClient, type SesConnection } from './client';

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
    (await sesClient(connection)).send(
      new (await loadSesSdk()).VerifyEmailIdentityCommand({ EmailAddress: emailAddress }),
    ),
  );
}

/** Answers the TXT record's value: the domain's verification token. */
export function verifyDomainIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return identityMutation(connection, queryClient, async (domain: string) => {
    const output = await (
      await sesClient(connection)
    ).send(new (await loadSesSdk()).VerifyDomainIdentityCommand({ Domain: domain }));
    return output.VerificationToken;
  });
}

export function deleteIdentityMutation(connection: SesConnection, queryClient: QueryClient) {
  return identityMutation(connection, queryClient, async (identity: string) =>
    (await sesClient(connection)).send(
      new (await loadSesSdk()).DeleteIdentityCommand({ Identity: identity }),
    ),
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
