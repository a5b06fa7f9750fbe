/**
 * On a delegate's grant: "What exactly I may send", the identity's whoCanSend rows (run in the
 * worker) that apply to the acting principal, in the Access tab's table.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import { useMemo } from 'react';
import type { PolicyInput } from '../../policy-engine';
import type { AccessJob } from './access-job';
import { accessRows } from './access-rows';
import { AccessTable } from './access-table';
import { rowAppliesTo } from './principal-rows';
import { useWhoCanSend } from './use-who-can-send';

export interface GrantAccessSummaryProps {
  identity: string;
  identityArn: string;
  policies: PolicyInput[];
  /** The acting principal's ARN. */
  principalArn: string;
  principalLabel: string;
}

export function GrantAccessSummary({
  identity,
  identityArn,
  policies,
  principalArn,
  principalLabel,
}: GrantAccessSummaryProps) {
  const jobs = useMemo<AccessJob[]>(
    () => [{ identity, identityArn, policies }],
    [identity, identityArn, policies],
  );
  const { query } = useWhoCanSend(jobs);
  const result = query.data?.[0];
  if (query.isError)
    return (
      <Alert type="error" header="The policies could not be analysed">
        {query.error.message}
      </Alert>
    );
  const rows = result ? accessRows(result).filter((row) => rowAppliesTo(row.row, principalArn)) : [];
  return (
    <AccessTable
      rows={rows}
      label={`What exactly I may send as ${identity}`}
      loading={!result}
      pageSize={10}
      header={
        <Header
          variant="h3"
          counter={result ? `(${rows.length})` : undefined}
          description={`The ways in that apply to ${principalLabel}: a send is allowed when one row covers it, unless one of its carve-outs applies.`}
        >
          What exactly I may send
        </Header>
      }
      empty={
        <Box textAlign="center" color="inherit">
          <b>Nothing</b>
          <Box variant="p" color="inherit">
            No row of these policies applies to {principalLabel}.
          </Box>
        </Box>
      }
    />
  );
}
