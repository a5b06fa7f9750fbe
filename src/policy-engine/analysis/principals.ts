/**
 * The principal dimension as finitely many callers. A caller's fate in a Principal block depends
 * only on its account (named, or any other), its exact ARN (when a policy names that ARN), whether
 * it is a session of a named role, and whether it is a service (named, or any other); the
 * identity's own account matters too (same-account callers need no Allow). So the root of every
 * account the policies name, of the identity's account and of one fresh account; every user, role,
 * session or federated user the policies name; a session of every named role; every named service
 * and one fresh service together cover every principal form. Keys derived from the caller
 * (aws:PrincipalArn, ...) are their own dimensions, so they need no more callers here.
 */
import { parseArn } from '../arn';
import { describeCaller, type Caller } from '../principal';
import type { PrincipalEntry } from '../types';

export interface PrincipalClass {
  /** The caller as `evaluate` takes it. */
  text: string;
  caller: Caller;
  /** Not a service, and in the identity's own account: allowed unless denied. */
  sameAccount: boolean;
}

const ACCOUNT_ID = /^\d{12}$/;
const FRESH_ACCOUNTS = ['111122223333', '444455556666', '777788889999', '123456789012', '210987654321'];
const FRESH_SERVICES = ['delegate.amazonaws.com', 'other-service.amazonaws.com', 'another.amazonaws.com'];

function fresh(candidates: string[], taken: Set<string>, make: (i: number) => string): string {
  for (const c of candidates) if (!taken.has(c)) return c;
  for (let i = 1; ; i++) if (!taken.has(make(i))) return make(i);
}

/** The callers to try, readable ones (accounts) first. */
export function principalClasses(entries: PrincipalEntry[], identityArn: string): PrincipalClass[] {
  const identityAccount = parseArn(identityArn)?.account ?? '';
  const accounts = new Set<string>();
  const arns = new Set<string>();
  const services = new Set<string>();
  const texts = new Set<string>();
  if (ACCOUNT_ID.test(identityAccount)) accounts.add(identityAccount);
  for (const e of entries) {
    texts.add(e.value);
    if (e.type === 'Service') {
      if (describeCaller(e.value).kind === 'service') services.add(e.value);
      continue;
    }
    if (e.type !== 'AWS' || e.value === '*') continue;
    if (ACCOUNT_ID.test(e.value)) {
      accounts.add(e.value);
      continue;
    }
    const caller = describeCaller(e.value);
    if (!caller.account) continue;
    accounts.add(caller.account);
    if (caller.kind !== 'root' && caller.kind !== 'other') arns.add(e.value);
    // A role (with or without a path) also covers its sessions, which name the role without it.
    const role = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(e.value);
    if (role) {
      const [, account, name] = role;
      const session = (i: number) => `arn:aws:sts::${account}:assumed-role/${name}/session${i}`;
      arns.add(fresh([`arn:aws:sts::${account}:assumed-role/${name}/session`], texts, session));
    }
  }
  accounts.add(fresh(FRESH_ACCOUNTS, accounts, (i) => String(100000000000 + i)));
  const out: string[] = [...accounts, ...arns, ...services];
  out.push(fresh(FRESH_SERVICES, services, (i) => `service${i}.amazonaws.com`));
  return out.map((text) => {
    const caller = describeCaller(text);
    return {
      text,
      caller,
      sameAccount: caller.kind !== 'service' && !!caller.account && caller.account === identityAccount,
    };
  });
}

/** The caller's keys that `evaluate` derives when the request does not give them. */
export function derivedValue(keyLower: string, caller: Caller): string | undefined {
  if (caller.kind === 'service') return keyLower === 'aws:principalservicename' ? caller.text : undefined;
  if (!caller.account) return undefined;
  if (keyLower === 'aws:principalaccount') return caller.account;
  if (keyLower === 'aws:principalarn')
    return caller.kind === 'assumed-role' && caller.roleArn ? caller.roleArn : caller.text;
  if (keyLower === 'aws:username') return caller.userName;
  return undefined;
}

export const DERIVED_KEYS = new Set([
  'aws:principalaccount',
  'aws:principalarn',
  'aws:username',
  'aws:principalservicename',
]);
