/** The policy generator wizard for the identity the route names; Apply saves the policy to SES. */
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { PolicyGenerator } from '../../features/generator/policy-generator';
import { simulatorPath } from '../../features/simulator/scenario';
import { identityPath } from '../../lib/paths';
import { useIdentityRoute } from '../../features/identities/use-identity-route';
import { LazyPolicyCodeEditor } from '../../lib/policy-ui/lazy-policy-code-editor';
import { analyseDraft } from '../../lib/policy-ui/policy-diagnostics';
import type { SesConnection } from '../../lib/ses/client';
import { policiesQuery } from '../../lib/ses/policies';
import { putPolicyMutation } from '../../lib/ses/policy-mutations';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { useFlashMessages } from '../shell/flash-messages';
import { PageLoading } from '../shell/page-loading';
import { RequireConnection } from './require-connection';

export function PolicyGeneratorPage() {
  const { identity, identityArn, state } = useIdentityRoute();
  return (
    <RequireConnection state={state} shell={(content) => <Titled identity={identity}>{content}</Titled>}>
      {({ connection }) =>
        identityArn && <Generator connection={connection} identity={identity} identityArn={identityArn} />
      }
    </RequireConnection>
  );
}

/**
 * The page's own h1, for the states before the wizard shows. Once it shows, Cloudscape's Wizard makes
 * the step title the page's h1, so a second one here would give the page two.
 */
function Titled({ identity, children }: { identity: string; children: ReactNode }) {
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`Build a sending authorization policy for ${identity}, step by step.`}
        >
          Policy generator
        </Header>
      }
    >
      {children}
    </ContentLayout>
  );
}

function Generator({
  connection,
  identity,
  identityArn,
}: {
  connection: SesConnection;
  identity: string;
  identityArn: string;
}) {
  const navigate = useNavigate();
  const { notify } = useFlashMessages();
  const queryClient = useQueryClient();
  const policies = useQuery(policiesQuery(connection, identity));
  const put = useMutation(putPolicyMutation(connection, queryClient, identity));
  const names = useMemo(() => (policies.data ?? []).map((p) => p.name), [policies.data]);
  const back = identityPath(identity, 'authorization');
  if (policies.isPending)
    return (
      <Titled identity={identity}>
        <PageLoading />
      </Titled>
    );
  if (policies.isError) {
    const error = sesErrorDetails(policies.error);
    return (
      <Titled identity={identity}>
        <Alert type="error" header={`The identity's policies could not be read: ${error.code}`}>
          {error.message}
        </Alert>
      </Titled>
    );
  }
  return (
    <PolicyGenerator
      identityArn={identityArn}
      existingPolicyNames={names}
      savedPolicies={policies.data}
      simulatorPath={simulatorPath}
      onCancel={() => navigate(back)}
      onApply={async (policy) => {
        await put.mutateAsync(policy);
        notify({
          id: `policy-saved-${policy.name}`,
          type: 'success',

          page: back,
          content: `Policy ${policy.name} saved.`,
        });
        navigate(back);
      }}
      renderEditor={({ value, onChange, ariaLabel }) => (
        <LazyPolicyCodeEditor
          value={value}
          onChange={onChange}
          ariaLabel={ariaLabel}
          diagnostics={analyseDraft(value, identityArn).diagnostics}
        />
      )}
    />
  );
}
