/** What every operation receives: the caller, the Region, its parameters and the transaction. */
import { parseIdentityArn } from '../../src/policy-engine/index';
import type { DemoPrincipal } from './directory';
import { SesError, invalidParameter } from './errors';
import { identityKey, type IdentityState } from './model';
import type { QueryParams } from './query';
import type { Tx } from './store';

export interface RequestInfo {
  sourceIp: string;
  userAgent?: string;
  secureTransport: boolean;
  time: Date;
  requestId: string;
}

export interface OperationContext {
  tx: Tx;
  caller: DemoPrincipal;
  region: string;
  action: string;
  params: QueryParams;
  info: RequestInfo;
}

export function accessDenied(ctx: OperationContext, resource: string, action = ctx.action): SesError {
  return new SesError(
    'AccessDenied',
    `User \`${ctx.caller.arn}' is not authorized to perform \`ses:${action}' on resource \`${resource}'`,
    403,
  );
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
  return ctx.tx.objectStore('identities').get(identityKey(ref.account, ref.region, ref.name));
}

/** Management operations are the owner's alone: an identity of the caller's own account. */
export async function ownedIdentity(ctx: OperationContext, value: string): Promise<IdentityState> {
  const ref = identityRef(ctx, value);
  if (ref.account !== ctx.caller.account) throw accessDenied(ctx, ref.arn);
  const identity = await loadIdentity(ctx, ref);
  if (!identity) {
    throw invalidParameter(
      `Identity ${ref.name} does not exist in account ${ref.account} in ${ref.region}. Verify it first.`,
    );
  }
  return identity;
}
