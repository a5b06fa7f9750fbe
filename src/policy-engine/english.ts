/**
 * Plain English for policies, statements and conditions: what the console shows beside the
 * JSON, in the grants list and in the generator's review. Plain text only (values are set off
 * with backticks); never HTML.
 */
import { codeQuote } from './code-quote';
import { parseArn } from './arn';
import { SEND_ACTIONS } from './catalog';
import type { CompiledPolicy, CompiledStatement, ConditionClause, PrincipalEntry } from './types';

const SEND_NAMES = SEND_ACTIONS.map((a) => a.name.slice('ses:'.length));

function list(items: string[], conjunction = 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const quote = codeQuote;

export function describePrincipalEntry(entry: PrincipalEntry): string {
  const { type, value } = entry;
  if (type === '*' || value === '*') return 'anyone (any AWS account)';
  if (type === 'Service') return `the service ${value}`;
  if (type !== 'AWS') return `${type} principal ${value}`;
  if (/^\d{12}$/.test(value)) return `account ${value} (any user or role in it)`;
  const arn = parseArn(value);
  if (!arn) return value;
  if (arn.resource === 'root') return `account ${arn.account} (any user or role in it)`;
  const [kind, ...rest] = arn.resource.split('/');
  const name = rest[rest.length - 1] ?? '';
  if (kind === 'user') return `IAM user ${name} in account ${arn.account}`;
  if (kind === 'role') return `IAM role ${name} in account ${arn.account} (and its sessions)`;
  if (kind === 'assumed-role') return `session ${name} of role ${rest[0] ?? ''} in account ${arn.account}`;
  return value;
}

/** Past this many, a list of principals is summarised: the first few and how many more. */
const MAX_LISTED_PRINCIPALS = 6;
const SHOWN_OF_LONG_LIST = 4;

function describePrincipals(s: CompiledStatement): string {
  if (!s.principal) return 'nobody (the statement names no principal)';
  const entries = s.principal.entries;
  // A 300-principal statement read out in full is a wall of text; the editor shows the list itself.
  const names =
    entries.length > MAX_LISTED_PRINCIPALS
      ? [
          ...entries.slice(0, SHOWN_OF_LONG_LIST).map(describePrincipalEntry),
          `${entries.length - SHOWN_OF_LONG_LIST} more principals`,
        ]
      : entries.map(describePrincipalEntry);
  return s.principal.negated ? `everyone except ${list(names, 'and')}` : list(names, 'and') || 'nobody';
}

function describeActions(s: CompiledStatement): string {
  if (!s.action) return 'do nothing (the statement names no action)';
  const values = s.action.values.map((v) => v.value);
  if (s.action.negated) return `perform any action except ${list(values.map(quote))}`;
  if (values.some((v) => v === '*' || v.toLowerCase() === 'ses:*')) return 'perform any SES action';
  const sends: string[] = [];
  const others: string[] = [];
  for (const v of values) {
    const lower = v.toLowerCase();
    if (lower === 'ses:send*') sends.push(...SEND_NAMES);
    else {
      const send = SEND_NAMES.find((n) => `ses:${n.toLowerCase()}` === lower);
      if (send) sends.push(send);
      else others.push(quote(v));
    }
  }
  const parts: string[] = [];
  if (sends.length) parts.push(`send with ${list([...new Set(sends)])}`);
  if (others.length) parts.push(`perform ${list(others)}`);
  return parts.join(' and ');
}

function identityName(resource: string): string {
  if (resource === '*') return 'any identity';
  const arn = parseArn(resource);
  if (arn?.service === 'ses' && arn.resource.startsWith('identity/'))
    return arn.resource.slice('identity/'.length);
  return resource;
}

function describeResources(s: CompiledStatement): string {
  if (!s.resource) return 'from no identity (the statement names no resource)';
  const names = s.resource.values.map((v) => identityName(v.value));
  return s.resource.negated ? `from any identity except ${list(names)}` : `from ${list(names)}`;
}

// Maps, not object literals: keys and operators come from the policy text, and a key named
// `constructor` or `__proto__` must read as unknown, not as Object.prototype's members.
const SUBJECTS = new Map(
  Object.entries({
    'ses:fromaddress': 'the From address',
    'ses:fromdisplayname': 'the From display name',
    'ses:feedbackaddress': 'the Return-Path address',
    'ses:apiversion': 'the SES API version',
    'aws:useragent': 'the user agent',
    'aws:principalorgid': "the caller's organization",
    'aws:sourcearn': 'the source ARN',
    'aws:sourceaccount': 'the source account',
  }),
);

const VERBS = new Map<string, [string, string]>(
  Object.entries({
    StringEquals: ['is', 'is not'],
    StringEqualsIgnoreCase: ['is (ignoring case)', 'is not (ignoring case)'],
    StringLike: ['matches', 'does not match'],
    ArnEquals: ['matches', 'does not match'],
    ArnLike: ['matches', 'does not match'],
    NumericEquals: ['equals', 'does not equal'],
    NumericLessThan: ['is less than', 'is not less than'],
    NumericLessThanEquals: ['is at most', 'is more than'],
    NumericGreaterThan: ['is more than', 'is at most'],
    NumericGreaterThanEquals: ['is at least', 'is less than'],
    BinaryEquals: ['equals', 'does not equal'],
  }),
);

const DATE_WORDS = new Map(
  Object.entries({
    DateLessThan: 'until',
    DateLessThanEquals: 'until and including',
    DateGreaterThan: 'after',
    DateGreaterThanEquals: 'from',
    DateEquals: 'exactly at',
    DateNotEquals: 'at any time except',
  }),
);

function positiveName(operator: string): string {
  return operator
    .replace('NotEqualsIgnoreCase', 'EqualsIgnoreCase')
    .replace('NotEquals', 'Equals')
    .replace('NotLike', 'Like')
    .replace('NotIpAddress', 'IpAddress');
}

export function describeCondition(c: ConditionClause): string {
  const values = c.values.map((v) => String(v.value));
  const shown = list(values.map(quote));
  const key = c.keyLower;
  const suffix = c.ifExists ? ` (when ${c.key} is present)` : '';
  if (c.family === 'Null') {
    const absent = values.some((v) => v.toLowerCase() === 'true');
    return `${c.key} is ${absent ? 'absent from' : 'present in'} the request`;
  }
  if (key === 'ses:recipients') {
    const domains = values.map((v) => /^\*@([^*?@]+)$/.exec(v)?.[1]);
    const every = c.setOperator !== 'ForAnyValue';
    if (!c.negated && c.operator === 'StringLike' && domains.every(Boolean)) {
      return every
        ? `only to recipients at ${list(domains as string[])}`
        : `when at least one recipient is at ${list(domains as string[])}`;
    }
    const verb = VERBS.get(positiveName(c.operator))?.[c.negated ? 1 : 0] ?? c.operator;
    return `${every ? 'every recipient' : 'at least one recipient'} ${verb} ${shown}${suffix}`;
  }
  if (key === 'aws:currenttime' || key === 'aws:epochtime') {
    return `${DATE_WORDS.get(c.operator) ?? c.operator} ${shown}${suffix}`;
  }
  if (key === 'aws:sourceip') {
    return `${c.negated ? 'from IP addresses outside' : 'from IP addresses in'} ${shown}${suffix}`;
  }
  if (key === 'aws:securetransport') {
    return values.some((v) => v.toLowerCase() === 'true') ? 'only over HTTPS' : 'only over plain HTTP';
  }
  const subject = SUBJECTS.get(key) ?? quote(c.key);
  const quantifier =
    c.setOperator === 'ForAllValues'
      ? 'every value of '
      : c.setOperator === 'ForAnyValue'
        ? 'a value of '
        : '';
  const verbs = VERBS.get(positiveName(c.operator));
  if (!verbs) return `${quantifier}${subject} ${c.operator} ${shown}${suffix}`;
  if (c.negated && values.length > 1) {
    return `${quantifier}${subject} ${verbs[0]} none of ${list(values.map(quote), 'and')}${suffix}`;
  }
  return `${quantifier}${subject} ${c.negated ? verbs[1] : verbs[0]} ${shown}${suffix}`;
}

export function describeStatement(s: CompiledStatement): string {
  const effect =
    s.effect === 'Deny' ? 'Denies' : s.effect === 'Allow' ? 'Allows' : 'Has no Effect, so does nothing for';
  const conditions = s.conditions.map(describeCondition);
  const when = conditions.length ? ` when ${list(conditions, 'and')}` : '';
  return `${effect} ${describePrincipals(s)} to ${describeActions(s)} ${describeResources(s)}${when}.`;
}

export interface PolicyDescription {
  summary: string;
  statements: { index: number; sid?: string; text: string }[];
}

export function describePolicy(policy: CompiledPolicy): PolicyDescription {
  const statements = policy.statements.map((s) => ({
    index: s.index,
    sid: s.sid,
    text: describeStatement(s),
  }));
  if (!policy.readable && statements.length === 0) {
    return { summary: 'This policy cannot be read; fix the errors to see what it does.', statements };
  }
  if (statements.length === 0)
    return { summary: 'This policy has no statements, so it allows nothing.', statements };
  if (statements.length <= 2) return { summary: statements.map((s) => s.text).join(' '), statements };
  const allows = policy.statements.filter((s) => s.effect === 'Allow').length;
  const denies = policy.statements.filter((s) => s.effect === 'Deny').length;
  return {
    summary: `${statements.length} statements: ${allows} allow and ${denies} deny. ${statements[0]?.text ?? ''}`,
    statements,
  };
}
