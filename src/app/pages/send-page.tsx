import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useSearchParams } from 'react-router';
import { SendEmailForm } from '../../features/send/send-email-form';
import { rawTemplate } from '../../features/send/send-schema';
import { SendRawForm } from '../../features/send/send-raw-form';
import { useConnectionState } from '../../lib/ses/connection-context';
import { RequireConnection } from './require-connection';

export function SendPage() {
  const state = useConnectionState();
  const [params, setParams] = useSearchParams();
  const api = params.get('api') === 'raw' ? 'raw' : 'email';
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Send through the SES API as the acting principal and see SES’s answer."
        >
          Send a test email
        </Header>
      }
    >
      <RequireConnection state={state}>
        {({ connection, principal }) => (
          <SpaceBetween size="l" key={principal.arn}>
            <SegmentedControl
              label="SES operation"
              selectedId={api}
              onChange={({ detail }) =>
                setParams(detail.selectedId === 'raw' ? { api: 'raw' } : {}, { replace: true })
              }
              options={[
                { id: 'email', text: 'SendEmail' },
                { id: 'raw', text: 'SendRawEmail' },
              ]}
            />
            {/* Both forms stay mounted, so switching operation never loses what was typed. */}
            <div hidden={api !== 'email'}>
              <SendEmailForm connection={connection} defaults={{}} />
            </div>
            <div hidden={api !== 'raw'}>
              <SendRawForm
                connection={connection}
                defaults={{
                  raw: rawTemplate('marketing+spring@ses-example.com', 'success@simulator.amazonses.com'),
                }}
              />
            </div>
          </SpaceBetween>
        )}
      </RequireConnection>
    </ContentLayout>
  );
}
