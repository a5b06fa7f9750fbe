/**
 * Sending authorization for a whole SES send. Each identity the send uses (Source, From,
 * Return-Path) is authorized separately, through `evaluate` — the same code the simulator runs —
 * after SES's own checks: the ARN is well formed, in the Region called, names an identity that
 * exists and is verified, and the address belongs to it; an email address identity's policies
 * take precedence over its domain's. Pure and synchronous (raw messages are parsed beforehand,
 * in mime.ts) and never throws: bad input is a refusal whose message says what to fix.
 * The decisions behind the rules are in SEMANTICS.md, "Sending authorization decisions".
 */
import { evaluate } from './evaluate';
import {
  addressBelongsToIdentity,
  candidateIdentities,
  parseIdentityArn,
  parseMailboxList,
  sameAddress,
  type IdentityKind,
  type MailboxAddress,
} from './identity';
import {
  configurationSetArn,
  configurationSetNameProblem,
  parseConfigurationSetArn,
} from './configuration-set';
import { describeCaller } from './principal';
import { asResolved, recipientLimitProblem, type ArnOrigin, type ResolvedArn } from './send-input';
import type { Decision, EvaluationResult, PolicyInput, RequestContext } from './types';

/**
 * The IAM action a send is authorized as (`ses:${api}`). v1 has one per operation; v2's
 * SendEmail is authorized as SendEmail or SendRawEmail by its content (see send-v2.ts), and
 * v2's SendBulkEmail is an action of its own.
 */
export type SendApi =
  'SendEmail' | 'SendRawEmail' | 'SendTemplatedEmail' | 'SendBulkTemplatedEmail' | 'SendBulkEmail';
export const SEND_APIS: readonly SendApi[] = [
  'SendEmail',
  'SendRawEmail',
  'SendTemplatedEmail',
  'SendBulkTemplatedEmail',
  'SendBulkEmail',
];

/**
 * `ses:ApiVersion` of a request through the v1 Query API (2010-12-01) and through API v2. SES
 * documents "2" for v2 and says its SMTP interface uses version 2; v1's value is "1" by the same
 * naming (SEMANTICS.md, "ses:ApiVersion").
 */
// `as const` so that the literal types survive in object literals.
export const SES_API_VERSION_V1 = '1' as const;
export const SES_API_VERSION_V2 = '2' as const;

export type IdentityRole = 'source' | 'from' | 'returnPath';

/** What the caller's directory knows about one identity. */
export interface IdentityRecord {
  arn: string;
  /** The owner's account. */
  account: string;
  region: string;
  name: string;
  kind: IdentityKind;
  verified: boolean;
  /** Its sending authorization policies (none: `[]`). */
  policies: PolicyInput[];
}

/**
 * How `authorizeSend` asks for an identity: by ARN, or by name within an account and Region.
 * Names are passed lower-cased; the directory should compare them without regard to case, as
 * SES does for domains (and as the engine does for email addresses, see SEMANTICS.md).
 */
export type IdentityQuery = { arn: string } | { account: string; region: string; name: string };

export interface SendMessage {
  /** The envelope sender: SendEmail's Source (may carry a display name, RFC 2047 allowed). */
  source: string;
  /** The From header when it differs from the Source (raw messages); may carry a display name. */
  from?: string;
  /** Overrides the display name read from `from` (or `source`), e.g. one decoded elsewhere. */
  fromDisplayName?: string;
  /**
   * The recipients. Given (even empty), SES's limits apply: at least one, at most 50 in all.
   * All three left out: a question about the policies alone, with no limit and no ses:Recipients.
   */
  to?: string[];
  cc?: string[];
  bcc?: string[];
  /** The Return-Path (SendEmail's ReturnPath, or the raw message's Return-Path header). */
  returnPath?: string;
}

export interface SendContext {
  sourceIp?: string;
  /** When the request was made: a Date or an ISO 8601 string. Left out: no time keys. */
  time?: Date | string;
  secureTransport?: boolean;
  userAgent?: string;
  /**
   * `ses:ApiVersion`: '1' (the v1 Query API) unless given here or as the request's
   * `apiVersion`. SMTP sends are version '2'.
   */
  apiVersion?: string;
}

