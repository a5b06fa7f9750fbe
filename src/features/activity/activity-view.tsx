/**
 * Every send attempt (with the trace behind its decision) and every notification each SNS topic
 * received, filterable by side and by account, to see SES honour the owner's and the delegate's
 * preferences independently. Read from the built-in emulator or a local
 * endpoint's log; refreshed on demand.
 */
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { activityQuery, deliveriesQuery, eventsQuery } from '../../lib/emulator/record-queries';
import {
  accountsIn,
  attemptMatches,
  deliveryMatches,
  newestFirst,
  type ActivityFilter,
  type Role,
} from './activity-filter';
import { AttemptsTable } from './attempts-table';
import { DeliveriesTable } from './deliveries-table';
import { EventsTable } from './events-table';

const ROLES: { id: Role; text: string }[] = [
  { id: 'any', text: 'Any role' },
  { id: 'owner', text: 'Identity owners' },
  { id: 'sender', text: 'Senders' },
];

/** `base`: where the emulator-only API is (a local endpoint's URL); left out, the console's own. */
export function ActivityView({ base }: { base?: string } = {}) {
  const activity = useQuery(activityQuery(base));
  const deliveries = useQuery(deliveriesQuery(base));
  const events = useQuery(eventsQuery(base));
  const [filter, setFilter] = useState<ActivityFilter>({ role: 'any', account: '' });
  const attempts = activity.data ?? [];
  const received = deliveries.data ?? [];
  const accountOptions = [
    { value: '', label: 'All accounts' },
    ...accountsIn(attempts, received).map((a) => ({ value: a, label: a })),
  ];
  return (
    <SpaceBetween size="l">
      <SpaceBetween direction="horizontal" size="l" alignItems="end">
        <FormField
          label="Role"
          description="Identity owner: its identity was used. Sender: it called SES. Notifications: to the owner’s topics, or to the sender’s own."
        >
          <SegmentedControl
            label="Role"
            selectedId={filter.role}
            onChange={({ detail }) => setFilter({ ...filter, role: detail.selectedId as Role })}
            options={ROLES}
          />
        </FormField>
        <FormField label="Account" description="Send attempts in which this account played the role.">
          <Select
            selectedOption={
              accountOptions.find((o) => o.value === filter.account) ?? accountOptions[0] ?? null
            }
            options={accountOptions}
            onChange={({ detail }) => setFilter({ ...filter, account: detail.selectedOption.value ?? '' })}
          />
        </FormField>
        <Button
          iconName="refresh"
          onClick={() => void Promise.all([activity.refetch(), deliveries.refetch(), events.refetch()])}
          loading={activity.isFetching || deliveries.isFetching || events.isFetching}
        >
          Refresh
        </Button>
      </SpaceBetween>
      <AttemptsTable
        items={newestFirst(attempts.filter((a) => attemptMatches(a, filter)))}
        loading={activity.isPending}
        error={activity.isError ? activity.error.message : undefined}
      />
      <DeliveriesTable
        items={newestFirst(received.filter((d) => deliveryMatches(d, filter)))}
        loading={deliveries.isPending}
        error={deliveries.isError ? deliveries.error.message : undefined}
      />
      <EventsTable
        items={newestFirst(
          (events.data ?? []).filter((e) => !filter.account || e.account === filter.account),
        )}
        loading={events.isPending}
        error={events.isError ? events.error.message : undefined}
      />
    </SpaceBetween>
  );
}
