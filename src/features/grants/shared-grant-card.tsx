/**
 * One identity shared with the caller on a real connection: where what is shown came from (the
 * caller added it; the policy text is as the owner sent it), what that text allows the caller,
 * the texts themselves (as plain text), Remove, and a test send that asks SES itself.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import type { SharedGrant } from '../../lib/connections/shared-grants';
import type { SesConnection } from '../../lib/ses/client';
import { DateTime } from '../../lib/ui/date-time';
import {
  exampleFromAddress,
  grantOn,
  parseIdentityArn,
  type IdentityWithPolicies,
} from '../../policy-engine';
import { GrantCard } from './grant-card';
import styles from './grants.module.css';
import { TestSend } from './test-send';

interface SharedGrantCardProps {
  shared: SharedGrant;
  connection: SesConnection;
  principal: { arn: string; label: string };
  onRemove: (policyName?: string) => void;
  /** "What exactly I may send", composed by the page, for an identity with policy text. */
  accessSummary?: (identity: IdentityWithPolicies) => ReactNode;
  /** The caller's own notification settings for this identity ARN. */
  notifications?: ReactNode;
}

/** The shared grant as the engine's identity: verification is not known to a delegate. */
export function sharedIdentity(shared: SharedGrant): IdentityWithPolicies | undefined {
  const parsed = parseIdentityArn(shared.identityArn);
  if (!parsed.ok) return undefined;
  const { account, region, name } = parsed.identity;
  return {
    identityArn: parsed.identity.arn,
    account,
    region,
    name,
    verified: true,
    policies: shared.policies.map(({ name: policyName, document }) => ({ name: policyName, document })),
  };
}

export function SharedGrantCard({
  shared,
  connection,
  principal,
  onRemove,
  accessSummary,
  notifications,
}: SharedGrantCardProps) {
  const identity = sharedIdentity(shared);
  if (!identity) return null;
  const grant = grantOn(principal.arn, identity);
  const hasPolicies = shared.policies.length > 0;
  const summary = !hasPolicies ? (
    <Box variant="p">
      No policy text from the owner: what it allows you is not known here. The test send below asks SES.
    </Box>
  ) : grant.allows.length === 0 ? (
    <Box variant="p">
      No Allow statement in the policy text names {principal.arn} for a send action on this identity: SES
      would refuse your sends, unless the owner attached other policies.
    </Box>
  ) : (
    accessSummary?.(identity)
  );
  return (
    <GrantCard
      grant={grant}
      verificationUnknown
      summary={summary}
      notifications={notifications}
      origin={
        <Box variant="small" color="text-body-secondary" display="block">
          Added by you on <DateTime iso={shared.addedAt} />
          {hasPolicies
            ? '; policy text as the owner sent it — SES does not show delegates other accounts’ policies.'
            : '. SES does not show delegates other accounts’ policies.'}
        </Box>
      }
      actions={() => (
        <Button onClick={() => onRemove()} ariaLabel={`Remove ${identity.name} from this list`}>
          Remove
        </Button>
      )}
    >
      {hasPolicies && (
        <ExpandableSection headerText="Policy text the owner sent" variant="footer">
          <SpaceBetween size="m">
            {shared.policies.map((policy) => (
              <div key={policy.name}>
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  <Box variant="awsui-key-label">{policy.name}</Box>
                  <Box variant="small" color="text-body-secondary">
                    added <DateTime iso={policy.addedAt} />
                  </Box>
                  <Button
                    variant="inline-link"
                    onClick={() => onRemove(policy.name)}
                    ariaLabel={`Remove policy ${policy.name} of ${identity.name}`}
                  >
                    Remove policy
                  </Button>
                </SpaceBetween>
                {/* Text content, never markup: the policy is whatever was pasted. */}
                <pre className={styles.snippet}>{policy.document}</pre>
              </div>
            ))}
          </SpaceBetween>
        </ExpandableSection>
      )}
      <TestSend
        connection={connection}
        identityArn={identity.identityArn}
        suggestedFrom={exampleFromAddress(grant)}
        callerLabel={principal.label}
        callerArn={principal.arn}
      />
    </GrantCard>
  );
}