export interface SendAuthorizationRequest {
  /** The caller: an IAM user, role, session or account-root ARN, or a service principal. */
  caller: string;
  /** The caller's own IAM policies, as `evaluate`'s `identityPolicies`: left out, not modelled. */
  callerIdentityPolicies?: PolicyInput[];
  api: SendApi;
  /** The Region of the endpoint called. */
  region: string;
  message: SendMessage;
  /** A bare string counts as a parameter; use `resolveIdentityArns` to merge in X-SES headers. */
  sourceArn?: ResolvedArn | string;
  fromArn?: ResolvedArn | string;
  returnPathArn?: ResolvedArn | string;
  context?: SendContext;
  /**
   * The API the request came through: '2' names v2's parameters (FromEmailAddressIdentityArn,
   * FeedbackForwardingEmailAddressIdentityArn) in refusals, and is the default `ses:ApiVersion`
   * when the context gives none. Left out: v1.
   */
  apiVersion?: string;
  /**
   * The ARN of the configuration set the send names, in the caller's own account (build it with
   * `configurationSetArn`). Given, and with `callerIdentityPolicies` given, the caller's IAM
   * policies must also allow the send action on it. Whether the set exists is the caller's check.
   */
  configurationSetArn?: string;
  /**
   * The configuration set's name, as v2's ConfigurationSetName (or v1's). Used only when
   * `configurationSetArn` is left out: the ARN is then built in the caller's account and Region.
   */
  configurationSetName?: string;
  lookupIdentity: (query: IdentityQuery) => IdentityRecord | undefined;
}

export interface SesError {
  code: 'AccessDenied' | 'MessageRejected' | 'InvalidParameterValue';
  message: string;
  httpStatus: number;
}

export interface IdentityAuthorization {
  role: IdentityRole;
  /** The address this role authorizes (Source, From or Return-Path), without display name. */
  address: string;
  /** The identity ARN used: the one given, the SourceArn it fell back to, or the caller's own. */
  arn?: string;
  /** The parameter or header the ARN came from, as the API names it (e.g. "FromEmailAddressIdentityArn"). */
  arnName?: string;
  /**
   * `parameter`/`header`: the role's own ARN; `source-arn`: none given, the SourceArn covers
   * the address; `own-identity`: none applies, the caller's own identity was looked up.
   */
  origin: ArnOrigin | 'source-arn' | 'own-identity';
  /** Set when an email address identity's policies were evaluated instead of its domain's. */
  evaluatedArn?: string;
  decision: Decision;
  /** The evaluation and its trace; absent when SES's own checks refused before any policy. */
  evaluation?: EvaluationResult;
  /** One sentence: why this role was allowed or refused. */
  reason: string;
  error?: SesError;
}

/** The caller's IAM decision on the configuration set the send names. */
export interface ConfigurationSetAuthorization {
  arn: string;
  decision: Decision;
  evaluation: EvaluationResult;
  /** One sentence: why the caller may or may not use the set. */
  reason: string;
  error?: SesError;
}

export interface SendAuthorizationResult {
  /**
   * Allow only when every role (and the configuration set, when checked) is allowed;
   * ExplicitDeny when any was explicitly denied.
   */
  decision: Decision;
  /** One line. */
  summary: string;
  identities: IdentityAuthorization[];
  /** Set when the send names a configuration set and the caller's IAM policies are given. */
  configurationSet?: ConfigurationSetAuthorization;
  /** The request context every evaluation saw (absent when the input was refused first). */
  context?: RequestContext;
  /** The refusal as SES reports it (unverified identities of all roles listed together). */
  error?: SesError;
}

