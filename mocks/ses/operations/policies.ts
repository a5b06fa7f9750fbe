/**
 * PutIdentityPolicy, GetIdentityPolicies, ListIdentityPolicies, DeleteIdentityPolicy. A policy is
 * validated by the policy engine (the same checks as the editor); its first error is SES's
 * InvalidPolicy, with the engine's message. The identity must be the caller's own, allowed by IAM,
 * and verified: the API reference says these operations return an error otherwise.
 */
import {
  MAX_POLICIES_PER_IDENTITY,
  MAX_POLICY_NAME_LENGTH,
  policyLimitProblem,
  policyNameProblem,
  validatePolicy,
} from '../../../src/policy-engine/index';
import { SesError, invalidParameter } from '../errors';
import { findPolicy } from '../model';
import { XmlList, XmlMap, type XmlStruct } from '../xml';
import { arnOf, ownedIdentity, type OperationContext } from '../context';
import { checkLength, requiredList } from '../validation';

/** A policy name: the model's length constraint, then SES's character rule. */
export function checkedPolicyName(name: string, member = 'policyName'): string {
  checkLength(name, member, 1, MAX_POLICY_NAME_LENGTH);
  const problem = policyNameProblem(name);
  if (problem) throw invalidParameter(problem);
  return name;
}

/** The engine's first error on a policy document, with its position: SES's InvalidPolicy message. */
export function policyProblem(
  document: string,
  identityArn: string,
  policyName: string,
  now: Date,
): string | undefined {
  const firstError = validatePolicy(document, { identityArn, policyName, now }).find(
    (d) => d.severity === 'error',
  );
  if (!firstError) return undefined;
  const where =
    firstError.range.start.offset > 0
      ? ` (line ${firstError.range.start.line}, column ${firstError.range.start.column})`
      : '';
  return `${firstError.message}${where}`;
}

export async function putIdentityPolicy(ctx: OperationContext): Promise<XmlStruct> {
  const identityName = ctx.params.required('Identity');
  const name = checkedPolicyName(ctx.params.required('PolicyName'));
  const document = ctx.params.required('Policy');
  const identity = await ownedIdentity(ctx, identityName, { mustBeVerified: true });
  const problem = policyProblem(document, arnOf(identity), name, ctx.info.time);
  if (problem) throw new SesError('InvalidPolicy', problem);
  const existing = findPolicy(identity, name);
  // Replacing a policy under its own name is always possible; only a new one can be one too many.
  const limit = existing ? undefined : policyLimitProblem(identity.policies.length, identity.name);
  if (limit) throw new SesError('LimitExceeded', limit);
  identity.policies = existing
    ? identity.policies.map((p) => (p === existing ? { name, document } : p))
    : [...identity.policies, { name, document }];
  await ctx.tx.putIdentity(identity);
  return {};
}

export async function getIdentityPolicies(ctx: OperationContext): Promise<XmlStruct> {
  const identityName = ctx.params.required('Identity');
  const names = requiredList(ctx.params, 'PolicyNames');
  if (names.length > MAX_POLICIES_PER_IDENTITY) {
    throw invalidParameter(
      `At most ${MAX_POLICIES_PER_IDENTITY} policy names per request; found ${names.length}.`,
    );
  }
  names.forEach((n, i) => checkLength(n, `policyNames.${i + 1}.member`, 1, MAX_POLICY_NAME_LENGTH));
  const identity = await ownedIdentity(ctx, identityName, { mustBeVerified: true });
  const entries: [string, string][] = [];
  for (const name of new Set(names)) {
    const policy = findPolicy(identity, name);
    if (policy) entries.push([policy.name, policy.document]);
  }
  return { Policies: new XmlMap(entries) };
}

export async function listIdentityPolicies(ctx: OperationContext): Promise<XmlStruct> {
  const identity = await ownedIdentity(ctx, ctx.params.required('Identity'), { mustBeVerified: true });
  return { PolicyNames: new XmlList(identity.policies.map((p) => p.name)) };
}

export async function deleteIdentityPolicy(ctx: OperationContext): Promise<XmlStruct> {
  const identityName = ctx.params.required('Identity');
  const name = checkedPolicyName(ctx.params.required('PolicyName'));
  const identity = await ownedIdentity(ctx, identityName, { mustBeVerified: true });
  // SES answers success for a policy that does not exist.
  identity.policies = identity.policies.filter((p) => p.name !== name);
  await ctx.tx.putIdentity(identity);
  return {};
}
