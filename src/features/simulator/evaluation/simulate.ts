/**
 * The simulator's answer for a scenario: the engine's `authorizeSend`, called exactly as the
 * emulator calls it (mocks/ses/operations/sending.ts), with the scenario's policies for its
 * identity and every other identity the console knows, so a send through the emulator gets the
 * decision the simulator predicted.
 */
import {
  authorizeSend,
  canonicalIdentityName,
  describeCaller,
  identityLookups,
  parseIdentityArn,
  parseRawMessage,
  recipientCountProblem,
  resolveIdentityArns,
  sendInputFromRaw,
  sendRequestFromV2,
  type ResolvedArn,
  type SendAuthorizationResult,
  type SendMessage,
} from '../../../policy-engine';
import { apiOf } from '../form/form-values';
import { methodForV1Action, sendMethod, type SendMethod } from '../form/send-methods';
import {
  createIdentityLookup,
  identityFromArn,
  type KnownIdentity,
  type IdentityResolver,
} from './identity-lookup';
import type { SimulatorPolicy, SimulatorScenario } from '../scenario';
import { emptyRecord } from '../../../lib/own-keys';

/** What the message looked like to SES: fields as given, or as read from the raw message. */
export interface SimulatedMessage {
  source: string;
  from: string;
  fromDisplayName?: string;
  recipients: string[];
  returnPath?: string;
  arns: { source?: string; from?: string; returnPath?: string };
  /** Which ARNs came from X-SES-*-ARN headers. */
  arnHeaders: string[];
}

export interface Simulation {
  result: SendAuthorizationResult;
  message: SimulatedMessage;
  /** The policies of every identity consulted, by ARN, to show their text. */
  policiesByArn: Record<string, SimulatorPolicy[]>;
  callerPolicies?: SimulatorPolicy[];
  /** True when the scenario's identity was not among the known ones (taken to be verified). */
  assumedVerified: boolean;
}

export type SimulationOutcome =
  { ok: true; simulation: Simulation } | { ok: false; field: string; error: string };

/** ISO 8601 without a zone is read as UTC (as AWS reads dates), not as the browser's local time. */
export function requestTime(time: string | undefined, now: Date): Date {
  const text = time?.trim();
  if (!text) return now;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) || !text.includes('T') ? text : `${text}Z`;
  return new Date(zoned);
}

/**
 * The known identities with the scenario's identity added or overriding: its policies replace
 * the stored ones (that is what a draft is simulated for); an identity the console cannot list
 * is taken to be verified.
 */
export function identitiesFor(
  scenario: Pick<SimulatorScenario, 'identityArn' | 'policies'>,
  known: KnownIdentity[],
): { identities: KnownIdentity[]; assumedVerified: boolean; region: string } {
  const identities = [...known];
  const target = scenario.identityArn ? parseIdentityArn(scenario.identityArn) : undefined;
  if (!target?.ok) return { identities, assumedVerified: false, region: 'us-east-1' };
  const { account, region, name } = target.identity;
  const existing = known.find(
    (k) => k.account === account && k.region === region && k.name.toLowerCase() === name.toLowerCase(),
  );
  const identity = identityFromArn(
    target.identity.arn,
    scenario.policies ?? existing?.policies ?? [],
    existing?.verified ?? true,
  );
  if (identity) identities.push(identity);
  return { identities, assumedVerified: !existing, region };
}

type ReadMessage =
  | {
      ok: true;
      message: SendMessage;
      arns: { sourceArn?: ResolvedArn; fromArn?: ResolvedArn; returnPathArn?: ResolvedArn };
    }
  | { ok: false; field: string; error: string };

/**
 * The message and its identity ARNs as SES reads them for the send method: v1's parameters (or
 * a raw message's X-SES headers), v2's FromEmailAddressIdentityArn and
 * FeedbackForwardingEmailAddressIdentityArn read by the engine's `sendRequestFromV2`, or SMTP's
 * envelope with the headers alone. The form's From and To stand for the envelope (Source /
 * FromEmailAddress / MAIL FROM, and Destinations / Destination / RCPT TO) of a raw message.
 */
