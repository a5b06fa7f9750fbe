/**
 * PutIdentityPolicy, GetIdentityPolicies, ListIdentityPolicies, DeleteIdentityPolicy. A policy is
 * validated by the policy engine (the same checks as the editor); its first error is SES's
 * InvalidPolicy, with the engine's message.
 */
import {
  MAX_POLICIES_PER_IDENTITY,
  policyNameProblem,
  validatePolicy,
} from '../../../src/policy-engine/index';
import { SesError, invalidParameter } from '../errors';
import { XmlList, XmlMap, type XmlStruct } from '../xml';
import { arnOf, ownedIdentity, type OperationContext } from '../context';

function policyName(ctx: OperationContext): string {
  const name = ctx.params.required('PolicyName');
  const problem = policyNameProblem(name);
  if (problem) throw invalidParameter(problem);
  return name;
}

export async function putIdentityPolicy(ctx: OperationContext): Promise<XmlStruct> {
  const identity = await ownedIdentity(ctx, ctx.params.required('Identity'));
  const name = policyName(ctx);
  const document = ctx.params.required('Policy');
  const firstError = validatePolicy(document, {
    identityArn: arnOf(identity),
    policyName: name,
    now: ctx.info.time,
  }).find((d) => d.severity === 'error');
  if (firstError) {
    const where =
      firstError.range.start.offset > 0
        ? ` (line ${firstError.range.start.line}, column ${firstError.range.start.column})`
        : '';
    throw new SesError('InvalidPolicy', `${firstError.message}${where}`);
  }
  if (!(name in identity.policies) && Object.keys(identity.policies).length >= MAX_POLICIES_PER_IDENTITY) {
    throw new SesError(
      'LimitExceeded',
      `Identity ${identity.name} already has ${MAX_POLICIES_PER_IDENTITY} policies, the most SES allows. Delete one, or save this one under an existing name.`,
    );
  }
  identity.policies = { ...identity.policies, [name]: document };
  await ctx.tx.objectStore('identities').put(identity);
  return {};
}

export async function getIdentityPolicies(ctx: OperationContext): Promise<XmlStruct> {
  const identity = await ownedIdentity(ctx, ctx.params.required('Identity'));
  const names = ctx.params.list('PolicyNames');
  if (names.length > MAX_POLICIES_PER_IDENTITY) {
    throw invalidParameter(
      `At most ${MAX_POLICIES_PER_IDENTITY} policy names per request; found ${names.length}.`,
    );
  }
  const entries: [string, string][] = names
    .filter((n) => n in identity.policies)
    .map((n) => [n, identity.policies[n] ?? '']);
  return { Policies: new XmlMap(entries) };
}

export async function listIdentityPolicies(ctx: OperationContext): Promise<XmlStruct> {
  const identity = await ownedIdentity(ctx, ctx.params.required('Identity'));
  return { PolicyNames: new XmlList(Object.keys(identity.policies)) };
}

export async function deleteIdentityPolicy(ctx: OperationContext): Promise<XmlStruct> {
  const identity = await ownedIdentity(ctx, ctx.params.required('Identity'));
  const name = policyName(ctx);
  const { [name]: _removed, ...rest } = identity.policies;
  identity.policies = rest;
  await ctx.tx.objectStore('identities').put(identity);
  return {};
}
