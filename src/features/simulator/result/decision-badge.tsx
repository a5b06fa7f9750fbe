/** A decision (or SES's error code) as a status indicator with words, never colour alone. */
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Decision } from '../../../policy-engine';

export function DecisionBadge({ decision, errorCode }: { decision: Decision; errorCode?: string }) {
  if (decision === 'Allow') return <StatusIndicator type="success">Allow</StatusIndicator>;
  const what = decision === 'ExplicitDeny' ? 'explicit deny' : 'implicit deny';
  return (
    <StatusIndicator type="error">
      {errorCode ?? 'Refused'} ({what})
    </StatusIndicator>
  );
}
