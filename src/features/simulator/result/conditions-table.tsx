/** Every condition of every statement the evaluation examined, with the request's values and why. */
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { statementLabel, type ConditionTrace, type EvaluationResult } from '../../../policy-engine';
import { MonoValue, OneLine } from '../../../lib/ui/breakable';
import { PlainText } from '../../../lib/ui/plain-text';

interface Row extends ConditionTrace {
  id: string;
  policy: string;
  statement: string;
  applies: boolean;
}

export function conditionRows(evaluation: EvaluationResult): Row[] {
  return evaluation.policies.flatMap((policy) =>
    policy.statements.flatMap((statement) =>
      statement.conditions.map((condition, i) => ({
        ...condition,
        id: `${policy.kind}/${policy.name}/${statement.statementIndex}/${i}`,
        policy: `${policy.name}${policy.kind === 'identity' ? ' (caller’s IAM policy)' : ''}`,
        statement: `${statementLabel(statement)} (${statement.effect ?? 'no Effect'})`,
        applies: statement.applies,
      })),
    ),
  );
}

export function ConditionsTable({ evaluation, label }: { evaluation: EvaluationResult; label: string }) {
  const rows = conditionRows(evaluation);
  return (
    <Table
      variant="embedded"
      ariaLabels={{ tableLabel: label }}
      items={rows}
      trackBy="id"
      wrapLines
      empty={<Box color="text-body-secondary">No statement that was examined has conditions.</Box>}
      columnDefinitions={[
        {
          // The statement under its condition, not in a column of its own: six columns of
          // unbreakable names and values did not fit a 1280 px window.
          id: 'condition',
          header: 'Condition (statement)',
          isRowHeader: true,
          cell: (r) => (
            <SpaceBetween size="xxxs">
              <MonoValue value={`${r.operator} ${r.key}`} />
              <Box variant="small" color="text-body-secondary">
                {r.statement} of {r.policy}
              </Box>
            </SpaceBetween>
          ),
        },
        {
          id: 'policy',
          header: 'Policy values',
          cell: (r) => <MonoValue value={r.policyValues.join(', ')} />,
        },
        {
          id: 'request',
          header: 'Request values',
          cell: (r) =>
            r.requestValues === undefined ? (
              <Box color="text-status-warning">absent</Box>
            ) : (
              <MonoValue value={r.requestValues.join(', ') || '(empty list)'} />
            ),
        },
        {
          id: 'matched',
          header: 'Result',
          cell: (r) => (
            <OneLine>
              {r.matched ? (
                <StatusIndicator type="success">Matched</StatusIndicator>
              ) : (
                <StatusIndicator type="error">Not matched</StatusIndicator>
              )}
            </OneLine>
          ),
        },
        { id: 'why', header: 'Why', cell: (r) => <PlainText text={r.reason} /> },
      ]}
    />
  );
}
