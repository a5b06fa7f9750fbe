/** Why Apply did not save: SES's refusal with its code, or the errors that block it. */
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { SesErrorDetails } from '../../lib/ses/ses-error';

export function ApplyError({
  error,
  errorCount,
  nameError,
}: {
  error?: SesErrorDetails;
  errorCount: number;
  nameError?: string;
}) {
  if (error)
    return (
      <SpaceBetween size="xxs">
        <strong>
          SES refused the policy: {error.code}
          {error.httpStatus ? ` (HTTP ${error.httpStatus})` : ''}
        </strong>
        <span>{error.message}</span>
        <span>
          Nothing you entered was lost: fix the document in step 2, or the statements in step 1, and apply
          again.
          {error.requestId ? ` Request ID: ${error.requestId}.` : ''}
        </span>
      </SpaceBetween>
    );
  return (
    <SpaceBetween size="xxs">
      <strong>The policy cannot be applied yet.</strong>
      {errorCount > 0 && (
        <span>
          Fix the {errorCount === 1 ? 'error' : `${errorCount} errors`} listed under Findings in the document
          (step 2).
        </span>
      )}
      {nameError && <span>Policy name: {nameError}</span>}
    </SpaceBetween>
  );
}
