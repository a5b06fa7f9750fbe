/**
 * Every send attempt: time, caller, action, identity ARNs, decision, and SES's answer. Each row
 * expands into its trace, one row per identity role (Source, From, Return-Path) in the same
 * columns, so the table fits a 1280 px window; the full trace is JSON in a dialog.
 */
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { EmulatorSendAttempt } from '../../lib/emulator/emulator-api';
import { MonoValue, OneLine } from '../../lib/ui/breakable';
import { DateTime } from '../../lib/ui/date-time';
import { PlainText, SesMessage } from '../../lib/ui/plain-text';
import { attemptRows, type AttemptRow, type AttemptTableRow } from './attempt-rows';
import { FullTrace } from './attempt-trace';

function Decision({ decision }: { decision: string }) {
  return (
    <OneLine>
      {decision === 'Allow' ? (
        <StatusIndicator type="success">Allowed</StatusIndicator>
      ) : (
        <StatusIndicator type="error">
          {decision === 'ExplicitDeny' ? 'Explicitly denied' : 'Refused'}
        </StatusIndicator>
      )}
    </OneLine>
  );
}

function IdentityArns({ arns }: { arns: string[] }) {
  if (arns.length === 0) return '—';
  return (
    <SpaceBetween size="xxxs">
      {[...new Set(arns)].map((arn) => (
        <MonoValue key={arn} value={arn} copyLabel={`Copy identity ARN ${arn}`} />
      ))}
    </SpaceBetween>
  );
}

function Answer({ row }: { row: AttemptRow }) {
  const { attempt } = row;
  return (
    <SpaceBetween size="xxxs">
      {attempt.messageId ? (
        <span>
          MessageId <MonoValue value={attempt.messageId} kind="id" />
        </span>
      ) : (
        <span>
          {attempt.errorCode && (
            <>
              <strong>{attempt.errorCode}</strong>:{' '}
            </>
          )}
          <SesMessage text={attempt.message} copyLabel={`Copy SES’s message for ${row.label}`} />
        </span>
      )}
      <FullTrace trace={attempt.trace} label={row.label} />
    </SpaceBetween>
  );
}

interface Props {
  items: EmulatorSendAttempt[];
  loading: boolean;
  error?: string;
}

export function AttemptsTable({ items, loading, error }: Props) {
  const rows = attemptRows(items);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <Table<AttemptTableRow>
      variant="container"
      items={rows}
      loading={loading}
      loadingText="Loading send attempts"
      trackBy="key"
      wrapLines
      expandableRows={{
        getItemChildren: (row) => (row.kind === 'attempt' ? row.roles : []),
        isItemExpandable: (row) => row.kind === 'attempt' && row.roles.length > 0,
        expandedItems: rows.filter((row) => expanded.has(row.key)),
        onExpandableItemToggle: ({ detail }) =>
          setExpanded((current) => {
            const next = new Set(current);
            if (detail.expanded) next.add(detail.item.key);
            else next.delete(detail.item.key);
            return next;
          }),
      }}
      ariaLabels={{
        tableLabel: 'Send attempts',
        expandButtonLabel: (row) => `Show the trace of ${row.label}`,
        collapseButtonLabel: (row) => `Hide the trace of ${row.label}`,
      }}
      header={
        <Header
          variant="h2"
          counter={`(${items.length})`}
          description="Every call to a send operation, allowed or refused, newest first. Expand an attempt for its trace: the decision for each identity role."
        >
          Send attempts
        </Header>
      }
      empty={<Box textAlign="center">{error ?? 'No send attempts match.'}</Box>}
      columnDefinitions={[
        {
          id: 'time',
          header: 'Time',
          cell: (row) =>
            row.kind === 'attempt' ? (
              <DateTime iso={row.attempt.time} />
            ) : (
              <Box variant="span" fontWeight="bold">
                {row.role.role}
              </Box>
            ),
        },
        {
          id: 'caller',
          header: 'Caller or address',
          isRowHeader: true,
          cell: (row) => <MonoValue value={row.kind === 'attempt' ? row.attempt.caller : row.role.address} />,
        },
        { id: 'action', header: 'Action', cell: (row) => (row.kind === 'attempt' ? row.attempt.action : '') },
        {
          id: 'identities',
          header: 'Identity ARNs',
          cell: (row) =>
            row.kind === 'attempt' ? (
              <IdentityArns arns={row.attempt.identityArns} />
            ) : (
              <IdentityArns arns={row.role.arn ? [row.role.arn] : []} />
            ),
        },
        {
          id: 'decision',
          header: 'Decision',
          cell: (row) => (
            <Decision decision={row.kind === 'attempt' ? row.attempt.decision : row.role.decision} />
          ),
        },
        {
          id: 'answer',
          header: 'SES’s answer or reason',
          cell: (row) =>
            row.kind === 'attempt' ? <Answer row={row} /> : <PlainText text={row.role.reason} />,
        },
      ]}
    />
  );
}
