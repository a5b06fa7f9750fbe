/**
 * An SES API v2 send (SendEmail, SendBulkEmail) read as `authorizeSend` takes it: which action
 * it is authorized as, its sender, recipients and feedback address, and which identity ARNs
 * apply, with v2's parameter names in every refusal. Pure and never throws: a raw message is
 * parsed beforehand (parseRawMessage), and bad input is a v2 error saying what to fix.
 * Sources: SEMANTICS.md, "SES API v2 sends".
 */
import type { ParsedMessage } from './mime';
import { recipientCountProblem, type ResolvedArn } from './send-input';
import { SES_API_VERSION_V2, type SendApi, type SendMessage } from './send';

export type V2ContentKind = 'Simple' | 'Template' | 'Raw';

export interface V2SendInput {
  operation: 'SendEmail' | 'SendBulkEmail';
  /** SendBulkEmail only allows 'Template' (DefaultContent.Template). */
  content: V2ContentKind;
  /** When content is 'Raw': parsed beforehand with parseRawMessage. */
  rawMessage?: ParsedMessage;
  fromEmailAddress?: string;
  fromEmailAddressIdentityArn?: string;
  feedbackForwardingEmailAddress?: string;
  feedbackForwardingEmailAddressIdentityArn?: string;
  /**
   * The Destination. For SendBulkEmail, one BulkEmailEntry's Destination (each entry is a
   * message of its own, with its own limit of 50), or left out to ask about the policies alone.
   */
  destination?: { toAddresses?: string[]; ccAddresses?: string[]; bccAddresses?: string[] };
  configurationSetName?: string;
}

export type V2ErrorCode = 'BadRequestException' | 'InvalidParameterValue' | 'MessageRejected';

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
  | { ok: false; error: { code: V2ErrorCode; message: string; httpStatus: number } };

const CONTENT_KINDS: readonly V2ContentKind[] = ['Simple', 'Template', 'Raw'];

// v2's names for the ARNs, for `authorizeSend`'s refusals.
const FROM_ARN = 'FromEmailAddressIdentityArn';
const FEEDBACK_ARN = 'FeedbackForwardingEmailAddressIdentityArn';

/** v2 reports invalid input as BadRequestException (HTTP 400). */
const badRequest = (message: string): V2SendReading => ({
  ok: false,
  error: { code: 'BadRequestException', message, httpStatus: 400 },
});

