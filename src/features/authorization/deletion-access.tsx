/**
 * What deleting a policy changes, in its confirmation: the requests it alone allows (refused
 * from then on), or that no one loses access. Deleting a Deny can also let someone send; that
 * is said too. A polite live region, so a screen reader hears the answer when it comes.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { capitalise } from '../../lib/access-analysis/access-change-panel';
import type { AccessComparison } from '../../lib/access-analysis/use-access-comparison';
import { WitnessList } from '../../lib/access-analysis/witness-list';
import { callersPhrase } from '../../lib/access-analysis/witness-words';

export function DeletionAccess({ comparison }: { comparison: Pick<AccessComparison, 'status' | 'result'> }) {
  return (
    <div aria-live="polite" data-testid="deletion-access">
      <Content comparison={comparison} />
    </div>
  );
}

function Content({ comparison }: { comparison: Pick<AccessComparison, 'status' | 'result'> }) {
  const { status, result } = comparison;
  if (status === 'idle' || status === 'invalid') return null;
  if (status === 'pending' || !result)
    return <StatusIndicator type="loading">Checking who loses access…</StatusIndicator>;
  if (result.verdict === 'equivalent')
    return (
      <StatusIndicator type="success">
        No one loses access: the other policies allow the same requests.
      </StatusIndicator>
    );
  return (
    <SpaceBetween size="s">
      {result.lost.length > 0 && (
        <Box>
          <Box variant="h3">{capitalise(callersPhrase(result.lost))} can no longer send</Box>
          <WitnessList witnesses={result.lost} ariaLabel="Requests refused once the policy is deleted" />
        </Box>
      )}
      {result.gained.length > 0 && (
        <Alert type="warning" header={`Deleting it lets ${callersPhrase(result.gained)} send`}>
          <WitnessList witnesses={result.gained} ariaLabel="Requests allowed once the policy is deleted" />
        </Alert>
      )}
      {result.verdict === 'unknown' && (
        <Alert type="warning" header="The analysis cannot decide exactly what deleting it changes">
          <ul aria-label="Why the analysis cannot decide">
            {(result.unknown ?? []).map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </Alert>
      )}
    </SpaceBetween>
  );
}
