/**
 * What a principal may do with identities other accounts own, worked out with the policy engine:
 * for each identity, the statements of its policies whose Principal names the caller for a send
 * action on that identity, each condition in plain English. Deny statements that name the caller
 * are listed too: they win over any Allow.
 */
import {
  arnMatch,
  compilePolicy,
  describeCaller,
  evaluate,
  globMatch,
  matchPrincipalEntry,
  SEND_ACTIONS,
  type CompiledStatement,
  type ConditionClause,
  type PolicyInput,
} from '../../policy-engine';
import { describeGrantCondition } from './grant-english';

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

function sendActionsOf(statement: CompiledStatement): string[] {
  const block = statement.action;
  if (!block) return [];
  const listed = (action: string) =>
    block.values.some((v) => globMatch(v.value.toLowerCase(), action.toLowerCase()));
  return SEND_ACTIONS.map((a) => a.name).filter((a) => (block.negated ? !listed(a) : listed(a)));
}

function namesCaller(statement: CompiledStatement, callerArn: string): boolean {
  if (!statement.principal) return false;
  const caller = describeCaller(callerArn);
  const any = statement.principal.entries.some((e) => matchPrincipalEntry(e, caller).matched);
  return statement.principal.negated ? !any : any;
}

function coversIdentity(statement: CompiledStatement, identityArn: string): boolean {
  if (!statement.resource) return false;
  const any = statement.resource.values.some((v) => arnMatch(v.value, identityArn));
  return statement.resource.negated ? !any : any;
}

/** The statements of one identity's policies that concern `callerArn` sending from it. */
export function grantOn(callerArn: string, identity: IdentityWithPolicies): Grant {
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
    const compiled = compilePolicy(policy.document, policy.name);
    // An unreadable policy never contributes to an Allow (the engine's rule); SES refused to store it anyway.
    if (!compiled.readable) continue;
    for (const statement of compiled.statements) {
      const actions = sendActionsOf(statement);
      if (!statement.effect || actions.length === 0) continue;
      if (!namesCaller(statement, callerArn) || !coversIdentity(statement, identity.identityArn)) continue;
      const entry: GrantStatement = {
        policyName: policy.name,
        sid: statement.sid,
        effect: statement.effect,
        actions,
        conditions: statement.conditions.map(describeGrantCondition),
        clauses: statement.conditions,
      };
      (statement.effect === 'Allow' ? grant.allows : grant.denies).push(entry);
    }
  }
  return grant;
}

/** The grants `callerArn` holds on identities of other accounts (its own need no grant). */
export function grantsFor(callerArn: string, identities: IdentityWithPolicies[]): Grant[] {
  const callerAccount = describeCaller(callerArn).account;
  return identities
    .filter((identity) => identity.account !== callerAccount)
    .map((identity) => grantOn(callerArn, identity))
    .filter((grant) => grant.allows.length > 0)
    .sort((a, b) => a.identityArn.localeCompare(b.identityArn));
}

/**
 * Which of the grant's actions the caller's own IAM policies also allow (an IAM user or role needs
 * both sides); undefined when the caller is an account root, which needs no IAM policy.
 */
export function iamAllowedActions(grant: Grant, callerArn: string, iamPolicies: PolicyInput[] | undefined) {
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

const STRING_EQUAL = new Set(['StringEquals', 'StringEqualsIgnoreCase']);

/** A value a clause on `key` accepts (a glob's wildcards filled in), if it names one. */
function allowedValue(grant: Grant, key: string, filler: string): string | undefined {
  for (const statement of grant.allows) {
    for (const c of statement.clauses) {
      if (c.keyLower !== key || c.negated || c.family !== 'String') continue;
      const value = c.values[0]?.value;
      if (typeof value !== 'string') continue;
      if (STRING_EQUAL.has(c.operator)) return value;
      if (c.operator === 'StringLike') return value.replace(/\*/g, filler).replace(/\?/g, 'x');
    }
  }
  return undefined;
}

/** A From address the grant allows, for the ready-to-copy snippets. */
export function exampleFromAddress(grant: Grant): string {
  if (grant.identity.includes('@')) return grant.identity;
  const fromCondition = allowedValue(grant, 'ses:fromaddress', 'example');
  if (fromCondition?.includes('@')) return fromCondition;
  return `sender@${grant.identity}`;
}

/** A recipient the grant allows: the mailbox simulator unless the grant limits recipients. */
export function exampleRecipient(grant: Grant): string {
  const recipient = allowedValue(grant, 'ses:recipients', 'recipient');
  return recipient?.includes('@') ? recipient : 'success@simulator.amazonses.com';
}