/** How one API names the roles and their ARN parameters and headers, for refusals. */
interface ApiNames {
  role: Record<IdentityRole, string>;
  /** The request field an address came from, for bad-input refusals. */
  field: Record<IdentityRole, string>;
  arn: Record<IdentityRole, Record<ArnOrigin, string>>;
}
const HEADER_NAME: Record<IdentityRole, string> = {
  source: 'X-SES-SOURCE-ARN header',
  from: 'X-SES-FROM-ARN header',
  returnPath: 'X-SES-RETURN-PATH-ARN header',
};
const V1_NAMES: ApiNames = {
  role: { source: 'Source', from: 'From', returnPath: 'Return-Path' },
  field: { source: 'Source', from: 'From header', returnPath: 'Return-Path' },
  arn: {
    source: { parameter: 'SourceArn', header: HEADER_NAME.source },
    from: { parameter: 'FromArn', header: HEADER_NAME.from },
    returnPath: { parameter: 'ReturnPathArn', header: HEADER_NAME.returnPath },
  },
};
// v2 has no Source: FromEmailAddress is the sender, and one ARN parameter covers both the
// sender and the From header; the feedback address is the Return-Path.
const V2_NAMES: ApiNames = {
  role: { source: 'From', from: 'From header', returnPath: 'Feedback forwarding' },
  field: { source: 'FromEmailAddress', from: 'From header', returnPath: 'FeedbackForwardingEmailAddress' },
  arn: {
    source: { parameter: 'FromEmailAddressIdentityArn', header: HEADER_NAME.source },
    from: { parameter: 'FromEmailAddressIdentityArn', header: HEADER_NAME.from },
    returnPath: { parameter: 'FeedbackForwardingEmailAddressIdentityArn', header: HEADER_NAME.returnPath },
  },
};
const namesFor = (apiVersion: unknown): ApiNames => (apiVersion === SES_API_VERSION_V2 ? V2_NAMES : V1_NAMES);
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** SES's AccessDenied wording, backquote-and-apostrophe quoting included. */
export function accessDeniedMessage(caller: string, api: SendApi, arn: string): string {
  return `User \`${caller}' is not authorized to perform \`ses:${api}' on resource \`${arn}'`;
}

/** SES's MessageRejected wording for unverified identities (Region upper-cased, as SES prints it). */
export function notVerifiedMessage(region: string, identities: string[]): string {
  return `Email address is not verified. The following identities failed the check in region ${region.toUpperCase()}: ${identities.join(', ')}`;
}

const accessDenied = (caller: string, api: SendApi, arn: string): SesError => ({
  code: 'AccessDenied',
  message: accessDeniedMessage(caller, api, arn),
  httpStatus: 403,
});
const rejected = (message: string): SesError => ({ code: 'MessageRejected', message, httpStatus: 400 });
const invalid = (message: string): SesError => ({ code: 'InvalidParameterValue', message, httpStatus: 400 });

/** One address out of a parameter or header value, or why there is not exactly one. */
function singleMailbox(value: unknown, what: string): MailboxAddress | string {
  if (typeof value !== 'string' || !value.trim()) return `The ${what} is missing: give an email address.`;
  const list = parseMailboxList(value);
  if (list.length === 0)
    return `The ${what} "${value}" is not an email address: write it as name@example.com.`;
  if (list.length > 1) return `The ${what} "${value}" names ${list.length} addresses: give exactly one.`;
  return list[0] as MailboxAddress;
}

/** The condition keys SES sets for a send: only keys that have values. */
function buildContext(
  request: SendAuthorizationRequest,
  from: MailboxAddress,
  recipients: string[],
  returnPath: string | undefined,
  time: Date | undefined,
): RequestContext {
  const context = request.context ?? {};
  const ctx: RequestContext = { 'ses:FromAddress': from.address };
  if (from.name) ctx['ses:FromDisplayName'] = from.name;
  if (recipients.length) ctx['ses:Recipients'] = recipients;
  if (returnPath) ctx['ses:FeedbackAddress'] = returnPath;
  ctx['ses:ApiVersion'] =
    context.apiVersion ||
    (typeof request.apiVersion === 'string' && request.apiVersion) ||
    SES_API_VERSION_V1;
  if (context.sourceIp) ctx['aws:SourceIp'] = context.sourceIp;
  if (time) {
    // IAM's own format: whole seconds, UTC.
    ctx['aws:CurrentTime'] = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
    ctx['aws:EpochTime'] = Math.floor(time.getTime() / 1000);
  }
  if (typeof context.secureTransport === 'boolean') ctx['aws:SecureTransport'] = context.secureTransport;
  if (context.userAgent) ctx['aws:UserAgent'] = context.userAgent;
  ctx['aws:RequestedRegion'] = request.region;
  return ctx;
}

interface RoleOutcome {
  auth: IdentityAuthorization;
  /** Set when refused as unverified: the text to list in SES's MessageRejected message. */
  unverified?: string;
}

class SendAuthorizer {
  private readonly callerAccount: string | undefined;
  readonly names: ApiNames;

