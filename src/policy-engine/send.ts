/**
 * Sending authorization for a whole SES send. Each identity the send uses (Source, From,
 * Return-Path) is authorized separately, through `evaluate` — the same code the simulator runs —
 * after SES's own checks: the ARN is well formed, in the Region called, names an identity that
 * exists and is verified, and the address belongs to it. Pure and synchronous; raw messages are
 * parsed beforehand (mime.ts). Never throws: bad input is a refusal with a clear message.
 */
import { evaluate } from './evaluate';
import {
  addressBelongsToIdentity,
  candidateIdentities,
  parseIdentityArn,
  parseMailbox,
  type IdentityKind,
} from './identity';
import type { SesArnHeaders } from './mime';
import type { Decision, EvaluationResult, PolicyInput, RequestContext } from './types';

export type SendApi = 'SendEmail' | 'SendRawEmail' | 'SendTemplatedEmail' | 'SendBulkTemplatedEmail';
export type IdentityRole = 'source' | 'from' | 'returnPath';
export type ArnOrigin = 'parameter' | 'header';

export interface IdentityRecord {
  arn: string;
  account: string;
  region: string;
  name: string;
  kind: IdentityKind;
  verified: boolean;
  policies: PolicyInput[];
}

export interface SendMessage {
  /** The envelope sender (SendEmail's Source; may carry a display name). */
  source: string;
  /** The From header, for raw messages when it differs from the source; may carry a display name. */
  from?: string;
  fromDisplayName?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  /** The Return-Path address (ReturnPath parameter, or the raw message's Return-Path). */
  returnPath?: string;
}

export interface SendContext {
  sourceIp?: string;
  time?: Date | string;
  secureTransport?: boolean;
  userAgent?: string;
  apiVersion?: string;
}

export interface ResolvedArn {
  arn: string;
  origin: ArnOrigin;
}

export interface SendAuthorizationRequest {
  /** The caller: an IAM user, role, session or account-root ARN, or a service principal. */
  caller: string;
  /** The caller's own IAM policies; left out: not modelled (taken to allow). */
  callerIdentityPolicies?: PolicyInput[];
  api: SendApi;
  /** The Region of the endpoint called. */
  region: string;
  message: SendMessage;
  sourceArn?: ResolvedArn | string;
  fromArn?: ResolvedArn | string;
  returnPathArn?: ResolvedArn | string;
  context?: SendContext;
  /** An identity by ARN, or by name within `account` (for sends without an ARN). */
  lookupIdentity: (
    query: { arn: string } | { account: string; region: string; name: string },
  ) => IdentityRecord | undefined;
}

export interface SesError {
  code: 'AccessDenied' | 'MessageRejected' | 'InvalidParameterValue';
  message: string;
  httpStatus: number;
}

export interface IdentityAuthorization {
  role: IdentityRole;
  address: string;
  /** The identity ARN used; for sends without an ARN, the caller's own identity. */
  arn?: string;
  origin: ArnOrigin | 'own-identity';
  /** Set when an email address identity's policies were used instead of its domain's. */
  evaluatedArn?: string;
  decision: Decision;
  evaluation?: EvaluationResult;
  error?: SesError;
}

export interface SendAuthorizationResult {
  decision: Decision;
  summary: string;
  identities: IdentityAuthorization[];
  /** The first refusal, as SES reports it. */
  error?: SesError;
}

/** Parameters win over the raw message's X-SES-* headers (SES's rule). */
export function resolveIdentityArns(
  params: { sourceArn?: string; fromArn?: string; returnPathArn?: string },
  headers: SesArnHeaders = {},
): { sourceArn?: ResolvedArn; fromArn?: ResolvedArn; returnPathArn?: ResolvedArn } {
  const pick = (param?: string, header?: string): ResolvedArn | undefined =>
    param?.trim()
      ? { arn: param.trim(), origin: 'parameter' }
      : header?.trim()
        ? { arn: header.trim(), origin: 'header' }
        : undefined;
  return {
    sourceArn: pick(params.sourceArn, headers.sourceArn),
    fromArn: pick(params.fromArn, headers.fromArn),
    returnPathArn: pick(params.returnPathArn, headers.returnPathArn),
  };
}

