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
import styles from '../simulator.module.css';

export function SimulationResult({ simulation, method }: { simulation: Simulation; method: SendMethod }) {
  const { result, message } = simulation;
  const action = `ses:${method.action}`;
  const allowed = result.decision === 'Allow';
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
            {allowed ? result.summary : result.error?.message}
          </Alert>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Authorized as', value: methodSummary(method) },
              {
                label: 'From address (ses:FromAddress)',
                value: <span className={styles.monospace}>{message.from}</span>,
              },
              { label: 'Display name', value: message.fromDisplayName ?? 'none' },
              {
                label: 'Recipients (ses:Recipients)',
                value: <span className={styles.monospace}>{message.recipients.join(', ') || 'none'}</span>,
              },
              { label: 'Return-Path', value: message.returnPath ?? 'none' },
              {
                label: 'ARNs',
                value: (
                  <span className={styles.monospace}>
                    {[
                      message.arns.source && `Source: ${message.arns.source}`,
                      message.arns.from && `From: ${message.arns.from}`,
                      message.arns.returnPath && `Return-Path: ${message.arns.returnPath}`,
                    ]
                      .filter(Boolean)
                      .join('; ') || 'none'}
                  </span>
                ),
              },
              {
                label: 'Request context',
                value: (
                  <span className={styles.monospace}>
                    {Object.entries(result.context ?? {})
                      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
                      .join('; ')}
                  </span>
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
