/**
 * An identity ARN received from an owner, inspected: its parts (or what is wrong with it), and
 * what it grants the acting principal, from the emulator or from a policy the owner shared.
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
import { useMemo, useState } from 'react';
import { parseIdentityArn, validatePolicy } from '../../policy-engine';
import { grantsFor, type IdentityWithPolicies } from './compute-grants';
import type { EmulatorIdentity } from './emulator-grants';
import { GrantCard } from './grant-card';

interface InspectArnProps {
  callerArn: string;
  known: EmulatorIdentity[];
}

export function InspectArn({ callerArn, known }: InspectArnProps) {
  const [arn, setArn] = useState('');
  const [policyText, setPolicyText] = useState('');
  const parsed = arn.trim() ? parseIdentityArn(arn.trim()) : undefined;
  const identity = parsed?.ok ? parsed.identity : undefined;
  const policyErrors = useMemo(
    () =>
      identity && policyText.trim()
        ? validatePolicy(policyText, { identityArn: arn.trim() }).filter((d) => d.severity === 'error')
        : [],
    [identity, policyText, arn],
  );
  const result = useMemo(() => {
    if (!identity) return undefined;
    const stored = known.find((k) => k.identityArn === arn.trim());
    const candidate: IdentityWithPolicies = {
      identityArn: arn.trim(),
      account: identity.account,
      name: identity.name,
      verified: stored?.verified ?? true,
      policies: policyText.trim()
        ? [{ name: 'Pasted policy', document: policyText }]
        : (stored?.policies ?? []),
    };
    return { grants: grantsFor(callerArn, [candidate]), stored, pasted: Boolean(policyText.trim()) };
  }, [identity, known, arn, policyText, callerArn]);

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Paste an identity ARN an owner gave you, and optionally the policy they attached, to see what it lets you do."
        >
          Inspect an identity ARN
        </Header>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Identity ARN" errorText={parsed && !parsed.ok ? parsed.error : undefined}>
          <Input
            value={arn}
            onChange={({ detail }) => setArn(detail.value)}
            placeholder="arn:aws:ses:us-east-1:888888888888:identity/ses-example.com"
            spellcheck={false}
          />
        </FormField>
        {identity && (
          <ColumnLayout columns={4} variant="text-grid">
            <div>
              <Box variant="awsui-key-label">Owner account</Box>
              {identity.account}
            </div>
            <div>
              <Box variant="awsui-key-label">Region</Box>
              {identity.region}
            </div>
            <div>
              <Box variant="awsui-key-label">Identity</Box>
              {identity.name}
            </div>
            <div>
              <Box variant="awsui-key-label">Type</Box>
              {identity.name.includes('@') ? 'Email address' : 'Domain'}
            </div>
          </ColumnLayout>
        )}
        <FormField
          label="Policy from the owner (optional)"
          description="SES never shows you the owner’s policies; paste one they shared to check what it grants you."
          errorText={
            policyErrors[0]
              ? `${policyErrors[0].message} (line ${policyErrors[0].range.start.line})`
              : undefined
          }
        >
          <Textarea
            value={policyText}
            onChange={({ detail }) => setPolicyText(detail.value)}
            rows={6}
            spellcheck={false}
          />
        </FormField>
        {result &&
          (result.grants[0] ? (
            <GrantCard grant={result.grants[0]} region={identity?.region ?? 'us-east-1'} accountTopics={[]} />
          ) : (
            <Alert type="info" header="Nothing granted to you">
              {result.pasted || result.stored
                ? `No Allow statement in ${result.pasted ? 'the pasted policy' : 'the emulator’s policies for it'} names ${callerArn} for a send action on this identity.`
                : 'The emulator does not hold this identity; paste the policy its owner attached to see what it grants.'}
            </Alert>
          ))}
      </SpaceBetween>
    </Container>
  );
}
