/**
 * Sending through the SES API, as the acting principal: a formatted message or a raw MIME one,
 * with the sending-authorization ARNs, over the connection's API version. Returns SES's
 * MessageId; a refusal surfaces as the SDK's error (its `name` is SES's code, e.g. AccessDenied,
 * MessageRejected).
 */
import { mutationOptions } from '@tanstack/react-query';
import type { SesConnection } from './client';
import { sesApi, type RawSendInput, type SimpleSendInput } from './api/ses-api';

export type { RawSendInput, SimpleSendInput } from './api/ses-api';

export function sendEmailMutation(connection: SesConnection) {
  return mutationOptions({
    mutationFn: async (input: SimpleSendInput) => (await sesApi(connection)).sendEmail(input),
  });
}

export function sendRawEmailMutation(connection: SesConnection) {
  return mutationOptions({
    mutationFn: async (input: RawSendInput) => (await sesApi(connection)).sendRawEmail(input),
  });
}
