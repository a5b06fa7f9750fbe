/**
 * On a real SES connection, for an email address that is not verified yet: SES's own way to try
 * again, a new verification email (API v1's VerifyEmailIdentity). API v2 has none; the console
 * speaks the connection's API, so over v2 it says so instead (see identity-mutations.ts).
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiVersionOf, type SesConnection } from '../../../lib/ses/client';
import { resendVerificationEmailMutation } from '../../../lib/ses/identity-mutations';
import { sesErrorDetails } from '../../../lib/ses/ses-error';

export function ResendVerification({ connection, address }: { connection: SesConnection; address: string }) {
  const queryClient = useQueryClient();
  const resend = useMutation(resendVerificationEmailMutation(connection, queryClient));
  if (apiVersionOf(connection) === 'v2')
    return (
      <Box variant="p">
        SES API v2 has no operation that sends the verification email again: CreateEmailIdentity refuses an
        address that is already an identity. To send a new one, connect over API v1 (its VerifyEmailIdentity
        sends it again), or delete this identity and create it again.
      </Box>
    );
  const error = resend.isError ? sesErrorDetails(resend.error) : undefined;
  return (
    <SpaceBetween size="s">
      <div>
        <Button onClick={() => resend.mutate(address)} loading={resend.isPending}>
          Resend verification email
        </Button>
      </div>
      {/* Always present, so screen readers announce SES's answer when it arrives. */}
      <div aria-live="polite">
        {resend.isSuccess && (
          <Alert type="success" header="Verification email sent again">
            SES accepted VerifyEmailIdentity for {address} and emails a new verification link. The address is
            verified once its owner follows it, within 24 hours.
          </Alert>
        )}
        {error && (
          <Alert type="error" header={`SES did not resend the verification email: ${error.code}`}>
            {error.message}
          </Alert>
        )}
      </div>
    </SpaceBetween>
  );
}
