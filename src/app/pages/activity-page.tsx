import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ActivityView } from '../../features/activity/activity-view';
import { TabAttemptsTable } from '../../features/activity/tab-attempts-table';
import { WhereSesAnswers } from '../../features/activity/where-ses-answers';
import { activityQuery } from '../../lib/emulator/record-queries';
import { useConnectionState, type ConnectionState } from '../../lib/ses/connection-context';

type Ready = Extract<ConnectionState, { status: 'ready' }>;

export function ActivityPage() {
  const state = useConnectionState();
  // The log is the emulator's own: an emulator connection reads it at once; any other shows what
  // real SES offers, unless the endpoint turns out to be this project's local endpoint server.
  const emulator = state.status !== 'ready' || state.emulator;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            emulator
              ? 'Every send attempt and what each SNS topic received, for every principal.'
              : 'What happened to the sends: where SES reports it, and the attempts this console made.'
          }
        >
          Activity
        </Header>
      }
    >
      {emulator ? (
        <SpaceBetween size="l">
          <Alert type="info" header="Recorded by the emulator">
            Real SES keeps no such log: it publishes to your SNS topics (and CloudWatch) instead. Filter by
            the delegate or the identity owner to see SES honour each side’s notification settings
            independently.
          </Alert>
          <ActivityView />
        </SpaceBetween>
      ) : (
        <RealConnectionActivity ready={state} />
      )}
    </ContentLayout>
  );
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

function RealConnectionActivity({ ready }: { ready: Ready }) {
  const endpoint = ready.kind === 'endpoint' ? ready.connection.endpoint : undefined;
  if (!endpoint) return <RealSesActivity ready={ready} />;
  return <EndpointActivity ready={ready} base={withSlash(endpoint)} />;
}

/**
 * Any SES endpoint: this project's local endpoint server answers `<endpoint>__emulator/activity`
 * with its log of attempts (the same records as the built-in emulator's), which is shown then;
 * any other endpoint (LocalStack, a proxy, SES itself) answers otherwise, and gets real SES's page.
 */
function EndpointActivity({ ready, base }: { ready: Ready; base: string }) {
  // The same query as the log's own table: once found, the log shows without a second read.
  const probe = useQuery({ ...activityQuery(base), retry: false });
  if (probe.isPending)
    return <StatusIndicator type="loading">Looking for an activity log at {base}</StatusIndicator>;
  // Data once read stays the log's, even if a later refresh fails (its tables say why).
  if (probe.data)
    return (
      <SpaceBetween size="l">
        <Alert type="info" header="Recorded by the local SES endpoint">
          The endpoint at {base} is this project’s local endpoint server (npm run endpoint): it keeps a log of
          every send attempt and of what each SNS topic received. Real SES keeps no such log.
        </Alert>
        <ActivityView base={base} />
      </SpaceBetween>
    );
  return (
    <RealSesActivity
      ready={ready}
      note={
        <Alert
          type="info"
          header="This endpoint keeps no log the console can read"
          action={
            <Button onClick={() => void probe.refetch()} loading={probe.isFetching}>
              Look again
            </Button>
          }
        >
          Only this project’s local endpoint server (npm run endpoint) answers {base}__emulator/activity with
          its log.
          <Box variant="small" display="block">
            Its answer: {probe.error?.message}
          </Box>
        </Alert>
      }
    />
  );
}

/** AWS, or an endpoint without the log: where SES's answers are, and this tab's own record. */
function RealSesActivity({ ready, note }: { ready: Ready; note?: ReactNode }) {
  return (
    <SpaceBetween size="l">
      {note ?? (
        <Alert type="info" header="Real SES keeps no log of sends">
          SES answers each send with a MessageId or a refusal, and reports what happened next to your SNS
          topics, event destinations and CloudWatch, as below. The attempts this console made in this tab are
          listed with SES’s answers.
        </Alert>
      )}
      <WhereSesAnswers region={ready.connection.region} />
      <TabAttemptsTable />
    </SpaceBetween>
  );
}