async function readMessage(
  msg: NonNullable<SimulatorScenario['message']>,
  method: SendMethod,
): Promise<ReadMessage> {
  const parsed = msg.raw === undefined ? undefined : await parseRawMessage(msg.raw);
  if (parsed && !parsed.ok) return { ok: false, field: 'raw', error: parsed.error };
  const rawMessage = parsed?.message;
  if (method.api === 'v2') {
    const reading = sendRequestFromV2({
      operation: method.action === 'SendBulkEmail' ? 'SendBulkEmail' : 'SendEmail',
      // A raw message is read as raw content whatever the content type: it is how the form gives the message.
      // Raw content typed as fields is read as the same message in fields; it is still
      // authorized as the method's action (ses:SendRawEmail).
      content: rawMessage ? 'Raw' : method.content === 'Template' ? 'Template' : 'Simple',
      rawMessage,
      fromEmailAddress: msg.from?.trim() || undefined,
      fromEmailAddressIdentityArn: msg.sourceArn,
      feedbackForwardingEmailAddress: rawMessage ? undefined : msg.returnPath?.trim() || undefined,
      feedbackForwardingEmailAddressIdentityArn: msg.returnPathArn,
      destination:
        rawMessage && !msg.to?.length
          ? undefined
          : { toAddresses: msg.to ?? [], ccAddresses: msg.cc ?? [], bccAddresses: msg.bcc ?? [] },
    });
    if (!reading.ok) return { ok: false, field: rawMessage ? 'raw' : 'from', error: reading.error.message };
    const message =
      rawMessage || !msg.fromDisplayName?.trim()
        ? reading.message
        : { ...reading.message, fromDisplayName: msg.fromDisplayName.trim() };
    return {
      ok: true,
      message,
      arns: { sourceArn: reading.sourceArn, fromArn: reading.fromArn, returnPathArn: reading.returnPathArn },
    };
  }
  let message: SendMessage = {
    source: msg.from?.trim() ?? '',
    fromDisplayName: msg.fromDisplayName?.trim() || undefined,
    to: msg.to ?? [],
    cc: msg.cc ?? [],
    bcc: msg.bcc ?? [],
    returnPath: msg.returnPath?.trim() || undefined,
  };
  if (rawMessage) {
    // As the emulator's SendRawEmail (or SMTP's DATA), with the form's From and To standing for
    // its Source and Destinations (MAIL FROM and RCPT TO).
    const raw = sendInputFromRaw(rawMessage, { source: msg.from?.trim() || undefined, destinations: msg.to });
    // On the raw field, where the recipients are missing, rather than as a refused send.
    const count = recipientCountProblem(raw.to.length + raw.cc.length + raw.bcc.length);
    if (count) return { ok: false, field: 'raw', error: count };
    message = raw;
  }
  const headers = rawMessage?.sesHeaders ?? {};
  // SMTP has no ARN parameters: only the message's X-SES-*-ARN headers name identities.
  const params =
    method.api === 'smtp'
      ? {}
      : { sourceArn: msg.sourceArn, fromArn: msg.fromArn, returnPathArn: msg.returnPathArn };
  return { ok: true, message, arns: resolveIdentityArns(params, headers) };
}

export async function simulate(
  scenario: SimulatorScenario,
  resolve: IdentityResolver,
  now: Date = new Date(),
): Promise<SimulationOutcome> {
  const msg = scenario.message ?? {};
  const method = sendMethod(scenario.sendMethod) ?? methodForV1Action(apiOf(scenario.action));
  const read = await readMessage(msg, method);
  if (!read.ok) return read;
  const { message, arns } = read;
  const api = method.action;

  const caller = describeCaller(scenario.caller?.trim() ?? '').text;
  const target = scenario.identityArn ? parseIdentityArn(scenario.identityArn) : undefined;
  const lookups = identityLookups({
    caller,
    region: target?.ok ? target.identity.region : 'us-east-1',
    message,
    ...arns,
  });
  // The resolver reads by name; the scenario's own identity is read too, to know whether it exists.
  const names = new Set(lookups.map((l) => l.name));
  if (target?.ok) names.add(canonicalIdentityName(target.identity.name));
  const known = await resolve([...names]);
  const { identities, assumedVerified, region } = identitiesFor(scenario, known);
  const lookupIdentity = createIdentityLookup(identities);
  const ctx = scenario.context ?? {};
  const result = authorizeSend({
    caller,
    callerIdentityPolicies: scenario.callerPolicies,
    api,
    apiVersion: method.apiVersion,
    region,
    message,
    ...arns,
    context: {
      sourceIp: ctx.sourceIp?.trim() || undefined,
      time: requestTime(ctx.time, now),
      secureTransport: ctx.secureTransport,
      userAgent: ctx.userAgent?.trim() || undefined,
      apiVersion: method.apiVersion,
    },
    lookupIdentity,
  });
  // Keyed by ARNs from the scenario: prototype-less, so no ARN can name Object.prototype's members.
  const policiesByArn = emptyRecord<SimulatorPolicy[]>();
  for (const role of result.identities) {
    for (const arn of [role.arn, role.evaluatedArn]) {
      const record = arn ? lookupIdentity({ arn }) : undefined;
      if (arn && record)
        policiesByArn[arn] = record.policies.map((p) => ({
          name: p.name,
          document: typeof p.document === 'string' ? p.document : JSON.stringify(p.document, null, 2),
        }));
    }
  }
  const fromAddress = result.context?.['ses:FromAddress'];
  const displayName = result.context?.['ses:FromDisplayName'];
  const recipients = result.context?.['ses:Recipients'];
  return {
    ok: true,
    simulation: {
      result,
      message: {
        source: message.source,
        from: typeof fromAddress === 'string' ? fromAddress : message.source,
        fromDisplayName: typeof displayName === 'string' ? displayName : undefined,
        recipients: Array.isArray(recipients) ? recipients : [],
        returnPath: message.returnPath,
        arns: { source: arns.sourceArn?.arn, from: arns.fromArn?.arn, returnPath: arns.returnPathArn?.arn },
        arnHeaders: [arns.sourceArn, arns.fromArn, arns.returnPathArn]
          .filter((a) => a?.origin === 'header')
          .map((a) => a?.arn ?? ''),
      },
      policiesByArn,
      callerPolicies: scenario.callerPolicies,
      assumedVerified,
    },
  };
}