/** A parameter as given, trimmed; blank is absent. */
function given(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function parameterArn(value: unknown, name: string): ResolvedArn | undefined {
  const arn = given(value);
  return arn ? { arn, origin: 'parameter', name } : undefined;
}

function headerArn(value: unknown, header: string): ResolvedArn | undefined {
  const arn = given(value);
  return arn ? { arn, origin: 'header', name: `${header} header` } : undefined;
}

/** A Destination list as given, or why it is not a list of strings. */
function addressList(value: unknown, field: string): string[] | undefined | { problem: string } {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string'))
    return { problem: `Destination.${field} must be a list of email addresses.` };
  return [...(value as string[])];
}

/**
 * Reads a v2 send. Simple and Template content are authorized as ses:SendEmail, Raw content as
 * ses:SendRawEmail, SendBulkEmail as ses:SendBulkEmail. FromEmailAddress is the sender (v2 has
 * no Source); for Raw content it falls back to the message's From header.
 * FromEmailAddressIdentityArn takes the place of the X-SES-SOURCE-ARN and X-SES-FROM-ARN
 * headers, FeedbackForwardingEmailAddressIdentityArn of X-SES-RETURN-PATH-ARN, and
 * FeedbackForwardingEmailAddress is the Return-Path (ses:FeedbackAddress).
 */
export function sendRequestFromV2(input: V2SendInput): V2SendReading {
  try {
    return readV2(input);
  } catch (error) {
    // Only a broken input object (a throwing getter) can get here.
    return badRequest(
      `The send could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function readV2(input: V2SendInput): V2SendReading {
  if (!input || typeof input !== 'object') return badRequest('No send request was given.');
  const { operation, content } = input;
  if (operation !== 'SendEmail' && operation !== 'SendBulkEmail')
    return badRequest(
      `"${String(operation)}" is not a v2 sending operation: use SendEmail or SendBulkEmail.`,
    );
  if (!CONTENT_KINDS.includes(content))
    return badRequest(
      `"${String(content)}" is not a kind of email content: Content takes exactly one of Simple, Template or Raw.`,
    );
  if (operation === 'SendBulkEmail' && content !== 'Template')
    return badRequest(
      `SendBulkEmail sends templates only: DefaultContent takes a Template, not ${content} content.`,
    );

  const lists: Record<'to' | 'cc' | 'bcc', string[] | undefined> = {
    to: undefined,
    cc: undefined,
    bcc: undefined,
  };
  const destination: unknown = input.destination;
  if (destination !== undefined) {
    if (!destination || typeof destination !== 'object')
      return badRequest('Destination must be an object with ToAddresses, CcAddresses and BccAddresses.');
    const d = input.destination as NonNullable<V2SendInput['destination']>;
    for (const [key, field, value] of [
      ['to', 'ToAddresses', d.toAddresses],
      ['cc', 'CcAddresses', d.ccAddresses],
      ['bcc', 'BccAddresses', d.bccAddresses],
    ] as const) {
      const list = addressList(value, field);
      if (list && !Array.isArray(list)) return badRequest(list.problem);
      lists[key] = list;
    }
  }
  const destinationCount = (lists.to?.length ?? 0) + (lists.cc?.length ?? 0) + (lists.bcc?.length ?? 0);

  const from = given(input.fromEmailAddress);
  const feedback = given(input.feedbackForwardingEmailAddress);
  const fromParam = parameterArn(input.fromEmailAddressIdentityArn, FROM_ARN);
  const feedbackParam = parameterArn(input.feedbackForwardingEmailAddressIdentityArn, FEEDBACK_ARN);
  const configurationSetName = given(input.configurationSetName);
  const common = {
    ok: true as const,
    apiVersion: SES_API_VERSION_V2,
    ...(configurationSetName ? { configurationSetName } : {}),
  };

  if (content === 'Raw') {
    const raw = input.rawMessage;
    if (!raw || typeof raw !== 'object' || !raw.from)
      return badRequest('Raw content needs its message: parse Content.Raw.Data with parseRawMessage first.');
    // The Destination, when it lists anyone, replaces the message's To, Cc and Bcc headers, as
    // SendRawEmail's Destinations do; otherwise the headers are the recipients.
    const fromHeaders = destinationCount === 0;
    const message: SendMessage = {
      source: from ?? raw.from.address,
      from: raw.from.name ? `"${raw.from.name.replace(/"/g, '')}" <${raw.from.address}>` : raw.from.address,
      to: fromHeaders ? [...raw.to] : (lists.to ?? []),
      cc: fromHeaders ? [...raw.cc] : (lists.cc ?? []),
      bcc: fromHeaders ? [...raw.bcc] : (lists.bcc ?? []),
    };
    const returnPath = feedback ?? raw.returnPath;
    if (returnPath) message.returnPath = returnPath;
    const countProblem = recipientCountProblem(message.to!.length + message.cc!.length + message.bcc!.length);
    if (countProblem) return badRequest(countProblem);
    const headers = raw.sesHeaders ?? {};
    const headerFrom = headerArn(headers.fromArn, 'X-SES-FROM-ARN');
    // The parameter overrides both headers it stands for. Over X-SES-FROM-ARN it names the From
    // header's identity too; without that header, the From address falls back to the sender's
    // ARN as in every send (SEMANTICS.md).
    const sourceArn = fromParam ?? headerArn(headers.sourceArn, 'X-SES-SOURCE-ARN');
    const fromArn = fromParam ? (headerFrom ? fromParam : undefined) : headerFrom;
    const returnPathArn = feedbackParam ?? headerArn(headers.returnPathArn, 'X-SES-RETURN-PATH-ARN');
    return {
      ...common,
      api: 'SendRawEmail',
      message,
      ...(sourceArn ? { sourceArn } : {}),
      ...(fromArn ? { fromArn } : {}),
      ...(returnPathArn ? { returnPathArn } : {}),
    };
  }

  if (!from)
    return badRequest(
      `FromEmailAddress is missing: ${content} content needs the sender's address (only Raw content can take it from the message's From header).`,
    );
  const message: SendMessage = { source: from };
  if (destination !== undefined) {
    message.to = lists.to ?? [];
    message.cc = lists.cc ?? [];
    message.bcc = lists.bcc ?? [];
    const countProblem = recipientCountProblem(destinationCount);
    if (countProblem) return badRequest(countProblem);
  }
  if (feedback) message.returnPath = feedback;
  return {
    ...common,
    api: operation === 'SendBulkEmail' ? 'SendBulkEmail' : 'SendEmail',
    message,
    ...(fromParam ? { sourceArn: fromParam } : {}),
    ...(feedbackParam ? { returnPathArn: feedbackParam } : {}),
  };
}
