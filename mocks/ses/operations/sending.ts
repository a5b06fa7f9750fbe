/**
 * SendEmail, SendRawEmail and SendTemplatedEmail. Every identity ARN is authorized by the
 * engine's `authorizeSend` (the simulator's code); every attempt is logged with its trace. An
 * accepted message to the mailbox simulator produces SES's notifications, published to the
 * owner's topics and, separately, to the sending delegate's own topics; with feedback
 * forwarding on, bounces and complaints are also forwarded by email to the Return-Path.
 */
import {
  authorizeSend,
  identityKey,
  identityLookups,
  parseIdentityArn,
  parseMailbox,
  parseRawMessage,
  resolveIdentityArns,
  sendInputFromRaw,
  type IdentityRecord,
  type ParsedMessage,
  type SendApi,
  type SendAuthorizationRequest,
  type SendAuthorizationResult,
} from '../../../src/policy-engine/index';
import { SesError, invalidParameter } from '../errors';
import type { IdentityState, NotificationType } from '../model';
import type { QueryParams } from '../query';
import type { XmlStruct } from '../xml';
import { arnOf, type OperationContext } from '../context';
import { simulatorOutcome, notificationJson } from '../feedback-notifications';

export interface SendInput {
  api: SendApi;
  source: string;
  from?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  returnPath?: string;
  subject?: string;
  sourceArn?: string;
  fromArn?: string;
  returnPathArn?: string;
  /** The raw message's X-SES-* headers, which the parameters override. */
  raw?: ParsedMessage;
  /** SES API v2: refusals name v2's parameters; the default ses:ApiVersion. */
  apiVersion?: string;
  /** SES API v2: the configuration set the send names, for IAM on its ARN. */
  configurationSetArn?: string;
  /** Identity ARNs already merged with the raw message's headers (SES API v2's reading); used as given. */
  resolvedArns?: ReturnType<typeof resolveIdentityArns>;
}

/** What an activity entry of SES API v2 adds. */
export interface EntryExtras {
  apiVersion?: '2';
  configurationSetName?: string;
}

/** How a caller other than v1's Query API logs and follows up a send. */
export interface SendOptions {
  /** The action the activity entry names (v2's SendBulkEmail); the input's api by default. */
  action?: string;
  entry?: EntryExtras;
  /** After an accepted send's notifications: SES API v2's event publishing. */
  afterAccept?: (accepted: {
    id: string;
    input: SendInput;
    identity: IdentityState | undefined;
    recipients: string[];
  }) => Promise<void>;
}

export function sendEmailInput(ctx: OperationContext, api: 'SendEmail' | 'SendTemplatedEmail'): SendInput {
  const p = ctx.params;
  if (api === 'SendTemplatedEmail') p.required('Template');
  return {
    api,
    source: p.required('Source'),
    to: p.list('Destination.ToAddresses'),
    cc: p.list('Destination.CcAddresses'),
    bcc: p.list('Destination.BccAddresses'),
    returnPath: p.optional('ReturnPath'),
    subject: api === 'SendEmail' ? p.required('Message.Subject.Data') : undefined,
    sourceArn: p.optional('SourceArn'),
    returnPathArn: p.optional('ReturnPathArn'),
  };
}

/** SendRawEmail's `RawMessage.Data`, parsed; a refusal (not base64, not a message) is returned, to be logged. */
export async function parseRawMessageParam(params: QueryParams): Promise<ParsedMessage | SesError> {
  try {
    const data = params.required('RawMessage.Data');
    let bytes: Uint8Array;
    try {
      bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    } catch {
      throw invalidParameter('RawMessage.Data must be base64-encoded.');
    }
    const parsed = await parseRawMessage(bytes);
    if (!parsed.ok) throw invalidParameter(parsed.error);
    return parsed.message;
  } catch (error) {
    if (error instanceof SesError) return error;
    throw error;
  }
}

