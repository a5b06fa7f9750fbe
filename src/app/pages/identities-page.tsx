import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { IdentitiesTable } from '../../features/identities/list/identities-table';
import { useConnectionState } from '../../lib/ses/connection-context';
import { PageLoading } from '../shell/page-loading';
import { ErrorNotice } from '../shell/error-notice';

export function IdentitiesPage() {
  const state = useConnectionState();
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Email addresses and domains you own, their verification status and the sending authorization policies attached to them."
        >
          Identities
        </Header>
      }
    >
      {state.status === 'ready' ? (
        <IdentitiesTable connection={state.connection} />
      ) : state.status === 'loading' ? (
        <PageLoading />
      ) : (
        <ErrorNotice header="Not connected to an SES endpoint">{state.reason}</ErrorNotice>
      )}
    </ContentLayout>
  );
}
