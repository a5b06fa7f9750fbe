/** Every send attempt: time, caller, identity ARNs, decision, SES's error code, and the trace. */
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { EmulatorSendAttempt } from '../../lib/emulator/emulator-api';
import { AttemptTrace } from './attempt-trace';

const time = (iso: string) => new Date(iso).toLocaleString();

function Decision({ attempt }: { attempt: EmulatorSendAttempt }) {
  if (attempt.decision === 'Allow') return <StatusIndicator type="success">Allowed</StatusIndicator>;
  return (
    <StatusIndicator type="error">
      {attempt.decision === 'ExplicitDeny' ? 'Explicitly denied' : 'Refused'}
    </StatusIndicator>
  );
}

interface Props {
  items: EmulatorSendAttempt[];
  loading: boolean;
  error?: string;
}

export function AttemptsTable({ items, loading, error }: Props) {
  return (
    <Table<EmulatorSendAttempt>
      variant="container"
      items={items}
      loading={loading}
      loadingText="Loading send attempts"
      trackBy={(a) => String(a.id ?? a.time)}
      wrapLines
      ariaLabels={{ tableLabel: 'Send attempts' }}
      header={
        <Header
          variant="h2"
          counter={`(${items.length})`}
          description="Every call to a send operation, allowed or refused, newest first."
        >
          Send attempts
        </Header>
      }
      empty={<Box textAlign="center">{error ?? 'No send attempts match.'}</Box>}
      columnDefinitions={[
        { id: 'time', header: 'Time', cell: (a) => time(a.time) },
        { id: 'caller', header: 'Caller', cell: (a) => a.caller, isRowHeader: true },
        { id: 'action', header: 'Action', cell: (a) => a.action },
        {
          id: 'identities',
          header: 'Identity ARNs',
          cell: (a) =>
            a.identityArns.length ? (
              <SpaceBetween size="xxxs">
                {[...new Set(a.identityArns)].map((arn) => (
                  <span key={arn}>{arn}</span>
                ))}
              </SpaceBetween>
            ) : (
              '—'
            ),
        },
        { id: 'decision', header: 'Decision', cell: (a) => <Decision attempt={a} /> },
        { id: 'error', header: 'Error code', cell: (a) => a.errorCode ?? '—' },
        {
          id: 'details',
          header: 'Details',
          minWidth: 300,
          cell: (a) => (
            <SpaceBetween size="xxs">
              <span>{a.messageId ? `MessageId ${a.messageId}` : a.message}</span>
              <AttemptTrace trace={a.trace} label={`the ${a.action} at ${time(a.time)}`} />
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
