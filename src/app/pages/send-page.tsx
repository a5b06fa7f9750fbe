import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { LOCAL_ENDPOINT } from '../../lib/emulator/local-endpoint';
import { emulatorIdentitiesQuery } from '../../lib/emulator/record-queries';
import type { GrantChoice } from '../../features/send/grant-picker';
import { SendEmailForm } from '../../features/send/send-email-form';
import { rawTemplate } from '../../features/send/send-schema';
import { SendRawForm } from '../../features/send/send-raw-form';
import { useConnectionState } from '../../lib/ses/connection-context';
import { apiVersionOf } from '../../lib/ses/client';
import { exampleFromAddress, exampleRecipient, grantsFor } from '../../policy-engine';
import { RequireConnection } from './require-connection';

/** Who answers the sends: on a real connection, mail may really be sent. */
function answerer(state: ReturnType<typeof useConnectionState>): string {
  if (state.status === 'ready' && !state.emulator) {
    const { endpoint, region } = state.connection;
    const listed = 'each attempt is listed on the Activity page.';
    if (state.kind === 'endpoint' && endpoint) return `The SES endpoint at ${endpoint} answers; ${listed}`;
    const via = state.kind === 'aws-proxy' && endpoint ? ` (through the local proxy at ${endpoint})` : '';
    return `SES in ${region}${via} answers and really sends the mail; ${listed}`;
  }
  return LOCAL_ENDPOINT
    ? `The local SES endpoint at ${LOCAL_ENDPOINT} answers.`
    : 'Nothing leaves the page: the built-in emulator answers.';
}

/**
 * Send through the SES API as the acting principal. `?from=&to=&sourceArn=` (the Grants page's
 * "Send a test email") fills both forms in; `?api=raw` opens SendRawEmail.
 */
export function SendPage() {
  const state = useConnectionState();
  const [params, setParams] = useSearchParams();
  const api = params.get('api') === 'raw' ? 'raw' : 'email';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const sourceArn = params.get('sourceArn') ?? '';
  // The acting principal's grants, found in the built-in emulator, offered to fill the forms in.
  const identities = useQuery({
    ...emulatorIdentitiesQuery(),
    enabled: state.status === 'ready' && state.emulator,
  });
  const callerArn = state.status === 'ready' ? state.principal.arn : '';
  const grants: GrantChoice[] = callerArn
    ? grantsFor(callerArn, identities.data ?? []).map((g) => ({
        identityArn: g.identityArn,
        identity: g.identity,
        ownerAccount: g.ownerAccount,
        from: exampleFromAddress(g),
        to: exampleRecipient(g),
      }))
    : [];
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`Send through the SES API as the acting principal and see SES’s answer. ${answerer(state)}`}
        >
          Send a test email
        </Header>
      }
    >
      <RequireConnection state={state}>
        {({ connection, principal }) => (
          <SpaceBetween size="l">
            <SegmentedControl
              label="SES operation"
              selectedId={api}
              onChange={({ detail }) =>
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (detail.selectedId === 'raw') next.set('api', 'raw');
                    else next.delete('api');
                    return next;
                  },
                  { replace: true },
                )
              }
              options={
                apiVersionOf(connection) === 'v2'
                  ? [
                      { id: 'email', text: 'SendEmail, simple content' },
                      { id: 'raw', text: 'SendEmail, raw content' },
                    ]
                  : [
                      { id: 'email', text: 'SendEmail' },
                      { id: 'raw', text: 'SendRawEmail' },
                    ]
              }
            />
            {/* Both forms stay mounted, so switching operation (or principal) never loses what was typed. */}
            <div hidden={api !== 'email'}>
              <SendEmailForm
                connection={connection}
                callerArn={principal.arn}
                callerLabel={principal.label}
                defaults={{ from, to, sourceArn }}
                grants={grants}
              />
            </div>
            <div hidden={api !== 'raw'}>
              <SendRawForm
                connection={connection}
                callerArn={principal.arn}
                callerLabel={principal.label}
                grants={grants}
                defaults={{
                  raw: rawTemplate(
                    from || 'marketing+spring@ses-example.com',
                    to || 'success@simulator.amazonses.com',
                    sourceArn || undefined,
                  ),
                }}
              />
            </div>
          </SpaceBetween>
        )}
      </RequireConnection>
    </ContentLayout>
  );
}
