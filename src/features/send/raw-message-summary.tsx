/** What SES read from the raw message that was sent: From, recipients and the X-SES ARN headers. */
import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import type { ParsedMessage } from '../../policy-engine';

export function RawMessageSummary({ message }: { message: ParsedMessage }) {
  const recipients = [...message.to, ...message.cc, ...message.bcc];
  const none = <Box color="text-status-inactive">none</Box>;
  return (
    <KeyValuePairs
      columns={3}
      items={[
        {
          label: 'From',
          value: message.from.name
            ? `"${message.from.name}" <${message.from.address}>`
            : message.from.address,
        },
        { label: 'Recipients', value: recipients.join(', ') || none },
        { label: 'Return-Path', value: message.returnPath ?? none },
        { label: 'X-SES-SOURCE-ARN', value: message.sesHeaders.sourceArn ?? none },
        { label: 'X-SES-FROM-ARN', value: message.sesHeaders.fromArn ?? none },
        { label: 'X-SES-RETURN-PATH-ARN', value: message.sesHeaders.returnPathArn ?? none },
      ]}
    />
  );
}