function asResolved(value: ResolvedArn | string | undefined): ResolvedArn | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() ? { arn: value.trim(), origin: 'parameter' } : undefined;
  return value;
}

function accountOf(caller: string): string | undefined {
  return /^\d{12}$/.test(caller) ? caller : /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(caller)?.[1];
}

const accessDenied = (caller: string, api: SendApi, arn: string): SesError => ({
  code: 'AccessDenied',
  message: `User \`${caller}' is not authorized to perform \`ses:${api}' on resource \`${arn}'`,
  httpStatus: 403,
});
const rejected = (message: string): SesError => ({ code: 'MessageRejected', message, httpStatus: 400 });
const invalid = (message: string): SesError => ({ code: 'InvalidParameterValue', message, httpStatus: 400 });
const notVerified = (region: string, names: string[]) =>
  rejected(
    `Email address is not verified. The following identities failed the check in region ${region.toUpperCase()}: ${names.join(', ')}`,
  );

function buildContext(
  request: SendAuthorizationRequest,
  from: { address: string; name: string },
): RequestContext {
  const { message, context = {} } = request;
  const ctx: RequestContext = {
    'ses:FromAddress': from.address,
    'ses:ApiVersion': context.apiVersion ?? '2010-12-01',
  };
  if (from.name) ctx['ses:FromDisplayName'] = from.name;
  const recipients = [...(message.to ?? []), ...(message.cc ?? []), ...(message.bcc ?? [])]
    .map((r) => parseMailbox(r)?.address ?? r)
    .filter(Boolean);
  ctx['ses:Recipients'] = recipients;
  if (message.returnPath)
    ctx['ses:FeedbackAddress'] = parseMailbox(message.returnPath)?.address ?? message.returnPath;
  if (context.sourceIp) ctx['aws:SourceIp'] = context.sourceIp;
  const time = context.time === undefined ? undefined : new Date(context.time);
  if (time && !Number.isNaN(time.getTime())) {
    ctx['aws:CurrentTime'] = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
    ctx['aws:EpochTime'] = String(Math.floor(time.getTime() / 1000));
  }
  if (context.secureTransport !== undefined) ctx['aws:SecureTransport'] = context.secureTransport;
  if (context.userAgent) ctx['aws:UserAgent'] = context.userAgent;
  ctx['aws:RequestedRegion'] = request.region;
  return ctx;
}

/** An email address identity with policies, owned like the domain, takes precedence over it. */
function precedenceIdentity(request: SendAuthorizationRequest, domain: IdentityRecord, address: string) {
  if (domain.kind !== 'Domain') return undefined;
  const email = request.lookupIdentity({
    account: domain.account,
    region: domain.region,
    name: address.toLowerCase(),
  });
  return email && email.verified && email.policies.length > 0 ? email : undefined;
}

function authorizeOne(
  request: SendAuthorizationRequest,
  role: IdentityRole,
  address: string,
  resolved: ResolvedArn | undefined,
  context: RequestContext,
): IdentityAuthorization {
  const { caller, api, region } = request;
  const refuse = (error: SesError, extra: Partial<IdentityAuthorization> = {}): IdentityAuthorization => ({
    role,
    address,
    arn: resolved?.arn,
    origin: resolved?.origin ?? 'own-identity',
    decision: 'ImplicitDeny',
    error,
    ...extra,
  });
  const roleName = { source: 'Source', from: 'From', returnPath: 'Return-Path' }[role];
  let identity: IdentityRecord | undefined;
  if (resolved) {
    const parsed = parseIdentityArn(resolved.arn);
    if (!parsed.ok) return refuse(invalid(`${roleName} identity ARN: ${parsed.error}`));
    if (parsed.identity.region !== region) {
      return refuse(
        invalid(
          `The identity ${parsed.identity.arn} is in ${parsed.identity.region}, but this request was sent to ${region}. SES identities are regional: send through the ${parsed.identity.region} endpoint.`,
        ),
      );
    }
    if (!addressBelongsToIdentity(address, parsed.identity.name)) {
      return refuse(
        invalid(
          `The ${roleName} address ${address} does not belong to the identity ${parsed.identity.name} named by ${resolved.arn}.`,
        ),
      );
    }
    identity = request.lookupIdentity({ arn: parsed.identity.arn });
    if (!identity) return refuse(accessDenied(caller, api, parsed.identity.arn));
  } else {
    const account = accountOf(caller);
    if (!account) return refuse(accessDenied(caller, api, address));
    for (const name of candidateIdentities(address)) {
      identity = request.lookupIdentity({ account, region, name });
      if (identity) break;
    }
    if (!identity) return refuse(notVerified(region, [address]));
  }
  if (!identity.verified) return refuse(notVerified(region, [identity.name]), { arn: identity.arn });
  const precedence = precedenceIdentity(request, identity, address);
  const evaluated = precedence ?? identity;
  const evaluation = evaluate({
    principal: caller,
    action: `ses:${api}`,
    resource: evaluated.arn,
    context,
    resourcePolicies: evaluated.policies,
    identityPolicies: request.callerIdentityPolicies,
  });
  return {
    role,
    address,
    arn: identity.arn,
    origin: resolved?.origin ?? 'own-identity',
    evaluatedArn: precedence ? precedence.arn : undefined,
    decision: evaluation.decision,
    evaluation,
    error: evaluation.decision === 'Allow' ? undefined : accessDenied(caller, api, identity.arn),
  };
}

