/** SES's answer to a test send: the MessageId, or SES's error code and message. Text only. */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { sesErrorDetails } from '../../lib/ses/ses-error';

interface SendResultProps {
  messageId?: string;
  error?: unknown;
  /** Who sent it (the acting principal at the time of the send). */
  sentAs?: string;
}

export function SendResult({ messageId, error, sentAs }: SendResultProps) {
  const as = sentAs ? ` Sent as ${sentAs}.` : '';
  let content = null;
  if (error) {
    const details = sesErrorDetails(error);
    content = (
      <Alert type="error" header={`SES refused the message: ${details.code}`}>
        {details.message}
        <Box variant="small" display="block">
          {details.httpStatus ? `HTTP ${details.httpStatus}. ` : ''}
          {details.requestId ? `Request ID ${details.requestId}.` : ''}
          {as}
        </Box>
      </Alert>
    );
  } else if (messageId) {
    content = (
      <Alert type="success" header="SES accepted the message">
        MessageId: {messageId}
        <Box variant="small" display="block">
          {as.trim()} The Activity page shows the attempt and the notifications it produced.
        </Box>
      </Alert>
    );
  }
  // Always present, so screen readers announce the answer when it arrives.
  return <div aria-live="polite">{content}</div>;
}
