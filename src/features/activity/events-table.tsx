/**
 * What configuration sets' SNS event destinations published: SES API v2's sending events, from
 * the identity owner's default set and from the sender's own set, each event as JSON text.
 */
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { EmulatorEventPublication } from '../../lib/emulator/emulator-api';
import { MonoValue } from '../../lib/ui/breakable';
import { DateTime } from '../../lib/ui/date-time';
import { JsonDialog } from './json-dialog';

/** The set's name, the last part of its ARN (arn:aws:ses:<region>:<account>:configuration-set/<name>). */
const setName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

interface Props {
  items: EmulatorEventPublication[];
  loading: boolean;
  error?: string;
}

export function EventsTable({ items, loading, error }: Props) {
  return (
    <Table<EmulatorEventPublication>
      variant="container"
      items={items}
      loading={loading}
      loadingText="Loading events"
      trackBy={(e) => String(e.id ?? `${e.time}${e.topicArn}${e.eventType}`)}
      wrapLines
      ariaLabels={{ tableLabel: 'Configuration set events' }}
      header={
        <Header
          variant="h2"
          counter={`(${items.length})`}
          description="What configuration sets’ event destinations published, newest first (SES API v2). A send uses the identity owner’s default set and the sender’s own named set, each by its own destinations. The account filter applies; whose side does not."
        >
          Configuration set events
        </Header>
      }
      empty={
        <Box textAlign="center">
          {error ?? 'No events match. Sends that use a configuration set publish here.'}
        </Box>
      }
      columnDefinitions={[
        { id: 'time', header: 'Time', cell: (e) => <DateTime iso={e.time} /> },
        {
          id: 'set',
          header: 'Configuration set',
          cell: (e) => `${setName(e.configurationSetArn)} (${e.account})`,
          isRowHeader: true,
        },
        { id: 'type', header: 'Event', cell: (e) => e.eventType },
        {
          id: 'topic',
          header: 'Topic',
          cell: (e) => <MonoValue value={e.topicArn} copyLabel={`Copy topic ARN ${e.topicArn}`} />,
        },
        { id: 'message', header: 'Message ID', cell: (e) => <MonoValue value={e.messageId} kind="id" /> },
        {
          id: 'event',
          header: 'Event JSON',
          cell: (e) => (
            <JsonDialog
              label="View JSON"
              ariaLabel={`${e.eventType} event from ${setName(e.configurationSetArn)} for message ${e.messageId}`}
              title={`${e.eventType} event from ${e.configurationSetArn}`}
              value={e.event}
            />
          ),
        },
      ]}
    />
  );
}
