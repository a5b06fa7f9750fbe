/** What each SNS topic received: the owner's and the delegates' topics, each notification as JSON text. */
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { EmulatorTopicDelivery } from '../../lib/emulator/emulator-api';
import { MonoValue } from '../../lib/ui/breakable';
import { DateTime } from '../../lib/ui/date-time';
import { JsonDialog } from './json-dialog';

interface Props {
  items: EmulatorTopicDelivery[];
  loading: boolean;
  error?: string;
}

export function DeliveriesTable({ items, loading, error }: Props) {
  return (
    <Table<EmulatorTopicDelivery>
      variant="container"
      items={items}
      loading={loading}
      loadingText="Loading notifications"
      trackBy={(d) => String(d.id ?? `${d.time}${d.topicArn}`)}
      wrapLines
      ariaLabels={{ tableLabel: 'SNS notifications' }}
      header={
        <Header
          variant="h2"
          counter={`(${items.length})`}
          description="What each SNS topic received, newest first. SES publishes to the owner’s topics and to the sending delegate’s own topics, each by its own settings."
        >
          SNS notifications
        </Header>
      }
      empty={<Box textAlign="center">{error ?? 'No notifications match.'}</Box>}
      columnDefinitions={[
        { id: 'time', header: 'Time', cell: (d) => <DateTime iso={d.time} /> },
        {
          id: 'topic',
          header: 'Topic',
          cell: (d) => <MonoValue value={d.topicArn} copyLabel={`Copy topic ARN ${d.topicArn}`} />,
          isRowHeader: true,
        },
        {
          id: 'audience',
          header: 'Whose topic',
          cell: (d) => `${d.audience === 'owner' ? 'Identity owner' : 'Delegate'} (${d.account})`,
        },
        { id: 'type', header: 'Type', cell: (d) => d.notificationType },
        { id: 'message', header: 'Message ID', cell: (d) => <MonoValue value={d.messageId} kind="id" /> },
        {
          id: 'notification',
          header: 'Notification',
          cell: (d) => (
            <JsonDialog
              label="View JSON"
              ariaLabel={`${d.notificationType} notification to ${d.topicArn} for message ${d.messageId}`}
              title={`${d.notificationType} notification to ${d.topicArn}`}
              value={d.notification}
            />
          ),
        },
      ]}
    />
  );
}
