/**
 * One identity the acting principal may send from: its owner, ARN (with a copy button), what the
 * owner's policies allow and deny it, how to send with it, and (for a connected delegate) its own
 * notification settings for that identity ARN.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';
import { exampleFromAddress, exampleRecipient, type Grant } from '../../policy-engine';
import { MonoValue } from '../../lib/ui/breakable';
import { GrantStatements } from './grant-statements';
import { UsagePanel } from './usage-panel';

interface GrantCardProps {
  grant: Grant;
  /** h2 in the list, h3 inside the inspector. */
  headingVariant?: 'h2' | 'h3';
  /** The grant's actions that the caller's own IAM policies allow; undefined when none are needed. */
  iamAllowed?: string[];
  /** Extra actions for the header, e.g. a link to send a test email with this grant. */
  actions?: (example: { from: string; to: string }) => ReactNode;
  /** The delegate's own notification settings for this identity ARN. */
  notifications?: ReactNode;
  /** "What exactly I may send": the identity's access analysis for the caller, in place of the statement list. */
  summary?: ReactNode;
  /** Where what the card shows came from (a grant the delegate added by hand says so). */
  origin?: ReactNode;
  /** True when SES does not say (a delegate cannot read another account's verification). */
  verificationUnknown?: boolean;
  /** More for this identity, after what it allows (e.g. the policies the owner sent, a test send). */
  children?: ReactNode;
}

export function GrantCard({
  grant,
  headingVariant = 'h2',
  iamAllowed,
  actions,
  notifications,
  summary,
  origin,
  verificationUnknown = false,
  children,
}: GrantCardProps) {
  const from = exampleFromAddress(grant);
  const to = exampleRecipient(grant);
  const granted = [...new Set(grant.allows.flatMap((s) => s.actions))];
  const missingIam = iamAllowed ? granted.filter((a) => !iamAllowed.includes(a)) : [];
  return (
    <Container
      header={
        <Header
          variant={headingVariant}
          description={`Owned by account ${grant.ownerAccount}, in ${grant.region}`}
          actions={actions?.({ from, to })}
        >
          {grant.identity}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {origin}
        <div>
          <Box variant="awsui-key-label">Identity ARN</Box>
          <div>
            <MonoValue
              value={grant.identityArn}
              copyLabel={`Copy the identity ARN of ${grant.identity}`}
              copiedText="Identity ARN copied"
            />
          </div>
        </div>
        <ColumnLayout columns={3} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">Owner account</Box>
            <div>{grant.ownerAccount}</div>
          </div>
          <div>
            <Box variant="awsui-key-label">Region</Box>
            <div>{grant.region}</div>
          </div>
          <div>
            <Box variant="awsui-key-label">Verification</Box>
            {verificationUnknown ? (
              <StatusIndicator type="info">Not shown to delegates: a test send tells</StatusIndicator>
            ) : grant.verified ? (
              <StatusIndicator type="success">Verified</StatusIndicator>
            ) : (
              <StatusIndicator type="pending">
                Pending: SES refuses sends until the owner verifies it
              </StatusIndicator>
            )}
          </div>
        </ColumnLayout>
        {/* The exact summary, when the page gives one, says all the statement list would and more. */}
        {summary ?? (
          <div>
            <Box variant="awsui-key-label">You may send with</Box>
            <GrantStatements statements={grant.allows} />
          </div>
        )}
        {grant.denies.length > 0 && (
          <Alert type="warning" header="Denied to you">
            These statements refuse you whatever the grants above allow, when their conditions hold:
            <GrantStatements statements={grant.denies} />
          </Alert>
        )}
        {children}
        {missingIam.length > 0 && (
          <Alert type="warning" header="Your IAM policies do not allow this yet">
            The owner allows {missingIam.join(', ')}, but your own IAM policies do not, and an IAM user or
            role needs both. Ask your account’s administrator to allow it on {grant.identityArn}.
          </Alert>
        )}
        <ExpandableSection headerText="How to send with this identity" variant="footer">
          <UsagePanel identityArn={grant.identityArn} region={grant.region} from={from} to={to} />
        </ExpandableSection>
        {notifications && (
          <ExpandableSection headerText="Your notification settings for this identity" variant="footer">
            {notifications}
          </ExpandableSection>
        )}
      </SpaceBetween>
    </Container>
  );
}
