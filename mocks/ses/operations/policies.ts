/**
 * GetIdentityPolicies, ListIdentityPolicies, DeleteIdentityPolicy (PutIdentityPolicy, which
 * needs the policy engine's validator, is in policy-writes.ts, so that reading policy names, as the
 * Identities page does, loads none of the engine). The identity must be the caller's own, allowed
 * by IAM, and verified: the API reference says these operations return an error otherwise.
 */
import {
  MAX_POLICIES_PER_IDENTITY,
  MAX_POLICY_NAME_LENGTH,
  policyNameProblem,
} from '../../../src/policy-engine/policy-names';
import { invalidParameter } from '../errors';
import { findPolicy } from '../model';
import { XmlList, XmlMap, type XmlStruct } from '../xml';
import { ownedIdentity, type OperationContext } from '../context';
import { checkLength, requiredList } from '../validation';

/** A policy name: the model's length constraint, then SES's character rule. */
export function checkedPolicyName(name: string, member = 'policyName'): string {
  checkLength(name, member, 1, MAX_POLICY_NAME_LENGTH);
  const problem = policyNameProblem(name);
  if (problem) throw invalidParameter(problem);
  return name;
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
