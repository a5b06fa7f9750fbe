import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useMemo, useState } from 'react';
import { Simulator, type SharedIdentityChoice } from '../../features/simulator/simulator';
import { useSharedGrants } from '../../lib/connections/use-shared-grants';
import type { SesConnection } from '../../lib/ses/client';
import { parseIdentityArn } from '../../policy-engine';
import { useConnectionState } from '../../lib/ses/connection-context';
import { useActingChoice } from '../acting/acting-choice';
import { PageLoading } from '../shell/page-loading';

/**
 * The simulator, given the acting principal's connection (its identities can be chosen) and the
 * emulator's principals (offered as callers; their keys, kept in memory, let the simulator read
 * a caller's own identities so that sends without an ARN are predicted as the emulator decides).
 * On a real connection the only caller offered is the connection's own principal, nothing is
 * signed with other keys, and the identities other accounts shared (Grants page) are offered
 * with the policy texts pasted for them.
 */
export function SimulatorPage() {
  const state = useConnectionState();
  const { principals } = useActingChoice();
  const ready = state.status === 'ready' ? state : undefined;
  const real = ready !== undefined && !ready.emulator;
  const { grants } = useSharedGrants(real ? ready.principal.account : undefined);
  const callers = useMemo(
    () =>
      real
        ? [{ arn: ready.principal.arn, label: ready.principal.label, iamPolicies: [] }]
        : principals.map((p) => ({ arn: p.arn, label: p.label, iamPolicies: p.iamPolicies ?? [] })),
    [principals, ready, real],
  );
  const shared = useMemo(
    () =>
      grants.flatMap((g): SharedIdentityChoice[] => {
        const parsed = parseIdentityArn(g.identityArn);
        if (!parsed.ok) return [];
        const policies = g.policies.map(({ name, document }) => ({ name, document }));
        return [{ arn: parsed.identity.arn, name: parsed.identity.name, policies }];
      }),
    [grants],
  );
  const connectionFor = useCallback(
    (account: string): SesConnection | undefined => {
      // Never another principal's keys on a real connection: the caller's own account only.
      if (ready && !ready.emulator) return account === ready.principal.account ? ready.connection : undefined;
      const owner = principals.find((p) => p.account === account && p.arn.endsWith(':root'));
      const any = owner ?? principals.find((p) => p.account === account);
      if (!any || !ready) return undefined;
      return {
        ...ready.connection,
        credentials: { accessKeyId: any.accessKeyId, secretAccessKey: any.secretAccessKey },
      };
    },
    [principals, ready],
  );
  // A new acting principal mounts a new simulator (its identities and answer are another
  // account's): what the user typed is put back at once. A first mount offers a draft instead.
  const simulatorKey = ready?.principal.arn ?? 'none';
  const [shownKey, setShownKey] = useState<string>();
  const [switched, setSwitched] = useState(false);
  if (state.status !== 'loading' && shownKey !== simulatorKey) {
    setShownKey(simulatorKey);
    if (shownKey !== undefined) setSwitched(true);
  }
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Can this delegate send this message? The same evaluation the SES emulator runs, explained statement by statement."
        >
          Simulator
        </Header>
      }
    >
      {state.status === 'loading' ? (
        <PageLoading />
      ) : (
        <SpaceBetween size="l">
          {state.status === 'unavailable' && (
            <Alert type="info" header="Not connected to an SES endpoint">
              {state.reason} You can still simulate with an identity ARN and pasted policies.
            </Alert>
          )}
          <Simulator
            key={simulatorKey}
            restoreDraft={switched ? 'auto' : 'offer'}
            connection={ready?.connection}
            account={ready?.principal.account}
            principals={callers}
            connectionFor={connectionFor}
            shared={real ? shared : undefined}
            realConnection={real}
          />
        </SpaceBetween>
      )}
    </ContentLayout>
  );
}
