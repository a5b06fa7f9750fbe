import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useMemo, useState } from 'react';
import { Simulator } from '../../features/simulator/simulator';
import type { SesConnection } from '../../lib/ses/client';
import { useConnectionState } from '../../lib/ses/connection-context';
import { useActingChoice } from '../acting/acting-choice';
import { PageLoading } from '../shell/page-loading';

/**
 * The simulator, given the acting principal's connection (its identities can be chosen) and the
 * emulator's principals (offered as callers; their keys, kept in memory, let the simulator read
 * a caller's own identities so that sends without an ARN are predicted as the emulator decides).
 */
export function SimulatorPage() {
  const state = useConnectionState();
  const { principals } = useActingChoice();
  const ready = state.status === 'ready' ? state : undefined;
  const callers = useMemo(
    () => principals.map((p) => ({ arn: p.arn, label: p.label, iamPolicies: p.iamPolicies ?? [] })),
    [principals],
  );
  const connectionFor = useCallback(
    (account: string): SesConnection | undefined => {
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
          />
        </SpaceBetween>
      )}
    </ContentLayout>
  );
}
