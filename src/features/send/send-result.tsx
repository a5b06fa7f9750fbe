import Alert from '@cloudscape-design/components/alert';
import { sesErrorDetails } from '../../lib/ses/ses-error';

/** SES's answer to a test send: the MessageId, or the error code and message. */
export function SendResult({ messageId, error }: { messageId?: string; error?: unknown }) {
  if (error) {
    const details = sesErrorDetails(error);
    return (
      <Alert type="error" header={`SES refused the message: ${details.code}`}>
        {details.message}
        {details.requestId ? ` (request ID ${details.requestId})` : ''}
      </Alert>
    );
  }
  if (messageId)
    return (
      <Alert type="success" header="SES accepted the message">
        MessageId: {messageId}
      </Alert>
    );
  return null;
}
