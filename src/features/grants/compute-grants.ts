/**
 * What a principal may do with identities other accounts own: for each identity, the statements
 * of its policies that name the principal for a send action, with their conditions in plain
 * English. Deny statements are listed too: they win over any Allow.
 */
import {
  arnMatch,
  compilePolicy,
  describeCaller,
  describeCondition,
  globMatch,
  matchPrincipalEntry,
  SEND_ACTIONS,
  type CompiledStatement,
} from '../../policy-engine';

export interface GrantStatement {
  policyName: string;
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  /** Each condition in plain English; empty when the statement is unconditional. */
  conditions: string[];
}

export interface Grant {
  identityArn: string;
  ownerAccount: string;
  identity: string;
  verified: boolean;
  allows: GrantStatement[];
  denies: GrantStatement[];
}

export interface IdentityWithPolicies {
  identityArn: string;
  account: string;
  name: string;
  verified: boolean;
  policies: { name: string; document: string }[];
}

function sendActionsOf(statement: CompiledStatement): string[] {
  if (!statement.action) return [];
  const listed = (action: string) =>
    statement.action?.values.some((v) => globMatch(v.value.toLowerCase(), action.toLowerCase())) ?? false;
  return SEND_ACTIONS.map((a) => a.name).filter((a) => (statement.action?.negated ? !listed(a) : listed(a)));
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

/** The grants `callerArn` holds on identities outside its own account. */
export function grantsFor(callerArn: string, identities: IdentityWithPolicies[]): Grant[] {
  const callerAccount = describeCaller(callerArn).account;
  const grants: Grant[] = [];
  for (const identity of identities) {
    if (identity.account === callerAccount) continue;
    const grant: Grant = {
      identityArn: identity.identityArn,
      ownerAccount: identity.account,
      identity: identity.name,
      verified: identity.verified,
      allows: [],
      denies: [],
    };
    for (const policy of identity.policies) {
      const compiled = compilePolicy(policy.document, policy.name);
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
          conditions: statement.conditions.map(describeCondition),
        };
        (statement.effect === 'Allow' ? grant.allows : grant.denies).push(entry);
      }
    }
    if (grant.allows.length > 0) grants.push(grant);
  }
  return grants.sort((a, b) => a.identityArn.localeCompare(b.identityArn));
}

/** An address the grant allows as From, for the snippets: the pattern's literal form, or a guess. */
export function exampleFromAddress(grant: Grant): string {
  const domain = grant.identity.includes('@') ? grant.identity.split('@')[1] : grant.identity;
  if (grant.identity.includes('@')) return grant.identity;
  for (const s of grant.allows) {
    for (const c of s.conditions) {
      const m = /`([^`]+@[^`]+)`/.exec(c);
      if (m?.[1] && c.toLowerCase().includes('from'))
        return m[1].replace(/\*/g, 'example').replace(/\?/g, 'x');
    }
  }
  return `sender@${domain}`;
}
