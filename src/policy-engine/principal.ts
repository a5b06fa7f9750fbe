/**
 * Does the caller match a Principal entry? An account ID and `arn:aws:iam::ACCOUNT:root` mean
 * every principal of that account; user and role ARNs match exactly (names are case-sensitive);
 * a role ARN covers its assumed-role sessions; `*` matches everyone; Service entries match only
 * that service.
 */
import type { PrincipalEntry } from './types';

export interface Caller {
  text: string;
  kind: 'service' | 'root' | 'user' | 'role' | 'assumed-role' | 'federated' | 'other';
  account?: string;
  /** For assumed-role sessions: the role's ARN. */
  roleArn?: string;
  /** For IAM users: the user name (aws:username). */
  userName?: string;
}

const ACCOUNT_ID = /^\d{12}$/;

export function describeCaller(text: string): Caller {
  if (ACCOUNT_ID.test(text)) return { text: `arn:aws:iam::${text}:root`, kind: 'root', account: text };
  const m = /^arn:(aws[a-z-]*):(iam|sts)::(\d{12}):(.+)$/.exec(text);
  if (!m) {
    if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(text)) return { text, kind: 'service' };
    return { text, kind: 'other' };
  }
  const [, partition, service, account, resource = ''] = m;
  if (service === 'iam' && resource === 'root') return { text, kind: 'root', account };
  if (service === 'iam' && resource.startsWith('user/')) {
    return { text, kind: 'user', account, userName: resource.slice(resource.lastIndexOf('/') + 1) };
  }
  if (service === 'iam' && resource.startsWith('role/')) return { text, kind: 'role', account };
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, role] = resource.split('/');
    return {
      text,
      kind: 'assumed-role',
      account,
      roleArn: `arn:${partition}:iam::${account}:role/${role ?? ''}`,
    };
  }
  if (service === 'sts' && resource.startsWith('federated-user/'))
    return { text, kind: 'federated', account };
  return { text, kind: 'other', account };
}

export interface PrincipalMatch {
  matched: boolean;
  reason: string;
}

/** Role ARNs in principals may carry a path: arn:aws:iam::1:role/path/Name; sessions name only the role. */
function roleName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

const ROOT_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;
const ARN_ACCOUNT = /^arn:aws[a-z-]*:iam::(\d{12}):/;

/**
 * The decision-path twin of matchPrincipalEntry: the same rules, compiled once per entry and
 * without building a reason.
 */
export function compilePrincipalEntry(entry: PrincipalEntry): (caller: Caller) => boolean {
  const { type, value } = entry;
  if (type === '*' || (type === 'AWS' && value === '*')) return () => true;
  if (type === 'Service') return (caller) => caller.kind === 'service' && value === caller.text;
  if (type !== 'AWS') return () => false;
  const account = ACCOUNT_ID.test(value) ? value : ROOT_ARN.exec(value)?.[1];
  if (account) return (caller) => caller.kind !== 'service' && caller.account === account;
  const roleAccount = value.includes(':role/') ? ARN_ACCOUNT.exec(value)?.[1] : undefined;
  const role = roleName(value);
  // An AWS entry never names a service principal, whatever its text.
  return (caller) =>
    (caller.kind !== 'service' && value === caller.text) ||
    (roleAccount !== undefined &&
      caller.kind === 'assumed-role' &&
      caller.account === roleAccount &&
      !!caller.roleArn &&
      roleName(caller.roleArn) === role);
}

export function matchPrincipalEntry(entry: PrincipalEntry, caller: Caller): PrincipalMatch {
  const { type, value } = entry;
  if (type === '*' || (type === 'AWS' && value === '*')) {
    return { matched: true, reason: `"${value}" names every principal.` };
  }
  if (type === 'Service') {
    if (caller.kind !== 'service')
      return { matched: false, reason: `${value} is a service; the caller is not.` };
    return value === caller.text
      ? { matched: true, reason: `the caller is the service ${value}.` }
      : { matched: false, reason: `the caller is ${caller.text}, not ${value}.` };
  }
  if (type !== 'AWS') return { matched: false, reason: `${type} principals are not callers of SES.` };
  if (caller.kind === 'service' || !caller.account) {
    return {
      matched: false,
      reason: `${value} names an AWS account or IAM principal; the caller is ${caller.text}.`,
    };
  }
  const account = ACCOUNT_ID.test(value) ? value : ROOT_ARN.exec(value)?.[1];
  if (account) {
    return account === caller.account
      ? {
          matched: true,
          reason: `account ${account} covers every user and role in it, including ${caller.text}.`,
        }
      : { matched: false, reason: `the caller belongs to account ${caller.account}, not ${account}.` };
  }
  if (value === caller.text) return { matched: true, reason: `the caller is ${value}.` };
  if (caller.kind === 'assumed-role' && caller.roleArn && /:role\//.test(value)) {
    const sameAccount = ARN_ACCOUNT.exec(value)?.[1] === caller.account;
    if (sameAccount && roleName(value) === roleName(caller.roleArn)) {
      return { matched: true, reason: `the caller is a session of the role ${value}.` };
    }
  }
  return { matched: false, reason: `the caller ${caller.text} is not ${value}.` };
}
