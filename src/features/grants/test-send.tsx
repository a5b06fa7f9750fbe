/**
 * "Test send with the mailbox simulator" for an identity another account shared: SendEmail through
 * the connection (signed as the connection's own principal, never another), from an address of
 * that identity to SES's mailbox simulator, with the identity ARN as Source ARN (over v2,
 * FromEmailAddressIdentityArn). SES's answer is shown as SES gave it, as text.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { SesConnection } from '../../lib/ses/client';
import { sesErrorDetails } from '../../lib/ses/ses-error';
import { sendEmailMutation } from '../../lib/ses/sending';
import { addressBelongsToIdentity, parseIdentityArn, parseMailbox } from '../../policy-engine';

export const MAILBOX_SIMULATOR_SUCCESS = 'success@simulator.amazonses.com';

interface TestSendProps {
  connection: SesConnection;
  identityArn: string;
  /** A From address the owner's policy allows, when it says; else one of the identity. */
  suggestedFrom: string;
  /** How the header names the caller, e.g. "IAM user marketer (999999999999)". */
  callerLabel: string;
  /** The caller's ARN, for this tab's record of attempts. */
  callerArn: string;
}

/** Why `from` is not an address of the identity; undefined when it is. */
export function fromAddressProblem(from: string, identityArn: string): string | undefined {
  const parsed = parseIdentityArn(identityArn);
  if (!parsed.ok) return parsed.error;
  const text = from.trim();
  if (!text) return 'Enter the From address.';
  // A bare address only: a display name or a second address is not what this test is about.
  if (parseMailbox(text)?.address !== text) return `"${text.slice(0, 100)}" is not an email address.`;
  const { name, kind } = parsed.identity;
  if (addressBelongsToIdentity(text, name)) return undefined;
  return kind === 'EmailAddress'
    ? `This identity is the address ${name}: send from it exactly.`
    : `Use an address at ${name} or one of its subdomains, such as sender@${name}.`;
}

export function TestSend({ connection, identityArn, suggestedFrom, callerLabel, callerArn }: TestSendProps) {
  const [from, setFrom] = useState(suggestedFrom);
  const [problem, setProblem] = useState<string>();
  const send = useMutation(sendEmailMutation(connection, callerArn));
  const [sent, setSent] = useState<{ from: string }>();

  const run = () => {
    const found = fromAddressProblem(from, identityArn);
    setProblem(found);
    if (found) return;
    setSent({ from: from.trim() });
    send.mutate({
      from: from.trim(),
      to: [MAILBOX_SIMULATOR_SUCCESS],
      cc: [],
      bcc: [],
      subject: 'Test send from the SES console',
      text: `A test of the sending authorization for ${identityArn}.`,
      fromIdentityArn: identityArn,
    });
  };

  const error = send.error ? sesErrorDetails(send.error) : undefined;
  return (
    <SpaceBetween size="s">
      <form
        noValidate
        aria-label={`Test send from ${identityArn}`}
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <SpaceBetween size="s">
          <FormField
            label="From address for the test send"
            description={`Sent to ${MAILBOX_SIMULATOR_SUCCESS} (SES’s mailbox simulator: nobody receives it), with this identity’s ARN as Source ARN, as ${callerLabel}.`}
            errorText={problem}
            stretch
          >
            <Input
              value={from}
              onChange={({ detail }) => {
                setFrom(detail.value);
                setProblem(undefined);
              }}
              type="email"
              spellcheck={false}
              invalid={!!problem}
            />
          </FormField>
          <Button formAction="submit" loading={send.isPending} loadingText="Sending the test">
            Test send with the mailbox simulator
          </Button>
        </SpaceBetween>
      </form>
      {/* Always present, so that screen readers announce SES's answer when it arrives. */}
      <div aria-live="polite">
        {send.isSuccess && sent && (
          <Alert type="success" header="SES accepted the test send">
            MessageId: {send.data ?? '(none given)'}
            <Box variant="small" display="block">
              From {sent.from}, so SES allows this caller to send from this identity.
            </Box>
          </Alert>
        )}
        {error && (
          <Alert type="error" header={`SES refused the test send: ${error.code}`}>
            {error.message}
            <Box variant="small" display="block">
              {error.httpStatus ? `HTTP ${error.httpStatus}. ` : ''}
              {error.requestId ? `Request ID ${error.requestId}.` : ''}
            </Box>
          </Alert>
        )}
      </div>
    </SpaceBetween>
  );
}
