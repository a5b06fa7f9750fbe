/**
 * The identities other accounts shared with the caller's account on a real connection, kept per
 * caller account in localStorage. SES never shows a delegate another account's identities or
 * policies, so the delegate keeps what the owner sent: the identity ARN and, optionally, the
 * policy text. Nothing here is a secret (ARNs and policies only; never a key).
 *
 * What comes back from storage is read as hostile (another version of the console, another tab
 * or a script may have left anything there): bounded before parsing, each entry checked with a
 * schema and the engine's own rules, an entry that fails dropped (and counted) without failing
 * the others. Entries are matched by a Map key, never by indexing a plain object.
 */
import { z } from 'zod';
import {
  MAX_POLICIES_PER_IDENTITY,
  byteLength,
  describeCaller,
  identityKey,
  parseIdentityArn,
  policyNameProblem,
  validatePolicy,
  MAX_POLICY_BYTES,
} from '../../policy-engine';

const PREFIX = 'ses-console.shared-grants.';
const VERSION = 1;
/** More identities than anyone is sent by hand; a bound on what a hostile entry can make us read. */
export const MAX_SHARED_IDENTITIES = 100;
/** The longest stored value, in characters: well within localStorage's 5 MB per origin. */
export const MAX_SHARED_GRANTS_LENGTH = 1_000_000;
/** A file offered as a policy: far above SES's 4 KB, small enough to read at once. */
export const MAX_POLICY_FILE_BYTES = 64 * 1024;

export interface SharedPolicy {
  name: string;
  document: string;
  /** ISO time it was added. */
  addedAt: string;
}

export interface SharedGrant {
  identityArn: string;
  /** ISO time the ARN was first added. */
  addedAt: string;
  /** The policy texts the owner sent, as pasted; possibly none. */
  policies: SharedPolicy[];
}

export interface SharedGrantsRead {
  grants: SharedGrant[];
  /** How many stored entries could not be read and were left out. */
  dropped: number;
}

const isoTime = z
  .string()
  .max(40)
  .refine((t) => !Number.isNaN(Date.parse(t)));

const policySchema = z.object({
  name: z
    .string()
    .max(128)
    .refine((n) => policyNameProblem(n) === undefined),
  document: z
    .string()
    .max(MAX_POLICY_BYTES)
    .refine((d) => byteLength(d) <= MAX_POLICY_BYTES),
  addedAt: isoTime,
});

const grantSchema = z.object({
  identityArn: z
    .string()
    .max(400)
    .refine((arn) => parseIdentityArn(arn).ok),
  addedAt: isoTime,
  policies: z.array(z.unknown()).max(MAX_POLICIES_PER_IDENTITY * 4),
});

/** The storage key of one account's shared grants; only a 12-digit account ID ever makes one. */
export function sharedGrantsKey(account: string): string | undefined {
  return /^\d{12}$/.test(account) ? `${PREFIX}${account}` : undefined;
}

/** A key that says two ARNs name the same identity (the engine's account, Region and canonical name). */
function identityMatchKey(arn: string): string | undefined {
  const parsed = parseIdentityArn(arn);
  if (!parsed.ok) return undefined;
  const { partition, account, region, name } = parsed.identity;
  return `${partition}|${identityKey(account, region, name)}`;
}

export function sameSharedIdentity(a: string, b: string): boolean {
  const key = identityMatchKey(a);
  return key !== undefined && key === identityMatchKey(b);
}

