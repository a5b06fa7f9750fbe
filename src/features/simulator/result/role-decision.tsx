/**
 * One identity role of the send (Source, From or Return-Path): its decision, the ARN used and
 * why, each policy's text with the deciding lines marked, every condition, missing context keys
 * and what would change the answer.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { changeHints, type IdentityAuthorization } from '../../../policy-engine';
import { ConditionsTable } from './conditions-table';
import { DecisionBadge } from './decision-badge';
import { policyMarks, type LineMark } from './policy-marks';
import { missingKeyAdvice } from './missing-keys';
import { PolicyText } from './policy-text';
import type { SimulatorPolicy } from '../scenario';
import { MonoValue } from '../../../lib/ui/breakable';
import { PlainText, SesMessage } from '../../../lib/ui/plain-text';
import { ownValue } from '../../../lib/own-keys';

export const ROLE_NAMES = { source: 'Source', from: 'From', returnPath: 'Return-Path' } as const;

const ORIGIN: Record<IdentityAuthorization['origin'], string> = {
  parameter: 'named by the request’s ARN parameter',
  header: 'named by the raw message’s X-SES-*-ARN header',
  'source-arn': 'the Source ARN, whose identity covers this address',
  'own-identity': 'no ARN applies: the caller’s own identity for this address',
};

function markSummary(marks: LineMark[]): string[] {
  return marks.map((m) =>
    m.startLine === m.endLine
      ? `Line ${m.startLine}: ${m.label}`
      : `Lines ${m.startLine}–${m.endLine}: ${m.label}`,
  );
}

export function RoleDecision({
  role,
  action,
  policiesByArn,
  callerPolicies,
}: {
  role: IdentityAuthorization;
  action: string;
  policiesByArn: Record<string, SimulatorPolicy[]>;
  callerPolicies?: SimulatorPolicy[];
}) {
  const name = ROLE_NAMES[role.role];
  const evaluation = role.evaluation;
  const governing = role.evaluatedArn ?? role.arn ?? '';
  const textOf = (policy: string, kind: 'resource' | 'identity') =>
    (kind === 'resource' ? ownValue(policiesByArn, governing) : callerPolicies)?.find(
      (p) => p.name === policy,
    )?.document;
  return (
    <Container
      header={
        <Header
          variant="h3"
          description={role.address}
          actions={<DecisionBadge decision={role.decision} errorCode={role.error?.code} />}
        >
          {name} identity
        </Header>
      }
    >
      <SpaceBetween size="m">
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'Identity ARN',
              value: role.arn ? (
                <MonoValue value={role.arn} copyLabel={`Copy the ${name} identity ARN`} />
              ) : (
                'none found'
              ),
            },
            { label: 'Why this identity', value: ORIGIN[role.origin] },
            ...(role.evaluatedArn
              ? [
                  {
                    label: 'Policies evaluated',
                    value: (
                      <span>
                        those of the email address identity <MonoValue value={role.evaluatedArn} />, which
                        take precedence over its domain’s
                      </span>
                    ),
                  },
                ]
              : []),
            { label: 'Reason', value: <PlainText text={role.reason} /> },
          ]}
        />
        {role.error && (
          <Alert
            type={role.decision === 'Allow' ? 'info' : 'error'}
            header={`SES would answer ${role.error.code} (HTTP ${role.error.httpStatus})`}
          >
            <SesMessage
              text={role.error.message}
              copyLabel={`Copy SES’s error message for the ${name} identity`}
            />
          </Alert>
        )}
        {evaluation && (
          <>
            <Box variant="h4">What would change the answer</Box>
            <ul>
              {changeHints(evaluation, action).map((hint) => (
                <li key={hint}>
                  <PlainText text={hint} />
                </li>
              ))}
            </ul>
            {evaluation.missingContextKeys.length > 0 && (
              <Alert type="warning" header="The policies use context keys this request lacks">
                <ul>
                  {evaluation.missingContextKeys.map((key) => (
                    <li key={key}>
                      <PlainText text={missingKeyAdvice(key)} />
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
            {evaluation.diagnostics.length > 0 && (
              <Alert type="warning" header="Unreadable policy documents (they can never allow)">
                <ul>
                  {evaluation.diagnostics.map((d, i) => (
                    <li key={i}>
                      {d.policyName ? `${d.policyName}: ` : ''}
                      <PlainText text={d.message} /> (line {d.range.start.line})
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
            {evaluation.policies.length === 0 && (
              <Box color="text-body-secondary">The identity has no sending authorization policies.</Box>
            )}
            {evaluation.policies.map((policy) => {
              const text = textOf(policy.name, policy.kind);
              const marks = policyMarks(evaluation, policy.name, policy.kind);
              const title =
                policy.kind === 'resource' ? `Policy ${policy.name}` : `Caller’s IAM policy ${policy.name}`;
              return (
                <ExpandableSection
                  key={`${policy.kind}/${policy.name}`}
                  headerText={title}
                  defaultExpanded={marks.length > 0 || evaluation.policies.length === 1}
                  headingTagOverride="h4"
                >
                  <SpaceBetween size="xs">
                    {markSummary(marks).map((line) => (
                      <Box key={line} variant="small">
                        <PlainText text={line} />
                      </Box>
                    ))}
                    {text === undefined ? (
                      <Box color="text-body-secondary">The text of this policy is not available.</Box>
                    ) : (
                      <PolicyText name={policy.name} text={text} marks={marks} />
                    )}
                  </SpaceBetween>
                </ExpandableSection>
              );
            })}
            <ConditionsTable evaluation={evaluation} label={`Conditions examined for the ${name} identity`} />
          </>
        )}
      </SpaceBetween>
    </Container>
  );
}
