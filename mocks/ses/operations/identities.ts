/** ListIdentities, VerifyEmailIdentity, VerifyDomainIdentity, DeleteIdentity, GetIdentityVerificationAttributes. */
import {
  canonicalIdentityName,
  identityKindOf,
  identityNameProblem,
} from '../../../src/policy-engine/identity';
import { invalidParameter } from '../errors';
import { emptyNotifications, identityKey, type IdentityState } from '../model';
import { XmlList, XmlMap, type XmlStruct } from '../xml';
import { accessDenied, arnOf, authorizeCaller, identityRef, type OperationContext } from '../context';
import { enumValue, requiredList } from '../validation';

const MAX_ITEMS = 1000;
const IDENTITY_TYPES = ['EmailAddress', 'Domain'] as const;

export function encodeToken(after: string): string {
  return btoa(JSON.stringify({ after }));
}

export function decodeToken(token: string): string {
  try {
    const parsed = JSON.parse(atob(token)) as { after?: unknown };
    if (typeof parsed.after === 'string') return parsed.after;
  } catch {
    // fall through to the error below
  }
  throw invalidParameter('NextToken is not a token this service returned. Start again without it.');
}

export async function listIdentities(ctx: OperationContext): Promise<XmlStruct> {
  const type = enumValue(ctx.params.optional('IdentityType'), 'identityType', IDENTITY_TYPES);
  authorizeCaller(ctx, '*');
  const maxItems = ctx.params.integer('MaxItems') ?? MAX_ITEMS;
  if (maxItems < 1 || maxItems > MAX_ITEMS) {
    throw invalidParameter(`MaxItems must be between 1 and ${MAX_ITEMS}; found ${maxItems}.`);
  }
  const token = ctx.params.optional('NextToken');
  const after = token === undefined ? undefined : decodeToken(token);
  // One record past the page says "more".
  const names = (
    await ctx.tx.identityPage({
      account: ctx.caller.account,
      region: ctx.region,
      after,
      kind: type,
      limit: maxItems + 1,
    })
  ).map((identity) => identity.name);
  const page = names.slice(0, maxItems);
  const more = names.length > maxItems;
  return {
    Identities: new XmlList(page),
    NextToken: more ? encodeToken(page[page.length - 1] ?? '') : undefined,
  };
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes));
}

/** The identity under `name` in the caller's account and Region, created Pending if it does not exist. */
export async function createIdentity(ctx: OperationContext, name: string): Promise<IdentityState> {
  const key = identityKey(ctx.caller.account, ctx.region, name);
  const existing = await ctx.tx.identity(key);
  if (existing) return existing;
  const kind = identityKindOf(name);
  const identity: IdentityState = {
    key,
    account: ctx.caller.account,
    region: ctx.region,
    name: canonicalIdentityName(name),
    kind,
    verificationStatus: 'Pending',
    verificationToken: kind === 'Domain' ? randomToken() : undefined,
    policies: [],
    notifications: emptyNotifications(),
    forwardingEnabled: true,
    createdAt: ctx.info.time.toISOString(),
  };
  await ctx.tx.putIdentity(identity);
  return identity;
}

/**
 * A name to create an identity under, or SES's refusal. Beyond SES's own syntax, names the
 * console could not address afterwards (ARN-like, encoded slashes, control or bidi characters)
 * and names outside 7-bit ASCII are refused: SES supports no SMTPUTF8.
 */
function newIdentityName(value: string, kind: 'EmailAddress' | 'Domain'): string {
  if (identityKindOf(value) !== kind) {
    throw invalidParameter(
      kind === 'EmailAddress'
        ? `Invalid email address <${value}>: an address needs an @ and a domain. To verify a domain, use VerifyDomainIdentity.`
        : `Invalid domain name ${value}: a domain has no @. To verify an address, use VerifyEmailIdentity.`,
    );
  }
  const problem = identityNameProblem(value);
  if (problem) {
    throw invalidParameter(
      kind === 'EmailAddress' ? `Invalid email address: ${problem}.` : `Invalid domain name: ${problem}.`,
    );
  }
  return value;
}

export async function verifyEmailIdentity(ctx: OperationContext): Promise<XmlStruct> {
  const address = newIdentityName(ctx.params.required('EmailAddress'), 'EmailAddress');
  authorizeCaller(ctx, arnOf({ account: ctx.caller.account, region: ctx.region, name: address }));
  await createIdentity(ctx, address);
  return {};
}

export async function verifyDomainIdentity(ctx: OperationContext): Promise<XmlStruct> {
  // A fully qualified name's trailing dot is the same domain.
  const domain = newIdentityName(ctx.params.required('Domain').replace(/\.$/, ''), 'Domain');
  authorizeCaller(ctx, arnOf({ account: ctx.caller.account, region: ctx.region, name: domain }));
  const identity = await createIdentity(ctx, domain);
  return { VerificationToken: identity.verificationToken ?? '' };
}

export async function deleteIdentity(ctx: OperationContext): Promise<XmlStruct> {
  const ref = identityRef(ctx, ctx.params.required('Identity'));
  if (ref.account !== ctx.caller.account) throw accessDenied(ctx, ref.arn);
  authorizeCaller(ctx, ref.arn);
  // SES answers success for an identity that does not exist. The key is exact for an email
  // address: deleting News@x leaves news@x alone.
  await ctx.tx.deleteIdentity(identityKey(ref.account, ref.region, ref.name));
  return {};
}

export async function getIdentityVerificationAttributes(ctx: OperationContext): Promise<XmlStruct> {
  const names = requiredList(ctx.params, 'Identities');
  if (names.length > 100)
    throw invalidParameter(`At most 100 identities per request; found ${names.length}.`);
  authorizeCaller(ctx, '*');
  const entries: [string, XmlStruct][] = [];
  for (const name of names) {
    let ref: ReturnType<typeof identityRef>;
    try {
      ref = identityRef(ctx, name);
    } catch {
      continue; // SES leaves out what it cannot find; a malformed name names nothing.
    }
    if (ref.account !== ctx.caller.account) continue;
    const identity = await ctx.tx.identity(identityKey(ref.account, ref.region, ref.name));
    if (!identity) continue;
    entries.push([
      name,
      { VerificationStatus: identity.verificationStatus, VerificationToken: identity.verificationToken },
    ]);
  }
  return { VerificationAttributes: new XmlMap(entries) };
}
