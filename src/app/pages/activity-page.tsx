import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ActivityView } from '../../features/activity/activity-view';
import { useConnectionState } from '../../lib/ses/connection-context';

export function ActivityPage() {
  // The log is the emulator's own: only an emulator connection reads it.
  const state = useConnectionState();
  const emulator = state.status !== 'ready' || state.emulator;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Every send attempt and what each SNS topic received, for every principal."
        >
          Activity
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Alert type="info" header={emulator ? 'Recorded by the emulator' : 'Kept by the emulator only'}>
          Real SES keeps no such log: it publishes to your SNS topics (and CloudWatch) instead.
          {emulator &&
            ' Filter by the delegate or the identity owner to see SES honour each side’s notification settings independently.'}
        </Alert>
        {emulator && <ActivityView />}
      </SpaceBetween>
    </ContentLayout>
  );
}
