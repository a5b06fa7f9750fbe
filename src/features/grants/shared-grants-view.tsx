/**
 * The Grants page on a real connection (an SES endpoint or AWS): SES never shows a delegate
 * another account's policies, so the list is what the caller added by hand (shared-grants.ts),
 * kept per caller account in this browser, each entry checked by the engine and by a test send.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import {
  addSharedGrant,
  removeSharedGrant,
  type SharedGrantInput,
} from '../../lib/connections/shared-grants';
import { useSharedGrants } from '../../lib/connections/use-shared-grants';
import type { SesConnection } from '../../lib/ses/client';
import type { IdentityWithPolicies } from '../../policy-engine';
import { AddSharedGrantForm } from './add-shared-grant-form';
import { DelegateNotificationSettings } from './delegate-notification-settings';
import { SharedGrantCard } from './shared-grant-card';

export interface SharedGrantsViewProps {
  connection: SesConnection;
  principal: { arn: string; label: string; account: string };
  accessSummary?: (identity: IdentityWithPolicies) => ReactNode;
}

export function SharedGrantsView({ connection, principal, accessSummary }: SharedGrantsViewProps) {
  const { grants, dropped } = useSharedGrants(principal.account);
  const [removeError, setRemoveError] = useState<string>();
  const add = (input: SharedGrantInput) => addSharedGrant(principal.account, principal.arn, input);
  const remove = (identityArn: string, policyName?: string) => {
    const result = removeSharedGrant(principal.account, identityArn, policyName);
    setRemoveError(result.ok ? undefined : result.error);
  };
  return (
    <SpaceBetween size="l">
      <Alert type="info" header="Added by you">
        Real SES never shows a delegate another account’s identities or policies. This list is what you added
        for account {principal.account}: the identity ARNs owners sent you, and the policy text they shared.
        It is kept in this browser (no credentials with it); a test send asks SES whether you may really send.
      </Alert>
      {dropped > 0 && (
        <Alert type="warning" header="Some saved entries could not be read">
          {dropped === 1 ? 'One entry' : `${dropped} entries`} kept in this browser for account{' '}
          {principal.account} did not read as an identity ARN or a policy, and {dropped === 1 ? 'is' : 'are'}{' '}
          left out. Add them again if you still need them.
        </Alert>
      )}
      <AddSharedGrantForm key={principal.arn} callerArn={principal.arn} onAdd={add} />
      {removeError && (
        <Alert type="error" dismissible onDismiss={() => setRemoveError(undefined)} header="Not removed">
          {removeError}
        </Alert>
      )}
      <Header
        variant="h2"
        counter={`(${grants.length})`}
        description={`Identities other accounts shared with ${principal.label}, as you added them.`}
      >
        Identities shared with you
      </Header>
      {grants.length === 0 ? (
        <Container>
          <Box variant="p">
            None yet. Ask the identity’s owner for its ARN (and the policy they attached), then add it above.
          </Box>
        </Container>
      ) : (
        grants.map((shared) => (
          <SharedGrantCard
            key={shared.identityArn}
            shared={shared}
            connection={connection}
            principal={principal}
            accessSummary={accessSummary}
            onRemove={(policyName) => remove(shared.identityArn, policyName)}
            notifications={
              <DelegateNotificationSettings
                connection={connection}
                identityArn={shared.identityArn}
                accountTopics={[]}
              />
            }
          />
        ))
      )}
    </SpaceBetween>
  );
}
