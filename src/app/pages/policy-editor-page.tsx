/**
 * Writing a new custom policy or editing a saved one, for the identity the route names. Policies
 * are read from SES first, so that a name already in use and the limit of 20 are known. Once the
 * editor is open it stays open even if a later read no longer has the policy (deleted in another
 * tab): the save's conflict check says so, and nothing typed is lost.
 */
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { identityPath, policyEditPath } from '../../lib/paths';
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
              {(policies) => (
                <OpenedEditor
                  key={`${identity}/${policyName ?? ''}`}
                  mode={mode}
                  policies={policies}
                  policyName={policyName}
                >
                  {(existing) => {
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
                        onOpenPolicy={(name) => navigate(policyEditPath(identity, name))}
                        onPolicyGone={(name) => {
                          notify({
                            id: `policy-gone-${name}`,
                            type: 'info',
                            page: back,
                            content: `Policy ${name} was deleted in SES. Your version is kept as a draft of a new policy: Create custom policy offers it back.`,
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
                </OpenedEditor>
              )}
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

/**
 * The policy being edited as it was when the editor opened: a later read (a refetch, the save's
 * own check) that no longer has it must not unmount the editor and its unsaved text.
 */
function OpenedEditor({
  mode,
  policies,
  policyName,
  children,
}: {
  mode: 'create' | 'edit';
  policies: IdentityPolicy[];
  policyName: string | undefined;
  children: (existing: IdentityPolicy | undefined) => React.ReactNode;
}) {
  const [opened] = useState(() =>
    mode === 'edit' ? policies.find((p) => p.name === policyName) : undefined,
  );
  return <>{children(opened)}</>;
}