  constructor(
    private readonly request: SendAuthorizationRequest,
    private readonly context: RequestContext,
  ) {
    this.callerAccount = describeCaller(request.caller).account;
    this.names = namesFor(request.apiVersion);
  }

  /**
   * One role. Its own ARN if given; else the SourceArn when the address belongs to that
   * identity (SES: "If you only specify the SourceArn, SES sets the From and Return-Path
   * addresses to the same identity"); else the caller's own identity for the address.
   */
  authorize(
    role: IdentityRole,
    mailbox: MailboxAddress,
    shownAs: string,
    own: ResolvedArn | undefined,
    sourceArn?: ResolvedArn,
  ): RoleOutcome {
    if (own) return this.viaArn(role, mailbox.address, shownAs, own, own.origin);
    if (sourceArn) {
      const parsed = parseIdentityArn(sourceArn.arn);
      if (parsed.ok && addressBelongsToIdentity(mailbox.address, parsed.identity.name))
        return this.viaArn(role, mailbox.address, shownAs, sourceArn, 'source-arn');
    }
    return this.viaOwnIdentity(role, mailbox.address, shownAs);
  }

  private refuse(
    role: IdentityRole,
    address: string,
    origin: IdentityAuthorization['origin'],
    arn: string | undefined,
    error: SesError,
  ): IdentityAuthorization {
    return { role, address, arn, origin, decision: 'ImplicitDeny', reason: error.message, error };
  }

  private viaArn(
    role: IdentityRole,
    address: string,
    shownAs: string,
    resolved: ResolvedArn,
    origin: ArnOrigin | 'source-arn',
  ): RoleOutcome {
    const { caller, api, region } = this.request;
    // The ARN's own name when the request reader gave one; else this API's name for it (for
    // 'source-arn', the SourceArn's: that is the ARN being used).
    const arnName =
      resolved.name ?? this.names.arn[origin === 'source-arn' ? 'source' : role][resolved.origin];
    const refuse = (error: SesError, arn = resolved.arn) => ({
      ...this.refuse(role, address, origin, arn, error),
      arnName,
    });
    const parsed = parseIdentityArn(resolved.arn);
    if (!parsed.ok) return { auth: refuse(invalid(`${arnName}: ${parsed.error}`)) };
    const target = parsed.identity;
    if (target.region !== region) {
      return {
        auth: refuse(
          invalid(
            `The identity ${target.arn} (${arnName}) is in ${target.region}, but this request was sent to ${region}. SES identities are regional: send through the ${target.region} endpoint, or use an identity verified in ${region}.`,
          ),
        ),
      };
    }
    if (!addressBelongsToIdentity(address, target.name)) {
      const covers =
        target.kind === 'Domain'
          ? `addresses at ${target.name} and its subdomains`
          : `only the address ${target.name}`;
      return {
        auth: refuse(
          invalid(
            `The ${this.names.role[role]} address ${address} does not belong to the identity ${target.name} named by ${arnName} (${target.arn}), which covers ${covers}.`,
          ),
        ),
      };
    }
    const identity = this.request.lookupIdentity({ arn: target.arn });
    if (!identity) {
      // The owner learns its own identity is missing; anyone else is simply not authorized,
      // so that an ARN cannot be used to probe which identities another account has.
      if (target.account === this.callerAccount)
        return { auth: refuse(rejected(notVerifiedMessage(region, [shownAs]))), unverified: shownAs };
      return { auth: refuse(accessDenied(caller, api, target.arn)) };
    }
    if (!identity.verified)
      return {
        auth: refuse(rejected(notVerifiedMessage(region, [shownAs])), identity.arn),
        unverified: shownAs,
      };
    const governing = this.emailIdentityWithPolicies(identity, address) ?? identity;
    return { auth: { ...this.evaluate(role, address, origin, identity, governing), arnName } };
  }

