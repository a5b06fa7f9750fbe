/**
 * CreateEmailIdentityPolicy, GetEmailIdentityPolicies, UpdateEmailIdentityPolicy and
 * DeleteEmailIdentityPolicy: the same policies as v1's PutIdentityPolicy (one list per identity),
 * validated by the same engine, with v2's errors: AlreadyExistsException for a name in use,
 * NotFoundException for an identity or policy that does not exist, LimitExceededException beyond 20.
 */
import { policyLimitProblem } from '../../../../src/policy-engine/policy-names';
import { arnOf } from '../../context';
import { findPolicy, type IdentityState } from '../../model';
import { checkedPolicyName } from '../../operations/policies';
import { policyProblem } from '../../operations/policy-writes';
import { label, ownedV2Identity, type V2Context } from '../context';
import { alreadyExists, badRequest, limitExceeded, notFound } from '../protocol';

/** The identity and policy name of the path; the identity must be verified, as v1 requires. */
async function target(ctx: V2Context): Promise<{ identity: IdentityState; name: string }> {
  const name = checkedPolicyName(label(ctx, 'PolicyName'));
  const identity = await ownedV2Identity(ctx, label(ctx, 'EmailIdentity'));
  return { identity, name };
}

function requireVerified(identity: IdentityState): void {
  if (identity.verificationStatus !== 'Success')
    throw badRequest(`Identity ${identity.name} is invalid. Must be a verified email address or domain.`);
}

function checkedDocument(ctx: V2Context, identity: IdentityState, name: string): string {
  const document = ctx.body.string('Policy');
  if (document === '') throw badRequest('Policy must not be empty.');
  const problem = policyProblem(document, arnOf(identity), name, ctx.info.time);
  if (problem) throw badRequest(problem);
  return document;
}

export async function createEmailIdentityPolicy(ctx: V2Context) {
  const { identity, name } = await target(ctx);
  requireVerified(identity);
  if (findPolicy(identity, name))
    throw alreadyExists(
      `Policy ${name} already exists for identity ${identity.name}. Use UpdateEmailIdentityPolicy to change it.`,
    );
  const document = checkedDocument(ctx, identity, name);
  const limit = policyLimitProblem(identity.policies.length, identity.name);
  if (limit) throw limitExceeded(limit);
  identity.policies = [...identity.policies, { name, document }];
  await ctx.tx.putIdentity(identity);
  return {};
}

export async function getEmailIdentityPolicies(ctx: V2Context) {
  const identity = await ownedV2Identity(ctx, label(ctx, 'EmailIdentity'));
  return { Policies: Object.fromEntries(identity.policies.map((p) => [p.name, p.document])) };
}

export async function updateEmailIdentityPolicy(ctx: V2Context) {
  const { identity, name } = await target(ctx);
  const existing = findPolicy(identity, name);
  if (!existing) throw notFound(`Policy ${name} does not exist for identity ${identity.name}.`);
  const document = checkedDocument(ctx, identity, name);
  identity.policies = identity.policies.map((p) => (p === existing ? { name, document } : p));
  await ctx.tx.putIdentity(identity);
  return {};
}

export async function deleteEmailIdentityPolicy(ctx: V2Context) {
  const { identity, name } = await target(ctx);
  if (!findPolicy(identity, name))
    throw notFound(`Policy ${name} does not exist for identity ${identity.name}.`);
  identity.policies = identity.policies.filter((p) => p.name !== name);
  await ctx.tx.putIdentity(identity);
  return {};
}
