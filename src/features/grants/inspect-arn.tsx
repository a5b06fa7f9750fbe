/**
 * An identity ARN received from an owner, inspected: what is wrong with it, or its parts; and what
 * it grants the acting principal, from the emulator's copy of the identity or from a policy the
 * owner shared (pasted here).
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import {
  describeCaller,
  grantOn,
  parseIdentityArn,
  validatePolicy,
  type IdentityArn,
  type IdentityWithPolicies,
} from '../../policy-engine';
import { GrantCard } from './grant-card';

interface InspectArnProps {
  callerArn: string;
  /** Every identity the emulator holds. */
  known: IdentityWithPolicies[];
}

const sameIdentity = (a: IdentityWithPolicies, b: IdentityArn) =>
  a.account === b.account && a.region === b.region && a.name.toLowerCase() === b.name.toLowerCase();

function ArnParts({ identity }: { identity: IdentityArn }) {
  return (
    <ColumnLayout columns={4} variant="text-grid">
      {[
        ['Owner account', identity.account],
        ['Region', identity.region],
        ['Identity', identity.name],
        ['Type', identity.kind === 'EmailAddress' ? 'Email address' : 'Domain'],
      ].map(([label, value]) => (
        <div key={label}>
          <Box variant="awsui-key-label">{label}</Box>
          <div>{value}</div>
        </div>
      ))}
    </ColumnLayout>
  );
}

export function InspectArn({ callerArn, known }: InspectArnProps) {
  const [arn, setArn] = useState('');
  const [policyText, setPolicyText] = useState('');
  const parsed = arn.trim() ? parseIdentityArn(arn) : undefined;
  const identity = parsed?.ok ? parsed.identity : undefined;
  const stored = identity ? known.find((k) => sameIdentity(k, identity)) : undefined;
  const pasted = policyText.trim() !== '';
  const policyError =
    identity && pasted
      ? validatePolicy(policyText, { identityArn: identity.arn }).find((d) => d.severity === 'error')
      : undefined;
  const candidate: IdentityWithPolicies | undefined = identity && {
    identityArn: stored?.identityArn ?? identity.arn,
    account: identity.account,
    region: identity.region,
    name: stored?.name ?? identity.name,
    verified: stored?.verified ?? true,
    policies: pasted ? [{ name: 'Pasted policy', document: policyText }] : (stored?.policies ?? []),
  };
  const grant = candidate && grantOn(callerArn, candidate);
  const own = identity?.account === describeCaller(callerArn).account;

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Paste an identity ARN an owner sent you, and the policy they attached if they shared it, to check it and see what it lets you do."
        >
          Inspect an identity ARN
        </Header>
      }
    >
      <SpaceBetween size="m">
        <FormField
          label="Identity ARN"
          errorText={parsed && !parsed.ok ? parsed.error : undefined}
          constraintText="arn:aws:ses:REGION:ACCOUNT:identity/DOMAIN-OR-ADDRESS"
        >
          <Input
            value={arn}
            onChange={({ detail }) => setArn(detail.value)}
            placeholder="arn:aws:ses:<Region>:<owner account>:identity/<address or domain>"
            spellcheck={false}
          />
        </FormField>
        {identity && <ArnParts identity={identity} />}
        <FormField
          label="Policy from the owner (optional)"
          description="SES never shows you another account’s policies; paste one the owner shared to check what it grants you."
          errorText={
            policyError ? `${policyError.message} (line ${policyError.range.start.line})` : undefined
          }
        >
          <Textarea
            value={policyText}
            onChange={({ detail }) => setPolicyText(detail.value)}
            rows={5}
            spellcheck={false}
          />
        </FormField>
        {identity && grant && (
          <div aria-live="polite">
            {own ? (
              <Alert type="info" header="This identity is your account’s own">
                You send from your own identities without a grant; their settings are on the Identities page.
              </Alert>
            ) : grant.allows.length > 0 ? (
              <SpaceBetween size="s">
                <Box variant="p">
                  {pasted
                    ? 'What the pasted policy lets you do with this identity:'
                    : 'The built-in emulator holds this identity; its policies let you do this:'}
                </Box>
                <GrantCard grant={grant} headingVariant="h3" />
              </SpaceBetween>
            ) : (
              <Alert type="info" header="Nothing granted to you">
                {pasted
                  ? `No Allow statement in the pasted policy names ${callerArn} for a send action on this identity.`
                  : stored
                    ? `The built-in emulator holds this identity, but none of its policies lets ${callerArn} send from it.`
                    : 'The built-in emulator holds no identity with this ARN. Paste the policy its owner attached to see what it would grant you.'}
              </Alert>
            )}
          </div>
        )}
      </SpaceBetween>
    </Container>
  );
}
