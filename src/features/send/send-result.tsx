/** SES's answer to a test send: the MessageId, or SES's error code and message. Text only. */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { sesErrorDetails } from '../../lib/ses/ses-error';

interface SendResultProps {
  messageId?: string;
  error?: unknown;
  /** Who sent it (the acting principal at the time of the send). */
  sentAs?: string;
  /**
   * Whether the send named an identity ARN (Source ARN, FromEmailAddressIdentityArn or an
   * X-SES-SOURCE-ARN header): without one, SES checks the From address against the caller's own
   * identities, and "not verified" usually means the user meant another account's identity.
   */
  namedIdentityArn?: boolean;
  /** The field that carries the identity ARN, as the form labels it. */
  arnField?: string;
  /** How many grants the form offers to fill in ("Fill in from a grant"). */
  grantCount?: number;
  /** Whether the built-in emulator answered, which also shows the notifications the send produced. */
  onEmulator?: boolean;
}

/** SES's refusal when the From address is none of the caller's verified identities. */
const NOT_VERIFIED = /not verified/i;

export function SendResult({
  messageId,
  error,
  sentAs,
  namedIdentityArn = true,
  arnField = 'Source ARN',
  grantCount = 0,
  onEmulator = true,
}: SendResultProps) {
  const as = sentAs ? ` Sent as ${sentAs}.` : '';
  let content = null;
  if (error) {
    const details = sesErrorDetails(error);
    content = (
      <Alert type="error" header={`SES refused the message: ${details.code}`}>
        {details.message}
        {!namedIdentityArn && details.code === 'MessageRejected' && NOT_VERIFIED.test(details.message) && (
          <Box display="block" margin={{ top: 'xs' }}>
            To send as another account’s identity, set the {arnField} to that identity’s ARN.{' '}
            {grantCount > 0
              ? `“Fill in from a grant” above sets it for ${grantCount === 1 ? 'the identity' : `any of the ${grantCount} identities`} you may send from.`
              : 'The Grants page lists the identities other accounts let you send from.'}
          </Box>
        )}
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
          {as.trim()}{' '}
          {onEmulator
            ? 'The Activity page shows the attempt and the notifications it produced.'
            : 'The Activity page shows the attempt; SES reports what becomes of the message (delivery, bounce, complaint) to the identity’s SNS topics.'}
        </Box>
      </Alert>
    );
  }
  // Always present, so screen readers announce the answer when it arrives.
  return <div aria-live="polite">{content}</div>;
}
