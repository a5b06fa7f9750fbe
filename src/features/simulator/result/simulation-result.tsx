/** The simulator's answer: the overall decision as SES would give it, then each identity role. */
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { DecisionBadge } from './decision-badge';
import { RoleDecision } from './role-decision';
import type { Simulation } from '../evaluation/simulate';
import { methodSummary, type SendMethod } from '../form/send-methods';
import styles from './result.module.css';
import { MonoValue } from '../../../lib/ui/breakable';
import { PlainText, SesMessage } from '../../../lib/ui/plain-text';

/** One line per value, each breakable only at its separators. */
function ValueLines({ values, label }: { values: string[]; label: string }) {
  if (values.length === 0) return 'none';
  return (
    <ul className={styles.valueLines} aria-label={label}>
      {values.map((v, i) => (
        <li key={i}>
          <MonoValue value={v} />
        </li>
      ))}
    </ul>
  );
}

const ARN_ROLES = [
  ['Source', 'source'],
  ['From', 'from'],
  ['Return-Path', 'returnPath'],
] as const;

export function SimulationResult({ simulation, method }: { simulation: Simulation; method: SendMethod }) {
  const { result, message } = simulation;
  const action = `ses:${method.action}`;
  const allowed = result.decision === 'Allow';
  const arns = ARN_ROLES.flatMap(([role, key]) => {
    const arn = message.arns[key];
    return arn ? [[role, arn] as const] : [];
  });
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            actions={<DecisionBadge decision={result.decision} errorCode={result.error?.code} />}
          >
            Decision
          </Header>
        }
      >
        <SpaceBetween size="m">
          <Alert
            type={allowed ? 'success' : 'error'}
            header={
              allowed
                ? `SES would accept this ${method.label}`
                : `SES would refuse this ${method.label} with ${result.error?.code ?? 'an error'}`
            }
          >
            {allowed ? (
              <PlainText text={result.summary} />
            ) : (
              <SesMessage text={result.error?.message ?? ''} copyLabel="Copy SES’s error message" />
            )}
          </Alert>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Authorized as', value: methodSummary(method) },
              {
                label: 'From address (ses:FromAddress)',
                value: <MonoValue value={message.from} />,
              },
              { label: 'Display name', value: message.fromDisplayName ?? 'none' },
              {
                label: 'Recipients (ses:Recipients)',
                value: <ValueLines values={message.recipients} label="Recipients" />,
              },
              { label: 'Return-Path', value: message.returnPath ?? 'none' },
              {
                label: 'ARNs',
                value: arns.length ? (
                  <ul className={styles.valueLines} aria-label="ARNs">
                    {arns.map(([role, arn]) => (
                      <li key={role}>
                        {role}: <MonoValue value={arn} copyLabel={`Copy the ${role} ARN`} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  'none'
                ),
              },
              {
                label: 'Request context',
                // One key per line: a single `k=v; k=v` run was a wall of monospace.
                value: (
                  <ValueLines
                    label="Request context"
                    values={Object.entries(result.context ?? {}).map(
                      ([k, v]) => `${k}=${Array.isArray(v) ? v.join(', ') : String(v)}`,
                    )}
                  />
                ),
              },
            ]}
          />
          {simulation.assumedVerified && (
            <Alert type="info">
              The identity is not one the acting principal can list, so the simulator takes it to be verified
              and to have the policies given here.
            </Alert>
          )}
        </SpaceBetween>
      </Container>
      {result.identities.map((role) => (
        <RoleDecision
          key={role.role}
          role={role}
          action={action}
          policiesByArn={simulation.policiesByArn}
          callerPolicies={simulation.callerPolicies}
        />
      ))}
    </SpaceBetween>
  );
}
