/**
 * Every send attempt (with the trace behind its decision) and every notification each SNS topic
 * received, filtered by owner or delegate, to see SES honour both sides' preferences apart.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  activityQuery,
  deliveriesQuery,
  sideOfAttempt,
  type SendAttempt,
  type Side,
  type TopicDelivery,
} from './activity-queries';
import styles from './activity.module.css';

const time = (iso: string) => new Date(iso).toLocaleString();

function Decision({ attempt }: { attempt: SendAttempt }) {
  if (attempt.decision === 'Allow') return <StatusIndicator type="success">Sent</StatusIndicator>;
  return <StatusIndicator type="error">{attempt.errorCode ?? attempt.decision}</StatusIndicator>;
}

export function ActivityView() {
  const activity = useQuery(activityQuery());
  const deliveries = useQuery(deliveriesQuery());
  const [side, setSide] = useState<Side>('all');
  const attempts = (activity.data ?? []).filter((a) => side === 'all' || sideOfAttempt(a) === side).reverse();
  const received = (deliveries.data ?? []).filter((d) => side === 'all' || d.audience === side).reverse();
  return (
    <SpaceBetween size="l">
      <SpaceBetween direction="horizontal" size="s" alignItems="center">
        <SegmentedControl
          label="Show"
          selectedId={side}
          onChange={({ detail }) => setSide(detail.selectedId as Side)}
          options={[
            { id: 'all', text: 'Everyone' },
            { id: 'owner', text: 'Identity owners' },
            { id: 'delegate', text: 'Delegates' },
          ]}
        />
        <Button
          iconName="refresh"
          onClick={() => void Promise.all([activity.refetch(), deliveries.refetch()])}
          loading={activity.isFetching || deliveries.isFetching}
        >
          Refresh
        </Button>
      </SpaceBetween>
      <Table<SendAttempt>
        variant="container"
        items={attempts}
        loading={activity.isPending}
        loadingText="Loading send attempts"
        trackBy={(a) => String(a.id ?? a.time)}
        wrapLines
        ariaLabels={{ tableLabel: 'Send attempts' }}
        header={
          <Header
            variant="h2"
            counter={`(${attempts.length})`}
            description="Every call to a send operation, allowed or refused."
          >
            Send attempts
          </Header>
        }
        empty={
          <Box textAlign="center">{activity.isError ? activity.error.message : 'No send attempts yet.'}</Box>
        }
        columnDefinitions={[
          { id: 'time', header: 'Time', cell: (a) => time(a.time) },
          { id: 'caller', header: 'Caller', cell: (a) => a.caller, isRowHeader: true },
          { id: 'action', header: 'Action', cell: (a) => a.action },
          { id: 'identities', header: 'Identity ARNs', cell: (a) => a.identityArns.join(', ') || '—' },
          { id: 'decision', header: 'Decision', cell: (a) => <Decision attempt={a} /> },
          {
            id: 'details',
            header: 'Details',
            minWidth: 280,
            cell: (a) => (
              <SpaceBetween size="xxs">
                <span>{a.messageId ? `MessageId ${a.messageId}` : a.message}</span>
                <ExpandableSection headerText="Trace">
                  <pre className={styles.json}>{JSON.stringify(a.trace, null, 2)}</pre>
                </ExpandableSection>
              </SpaceBetween>
            ),
          },
        ]}
      />
      <Table<TopicDelivery>
        variant="container"
        items={received}
        loading={deliveries.isPending}
        loadingText="Loading notifications"
        trackBy={(d) => String(d.id ?? `${d.time}${d.topicArn}`)}
        wrapLines
        ariaLabels={{ tableLabel: 'SNS notifications' }}
        header={
          <Header
            variant="h2"
            counter={`(${received.length})`}
            description="What each SNS topic received. The owner’s and the delegate’s topics are notified independently."
          >
            SNS notifications
          </Header>
        }
        empty={
          <Box textAlign="center">
            {deliveries.isError ? deliveries.error.message : 'No notifications yet.'}
          </Box>
        }
        columnDefinitions={[
          { id: 'time', header: 'Time', cell: (d) => time(d.time) },
          { id: 'topic', header: 'Topic', cell: (d) => d.topicArn, isRowHeader: true },
          {
            id: 'audience',
            header: 'Whose topic',
            cell: (d) => (d.audience === 'owner' ? `Owner (${d.account})` : `Delegate (${d.account})`),
          },
          { id: 'type', header: 'Type', cell: (d) => d.notificationType },
          {
            id: 'notification',
            header: 'Notification',
            minWidth: 280,
            cell: (d) => (
              <ExpandableSection headerText={`Message ${d.messageId}`}>
                <pre className={styles.json}>{JSON.stringify(d.notification, null, 2)}</pre>
              </ExpandableSection>
            ),
          },
        ]}
      />
    </SpaceBetween>
  );
}
