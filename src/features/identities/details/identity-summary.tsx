/**
 * An identity's summary: its ARN (to hand to delegates), type and verification status; for a
 * domain awaiting verification, the TXT record to publish; on the emulator, a clearly labelled
 * action that completes verification.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { IdentityVerificationAttributes } from '@aws-sdk/client-ses';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SesConnection } from '../../../lib/ses/client';
import { completeVerificationMutation } from '../../../lib/ses/identity-mutations';
import { VerificationStatus } from './verification-status';

interface IdentitySummaryProps {
  connection: SesConnection;
  identity: string;
  identityArn: string;
  attributes: IdentityVerificationAttributes;
  /** The console talks to the built-in emulator, which can complete verification. */
  onEmulator: boolean;
}

export function IdentitySummary({
  connection,
  identity,
  identityArn,
  attributes,
  onEmulator,
}: IdentitySummaryProps) {
  const queryClient = useQueryClient();
  const verify = useMutation(completeVerificationMutation(connection, queryClient));
  const isDomain = !identity.includes('@');
  const pending = attributes.VerificationStatus !== 'Success';
  return (
    <Container header={<Header variant="h2">Summary</Header>}>
      <SpaceBetween size="l">
        <ColumnLayout columns={3} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">Identity ARN</Box>
            <CopyToClipboard
              variant="inline"
              textToCopy={identityArn}
              copyButtonAriaLabel="Copy identity ARN"
              copySuccessText="Identity ARN copied"
              copyErrorText="The ARN could not be copied"
            />
          </div>
          <div>
            <Box variant="awsui-key-label">Type</Box>
            <div>{isDomain ? 'Domain' : 'Email address'}</div>
          </div>
          <div>
            <Box variant="awsui-key-label">Verification status</Box>
            <VerificationStatus status={attributes.VerificationStatus} />
          </div>
        </ColumnLayout>
        {pending && isDomain && attributes.VerificationToken && (
          <div>
            <Box variant="awsui-key-label">DNS record to publish</Box>
            <Box variant="p">
              Add this TXT record to the DNS of {identity}. SES verifies the domain once it finds the record.
            </Box>
            <ColumnLayout columns={3} variant="text-grid">
              <div>
                <Box variant="awsui-key-label">Name</Box>
                <CopyToClipboard
                  variant="inline"
                  textToCopy={`_amazonses.${identity}`}
                  copyButtonAriaLabel="Copy record name"
                  copySuccessText="Record name copied"
                  copyErrorText="The record name could not be copied"
                />
              </div>
              <div>
                <Box variant="awsui-key-label">Type</Box>
                <div>TXT</div>
              </div>
              <div>
                <Box variant="awsui-key-label">Value</Box>
                <CopyToClipboard
                  variant="inline"
                  textToCopy={attributes.VerificationToken}
                  copyButtonAriaLabel="Copy record value"
                  copySuccessText="Record value copied"
                  copyErrorText="The record value could not be copied"
                />
              </div>
            </ColumnLayout>
          </div>
        )}
        {pending && !isDomain && (
          <Box variant="p">
            SES has emailed a verification link to {identity}. The address is verified once its owner follows
            the link.
          </Box>
        )}
        {pending && onEmulator && (
          <Alert
            type="info"
            header="Built-in emulator"
            action={
              <Button onClick={() => verify.mutate(identityArn)} loading={verify.isPending}>
                Complete verification (emulator only)
              </Button>
            }
          >
            No email or DNS is involved here: the emulator can mark this identity verified, as SES would once
            the link is followed or the record is found.
          </Alert>
        )}
        {verify.isError && (
          <Alert type="error" header="Verification could not be completed">
            {verify.error.message}
          </Alert>
        )}
      </SpaceBetween>
    </Container>
  );
}
