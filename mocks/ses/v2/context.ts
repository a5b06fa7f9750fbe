/**
 * What every SES API v2 operation receives: v1's context (caller, Region, transaction, request
 * info, so `authorizeCaller` and `accessDenied` work unchanged with the v2 action's name), plus
 * the decoded path labels, the query string and the JSON body.
 */
import { identityKindOf, identityNameProblem } from '../../../src/policy-engine/identity';
import { arnOf, authorizeCaller, type OperationContext } from '../context';
import type { SesError } from '../errors';
import {
  configurationSetArn,
  configurationSetKey,
  identityKey,
  type ConfigurationSetState,
  type IdentityState,
} from '../model';
import { badRequest, isJsonObject, notFound, type JsonFields } from './protocol';

export interface V2Context extends OperationContext {
  labels: ReadonlyMap<string, string>;
  query: URLSearchParams;
  body: JsonFields;
}

/** An operation: an optional `prepare` before the transaction (parsing a raw message), and `run` inside it. */
export interface V2Operation<Prepared = unknown> {
  action: string;
  prepare?: (body: JsonFields) => Promise<Prepared>;
  run: (ctx: V2Context, prepared: Prepared) => Promise<unknown>;
}

export type V2Result = object | SesError;

export function label(ctx: V2Context, name: string): string {
  const value = ctx.labels.get(name);
  if (value === undefined) throw badRequest(`The path has no ${name}.`);
  return value;
}

/** An identity name from a path or body: a name, never an ARN (v2 names identities in the caller's account). */
export function identityName(value: string): string {
  if (value.startsWith('arn:'))
    throw badRequest(
      `Invalid email identity ${value.slice(0, 200)}: SES API v2 takes an identity's name, not its ARN.`,
    );
  const problem = identityNameProblem(value);
  if (problem) throw badRequest(`Invalid email identity: ${problem}.`);
  return identityKindOf(value) === 'Domain' ? value.replace(/\.$/, '') : value;
}

export function ownIdentityArn(ctx: V2Context, name: string): string {
  return arnOf({ account: ctx.caller.account, region: ctx.region, name });
}

/**
 * The caller's identity `name`, after IAM allowed the action on its ARN; NotFoundException in
 * v2's words when there is none.
 */
export async function ownedV2Identity(ctx: V2Context, raw: string): Promise<IdentityState> {
  const name = identityName(raw);
  authorizeCaller(ctx, ownIdentityArn(ctx, name));
  const identity = await ctx.tx.identity(identityKey(ctx.caller.account, ctx.region, name));
  if (!identity) throw notFound(`Email identity ${name} does not exist.`);
  return identity;
}

/** SES API v2's rule for configuration set and event destination names. */
const NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function checkedSetName(value: string, what = 'configuration set'): string {
  if (!NAME.test(value))
    throw badRequest(
      `Invalid ${what} name ${value.slice(0, 100)}: use 1 to 64 characters, letters, numbers, underscores (_) and hyphens (-) only.`,
    );
  return value;
}

export function ownSetArn(ctx: V2Context, name: string): string {
  return configurationSetArn({ account: ctx.caller.account, region: ctx.region, name });
}

/** The caller's configuration set, after IAM allowed the action on its ARN. */
export async function ownedSet(
  ctx: V2Context,
  raw: string,
  authorize = true,
): Promise<ConfigurationSetState> {
  const name = checkedSetName(raw);
  if (authorize) authorizeCaller(ctx, ownSetArn(ctx, name));
  const set = await ctx.tx.configurationSet(configurationSetKey(ctx.caller.account, ctx.region, name));
  if (!set) throw notFound(`Configuration set ${name} does not exist.`);
  return set;
}

/**
 * A list operation's NextToken and PageSize: from the query string (GET, as botocore's model has
 * it) or from the JSON body (POST /v2/email/list-identities and list-configuration-sets, as
 * @aws-sdk/client-sesv2 3.1169 sends them). A Filter is refused: the emulator filters nothing.
 */
export function pageParams(ctx: V2Context, max: number): { token?: string; size: number } {
  const filter = ctx.body.get('Filter');
  if (filter !== undefined && !(isJsonObject(filter) && Object.keys(filter).length === 0))
    throw badRequest('The emulator does not support Filter on list operations; leave it out.');
  const token = ctx.query.get('NextToken') ?? ctx.body.optionalString('NextToken');
  const queried = ctx.query.get('PageSize');
  const bodySize = ctx.body.get('PageSize');
  let size = max;
  if (queried !== null) {
    if (!/^\d{1,9}$/.test(queried))
      throw badRequest(`PageSize must be an integer; found "${queried.slice(0, 50)}".`);
    size = Number(queried);
  } else if (bodySize !== undefined) {
    if (typeof bodySize !== 'number' || !Number.isInteger(bodySize))
      throw badRequest('PageSize must be an integer.');
    size = bodySize;
  }
  if (size < 1 || size > max) throw badRequest(`PageSize must be between 1 and ${max}; found ${size}.`);
  return { token: token || undefined, size };
}
