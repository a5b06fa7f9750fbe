import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ActivityView } from '../../features/activity/activity-view';

export function ActivityPage() {
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="What the built-in emulator did: send attempts and SNS notifications."
        >
          Activity
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Alert type="info">
          Recorded by the built-in emulator for every principal. Real SES keeps no such log: it publishes to
          your SNS topics and CloudWatch instead.
        </Alert>
        <ActivityView />
      </SpaceBetween>
    </ContentLayout>
  );
}
