/**
 * An identity's Access tab: who can send as it, and how, from all of its policies (whoCanSend,
 * run in the worker), with the email-over-domain precedence that applies to it.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SesConnection } from '../../lib/ses/client';
import { policiesQuery } from '../../lib/ses/policies';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import type { AccessJob } from './access-job';
import { accessRows } from './access-rows';
import { AccessTable } from './access-table';
import { PrecedenceNote } from './precedence-note';
import { useWhoCanSend } from './use-who-can-send';

export interface AccessTabProps {
  connection: SesConnection;
  identity: string;
  identityArn: string;
  /** The acting account, which owns the identity. */
  account: string;
  verified: boolean;
}

export function AccessTab({ connection, identity, identityArn, account, verified }: AccessTabProps) {
  // SES answers policy operations for verified identities only.
  const policies = useQuery({ ...policiesQuery(connection, identity), enabled: verified });
  const jobs = useMemo<AccessJob[] | undefined>(
    () => (policies.data ? [{ identity, identityArn, policies: policies.data }] : undefined),
    [policies.data, identity, identityArn],
  );
  const { query: analysis } = useWhoCanSend(jobs);
  const result = analysis.data?.[0];
  const rows = result ? accessRows(result) : [];

  const header = (
    <Header
      variant="h2"
      counter={result ? `(${rows.length})` : undefined}
      description="Every way a request may be allowed by this identity’s policies, and by its own account. A request is allowed when one row covers it, unless a Deny in its carve-outs applies."
    >
      Who can send as this identity
    </Header>
  );

  let body;
  if (!verified)
    body = (
      <Alert type="info" header="Not verified yet">
        SES refuses every send from an unverified identity, whatever its policies say. Once it is verified,
        this tab shows who may send as it.
      </Alert>
    );
  else if (policies.isError) {
    const error = sesErrorDetails(policies.error);
    body = (
      <Alert type="error" header={`The policies could not be read: ${error.code}`}>
        {error.message}
      </Alert>
    );
  } else if (analysis.isError)
    body = (
      <Alert type="error" header="The policies could not be analysed">
        {analysis.error.message}
      </Alert>
    );
  else
    body = (
      <AccessTable
        rows={rows}
        label="Who can send as this identity"
        header={header}
        loading={!result}
        loadingText={policies.isPending ? 'Reading the policies' : 'Analysing the policies'}
        empty={
          <Box textAlign="center" color="inherit">
            <b>No one</b>
            <Box variant="p" color="inherit">
              No request is allowed: the policies deny every send, even the account’s own.
            </Box>
          </Box>
        }
      />
    );

  return (
    <SpaceBetween size="l">
      <PrecedenceNote
        connection={connection}
        identity={identity}
        account={account}
        verified={verified}
        policyCount={verified ? policies.data?.length : 0}
      />
      {result && result.result.notes.length > 0 && (
        <Alert type="warning" header="Notes on these policies">
          <ul>
            {result.result.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </Alert>
      )}
      {body}
    </SpaceBetween>
  );
}
