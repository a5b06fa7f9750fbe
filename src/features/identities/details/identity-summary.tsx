/**
 * An identity's summary: its ARN (to hand to delegates), type and verification status, which can
 * be read again; for a domain awaiting verification, the DNS records to publish; for an address,
 * on a real connection, SES's verification email sent again; on the emulator, a clearly labelled
 * action that completes verification (nowhere else: only SES verifies an identity).
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SesConnection } from '../../../lib/ses/client';
import { completeVerificationMutation } from '../../../lib/ses/identity-mutations';
import { MonoValue } from '../../../lib/ui/breakable';
import { VerificationStatus } from './verification-status';
import { DnsRecords, verificationRecords } from './dns-records';
import { ResendVerification } from './resend-verification';
import type { IdentityVerification } from '../../../lib/ses/identities';

interface IdentitySummaryProps {
  connection: SesConnection;
  identity: string;
  identityArn: string;
  attributes: IdentityVerification;
  /** The console talks to the built-in emulator, which can complete verification. */
  onEmulator: boolean;
  /** Reads the verification attributes again. */
  onRefresh: () => void;
  refreshing: boolean;
}

export function IdentitySummary({
  connection,
  identity,
  identityArn,
  attributes,
  onEmulator,
  onRefresh,
  refreshing,
}: IdentitySummaryProps) {
  const queryClient = useQueryClient();
  const verify = useMutation(completeVerificationMutation(connection, queryClient));
  const isDomain = !identity.includes('@');
  const pending = attributes.VerificationStatus !== 'Success';
  const failed = attributes.VerificationStatus === 'Failed';
  const records = isDomain ? verificationRecords(identity, attributes) : [];
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            <Button iconName="refresh" onClick={onRefresh} loading={refreshing}>
              Refresh status
            </Button>
          }
        >
          Summary
        </Header>
      }
    >
      <SpaceBetween size="l">
        <ColumnLayout columns={3} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">Identity ARN</Box>
            {/* Breaks only after : and /, never inside the account ID or the name. */}
            <MonoValue value={identityArn} copyLabel="Copy identity ARN" copiedText="Identity ARN copied" />
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
        {pending && isDomain && records.length > 0 && <DnsRecords domain={identity} records={records} />}
        {pending && !isDomain && (
          <Box variant="p">
            {failed
              ? `The verification link SES emailed to ${identity} was not followed within 24 hours, so SES stopped waiting for it.`
              : `SES has emailed a verification link to ${identity}. The address is verified once its owner follows the link.`}
          </Box>
        )}
        {pending && !isDomain && !onEmulator && (
          <ResendVerification connection={connection} address={identity} />
        )}
        {pending && !onEmulator && (
          <Box variant="small" display="block">
            Only SES marks an identity verified, once{' '}
            {isDomain ? `it finds the DNS record${records.length > 1 ? 's' : ''}` : 'the link is followed'}:
            completing verification from the console is the built-in emulator’s stand-in, not offered on a
            real SES connection. Refresh status reads what SES says now.
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
