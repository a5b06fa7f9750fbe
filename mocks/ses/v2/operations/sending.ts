/**
 * SendEmail (Simple, Raw and Template content) and SendBulkEmail. The request is read by the
 * engine's v2 reading (`sendRequestFromV2`), authorized by the engine's `authorizeSend` with
 * ses:ApiVersion '2', and logged like every v1 send (with `apiVersion: '2'`). An accepted send
 * produces the identity's notifications as v1's do, and publishes SES's events to the SNS event
 * destinations of the configuration sets that apply: the one the request names (in the caller's
 * own account) and the sending identity's default (in the owner's account), each independently;
 * when the owner sends and names a set, it replaces the identity's default.
 */
import {
  parseRawMessage,
  sendRequestFromV2,
  type ParsedMessage,
  type V2ContentKind,
  type V2SendInput,
} from '../../../../src/policy-engine/index';
import { SesError, invalidParameter } from '../../errors';
import { simulatorOutcome, notificationJson } from '../../feedback-notifications';
import {
  configurationSetArn,
  configurationSetKey,
  type ConfigurationSetState,
  type EventType,
  type IdentityState,
} from '../../model';
import { logRefusal, send, type EntryExtras, type SendInput } from '../../operations/sending';
import { checkedSetName, type V2Context } from '../context';
import { badRequest, notFound, type JsonFields } from '../protocol';

/** SES's limits: 50 recipients per message (checked by the engine), 50 bulk entries per call. */
const MAX_ADDRESSES = 50;
const MAX_BULK_ENTRIES = 50;

/** Raw content, decoded and parsed before the transaction; a refusal is returned, to be logged. */
export async function prepareRaw(body: JsonFields): Promise<ParsedMessage | SesError | undefined> {
  try {
    const content = body.optionalObject('Content');
    const raw = content?.optionalObject('Raw');
    if (!raw) return undefined;
    const data = raw.string('Data');
    let bytes: Uint8Array;
    try {
      bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    } catch {
      return badRequest('Content.Raw.Data must be base64-encoded.');
    }
    const parsed = await parseRawMessage(bytes);
    return parsed.ok ? parsed.message : invalidParameter(parsed.error);
  } catch (error) {
    if (error instanceof SesError) return error;
    throw error;
  }
}

function destination(fields: JsonFields | undefined): V2SendInput['destination'] {
  if (!fields) return undefined;
  return {
    toAddresses: fields.strings('ToAddresses', MAX_ADDRESSES),
    ccAddresses: fields.strings('CcAddresses', MAX_ADDRESSES),
    bccAddresses: fields.strings('BccAddresses', MAX_ADDRESSES),
  };
}

/** Which content a request carries: exactly one of Simple, Raw and Template. */
function contentKind(content: JsonFields, allowed: readonly V2ContentKind[]): V2ContentKind {
  const present = content.present(['Simple', 'Raw', 'Template']) as V2ContentKind[];
  if (present.length !== 1)
    throw badRequest(
      present.length === 0
        ? `Content must hold one of ${allowed.join(', ')}.`
        : `Content must hold exactly one of ${allowed.join(', ')}; found ${present.join(' and ')}.`,
    );
  const kind = present[0] as V2ContentKind;
  if (!allowed.includes(kind))
    throw badRequest(`This operation takes ${allowed.join(' or ')} content; found ${kind}.`);
  return kind;
}

/** A template reference: TemplateName, TemplateArn or inline TemplateContent, with its data. */
function checkTemplate(template: JsonFields): string | undefined {
  const ways = template.present(['TemplateName', 'TemplateArn', 'TemplateContent']);
  if (ways.length !== 1)
    throw badRequest('A Template needs exactly one of TemplateName, TemplateArn and TemplateContent.');
  const data = template.optionalString('TemplateData');
  if (data !== undefined) {
    if (data.length > 262_144) throw badRequest('TemplateData is at most 262,144 characters.');
    try {
      JSON.parse(data);
    } catch {
      throw badRequest("TemplateData must be a JSON object of the template's replacement values.");
    }
  }
  return (
    template.optionalString('TemplateName') ??
    template.optionalString('TemplateArn') ??
    template.optionalObject('TemplateContent')?.optionalString('Subject')
  );
}

/** The set a send names, after its checks: it exists in the caller's account, and sends. */
async function requestedSet(
  ctx: V2Context,
  name: string | undefined,
): Promise<ConfigurationSetState | undefined> {
  if (name === undefined) return undefined;
  const setName = checkedSetName(name);
  const set = await ctx.tx.configurationSet(configurationSetKey(ctx.caller.account, ctx.region, setName));
  if (!set) throw notFound(`Configuration set ${setName} does not exist.`);
  // IAM on the set's ARN is the engine's (authorizeSend's configurationSetArn).
  if (!set.sendingEnabled)
    throw new SesError('SendingPausedException', `Sending is paused for configuration set ${set.name}.`);
  return set;
}