function localStorageOrNone(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads one stored entry, or undefined when it is not one (its bad policies are dropped alone). */
function readEntry(value: unknown, account: string): { grant: SharedGrant; dropped: number } | undefined {
  const parsed = grantSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const arn = parseIdentityArn(parsed.data.identityArn);
  // Another account's list, or the caller's own identity, is not a grant shared with this one.
  if (!arn.ok || arn.identity.account === account) return undefined;
  const names = new Set<string>();
  const policies: SharedPolicy[] = [];
  let dropped = 0;
  for (const item of parsed.data.policies) {
    const policy = policySchema.safeParse(item);
    if (!policy.success || names.has(policy.data.name) || policies.length >= MAX_POLICIES_PER_IDENTITY) {
      dropped++;
      continue;
    }
    names.add(policy.data.name);
    policies.push(policy.data);
  }
  return { grant: { identityArn: arn.identity.arn, addedAt: parsed.data.addedAt, policies }, dropped };
}

/** The account's shared grants, oldest first; an unreadable store reads as none. */
export function readSharedGrants(
  account: string,
  storage: Storage | undefined = localStorageOrNone(),
): SharedGrantsRead {
  const key = sharedGrantsKey(account);
  let text: string | null | undefined;
  try {
    text = key ? storage?.getItem(key) : undefined;
  } catch {
    return NONE;
  }
  if (!text) return NONE;
  // Readers ask on every render: the same text gives the same object (useSyncExternalStore needs it).
  const hit = cached;
  if (hit && hit.key === key && hit.text === text) return hit.read;
  const read = parseSharedGrants(text, account);
  if (key) cached = { key, text, read };
  return read;
}

const NONE: SharedGrantsRead = Object.freeze({ grants: [], dropped: 0 }) as SharedGrantsRead;
let cached: { key: string; text: string; read: SharedGrantsRead } | undefined;

/** The stored text read back (exported for tests and for the storage event's new value). */
export function parseSharedGrants(text: string, account: string): SharedGrantsRead {
  if (text.length > MAX_SHARED_GRANTS_LENGTH) return { grants: [], dropped: 1 };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { grants: [], dropped: 1 };
  }
  const envelope = z.object({ version: z.literal(VERSION), grants: z.array(z.unknown()) }).safeParse(value);
  if (!envelope.success) return { grants: [], dropped: 1 };
  const seen = new Set<string>();
  const grants: SharedGrant[] = [];
  let dropped = 0;
  for (const item of envelope.data.grants) {
    const entry = grants.length < MAX_SHARED_IDENTITIES ? readEntry(item, account) : undefined;
    const match = entry && identityMatchKey(entry.grant.identityArn);
    if (!entry || !match || seen.has(match)) {
      dropped++;
      continue;
    }
    seen.add(match);
    dropped += entry.dropped;
    grants.push(entry.grant);
  }
  return { grants, dropped };
}

export type WriteResult = { ok: true; grants: SharedGrant[] } | { ok: false; error: string };

function write(account: string, grants: SharedGrant[], storage: Storage | undefined): WriteResult {
  const key = sharedGrantsKey(account);
  if (!key) return { ok: false, error: `"${account.slice(0, 20)}" is not a 12-digit AWS account ID.` };
  const text = JSON.stringify({ version: VERSION, grants });
  if (text.length > MAX_SHARED_GRANTS_LENGTH)
    return {
      ok: false,
      error: 'There is no room for more: remove identities or policies you no longer use.',
    };
  try {
    if (!storage) throw new Error('no storage');
    if (grants.length === 0) storage.removeItem(key);
    else storage.setItem(key, text);
  } catch {
    return {
      ok: false,
      error: 'The browser refused to keep it (storage is full or turned off for this site).',
    };
  }
  notify(key);
  return { ok: true, grants };
}

/** Why an ARN cannot be added as shared with `callerArn`'s account; undefined when it can. */
export function sharedArnProblem(arn: string, callerArn: string): string | undefined {
  const parsed = parseIdentityArn(arn);
  if (!parsed.ok) return parsed.error;
  const own = describeCaller(callerArn).account;
  if (own && parsed.identity.account === own)
    return `Account ${own} is your own account: you send from its identities without a grant (the Identities page lists them).`;
  return undefined;
}

