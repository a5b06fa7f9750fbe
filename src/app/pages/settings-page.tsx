import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { lazy, Suspense } from 'react';
import { emulatorEndpoint } from '../../lib/ses/emulator-endpoint';
import { useConnectionState } from '../../lib/ses/connection-context';
import { useActingChoice } from '../acting/acting-choice';
import { useApiChoice } from '../acting/api-choice';
import { ApiVersionChoice } from '../../features/settings/api-version-choice';
import { EMULATOR_REGION } from '../../lib/emulator/directory-query';
import { LOCAL_ENDPOINT } from '../../lib/emulator/local-endpoint';
import { ConnectionForm } from '../../features/settings/connection-form';
import type { ConnectionSettings } from '../../lib/connections/connection-settings';
import { describeConnection } from '../../lib/connections/ses-connection';
import type { ConnectionState } from '../../lib/ses/connection-context';
import { useConnectionChoice } from '../acting/connection-choice';

// The state tools load after the page: they are what the page is least often opened for.
const EmulatorTools = lazy(async () => ({
  default: (await import('../../features/settings/emulator-tools')).EmulatorTools,
}));

/** The sentence that says where requests go now, and as whom. */
function whereRequestsGo(state: ConnectionState, settings: ConnectionSettings): string {
  if (settings.kind === 'emulator') {
    if (state.status === 'unavailable')
      return `${LOCAL_ENDPOINT ? `The SES endpoint at ${LOCAL_ENDPOINT}` : 'The built-in SES emulator'} is not running: ${state.reason}`;
    return LOCAL_ENDPOINT
      ? `The local SES endpoint at ${LOCAL_ENDPOINT} (npm run endpoint), which this console was built for. The console signs SES API requests to it as the acting principal; nothing is sent to AWS.`
      : `The built-in SES emulator, in this page. The console signs SES API requests to ${emulatorEndpoint(EMULATOR_REGION)} (a path of this page that only the emulator answers) as the acting principal; nothing is sent to AWS.`;
  }
  const where = describeConnection(settings);
  const capitalised = where.charAt(0).toUpperCase() + where.slice(1);
  switch (state.status) {
    case 'loading':
      return `${capitalised}: asking STS who the credentials are…`;
    case 'unavailable':
      return `${capitalised}: not connected. ${state.reason}`;
    case 'ready':
      return settings.kind === 'aws-proxy'
        ? `${capitalised}, signed by the proxy as ${state.principal.arn}. The page holds no AWS secret.`
        : `${capitalised}, signed as ${state.principal.arn} (from STS GetCallerIdentity).`;
  }
}

/** Where the console sends its SES requests, the emulator's demo principals, and its state. */
export function SettingsPage() {
  const state = useConnectionState();
  const { principals, current } = useActingChoice();
  const { api, chooseApi } = useApiChoice();
  const { settings, apply, forget } = useConnectionChoice();
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Where the console sends its SES requests, and the built-in emulator."
        >
          Settings
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Where requests go</Header>}>
          <Box variant="p">{whereRequestsGo(state, settings)}</Box>
        </Container>
        {!LOCAL_ENDPOINT && <ConnectionForm current={settings} apply={apply} forget={forget} />}
        <ApiVersionChoice api={api} onChange={chooseApi} />
        {settings.kind === 'emulator' && (
          <Table
            variant="container"
            header={
              <Header
                variant="h2"
                description="Their keys open nothing but this emulator. Switch between them in the header."
              >
                Demo principals
              </Header>
            }
            ariaLabels={{ tableLabel: 'Demo principals' }}
            loading={state.status === 'loading'}
            loadingText="Loading the principals"
            items={principals}
            trackBy="id"
            columnDefinitions={[
              {
                id: 'label',
                header: 'Principal',
                cell: (p) => (p.id === current?.id ? `${p.label} (acting)` : p.label),
                isRowHeader: true,
              },
              { id: 'arn', header: 'ARN', cell: (p) => p.arn },
              { id: 'key', header: 'Access key ID', cell: (p) => p.accessKeyId },
              { id: 'topics', header: 'SNS topics', cell: (p) => p.snsTopics.length },
            ]}
            empty="The emulator lists no principals."
          />
        )}
        {/* Export, import and reset are the emulator's own API: only an emulator connection has them. */}
        {state.status === 'ready' && state.emulator && (
          <Suspense fallback={null}>
            <EmulatorTools />
          </Suspense>
        )}
        {settings.kind !== 'emulator' && (
          <Box variant="p" color="text-body-secondary">
            The demo principals, and exporting, importing and resetting state, belong to the built-in
            emulator: they are not offered on {describeConnection(settings)}.
          </Box>
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