const EVENT_NAMES: ReadonlyMap<EventType, string> = new Map([
  ['SEND', 'Send'],
  ['DELIVERY', 'Delivery'],
  ['BOUNCE', 'Bounce'],
  ['COMPLAINT', 'Complaint'],
  ['REJECT', 'Reject'],
]);

/** SES's event JSON for one event type, from the notification JSON (event publishing's format). */
function eventJson(type: EventType, base: Record<string, unknown>, set: ConfigurationSetState): object {
  const { notificationType: _, mail, ...rest } = base;
  const tags = { 'ses:configuration-set': [set.name] };
  const withTags = { ...(mail as object), tags };
  if (type === 'SEND') return { eventType: 'Send', mail: withTags, send: {} };
  return { eventType: EVENT_NAMES.get(type), mail: withTags, ...rest };
}

async function publishEvents(
  ctx: V2Context,
  sets: ConfigurationSetState[],
  accepted: { id: string; input: SendInput; identity: IdentityState | undefined; recipients: string[] },
) {
  const { id, input, identity, recipients } = accepted;
  if (!identity) return;
  const outcomes = simulatorOutcome(recipients);
  const produced: [EventType, string[]][] = [['SEND', recipients]];
  for (const [type, affected] of outcomes) produced.push([type.toUpperCase() as EventType, affected]);
  for (const set of sets) {
    for (const destination of set.eventDestinations) {
      if (!destination.enabled) continue;
      for (const [type, affected] of produced) {
        if (!destination.matchingEventTypes.includes(type)) continue;
        const notificationType =
          type === 'SEND'
            ? 'Delivery'
            : type === 'BOUNCE'
              ? 'Bounce'
              : type === 'COMPLAINT'
                ? 'Complaint'
                : 'Delivery';
        const base = notificationJson({
          type: notificationType,
          id,
          input,
          identity,
          caller: ctx.caller,
          info: ctx.info,
          recipients: affected,
          headers: false,
        }) as Record<string, unknown>;
        await ctx.tx.addEvent({
          time: ctx.info.time.toISOString(),
          configurationSetArn: configurationSetArn(set),
          account: set.account,
          eventDestination: destination.name,
          topicArn: destination.snsTopicArn,
          eventType: type,
          messageId: id,
          event: eventJson(type, base, set),
        });
      }
    }
  }
}

/** The identity's default set (the owner's account), when it applies besides the request's. */
async function defaultSet(
  ctx: V2Context,
  identity: IdentityState | undefined,
  requested: ConfigurationSetState | undefined,
) {
  if (!identity?.configurationSetName) return undefined;
  if (requested && identity.account === ctx.caller.account) return undefined;
  return ctx.tx.configurationSet(
    configurationSetKey(identity.account, identity.region, identity.configurationSetName),
  );
}

interface OneSend {
  kind: V2ContentKind;
  raw?: ParsedMessage;
  subject?: string;
  destination?: V2SendInput['destination'];
}

/** One message: the engine's reading, the configuration sets, authorization, log, notifications, events. */
async function sendOne(
  ctx: V2Context,
  action: 'SendEmail' | 'SendBulkEmail',
  one: OneSend,
): Promise<{ MessageId: string } | SesError> {
  const body = ctx.body;
  const extras: EntryExtras = { apiVersion: '2' };
  let requested: ConfigurationSetState | undefined;
  let input: SendInput;
  try {
    const configurationSetName = body.optionalString('ConfigurationSetName');
    if (configurationSetName !== undefined) extras.configurationSetName = configurationSetName;
    requested = await requestedSet(ctx, configurationSetName);
    const reading = sendRequestFromV2({
      operation: action,
      content: one.kind,
      rawMessage: one.raw,
      fromEmailAddress: body.optionalString('FromEmailAddress'),
      fromEmailAddressIdentityArn: body.optionalString('FromEmailAddressIdentityArn'),
      feedbackForwardingEmailAddress: body.optionalString('FeedbackForwardingEmailAddress'),
      feedbackForwardingEmailAddressIdentityArn: body.optionalString(
        'FeedbackForwardingEmailAddressIdentityArn',
      ),
      destination: one.destination,
      configurationSetName,
    });
    if (!reading.ok) throw new SesError(reading.error.code, reading.error.message, reading.error.httpStatus);
    const m = reading.message;
    input = {
      api: reading.api,
      source: m.source,
      from: m.from,
      to: m.to ?? [],
      cc: m.cc ?? [],
      bcc: m.bcc ?? [],
      returnPath: m.returnPath,
      subject: one.subject,
      raw: one.raw,
      apiVersion: '2',
      configurationSetArn: requested ? configurationSetArn(requested) : undefined,
      resolvedArns: {
        sourceArn: reading.sourceArn,
        fromArn: reading.fromArn,
        returnPathArn: reading.returnPathArn,
      },
    };
  } catch (error) {
    if (!(error instanceof SesError)) throw error;
    await logRefusal(ctx, action, error, extras);
    return error;
  }
  let sets: ConfigurationSetState[] = [];
  const result = await send(ctx, () => input, {
    action,
    entry: extras,
    afterAccept: async (accepted) => {
      const owner = await defaultSet(ctx, accepted.identity, requested);
      sets = [requested, owner].filter((s): s is ConfigurationSetState => !!s);
      await publishEvents(ctx, sets, accepted);
    },
  });
  if (result instanceof SesError) return result;
  return { MessageId: String(result.MessageId) };
}