/** Why a policy the owner sent cannot be kept for `identityArn`; undefined when it can. */
export function sharedPolicyProblem(name: string, document: string, identityArn: string): string | undefined {
  const nameProblem = policyNameProblem(name);
  if (nameProblem) return nameProblem;
  if (!document.trim()) return 'Paste the policy text, or choose its file.';
  const error = validatePolicy(document, { identityArn }).find((d) => d.severity === 'error');
  if (!error) return undefined;
  return error.range.start.line > 0 ? `${error.message} (line ${error.range.start.line})` : error.message;
}

export interface SharedGrantInput {
  identityArn: string;
  policy?: { name: string; document: string };
}

/**
 * Adds an identity ARN (and the policy sent with it): a known identity gains the policy, one of
 * the same name replaced. The input is checked again here, whatever the form checked.
 */
export function addSharedGrant(
  account: string,
  callerArn: string,
  input: SharedGrantInput,
  now = new Date(),
  storage: Storage | undefined = localStorageOrNone(),
): WriteResult {
  const arnProblem = sharedArnProblem(input.identityArn, callerArn);
  if (arnProblem) return { ok: false, error: arnProblem };
  const arn = parseIdentityArn(input.identityArn);
  if (!arn.ok) return { ok: false, error: arn.error };
  const identityArn = arn.identity.arn;
  if (input.policy) {
    const problem = sharedPolicyProblem(input.policy.name, input.policy.document, identityArn);
    if (problem) return { ok: false, error: problem };
  }
  const { grants } = readSharedGrants(account, storage);
  const at = now.toISOString();
  const existing = grants.find((g) => sameSharedIdentity(g.identityArn, identityArn));
  const policy = input.policy && { ...input.policy, addedAt: at };
  if (!existing) {
    if (grants.length >= MAX_SHARED_IDENTITIES)
      return { ok: false, error: `At most ${MAX_SHARED_IDENTITIES} identities are kept: remove one first.` };
    return write(
      account,
      [...grants, { identityArn, addedAt: at, policies: policy ? [policy] : [] }],
      storage,
    );
  }
  if (!policy) return { ok: false, error: `${existing.identityArn} is already in the list.` };
  const others = existing.policies.filter((p) => p.name !== policy.name);
  if (others.length >= MAX_POLICIES_PER_IDENTITY)
    return {
      ok: false,
      error: `An identity has at most ${MAX_POLICIES_PER_IDENTITY} policies: remove one of this identity’s first.`,
    };
  const updated = { ...existing, policies: [...others, policy] };
  return write(
    account,
    grants.map((g) => (g === existing ? updated : g)),
    storage,
  );
}

/** Removes the identity, or only its policy called `policyName`. */
export function removeSharedGrant(
  account: string,
  identityArn: string,
  policyName?: string,
  storage: Storage | undefined = localStorageOrNone(),
): WriteResult {
  const { grants } = readSharedGrants(account, storage);
  const next =
    policyName === undefined
      ? grants.filter((g) => !sameSharedIdentity(g.identityArn, identityArn))
      : grants.map((g) =>
          sameSharedIdentity(g.identityArn, identityArn)
            ? { ...g, policies: g.policies.filter((p) => p.name !== policyName) }
            : g,
        );
  return write(account, next, storage);
}

// This tab's writes reach every reader at once; other tabs' arrive as storage events.
const listeners = new Set<(key: string) => void>();

function notify(key: string) {
  for (const listener of listeners) listener(key);
}

/** Calls `onChange` when the account's shared grants change, in this tab or another. */
export function subscribeSharedGrants(account: string, onChange: () => void): () => void {
  const key = sharedGrantsKey(account);
  if (!key) return () => undefined;
  const local = (changed: string) => {
    if (changed === key) onChange();
  };
  const remote = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange();
  };
  listeners.add(local);
  globalThis.addEventListener?.('storage', remote);
  return () => {
    listeners.delete(local);
    globalThis.removeEventListener?.('storage', remote);
  };
}