/** SendRawEmail's input once its message has been parsed (outside the transaction). */
export function rawEmailInput(ctx: OperationContext, message: ParsedMessage): SendInput {
  const p = ctx.params;
  return {
    api: 'SendRawEmail',
    ...sendInputFromRaw(message, { source: p.optional('Source'), destinations: p.list('Destinations') }),
    subject: message.subject,
    sourceArn: p.optional('SourceArn'),
    fromArn: p.optional('FromArn'),
    returnPathArn: p.optional('ReturnPathArn'),
    raw: message,
  };
}

/** Identities the authorization may ask about, loaded up front: authorizeSend's lookup is synchronous. */
async function preload(
  ctx: OperationContext,
  request: Omit<SendAuthorizationRequest, 'lookupIdentity'>,
): Promise<Map<string, IdentityState>> {
  const found = new Map<string, IdentityState>();
  for (const { account, region, name } of identityLookups(request)) {
    const key = identityKey(account, region, name);
    const identity = await ctx.tx.identity(key);
    if (identity) found.set(key, identity);
  }
  return found;
}

function record(identity: IdentityState): IdentityRecord {
  return {
    arn: arnOf(identity),
    account: identity.account,
    region: identity.region,
    name: identity.name,
    kind: identity.kind,
    verified: identity.verificationStatus === 'Success',
    policies: identity.policies,
  };
}

function messageId(): string {
  const hex = (n: number) =>
    Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `0100${hex(6)}-${crypto.randomUUID()}-000000`;
}

/**
 * A refusal is returned, not thrown: the attempt's log entry must commit with the transaction,
 * and the handler then answers SES's error.
 */
export async function send(
  ctx: OperationContext,
  buildInput: () => SendInput,
  options: SendOptions = {},
): Promise<XmlStruct | SesError> {
  // Every refused send is logged, those refused before authorization (a missing Source) included:
  // the refusal is returned so that its entry commits. No or too many recipients are refused by
  // authorizeSend, and logged as its other refusals are.
  let input: SendInput;
  try {
    input = buildInput();
  } catch (error) {
    if (!(error instanceof SesError)) throw error;
    await logRefusal(ctx, options.action ?? ctx.action, error, options.entry);
    return error;
  }
  const recipients = [...input.to, ...input.cc, ...input.bcc];
  const request: Omit<SendAuthorizationRequest, 'lookupIdentity'> = {
    caller: ctx.caller.arn,
    callerIdentityPolicies: ctx.caller.iamPolicies,
    api: input.api,
    region: ctx.region,
    message: {
      source: input.source,
      from: input.from,
      to: input.to,
      cc: input.cc,
      bcc: input.bcc,
      returnPath: input.returnPath,
    },
    ...(input.resolvedArns ??
      resolveIdentityArns(
        { sourceArn: input.sourceArn, fromArn: input.fromArn, returnPathArn: input.returnPathArn },
        input.raw?.sesHeaders,
      )),
    ...(input.apiVersion ? { apiVersion: input.apiVersion } : {}),
    ...(input.configurationSetArn ? { configurationSetArn: input.configurationSetArn } : {}),
    context: {
      sourceIp: ctx.info.sourceIp,
      time: ctx.info.time,
      secureTransport: ctx.info.secureTransport,
      userAgent: ctx.info.userAgent,
      apiVersion: ctx.info.apiVersion,
    },
  };
  const identities = await preload(ctx, request);
  const result = authorizeSend({
    ...request,
    lookupIdentity: (query) => {
      if ('arn' in query) {
        const parsed = parseIdentityArn(query.arn);
        if (!parsed.ok) return undefined;
        const hit = identities.get(
          identityKey(parsed.identity.account, parsed.identity.region, parsed.identity.name),
        );
        return hit && record(hit);
      }
      const hit = identities.get(identityKey(query.account, query.region, query.name));
      return hit && record(hit);
    },
  });
  const id = result.decision === 'Allow' ? messageId() : undefined;
  await logAttempt(ctx, input, result, id, options);
  if (!id) {
    const error = result.error ?? { code: 'AccessDenied', message: result.summary, httpStatus: 403 };
    return new SesError(error.code, error.message, error.httpStatus);
  }
  const source = result.identities.find((i) => i.role === 'source');
  const sourceIdentity = source?.arn ? identities.get(keyOfArn(source.arn)) : undefined;
  if (sourceIdentity) await notify(ctx, input, id, sourceIdentity, recipients);
  await options.afterAccept?.({ id, input, identity: sourceIdentity, recipients });
  return { MessageId: id };
}

