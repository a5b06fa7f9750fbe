/**
 * Writing a new custom policy or editing a saved one, for the identity the route names. Policies
 * are read from SES first, so that a name already in use and the limit of 20 are known.
 */
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { identityPath } from '../../lib/paths';
import { useIdentityRoute } from '../../features/identities/use-identity-route';
import { PolicyEditorForm } from '../../features/policy-editor/policy-editor-form';
import { starterPolicy } from '../../features/policy-editor/starter-policy';
import { simulatorPath } from '../../features/simulator/scenario';
import { policiesQuery, type IdentityPolicy } from '../../lib/ses/policies';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { useFlashMessages } from '../shell/flash-messages';
import { PageLoading } from '../shell/page-loading';
import { RequireConnection } from './require-connection';

export function CreatePolicyPage() {
  return <PolicyEditorPage mode="create" />;
}

export function EditPolicyPage() {
  return <PolicyEditorPage mode="edit" />;
}

function PolicyEditorPage({ mode }: { mode: 'create' | 'edit' }) {
  const { identity, identityArn, state } = useIdentityRoute();
  const { policy: policyName } = useParams();
  const navigate = useNavigate();
  const { notify } = useFlashMessages();
  const title = mode === 'create' ? 'Create custom policy' : `Edit policy ${policyName ?? ''}`;
  return (
    <ContentLayout
      header={
        <Header variant="h1" description={`A sending authorization policy for ${identity}.`}>
          {title}
        </Header>
      }
    >
      <RequireConnection state={state}>
        {({ connection, principal }) =>
          identityArn && (
            <PoliciesLoaded connection={connection} identity={identity}>
              {(policies) => {
                const existing = mode === 'edit' ? policies.find((p) => p.name === policyName) : undefined;
                if (mode === 'edit' && !existing)
                  return (
                    <Alert type="warning" header="No such policy">
                      {identity} has no policy named {policyName}. It may have been deleted.
                    </Alert>
                  );
                const back = identityPath(identity, 'authorization');
                return (
                  <PolicyEditorForm
                    key={`${identity}/${existing?.name ?? ''}`}
                    connection={connection}
                    account={principal.account}
                    identity={identity}
                    identityArn={identityArn}
                    existing={existing}
                    existingNames={policies.map((p) => p.name)}
                    savedPolicies={policies}
                    simulatorPath={simulatorPath}
                    initialDocument={starterPolicy(identityArn)}
                    onCancel={() => navigate(back)}
                    onSaved={(name) => {
                      notify({
                        id: `policy-saved-${name}`,
                        type: 'success',

                        page: back,
                        content: `Policy ${name} saved.`,
                      });
                      navigate(back);
                    }}
                    onSimulate={(draft) =>
                      navigate(
                        simulatorPath({
                          identityArn,
                          policies: [
                            ...policies.filter((p) => p.name !== (existing?.name ?? draft.name)),
                            draft,
                          ],
                        }),
                      )
                    }
                  />
                );
              }}
            </PoliciesLoaded>
          )
        }
      </RequireConnection>
    </ContentLayout>
  );
}

function PoliciesLoaded({
  connection,
  identity,
  children,
}: {
  connection: Parameters<typeof policiesQuery>[0];
  identity: string;
  children: (policies: IdentityPolicy[]) => React.ReactNode;
}) {
  const policies = useQuery(policiesQuery(connection, identity));
  if (policies.isPending) return <PageLoading />;
  if (policies.isError) {
    const error = sesErrorDetails(policies.error);
    return (
      <Alert type="error" header={`The identity's policies could not be read: ${error.code}`}>
        {error.message}
      </Alert>
    );
  }
  return <>{children(policies.data)}</>;
}