  /**
   * No ARN applies: the address must be the caller's own, through its most specific verified
   * identity (the address, then its domain, then parent domains) in the Region called.
   */
  private viaOwnIdentity(role: IdentityRole, address: string, shownAs: string): RoleOutcome {
    const { caller, region } = this.request;
    const account = this.callerAccount;
    if (!account) {
      return {
        auth: this.refuse(
          role,
          address,
          'own-identity',
          undefined,
          invalid(
            `${caller} belongs to no AWS account, so it has no identities of its own: name the identity to send ${this.names.role[role]} ${address} through with ${this.names.arn[role].parameter}.`,
          ),
        ),
      };
    }
    const [emailName, ...domainNames] = candidateIdentities(address);
    const email = emailName ? this.request.lookupIdentity({ account, region, name: emailName }) : undefined;
    let domain: IdentityRecord | undefined;
    for (const name of domainNames) {
      const found = this.request.lookupIdentity({ account, region, name });
      if (found?.verified) {
        domain = found;
        break;
      }
    }
    const verifiedEmail = email?.verified ? email : undefined;
    const identity = verifiedEmail ?? domain;
    if (!identity)
      return {
        auth: this.refuse(
          role,
          address,
          'own-identity',
          email?.arn,
          rejected(notVerifiedMessage(region, [shownAs])),
        ),
        unverified: shownAs,
      };
    // The email identity's policies govern when it has any; otherwise its domain's do.
    const governing =
      verifiedEmail && (verifiedEmail.policies.length > 0 || !domain) ? verifiedEmail : (domain ?? identity);
    return { auth: this.evaluate(role, address, 'own-identity', identity, governing) };
  }

  /** The address's own verified email identity, same owner and Region, when it has policies. */
  private emailIdentityWithPolicies(identity: IdentityRecord, address: string): IdentityRecord | undefined {
    if (identity.kind !== 'Domain') return undefined;
    const email = this.request.lookupIdentity({
      account: identity.account,
      region: identity.region,
      name: address,
    });
    return email && email.verified && email.kind === 'EmailAddress' && email.policies.length > 0
      ? email
      : undefined;
  }

  private evaluate(
    role: IdentityRole,
    address: string,
    origin: IdentityAuthorization['origin'],
    identity: IdentityRecord,
    governing: IdentityRecord,
  ): IdentityAuthorization {
    const { caller, api } = this.request;
    const evaluation = evaluate({
      principal: caller,
      action: `ses:${api}`,
      resource: governing.arn,
      context: this.context,
      resourcePolicies: governing.policies,
      identityPolicies: this.request.callerIdentityPolicies,
    });
    const via =
      governing === identity
        ? identity.arn
        : `${identity.arn}, whose policies give way to those of the email address identity ${governing.arn}`;
    const allowed = evaluation.decision === 'Allow';
    return {
      role,
      address,
      arn: identity.arn,
      origin,
      ...(governing !== identity ? { evaluatedArn: governing.arn } : {}),
      decision: evaluation.decision,
      evaluation,
      reason: `${this.names.role[role]} ${address} via ${via}: ${evaluation.summary}`,
      ...(allowed ? {} : { error: accessDenied(caller, api, identity.arn) }),
    };
  }
}

/**
 * SES accepts only 7-bit ASCII in addresses (no SMTPUTF8), and in display names of the Source
 * and destination parameters only as RFC 2047 encoded words (=?utf-8?B?...?=).
 */
function nonAsciiProblem(value: string, what: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(value)) return undefined;
  return `The ${what} "${value}" contains characters outside 7-bit ASCII. SES supports no internationalized (SMTPUTF8) addresses; write a domain in its xn-- form, and a display name as an RFC 2047 encoded word such as =?utf-8?B?...?=.`;
}

/** Refuses the whole send before any identity is looked at. */
function refusedInput(message: string): SendAuthorizationResult {
  const error = invalid(message);
  return { decision: 'ImplicitDeny', summary: `Refused: ${message}`, identities: [], error };
}

