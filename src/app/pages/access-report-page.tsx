import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { AccountReport } from '../../features/access/account-report';
import { useConnectionState } from '../../lib/ses/connection-context';
import { RequireConnection } from './require-connection';

export function AccessReportPage() {
  const state = useConnectionState();
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Who can send as each identity of your account, and how: from every policy, in one table."
        >
          Access report
        </Header>
      }
    >
      <RequireConnection state={state}>
        {({ connection, principal }) => (
          <AccountReport key={principal.arn} connection={connection} account={principal.account} />
        )}
      </RequireConnection>
    </ContentLayout>
  );
}
