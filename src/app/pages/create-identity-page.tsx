import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useNavigate } from 'react-router';
import { CreateIdentityForm } from '../../features/identities/create/create-identity-form';
import { identityPath, PATHS } from '../../lib/paths';
import { useConnectionState } from '../../lib/ses/connection-context';
import { useFlashMessages } from '../shell/flash-messages';
import { RequireConnection } from './require-connection';

export function CreateIdentityPage() {
  const state = useConnectionState();
  const navigate = useNavigate();
  const { notify } = useFlashMessages();
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Verify an email address or a domain to send from it, and to let others send from it."
        >
          Create identity
        </Header>
      }
    >
      <RequireConnection state={state}>
        {({ connection }) => (
          <CreateIdentityForm
            connection={connection}
            onCancel={() => navigate(PATHS.identities)}
            onCreated={(identity) => {
              notify({
                id: `identity-created-${identity}`,
                type: 'success',

                page: identityPath(identity),
                content: `Identity ${identity} created. It can be used once it is verified.`,
              });
              navigate(identityPath(identity));
            }}
          />
        )}
      </RequireConnection>
    </ContentLayout>
  );
}
