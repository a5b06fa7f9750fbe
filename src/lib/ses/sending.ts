/**
 * Sending through the SES API, as the acting principal: SendEmail and SendRawEmail with the
 * sending-authorization ARNs. Returns SES's MessageId; a refusal surfaces as the SDK's error
 * (its `name` is SES's code, e.g. AccessDenied, MessageRejected).
 */
import type { SendEmailCommandInput } from '@aws-sdk/client-ses';
import { mutationOptions } from '@tanstack/react-query';
import { loadSesSdk, sesClient, type SesConnection } from './client';

export interface RawSendInput {
  /** The whole MIME message; X-SES-*-ARN headers in it are honoured. */
  raw: string;
  source?: string;
  destinations?: string[];
  sourceArn?: string;
  fromArn?: string;
  returnPathArn?: string;
}

export function sendEmailMutation(connection: SesConnection) {
  return mutationOptions({
    mutationFn: async (input: SendEmailCommandInput) => {
      const output = await (
        await sesClient(connection)
      ).send(new (await loadSesSdk()).SendEmailCommand(input));
      return output.MessageId;
    },
  });
}

export function sendRawEmailMutation(connection: SesConnection) {
  return mutationOptions({
    mutationFn: async ({ raw, source, destinations, sourceArn, fromArn, returnPathArn }: RawSendInput) => {
      const output = await (
        await sesClient(connection)
      ).send(
        new (await loadSesSdk()).SendRawEmailCommand({
          RawMessage: { Data: new TextEncoder().encode(raw) },
          Source: source || undefined,
          Destinations: destinations?.length ? destinations : undefined,
          SourceArn: sourceArn || undefined,
          FromArn: fromArn || undefined,
          ReturnPathArn: returnPathArn || undefined,
        }),
      );
      return output.MessageId;
    },
  });
}