export function authorizeSend(request: SendAuthorizationRequest): SendAuthorizationResult {
  try {
    return authorizeUnsafe(request);
  } catch (error) {
    // Only a throwing lookupIdentity (or a broken input object) can get here.
    return refusedInput(
      `The send could not be authorized: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function authorizeUnsafe(request: SendAuthorizationRequest): SendAuthorizationResult {
  if (!request || typeof request !== 'object') return refusedInput('No send request was given.');
  const { caller, api, region, message } = request;
  if (typeof caller !== 'string' || !caller.trim())
    return refusedInput('The caller is missing: give the principal ARN (or service) that sends.');
  if (!SEND_APIS.includes(api))
    return refusedInput(`"${String(api)}" is not a sending API: use one of ${SEND_APIS.join(', ')}.`);
  if (typeof region !== 'string' || !REGION.test(region))
    return refusedInput(`"${String(region)}" is not a Region such as us-east-1.`);
  if (typeof request.lookupIdentity !== 'function')
    return refusedInput('No identity directory (lookupIdentity) was given.');
  if (!message || typeof message !== 'object') return refusedInput('The message is missing.');
  // Before the addresses: a message with no or too many recipients is refused whatever else is
  // wrong with it, as the emulator has always answered it.
  const countProblem = recipientLimitProblem(message);
  if (countProblem) return refusedInput(countProblem);

  const field = namesFor(request.apiVersion).field;
  const source = singleMailbox(message.source, field.source);
  if (typeof source === 'string') return refusedInput(source);
  const sourceProblem = nonAsciiProblem(message.source as string, field.source);
  if (sourceProblem) return refusedInput(sourceProblem);
  let from = source;
  if (message.from !== undefined && message.from !== '') {
    const header = singleMailbox(message.from, field.from);
    if (typeof header === 'string') return refusedInput(header);
    from = header;
  }
  const displayName = typeof message.fromDisplayName === 'string' ? message.fromDisplayName : from.name;
  let returnPath: MailboxAddress | undefined;
  if (message.returnPath !== undefined && message.returnPath !== '') {
    const parsed = singleMailbox(message.returnPath, field.returnPath);
    if (typeof parsed === 'string') return refusedInput(parsed);
    returnPath = parsed;
  }
  const recipients: string[] = [];
  for (const [field, list] of [
    ['To', message.to],
    ['Cc', message.cc],
    ['Bcc', message.bcc],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) return refusedInput(`The ${field} recipients must be a list of addresses.`);
    for (const entry of list as unknown[]) {
      const found = typeof entry === 'string' ? parseMailboxList(entry) : [];
      if (found.length === 0)
        return refusedInput(`The ${field} recipient "${String(entry)}" is not an email address.`);
      const problem = nonAsciiProblem(entry as string, `${field} recipient`);
      if (problem) return refusedInput(problem);
      recipients.push(...found.map((m) => m.address));
    }
  }
  let time: Date | undefined;
  const rawTime = request.context?.time;
  if (rawTime !== undefined) {
    const isDate = Object.prototype.toString.call(rawTime) === '[object Date]';
    time = isDate
      ? new Date((rawTime as Date).getTime())
      : new Date(typeof rawTime === 'string' ? rawTime : NaN);
    if (Number.isNaN(time.getTime()))
      return refusedInput(
        `The request time "${String(rawTime)}" is not a date: give a Date or an ISO 8601 string.`,
      );
  }

  const setArn = configurationSetOf(request);
  if (setArn && typeof setArn !== 'string') return refusedInput(setArn.problem);

  const context = buildContext(
    request,
    { address: from.address, name: displayName },
    recipients,
    returnPath?.address,
    time,
  );
  const sourceArn = asResolved(request.sourceArn);
  const fromArn = asResolved(request.fromArn);
  const returnPathArn = asResolved(request.returnPathArn);
  const authorizer = new SendAuthorizer(request, context);

  const outcomes: RoleOutcome[] = [authorizer.authorize('source', source, message.source.trim(), sourceArn)];
  // From and Return-Path are separate identities when they are other addresses than the Source,
  // or when the request names an ARN for them.
  if (!sameAddress(from.address, source.address) || fromArn)
    outcomes.push(
      authorizer.authorize('from', from, (message.from ?? '').trim() || from.address, fromArn, sourceArn),
    );
  if (returnPath && (!sameAddress(returnPath.address, source.address) || returnPathArn))
    outcomes.push(
      authorizer.authorize(
        'returnPath',
        returnPath,
        (message.returnPath ?? '').trim(),
        returnPathArn,
        sourceArn,
      ),
    );

  const identities = outcomes.map((o) => o.auth);
  const roleName = authorizer.names.role;
  const configurationSet =
    typeof setArn === 'string' && Array.isArray(request.callerIdentityPolicies)
      ? authorizeConfigurationSet(request, setArn, context)
      : undefined;
  const withSet = configurationSet ? { configurationSet } : {};
  const refusal = outcomes.find((o) => o.auth.decision !== 'Allow');
  const decisions = [...identities, ...(configurationSet ? [configurationSet] : [])].map((d) => d.decision);
  const decision: Decision = decisions.includes('ExplicitDeny')
    ? 'ExplicitDeny'
    : decisions.every((d) => d === 'Allow')
      ? 'Allow'
      : 'ImplicitDeny';
  if (decision === 'Allow') {
    const via = identities.map((i) => `${roleName[i.role]} ${i.address} via ${i.arn ?? '?'}`);
    if (configurationSet) via.push(`configuration set ${configurationSet.arn}`);
    return { decision, summary: `Allowed: ${via.join('; ')}.`, identities, ...withSet, context };
  }
  if (!refusal && configurationSet?.error) {
    const error = configurationSet.error;
    return {
      decision,
      summary: `Refused at the configuration set (${error.code}): ${configurationSet.reason}`,
      identities,
      ...withSet,
      context,
      error,
    };
  }
  // Only a role can be left here: the configuration set was allowed or not checked.
  const roleRefusal = refusal as RoleOutcome;
  let error =
    roleRefusal.auth.error ?? accessDenied(caller, api, roleRefusal.auth.arn ?? roleRefusal.auth.address);
  if (roleRefusal.unverified) {
    // SES reports every unverified identity of the send in one message.
    const names = [...new Set(outcomes.flatMap((o) => (o.unverified ? [o.unverified] : [])))];
    error = rejected(notVerifiedMessage(region, names));
  }
  return {
    decision,
    summary: `Refused at the ${roleName[roleRefusal.auth.role]} identity (${error.code}): ${error.message}`,
    identities,
    ...withSet,
    context,
    error,
  };
}

/**
 * The configuration set's ARN, or why the request's set cannot be used: it must be a
 * configuration set of the caller's own account in the Region called (a delegate sender uses
 * its own sets, never the identity owner's). Undefined: the send names none, or the caller has
 * no account to build the ARN in (a service principal naming only a set name).
 */
function configurationSetOf(request: SendAuthorizationRequest): string | { problem: string } | undefined {
  const { region } = request;
  const account = describeCaller(request.caller).account;
  if (request.configurationSetArn !== undefined && request.configurationSetArn !== '') {
    const parsed = parseConfigurationSetArn(request.configurationSetArn);
    if (!parsed.ok) return { problem: parsed.error };
    const { set } = parsed;
    if (set.region !== region)
      return {
        problem: `The configuration set ${set.arn} is in ${set.region}, but this request was sent to ${region}: configuration sets are regional, so name one in ${region}.`,
      };
    if (set.account !== account)
      return {
        problem: `The configuration set ${set.arn} belongs to account ${set.account}, not to the caller's account${account ? ` ${account}` : ''}: a send can use only the sender's own configuration sets, also when it sends for another account's identity.`,
      };
    return set.arn;
  }
  const name = request.configurationSetName;
  if (name === undefined || name === '') return undefined;
  const problem = configurationSetNameProblem(name);
  if (problem) return { problem };
  return account ? configurationSetArn(region, account, name) : undefined;
}

/**
 * The caller's IAM policies on the configuration set: SES API v2's send actions take the
 * configuration-set resource type, so the send action must be allowed on the set's ARN as it is
 * on the identity's. The set is the caller's own, so no resource policy takes part.
 */
function authorizeConfigurationSet(
  request: SendAuthorizationRequest,
  arn: string,
  context: RequestContext,
): ConfigurationSetAuthorization {
  const { caller, api } = request;
  const evaluation = evaluate({
    principal: caller,
    action: `ses:${api}`,
    resource: arn,
    context,
    resourcePolicies: [],
    identityPolicies: request.callerIdentityPolicies,
  });
  if (evaluation.decision === 'Allow')
    return { arn, decision: 'Allow', evaluation, reason: `Configuration set ${arn}: ${evaluation.summary}` };
  return {
    arn,
    decision: evaluation.decision,
    evaluation,
    reason: `The caller's IAM policies do not allow ses:${api} on the configuration set ${arn}; a send that names a configuration set needs the send action allowed on the set's ARN as well as on the identity's. ${evaluation.summary}`,
    error: accessDenied(caller, api, arn),
  };
}
