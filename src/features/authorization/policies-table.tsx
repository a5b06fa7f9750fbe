/**
 * The Authorization tab: the identity's sending authorization policies with their statements,
 * a plain-English summary and size, the count against SES's limit of 20, and the actions:
 * create (generator or custom), view, edit and delete (saying first who loses access).
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  identityArn,
  MAX_POLICIES_PER_IDENTITY,
  MAX_POLICY_BYTES,
  policyLimitProblem,
} from '../../policy-engine';
import { useConnectionState } from '../../lib/ses/connection-context';
import type { SesConnection } from '../../lib/ses/client';
import { policiesQuery } from '../../lib/ses/policies';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { policyCreatePath, policyEditPath, policyGeneratePath } from '../../lib/paths';
import { OneLine } from '../../lib/ui/breakable';
import { PlainText } from '../../lib/ui/plain-text';
import { DeletePolicyModal } from './delete-policy-modal';
import { policyRow, type PolicyRow } from './policy-rows';
import { ViewPolicyModal } from './view-policy-modal';

interface PoliciesTableProps {
  connection: SesConnection;
  identity: string;
  verified: boolean;
}

export function PoliciesTable({ connection, identity, verified }: PoliciesTableProps) {
  const navigate = useNavigate();
  const state = useConnectionState();
  const arn =
    state.status === 'ready' ? identityArn(connection.region, state.principal.account, identity) : undefined;
  // SES answers policy operations for verified identities only (the API reference of
  // PutIdentityPolicy and the others): a pending identity is not asked.
  const policies = useQuery({ ...policiesQuery(connection, identity), enabled: verified });
  const rows = useMemo(() => (policies.data ?? []).map(policyRow), [policies.data]);
  const [selected, setSelected] = useState<PolicyRow[]>([]);
  const [dialog, setDialog] = useState<'view' | 'delete' | undefined>();
  const current = rows.find((r) => r.name === selected[0]?.name);
  const limitProblem = policyLimitProblem(rows.length, identity);
  const error = policies.isError ? sesErrorDetails(policies.error) : undefined;

  return (
    <>
      <Table<PolicyRow>
        variant="container"
        items={rows}
        loading={verified && policies.isPending}
        loadingText="Loading policies"
        selectionType="single"
        selectedItems={current ? [current] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        trackBy="name"
        ariaLabels={{
          tableLabel: 'Sending authorization policies',
          selectionGroupLabel: 'Policy selection',
          itemSelectionLabel: (_, item) => `Select policy ${item.name}`,
        }}
        columnDefinitions={[
          { id: 'name', header: 'Policy name', cell: (r) => r.name, isRowHeader: true },
          { id: 'statements', header: 'Statements', cell: (r) => r.statementCount },
          {
            id: 'summary',
            header: 'What it allows',
            cell: (r) => <PlainText text={r.summary} />,
            minWidth: 320,
          },
          {
            id: 'size',
            header: 'Size',
            // One line: the long summary beside it used to squeeze it onto three.
            cell: (r) => (
              <OneLine>
                {r.bytes.toLocaleString('en-US')} of {MAX_POLICY_BYTES.toLocaleString('en-US')} bytes
              </OneLine>
            ),
          },
        ]}
        wrapLines
        header={
          <Header
            variant="h2"
            counter={policies.data ? `(${rows.length} of ${MAX_POLICIES_PER_IDENTITY})` : undefined}
            description="Who may send from this identity, with which actions and under which conditions."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!current} onClick={() => setDialog('view')}>
                  View
                </Button>
                <Button
                  disabled={!current}
                  onClick={() => current && navigate(policyEditPath(identity, current.name))}
                >
                  Edit
                </Button>
                <Button disabled={!current} onClick={() => setDialog('delete')}>
                  Delete
                </Button>
                <ButtonDropdown
                  variant="primary"
                  disabled={!verified || limitProblem !== undefined || !policies.data}
                  disabledReason={
                    !verified
                      ? `SES attaches policies to verified identities only. Verify ${identity} first.`
                      : limitProblem
                  }
                  items={[
                    {
                      id: 'generate',
                      text: 'Use policy generator',
                      description: 'Build the policy from statements, step by step',
                    },
                    { id: 'custom', text: 'Create custom policy', description: 'Write the JSON yourself' },
                  ]}
                  onItemClick={({ detail }) =>
                    navigate(
                      detail.id === 'generate' ? policyGeneratePath(identity) : policyCreatePath(identity),
                    )
                  }
                >
                  Create policy
                </ButtonDropdown>
              </SpaceBetween>
            }
          >
            Sending authorization policies
          </Header>
        }
        empty={
          <Box textAlign="center" color="inherit">
            {!verified ? (
              <>
                <b>No policies until {identity} is verified</b>
                <Box variant="p" color="inherit">
                  SES attaches sending authorization policies to verified identities only. Once {identity} is
                  verified, create a policy here to let other accounts, IAM users or AWS services send from
                  it.
                </Box>
              </>
            ) : error ? (
              <>
                <b>The policies could not be read</b>
                <Box variant="p" color="inherit">
                  {error.code}: {error.message}
                </Box>
              </>
            ) : (
              <>
                <b>No policies</b>
                <Box variant="p" color="inherit">
                  Only this account can send from {identity}. Create a policy to let other accounts, IAM users
                  or AWS services send from it.
                </Box>
              </>
            )}
          </Box>
        }
      />
      {dialog === 'view' && current && (
        <ViewPolicyModal policy={current} onDismiss={() => setDialog(undefined)} />
      )}
      {dialog === 'delete' && current && (
        <DeletePolicyModal
          connection={connection}
          identity={identity}
          policyName={current.name}
          identityArn={arn}
          policies={policies.data ?? []}
          onDismiss={() => setDialog(undefined)}
          onDeleted={() => {
            setDialog(undefined);
            setSelected([]);
          }}
        />
      )}
    </>
  );
}
