/**
 * The acting principal's grants: every identity of another account whose policies let it send,
 * found by reading the built-in emulator (real SES never shows a delegate the owner's policies),
 * and the inspector for an identity ARN received from an owner.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { SesConnection } from '../../lib/ses/client';
import {
  grantsFor,
  iamAllowedActions,
  type IdentityWithPolicies,
  type PolicyInput,
} from '../../policy-engine';
import { DelegateNotificationSettings } from './delegate-notification-settings';
import { emulatorIdentitiesQuery } from '../../lib/emulator/record-queries';
import { GrantCard } from './grant-card';
import { InspectArn } from './inspect-arn';

export interface GrantsViewProps {
  connection: SesConnection;
  principal: { arn: string; label: string; account: string };
  /** The SNS topics of the acting principal's account. */
  accountTopics: string[];
  /** The acting principal's IAM policies (an IAM user's); undefined for a root. */
  iamPolicies?: PolicyInput[];
  /** Where "Send a test email" goes for a grant. */
  sendHref: (example: { from: string; to: string; sourceArn: string }) => string;
  onFollowSend: (href: string) => void;
  /** "What exactly I may send" for a grant's identity, composed by the page (the access analysis). */
  accessSummary?: (identity: IdentityWithPolicies) => ReactNode;
}

export function GrantsView({
  connection,
  principal,
  accountTopics,
  iamPolicies,
  sendHref,
  onFollowSend,
  accessSummary,
}: GrantsViewProps) {
  const identities = useQuery(emulatorIdentitiesQuery());
  const all = identities.data ?? [];
  const grants = grantsFor(principal.arn, all);
  const ownDomain = all.find(
    (i) => i.account === principal.account && i.verified && !i.name.includes('@'),
  )?.name;
  return (
    <SpaceBetween size="l">
      <Alert type="info" header="Found by the built-in emulator">
        This list comes from the built-in emulator, which can read every account’s identities and policies.
        Real SES never shows a delegate another account’s policies: there, the owner sends you the identity
        ARN, which you can inspect below.
      </Alert>
      <Header
        variant="h2"
        counter={identities.isSuccess ? `(${grants.length})` : undefined}
        description={`Identities other accounts let ${principal.label} send from.`}
        actions={
          <Button
            iconName="refresh"
            onClick={() => void identities.refetch()}
            loading={identities.isFetching}
            ariaLabel="Refresh grants"
          >
            Refresh
          </Button>
        }
      >
        Identities you may send from
      </Header>
      {identities.isPending ? (
        <StatusIndicator type="loading">Reading the emulator’s identities</StatusIndicator>
      ) : identities.isError ? (
        <Alert type="error" header="The grants could not be read">
          {identities.error.message}
        </Alert>
      ) : grants.length === 0 ? (
        <Container>
          <Box variant="p">
            No other account lets {principal.label} send from its identities. An owner grants access with a
            sending authorization policy on an identity whose Principal names your account, IAM user or role.
          </Box>
        </Container>
      ) : (
        grants.map((grant) => {
          const identity = all.find((i) => i.identityArn === grant.identityArn);
          return (
            <GrantCard
              key={grant.identityArn}
              grant={grant}
              iamAllowed={iamAllowedActions(grant, principal.arn, iamPolicies)}
              summary={identity && accessSummary?.(identity)}
              actions={({ from, to }) => {
                const href = sendHref({ from, to, sourceArn: grant.identityArn });
                return (
                  <Button
                    href={href}
                    onFollow={(event) => {
                      event.preventDefault();
                      onFollowSend(href);
                    }}
                    ariaLabel={`Send a test email from ${grant.identity}`}
                  >
                    Send a test email
                  </Button>
                );
              }}
              notifications={
                <DelegateNotificationSettings
                  connection={connection}
                  identityArn={grant.identityArn}
                  accountTopics={accountTopics}
                  ownReturnPathDomain={ownDomain}
                />
              }
            />
          );
        })
      )}
      <InspectArn callerArn={principal.arn} known={all} />
    </SpaceBetween>
  );
}