export async function sendEmail(ctx: V2Context, prepared: ParsedMessage | SesError | undefined) {
  let one: OneSend;
  try {
    const content = ctx.body.object('Content');
    const kind = contentKind(content, ['Simple', 'Raw', 'Template']);
    if (kind === 'Raw') {
      if (prepared instanceof SesError) throw prepared;
      one = {
        kind,
        raw: prepared,
        subject: prepared?.subject,
        destination: destination(ctx.body.optionalObject('Destination')),
      };
    } else {
      const dest = ctx.body.optionalObject('Destination');
      if (!dest) throw badRequest('Destination is required for Simple and Template content.');
      let subject: string | undefined;
      if (kind === 'Simple') {
        const simple = content.object('Simple');
        subject = simple.object('Subject').string('Data');
        const bodyPart = simple.object('Body');
        if (!bodyPart.has('Text') && !bodyPart.has('Html'))
          throw badRequest('Content.Simple.Body needs Text, Html or both.');
      } else {
        subject = checkTemplate(content.object('Template'));
      }
      one = { kind, subject, destination: destination(dest) };
    }
  } catch (error) {
    if (!(error instanceof SesError)) throw error;
    await logRefusal(ctx, 'SendEmail', error, { apiVersion: '2' });
    return error;
  }
  return sendOne(ctx, 'SendEmail', one);
}

const BULK_STATUS: ReadonlyMap<string, string> = new Map([
  ['MessageRejected', 'MESSAGE_REJECTED'],
  ['MailFromDomainNotVerified', 'MAIL_FROM_DOMAIN_NOT_VERIFIED'],
  ['NotFoundException', 'CONFIGURATION_SET_NOT_FOUND'],
  ['SendingPausedException', 'CONFIGURATION_SET_SENDING_PAUSED'],
  ['InvalidParameterValue', 'INVALID_PARAMETER'],
  ['BadRequestException', 'INVALID_PARAMETER'],
]);

/**
 * SendBulkEmail: DefaultContent.Template, and one message per BulkEmailEntries entry, each
 * authorized and logged on its own. A refusal of the caller itself (AccessDenied, on the first
 * entry) refuses the whole request; other refusals are the entry's Status and Error.
 */
export async function sendBulkEmail(ctx: V2Context) {
  let entries: JsonFields[];
  let subject: string | undefined;
  try {
    const content = ctx.body.object('DefaultContent');
    const present = content.present(['Template']);
    if (present.length !== 1) throw badRequest('DefaultContent must hold a Template.');
    subject = checkTemplate(content.object('Template'));
    entries = ctx.body.objects('BulkEmailEntries', MAX_BULK_ENTRIES);
    if (entries.length === 0) throw badRequest('BulkEmailEntries must hold at least one entry.');
  } catch (error) {
    if (!(error instanceof SesError)) throw error;
    await logRefusal(ctx, 'SendBulkEmail', error, { apiVersion: '2' });
    return error;
  }
  const results: { Status: string; MessageId?: string; Error?: string }[] = [];
  for (const entry of entries) {
    let dest: V2SendInput['destination'];
    try {
      dest = destination(entry.object('Destination'));
    } catch (error) {
      if (!(error instanceof SesError)) throw error;
      await logRefusal(ctx, 'SendBulkEmail', error, { apiVersion: '2' });
      results.push({ Status: 'INVALID_PARAMETER', Error: error.message });
      continue;
    }
    const result = await sendOne(ctx, 'SendBulkEmail', { kind: 'Template', subject, destination: dest });
    if (!(result instanceof SesError)) {
      results.push({ Status: 'SUCCESS', MessageId: result.MessageId });
      continue;
    }
    if (result.code === 'AccessDenied' && results.length === 0) return result;
    results.push({ Status: BULK_STATUS.get(result.code) ?? 'FAILED', Error: result.message });
  }
  return { BulkEmailEntryResults: results };
}