export function authorizeSend(request: SendAuthorizationRequest): SendAuthorizationResult {
  try {
    return authorizeUnsafe(request);
  } catch (error) {
    const message = `The send could not be authorized: ${error instanceof Error ? error.message : String(error)}`;
    return { decision: 'ImplicitDeny', summary: message, identities: [], error: invalid(message) };
  }
}

function authorizeUnsafe(request: SendAuthorizationRequest): SendAuthorizationResult {
  const { message } = request;
  const source = parseMailbox(message.source ?? '');
  if (!source) {
    const error = invalid(
      `The Source "${message.source ?? ''}" is not an email address: give one such as sender@example.com.`,
    );
    return { decision: 'ImplicitDeny', summary: error.message, identities: [], error };
  }
  const fromHeader = message.from ? parseMailbox(message.from) : undefined;
  if (message.from && !fromHeader) {
    const error = invalid(`The From header "${message.from}" has no email address.`);
    return { decision: 'ImplicitDeny', summary: error.message, identities: [], error };
  }
  const from = {
    address: (fromHeader ?? source).address,
    name: message.fromDisplayName ?? (fromHeader ?? source).name,
  };
  const context = buildContext(request, from);
  const sourceArn = asResolved(request.sourceArn);
  const fromArn = asResolved(request.fromArn);
  const returnPathArn = asResolved(request.returnPathArn);

  const identities: IdentityAuthorization[] = [
    authorizeOne(request, 'source', source.address, sourceArn, context),
  ];
  // A From address other than the source is authorized on its own, with FromArn (or, when
  // the From address belongs to the source's identity, the SourceArn).
  if (fromHeader && fromHeader.address.toLowerCase() !== source.address.toLowerCase()) {
    identities.push(authorizeOne(request, 'from', from.address, fromArn ?? sourceArn, context));
  } else if (fromArn) {
    identities.push(authorizeOne(request, 'from', from.address, fromArn, context));
  }
  const returnPath = message.returnPath ? parseMailbox(message.returnPath)?.address : undefined;
  if (message.returnPath && !returnPath) {
    const error = invalid(`The Return-Path "${message.returnPath}" is not an email address.`);
    return { decision: 'ImplicitDeny', summary: error.message, identities, error };
  }
  if (returnPath && (returnPath.toLowerCase() !== source.address.toLowerCase() || returnPathArn)) {
    identities.push(authorizeOne(request, 'returnPath', returnPath, returnPathArn, context));
  }

  const refusal = identities.find((i) => i.decision !== 'Allow');
  const denied = identities.some((i) => i.decision === 'ExplicitDeny');
  const decision: Decision = refusal ? (denied ? 'ExplicitDeny' : 'ImplicitDeny') : 'Allow';
  const summary = refusal
    ? `Refused: ${refusal.error?.message ?? 'not authorized'}`
    : `Allowed: ${identities.map((i) => `${i.role === 'returnPath' ? 'Return-Path' : i.role === 'from' ? 'From' : 'Source'} ${i.address} via ${i.arn ?? 'the caller’s own identity'}`).join('; ')}.`;
  return { decision, summary, identities, error: refusal?.error };
}