function keyOfArn(arn: string): string {
  const parsed = parseIdentityArn(arn);
  return parsed.ok ? identityKey(parsed.identity.account, parsed.identity.region, parsed.identity.name) : '';
}

/** A send refused before authorization (bad input) is still an attempt, and is logged. */
export async function logRefusal(
  ctx: Pick<OperationContext, 'tx' | 'caller' | 'info'>,
  action: string,
  error: SesError,
  extras: EntryExtras = {},
) {
  await ctx.tx.addActivity({
    time: ctx.info.time.toISOString(),
    action,
    caller: ctx.caller.arn,
    callerAccount: ctx.caller.account,
    identityArns: [],
    decision: 'ImplicitDeny',
    errorCode: error.code,
    message: error.message,
    trace: null,
    ...extras,
  });
}

async function logAttempt(
  ctx: OperationContext,
  input: SendInput,
  result: SendAuthorizationResult,
  id: string | undefined,
  options: SendOptions,
) {
  await ctx.tx.addActivity({
    time: ctx.info.time.toISOString(),
    action: options.action ?? input.api,
    caller: ctx.caller.arn,
    callerAccount: ctx.caller.account,
    identityArns: result.identities.map((i) => i.arn).filter((a): a is string => !!a),
    decision: result.decision,
    errorCode: result.error?.code,
    message: result.error?.message ?? result.summary,
    messageId: id,
    // A plain copy: the evaluation's trace is built lazily and must be materialised to store.
    trace: JSON.parse(JSON.stringify(result.identities)) as unknown,
    ...options.entry,
  });
}

async function notify(
  ctx: OperationContext,
  input: SendInput,
  id: string,
  identity: IdentityState,
  recipients: string[],
) {
  const outcomes = simulatorOutcome(recipients);
  const delegateKey = `${ctx.caller.account}|${arnOf(identity)}`;
  const delegate =
    ctx.caller.account !== identity.account ? await ctx.tx.delegateSettings(delegateKey) : undefined;
  for (const [type, affected] of outcomes) {
    const audiences: ['owner' | 'delegate', string | undefined, boolean][] = [
      ['owner', identity.notifications.topics[type], identity.notifications.headers[type]],
      ['delegate', delegate?.topics[type], delegate?.headers[type] ?? false],
    ];
    for (const [audience, topicArn, headers] of audiences) {
      if (!topicArn) continue;
      await ctx.tx.addDelivery({
        time: ctx.info.time.toISOString(),
        topicArn,
        audience,
        account: audience === 'owner' ? identity.account : ctx.caller.account,
        notificationType: type,
        messageId: id,
        notification: notificationJson({
          type,
          id,
          input,
          identity,
          caller: ctx.caller,
          info: ctx.info,
          recipients: affected,
          headers,
        }),
      });
    }
    if ((type === 'Bounce' || type === 'Complaint') && identity.forwardingEnabled) {
      const to = parseMailbox(input.returnPath ?? input.source)?.address ?? input.source;
      await ctx.tx.addForwarded({
        time: ctx.info.time.toISOString(),
        to,
        notificationType: type,
        messageId: id,
      });
    }
  }
}

export type { NotificationType };
