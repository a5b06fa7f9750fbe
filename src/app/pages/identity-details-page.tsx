import { EventDestinations } from '../../features/configuration-sets/event-destinations';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { AccessTab } from '../../features/access/access-tab';
import { PoliciesTable } from '../../features/authorization/policies-table';
import { DeleteIdentityModal } from '../../features/identities/details/delete-identity-modal';
import { IdentitySummary } from '../../features/identities/details/identity-summary';
import { useIdentityRoute } from '../../features/identities/use-identity-route';
import { OwnerNotificationSettings } from '../../features/notification-settings/owner-notification-settings';
import { verificationQuery } from '../../lib/ses/identities';
import { policyNamesQuery } from '../../lib/ses/policy-names';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { useActingChoice } from '../acting/acting-choice';
import { useFlashMessages } from '../shell/flash-messages';
import { PageLoading } from '../shell/page-loading';
import { RequireConnection } from './require-connection';
import { ownValue } from '../../lib/own-keys';
import { PATHS, type IdentityTab } from '../../lib/paths';

const TABS: readonly IdentityTab[] = ['authorization', 'access', 'notifications', 'events'];

// The Access tab comes with this route's lazy chunk, and the engine's analysis behind it loads
// only when it runs (its Web Worker, or a dynamic import without one). A React.lazy chunk of its
// own was tried: a second-level lazy chunk importing TanStack Query made the bundler split a
// module out of the first load's main chunk, growing the first load past its budget.

export function IdentityDetailsPage() {
  const { identity, identityArn, state } = useIdentityRoute();
  return (
    <RequireConnection state={state}>
      {(ready) =>
        identityArn && <IdentityDetails identity={identity} identityArn={identityArn} ready={ready} />
      }
    </RequireConnection>
  );
}

function IdentityDetails({
  identity,
  identityArn,
  ready,
}: {
  identity: string;
  identityArn: string;
  ready: Extract<ReturnType<typeof useIdentityRoute>['state'], { status: 'ready' }>;
}) {
  const { connection } = ready;
  const navigate = useNavigate();
  const { notify } = useFlashMessages();
  const { current } = useActingChoice();
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState(false);
  const tab: IdentityTab = TABS.find((t) => t === params.get('tab')) ?? 'authorization';
  const verification = useQuery(verificationQuery(connection, [identity]));
  const policyNames = useQuery(policyNamesQuery(connection, identity));
  // The identity comes from the URL: `constructor` must not find Object.prototype's member.
  const attributes = ownValue(verification.data, identity);

  let body;
  if (verification.isPending) body = <PageLoading />;
  else if (verification.isError) {
    const error = sesErrorDetails(verification.error);
    body = (
      <Alert type="error" header={`The identity could not be read: ${error.code}`}>
        {error.message}
      </Alert>
    );
  } else if (!attributes) {
    body = (
      <Alert
        type="warning"
        header="No such identity"
        action={<Button onClick={() => navigate(PATHS.identities)}>Back to identities</Button>}
      >
        {ready.principal.label} has no identity named {identity} in {connection.region}. It may have been
        deleted, or belong to another account.
      </Alert>
    );
  } else {
    const verified = attributes.VerificationStatus === 'Success';
    body = (
      <SpaceBetween size="l">
        <IdentitySummary
          connection={connection}
          identity={identity}
          identityArn={identityArn}
          attributes={attributes}
          onEmulator={ready.emulator}
          onRefresh={() => void verification.refetch()}
          refreshing={verification.isFetching}
        />
        <Tabs
          activeTabId={tab}
          onChange={({ detail }) => setParams({ tab: detail.activeTabId }, { replace: true })}
          ariaLabel="Identity settings"
          tabs={[
            {
              id: 'authorization',
              label: 'Authorization',
              content: <PoliciesTable connection={connection} identity={identity} verified={verified} />,
            },
            {
              id: 'access',
              label: 'Access',
              content: tab === 'access' && (
                <AccessTab
                  connection={connection}
                  identity={identity}
                  identityArn={identityArn}
                  account={ready.principal.account}
                  verified={verified}
                />
              ),
            },
            {
              id: 'notifications',
              label: 'Notifications',
              content: (
                <OwnerNotificationSettings
                  connection={connection}
                  identity={identity}
                  accountTopics={current?.snsTopics ?? []}
                  verified={verified}
                />
              ),
            },
            {
              id: 'events',
              label: 'Event destinations',
              content: (
                <EventDestinations
                  connection={connection}
                  identity={identity}
                  accountTopics={current?.snsTopics ?? []}
                />
              ),
            },
          ]}
        />
      </SpaceBetween>
    );
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={attributes && <Button onClick={() => setDeleting(true)}>Delete identity</Button>}
        >
          {identity}
        </Header>
      }
    >
      {body}
      {deleting && (
        <DeleteIdentityModal
          connection={connection}
          identity={identity}
          policyCount={policyNames.data?.length}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => {
            notify({
              id: `identity-deleted-${identity}`,
              type: 'success',

              page: PATHS.identities,
              content: `Identity ${identity} deleted.`,
            });
            navigate(PATHS.identities);
          }}
        />
      )}
    </ContentLayout>
  );
}
