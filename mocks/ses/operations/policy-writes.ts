/**
 * PutIdentityPolicy. A policy is validated by the policy engine (the same checks as the editor);
 * its first error is SES's InvalidPolicy, with the engine's message. Loaded on the first write,
 * with the engine.
 */
import { policyLimitProblem } from '../../../src/policy-engine/policy-names';
import { validatePolicy } from '../../../src/policy-engine/validate';
import { SesError } from '../errors';
import { findPolicy } from '../model';
import type { XmlStruct } from '../xml';
import { arnOf, ownedIdentity, type OperationContext } from '../context';
import { checkedPolicyName } from './policies';

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
