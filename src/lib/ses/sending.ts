/**
 * Sending through the SES API, as the acting principal: a formatted message or a raw MIME one,
 * with the sending-authorization ARNs, over the connection's API version. Returns SES's
 * MessageId; a refusal surfaces as the SDK's error (its `name` is SES's code, e.g. AccessDenied,
 * MessageRejected). Every send goes through here, and each is recorded with SES's answer in this
 * tab's attempts (tab-attempts.ts): real SES keeps no log the console could read back.
 */
import { mutationOptions } from '@tanstack/react-query';
import { apiVersionOf, defaultEndpoint, type SesConnection } from './client';
import { sesApi, type RawSendInput, type SimpleSendInput } from './api/ses-api';
import { parseRawMessage } from '../../policy-engine/mime';
import { sesErrorDetails } from './ses-error';
import { recordTabAttempt, type TabAttempt } from './tab-attempts';

export type { RawSendInput, SimpleSendInput } from './api/ses-api';

type Described = Omit<TabAttempt, 'id' | 'time' | 'api' | 'where' | 'region' | 'callerArn' | 'outcome'>;

/** Where the request went, without anything secret: never a user name or password in a URL. */
function whereOf(connection: SesConnection): string {
  if (connection.emulator) return 'Built-in emulator';
  const endpoint = connection.endpoint ?? defaultEndpoint(connection.region);
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname}`;
  } catch {
    return 'An endpoint whose URL does not parse';
  }
}

const present = (value: string | undefined) => value?.trim() || undefined;

/** Sends, then records the attempt with SES's answer; the answer (or refusal) is passed on. */
async function sendRecorded(
  connection: SesConnection,
  callerArn: string,
  describe: () => Promise<Described>,
  send: () => Promise<string | undefined>,
): Promise<string | undefined> {
  const time = new Date().toISOString();
  const record = async (outcome: TabAttempt['outcome']) => {
    // Describing the message never stands between the user and SES's answer.
    const described = await describe().catch((): Described => ({ action: 'Send', destinations: [] }));
    recordTabAttempt({
      ...described,
      time,
      api: apiVersionOf(connection),
      where: whereOf(connection),
      region: connection.region,
      callerArn,
      outcome,
    });
  };
  let messageId: string | undefined;
  try {
    messageId = await send();
  } catch (error) {
    const { code, message } = sesErrorDetails(error);
    await record({ ok: false, code, message });
    throw error;
  }
  await record({ ok: true, messageId });
  return messageId;
}

export function sendEmailMutation(connection: SesConnection, callerArn: string) {
  const v2 = apiVersionOf(connection) === 'v2';
  return mutationOptions({
    mutationFn: (input: SimpleSendInput) =>
      sendRecorded(
        connection,
        callerArn,
        async () => ({
          action: v2 ? 'SendEmail (simple content)' : 'SendEmail',
          from: input.from,
          subject: input.subject,
          sourceArn: present(input.fromIdentityArn),
          destinations: [...input.to, ...input.cc, ...input.bcc],
          configurationSet: present(input.configurationSetName),
        }),
        async () => (await sesApi(connection)).sendEmail(input),
      ),
  });
}

export function sendRawEmailMutation(connection: SesConnection, callerArn: string) {
  const v2 = apiVersionOf(connection) === 'v2';
  return mutationOptions({
    mutationFn: (input: RawSendInput) =>
      sendRecorded(
        connection,
        callerArn,
        async () => {
          // Only the headers are kept: From, Subject, recipients and the X-SES-*-ARN headers.
          const parsed = await parseRawMessage(input.raw).catch(() => undefined);
          const message = parsed?.ok ? parsed.message : undefined;
          const headerRecipients = message ? [...message.to, ...message.cc, ...message.bcc] : [];
          return {
            action: v2 ? 'SendEmail (raw content)' : 'SendRawEmail',
            from: present(input.source) ?? present(message?.from.address),
            subject: message?.subject,
            sourceArn: present(input.sourceArn) ?? message?.sesHeaders.sourceArn,
            fromArn: present(input.fromArn) ?? message?.sesHeaders.fromArn,
            destinations: input.destinations?.length ? input.destinations : headerRecipients,
            configurationSet: present(input.configurationSetName),
          };
        },
        async () => (await sesApi(connection)).sendRawEmail(input),
      ),
  });
}
