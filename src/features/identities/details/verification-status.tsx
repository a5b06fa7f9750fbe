import StatusIndicator from '@cloudscape-design/components/status-indicator';

/** SES's verification status as a status indicator with words, not just a colour. */
export function VerificationStatus({ status }: { status: string | undefined }) {
  switch (status) {
    case undefined:
      return <StatusIndicator type="loading">Loading</StatusIndicator>;
    case 'Success':
      return <StatusIndicator type="success">Verified</StatusIndicator>;
    case 'Pending':
      return <StatusIndicator type="pending">Pending verification</StatusIndicator>;
    case 'Failed':
      return <StatusIndicator type="error">Verification failed</StatusIndicator>;
    case 'TemporaryFailure':
      return <StatusIndicator type="warning">Temporary failure</StatusIndicator>;
    default:
      return <StatusIndicator type="stopped">{status}</StatusIndicator>;
  }
}
