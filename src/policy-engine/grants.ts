/**
 * Grant discovery: what a principal may do with identities other accounts own. For each
 * identity, the statements of its policies whose Principal names the caller for a send action
 * on that identity, matched by `evaluate`'s own matchers, each condition in a delegate's words.
 * Deny statements that name the caller are listed too: they win over any Allow.
 */
import { SEND_ACTIONS } from './catalog';
import { evaluate, patternApplies, principalApplies } from './evaluate';
import { describeGrantCondition } from './grant-english';
import { preparedPolicy, type PreparedStatement } from './prepare';
import { describeCaller, type Caller } from './principal';
import type { ConditionClause, PolicyInput } from './types';

export interface GrantStatement {
  policyName: string;
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  /** Each condition in plain English; empty when the statement is unconditional. */
  conditions: string[];
  clauses: ConditionClause[];
}

export interface Grant {
  identityArn: string;
  ownerAccount: string;
  region: string;
  identity: string;
  verified: boolean;
  allows: GrantStatement[];
  denies: GrantStatement[];
}

export interface IdentityWithPolicies {
  identityArn: string;
  account: string;
  region: string;
  name: string;
  verified: boolean;
  policies: { name: string; document: string }[];
}

const SEND_ACTION_NAMES = SEND_ACTIONS.map((a) => a.name);

/** The send actions a statement's Action (or NotAction) covers. */
function sendActionsOf(prepared: PreparedStatement): string[] {
  return SEND_ACTION_NAMES.filter((action) =>
    patternApplies(prepared.actionTests, prepared.statement.action, action),
  );
}

function grantFor(caller: Caller, identity: IdentityWithPolicies): Grant {
  const grant: Grant = {
    identityArn: identity.identityArn,
    ownerAccount: identity.account,
    region: identity.region,
    identity: identity.name,
    verified: identity.verified,
    allows: [],
    denies: [],
  };
  for (const policy of identity.policies) {
    const prepared = preparedPolicy(policy.document, policy.name);
    // An unreadable policy never contributes to an Allow (the engine's rule); SES refused to store it anyway.
    if (!prepared.compiled.readable) continue;
    for (const entry of prepared.statements) {
      const { statement } = entry;
      const actions = sendActionsOf(entry);
      if (!statement.effect || actions.length === 0) continue;
      if (!principalApplies(entry, 'resource', caller)) continue;
      if (!patternApplies(entry.resourceTests, statement.resource, identity.identityArn)) continue;
      (statement.effect === 'Allow' ? grant.allows : grant.denies).push({
        policyName: policy.name,
        sid: statement.sid,
        effect: statement.effect,
        actions,
        conditions: statement.conditions.map(describeGrantCondition),
        clauses: statement.conditions,
      });
    }
  }
  return grant;
}

/** The statements of one identity's policies that concern `callerArn` sending from it. */
export function grantOn(callerArn: string, identity: IdentityWithPolicies): Grant {
  return grantFor(describeCaller(callerArn), identity);
}

/** The grants `callerArn` holds on identities of other accounts (its own need no grant). */
export function grantsFor(callerArn: string, identities: IdentityWithPolicies[]): Grant[] {
  const caller = describeCaller(callerArn);
  return identities
    .filter((identity) => identity.account !== caller.account)
    .map((identity) => grantFor(caller, identity))
    .filter((grant) => grant.allows.length > 0)
    .sort((a, b) => a.identityArn.localeCompare(b.identityArn));
}

/**
 * Which of the grant's actions the caller's own IAM policies also allow (an IAM user or role needs
 * both sides); undefined when the caller is an account root, which needs no IAM policy.
 */
export function iamAllowedActions(
  grant: Grant,
  callerArn: string,
  iamPolicies: PolicyInput[] | undefined,
): string[] | undefined {
  if (describeCaller(callerArn).kind === 'root' || !iamPolicies) return undefined;
  const actions = [...new Set(grant.allows.flatMap((s) => s.actions))];
  return actions.filter((action) =>
    evaluate({
      principal: callerArn,
      action,
      resource: grant.identityArn,
      resourcePolicies: [],
      identityPolicies: iamPolicies,
    })
      .policies.filter((p) => p.kind === 'identity')
      .some((p) => p.statements.some((s) => s.effect === 'Allow' && s.action.matched && s.resource.matched)),
  );
}
