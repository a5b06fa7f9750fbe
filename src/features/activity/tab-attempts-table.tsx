/**
 * "Attempts from this tab": every send this console made here and SES's answer, newest first,
 * from the tab's own record (lib/ses/tab-attempts.ts). Text only: every field came from a form or
 * from SES, and was read back from sessionStorage.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useSyncExternalStore } from 'react';
import {
  clearTabAttempts,
  subscribeTabAttempts,
  tabAttempts,
  type TabAttempt,
} from '../../lib/ses/tab-attempts';
import { MonoValue, OneLine } from '../../lib/ui/breakable';
import { DateTime } from '../../lib/ui/date-time';
import { SesMessage } from '../../lib/ui/plain-text';

export function useTabAttempts(): readonly TabAttempt[] {
  return useSyncExternalStore(subscribeTabAttempts, tabAttempts);
}

const describe = (attempt: TabAttempt) => `${attempt.action} from ${attempt.from ?? 'no From'}`;

function Outcome({ attempt }: { attempt: TabAttempt }) {
  const { outcome } = attempt;
  if (outcome.ok)
    return (
      <SpaceBetween size="xxxs">
        <StatusIndicator type="success">Accepted</StatusIndicator>
        {outcome.messageId && (
          <span>
            MessageId <MonoValue value={outcome.messageId} kind="id" />
          </span>
        )}
      </SpaceBetween>
    );
  return (
    <SpaceBetween size="xxxs">
      <StatusIndicator type="error">Refused</StatusIndicator>
      <span>
        <strong>{outcome.code}</strong>:{' '}
        <SesMessage text={outcome.message} copyLabel={`Copy SES’s message for ${describe(attempt)}`} />
      </span>
    </SpaceBetween>
  );
}

function IdentityArns({ attempt }: { attempt: TabAttempt }) {
  const arns = [
    attempt.sourceArn && { label: 'Source', arn: attempt.sourceArn },
    attempt.fromArn && { label: 'From', arn: attempt.fromArn },
  ].filter((entry): entry is { label: string; arn: string } => Boolean(entry));
  if (arns.length === 0) return '—';
  return (
    <SpaceBetween size="xxxs">
      {arns.map(({ label, arn }) => (
        <span key={label}>
          {label}: <MonoValue value={arn} copyLabel={`Copy ${label} ARN ${arn}`} />
        </span>
      ))}
    </SpaceBetween>
  );
}

export function TabAttemptsTable() {
  const attempts = useTabAttempts();
  const items = [...attempts].reverse();
  return (
    <Table<TabAttempt>
      variant="container"
      items={items}
      trackBy="id"
      wrapLines
      ariaLabels={{ tableLabel: 'Attempts from this tab' }}
      header={
        <Header
          variant="h2"
          counter={`(${items.length})`}
          description="Every send this console made in this browser tab, allowed or refused, newest first, with SES’s answer. Kept for this tab only (the last 200), without message bodies or keys."
          actions={
            <Button onClick={clearTabAttempts} disabled={items.length === 0}>
              Clear
            </Button>
          }
        >
          Attempts from this tab
        </Header>
      }
      empty={<Box textAlign="center">No sends from this tab yet. The Send page’s sends appear here.</Box>}
      columnDefinitions={[
        { id: 'time', header: 'Time', cell: (a) => <DateTime iso={a.time} /> },
        {
          id: 'action',
          header: 'Action',
          cell: (a) => (
            <SpaceBetween size="xxxs">
              <OneLine>{a.action}</OneLine>
              <Box variant="small">
                API {a.api}, {a.region}, {a.where}
              </Box>
            </SpaceBetween>
          ),
        },
        { id: 'caller', header: 'Caller', isRowHeader: true, cell: (a) => <MonoValue value={a.callerArn} /> },
        {
          id: 'from',
          header: 'From and subject',
          cell: (a) => (
            <SpaceBetween size="xxxs">
              {a.from ? <MonoValue value={a.from} /> : '—'}
              {a.subject && <Box variant="small">Subject: {a.subject}</Box>}
            </SpaceBetween>
          ),
        },
        { id: 'arns', header: 'Identity ARNs', cell: (a) => <IdentityArns attempt={a} /> },
        {
          id: 'destinations',
          header: 'Destinations',
          cell: (a) =>
            a.destinations.length === 0 ? (
              '—'
            ) : (
              <SpaceBetween size="xxxs">
                {a.destinations.map((d, i) => (
                  <MonoValue key={`${i}-${d}`} value={d} />
                ))}
              </SpaceBetween>
            ),
        },
        { id: 'outcome', header: 'SES’s answer', cell: (a) => <Outcome attempt={a} /> },
      ]}
    />
  );
}
