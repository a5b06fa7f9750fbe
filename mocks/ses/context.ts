/** What every operation receives: the caller, the Region, its parameters and the transaction. */
import type { RequestContext } from '../../src/policy-engine/index';
import { identityNameProblem, parseIdentityArn } from '../../src/policy-engine/identity';
import type { Principal } from './directory';
import { SesError, invalidParameter } from './errors';
import { iamEvaluate } from './iam-evaluator';
import { identityKey, type IdentityState } from './model';
import type { QueryParams } from './query';
import type { StoreTx } from './store-port';

export interface RequestInfo {
  sourceIp: string;
  userAgent?: string;
  secureTransport: boolean;
  time: Date;
  requestId: string;
  /** `ses:ApiVersion`: left out for the Query API; '2' for the SMTP interface, which uses API version 2 of ses:SendRawEmail. */
  apiVersion?: string;
}

export interface OperationContext {
  tx: StoreTx;
  caller: Principal;
  region: string;
  action: string;
  params: QueryParams;
  info: RequestInfo;
}

/**
 * An IAM refusal in AWS's words: `User: <arn> is not authorized to perform: ses:<Action> on
 * resource: <arn>`, with the reason AWS appends ("because no identity-based policy allows the
 * ... action", "with an explicit deny in an identity-based policy").
 */
export function accessDenied(
  ctx: Pick<OperationContext, 'caller' | 'action'>,
  resource: string,
  reason: 'no-identity-policy' | 'explicit-deny' | 'no-resource-policy' = 'no-resource-policy',
): SesError {
  const action = `ses:${ctx.action}`;
  const because =
    reason === 'explicit-deny'
      ? ' with an explicit deny in an identity-based policy'
      : reason === 'no-identity-policy'
        ? ` because no identity-based policy allows the ${action} action`
        : ` because no resource-based policy allows the ${action} action`;
  return new SesError(
    'AccessDenied',
    `User: ${ctx.caller.arn} is not authorized to perform: ${action} on resource: ${resource}${because}`,
    403,
  );
}

/**
 * IAM on a management action: an IAM user or role may call it only when its identity-based
 * policies allow `ses:<Action>` on the resource (the identity's ARN, or `*` for account-level
 * actions), evaluated by the policy engine. The account's root is not limited by IAM policies.
 * Sends are authorized separately, by `authorizeSend`.
 */
export function authorizeCaller(ctx: OperationContext, resource: string): void {
  const policies = ctx.caller.iamPolicies;
  if (!policies) return;
  const result = iamEvaluate({
    principal: ctx.caller.arn,
    action: `ses:${ctx.action}`,
    resource,
    resourcePolicies: [],
    identityPolicies: policies,
    context: requestContextKeys(ctx),
  });
  if (result.decision === 'Allow') return;
  throw accessDenied(
    ctx,
    resource,
    result.decision === 'ExplicitDeny' ? 'explicit-deny' : 'no-identity-policy',
  );
}

/** The global condition keys a management request carries, in IAM's formats. */
function requestContextKeys(ctx: OperationContext): RequestContext {
  const keys: RequestContext = {
    'aws:SourceIp': ctx.info.sourceIp,
    'aws:CurrentTime': ctx.info.time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'aws:EpochTime': Math.floor(ctx.info.time.getTime() / 1000),
    'aws:SecureTransport': ctx.info.secureTransport,
    'aws:RequestedRegion': ctx.region,
  };
  if (ctx.info.userAgent) keys['aws:UserAgent'] = ctx.info.userAgent;
  return keys;
}

export function arnOf(identity: Pick<IdentityState, 'region' | 'account' | 'name'>): string {
  return `arn:aws:ses:${identity.region}:${identity.account}:identity/${identity.name}`;
}

/** An `Identity` parameter: a name in the caller's account, or an ARN (possibly another account's). */
export function identityRef(
  ctx: OperationContext,
  value: string,
): { account: string; region: string; name: string; arn: string } {
  if (value.startsWith('arn:')) {
    const parsed = parseIdentityArn(value);
    if (!parsed.ok) throw invalidParameter(parsed.error);
    const { account, region, name } = parsed.identity;
    if (region !== ctx.region) {
      throw invalidParameter(
        `The identity ${value} is in ${region}; this request was sent to ${ctx.region}. Use the ${region} endpoint.`,
      );
    }
    return { account, region, name, arn: parsed.identity.arn };
  }
  const problem = identityNameProblem(value);
  if (problem) throw invalidParameter(`Invalid identity: ${problem}.`);
  return {
    account: ctx.caller.account,
    region: ctx.region,
    name: value,
    arn: arnOf({ account: ctx.caller.account, region: ctx.region, name: value }),
  };
}

export async function loadIdentity(
  ctx: OperationContext,
  ref: { account: string; region: string; name: string },
) {
  return ctx.tx.identity(identityKey(ref.account, ref.region, ref.name));
}

/**
 * An identity the caller manages: one of its own account's, after IAM allowed the action on its
 * ARN. Another account's identity is refused as IAM refuses it (no resource-based policy can
 * grant a management action), and a missing one in SES's words.
 */
export async function ownedIdentity(
  ctx: OperationContext,
  value: string,
  { mustBeVerified = false } = {},
): Promise<IdentityState> {
  const ref = identityRef(ctx, value);
  if (ref.account !== ctx.caller.account) throw accessDenied(ctx, ref.arn);
  authorizeCaller(ctx, ref.arn);
  const identity = await loadIdentity(ctx, ref);
  // SES's wording for an identity it cannot act on (boto/boto3#2645): the API reference says the
  // policy operations "return an error" for an identity that is not verified.
  if (!identity || (mustBeVerified && identity.verificationStatus !== 'Success'))
    throw invalidParameter(`Identity ${value} is invalid. Must be a verified email address or domain.`);
  return identity;
}
