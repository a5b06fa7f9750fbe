/**
 * STAND-IN, TO BE REPLACED by the policy engine's `sendRequestFromV2` (src/policy-engine/index.ts,
 * branch wt-engine2), which had not landed when this was written. Same signature as the engine's;
 * when it lands, import it from the engine and delete this file.
 *
 * How a v2 send reads (SES API v2 reference, SendEmail:
 * https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html):
 * FromEmailAddress is the sender (Source and From); FromEmailAddressIdentityArn is the identity
 * whose sending authorization policy permits it (v1's SourceArn); FeedbackForwardingEmailAddress
 * and its identity ARN are v1's ReturnPath and ReturnPathArn. Raw content takes the sender and
 * recipients from the message when the request leaves them out, and its X-SES-*-ARN headers as
 * SendRawEmail does (the parameters win). The IAM action of SendEmail is ses:SendEmail whatever
 * the content (Service Authorization Reference, list_sesv2.html). Until the engine's SendApi has
 * 'SendBulkEmail', SendBulkEmail is authorized as 'SendBulkTemplatedEmail' (the stand-in's one
 * difference from the engine's contract).
 */
import {
  resolveIdentityArns,
  sendInputFromRaw,
  type ParsedMessage,
  type SendApi,
  type SendMessage,
} from '../../../src/policy-engine/index';

type ResolvedArn = NonNullable<ReturnType<typeof resolveIdentityArns>['sourceArn']>;

export type V2ContentKind = 'Simple' | 'Template' | 'Raw';
export interface V2SendInput {
  operation: 'SendEmail' | 'SendBulkEmail';
  content: V2ContentKind;
  rawMessage?: ParsedMessage;
  fromEmailAddress?: string;
  fromEmailAddressIdentityArn?: string;
  feedbackForwardingEmailAddress?: string;
  feedbackForwardingEmailAddressIdentityArn?: string;
  destination?: { toAddresses?: string[]; ccAddresses?: string[]; bccAddresses?: string[] };
  configurationSetName?: string;
}
export type V2SendReading =
  | {
      ok: true;
      api: SendApi;
      message: SendMessage;
      sourceArn?: ResolvedArn;
      fromArn?: ResolvedArn;
      returnPathArn?: ResolvedArn;
      apiVersion: '2';
      configurationSetName?: string;
    }
  | { ok: false; error: { code: string; message: string; httpStatus: number } };

const badRequest = (message: string): V2SendReading => ({
  ok: false,
  error: { code: 'BadRequestException', message, httpStatus: 400 },
});

export function sendRequestFromV2(input: V2SendInput): V2SendReading {
  const api: SendApi = input.operation === 'SendBulkEmail' ? 'SendBulkTemplatedEmail' : 'SendEmail';
  const to = input.destination?.toAddresses ?? [];
  const cc = input.destination?.ccAddresses ?? [];
  const bcc = input.destination?.bccAddresses ?? [];
  const params = {
    sourceArn: input.fromEmailAddressIdentityArn,
    returnPathArn: input.feedbackForwardingEmailAddressIdentityArn,
  };
  const common = {
    ok: true as const,
    api,
    apiVersion: '2' as const,
    configurationSetName: input.configurationSetName,
  };
  if (input.content === 'Raw') {
    if (!input.rawMessage) return badRequest('Content.Raw.Data is required.');
    const destinations = [...to, ...cc, ...bcc];
    const raw = sendInputFromRaw(input.rawMessage, { source: input.fromEmailAddress, destinations });
    return {
      ...common,
      message: { ...raw, returnPath: input.feedbackForwardingEmailAddress ?? raw.returnPath },
      ...resolveIdentityArns(params, input.rawMessage.sesHeaders),
    };
  }
  if (!input.fromEmailAddress)
    return badRequest(
      `FromEmailAddress is required when the content is ${input.content}; only raw content can take it from the message.`,
    );
  return {
    ...common,
    message: {
      source: input.fromEmailAddress,
      to,
      cc,
      bcc,
      returnPath: input.feedbackForwardingEmailAddress,
    },
    ...resolveIdentityArns(params),
  };
}
