/**
 * Filtering the activity by an account and the role it played, so one can watch SES honour each
 * side's notification preferences independently. The two roles of a send:
 * - the identity owner: the account whose identity (Source, From or Return-Path ARN) was used;
 * - the sender: the account that called SES.
 * A delegate's send has both, in different accounts; an owner's own send has both in one.
 */
import type { EmulatorSendAttempt, EmulatorTopicDelivery } from '../../lib/emulator/emulator-api';

export type Role = 'any' | 'owner' | 'sender';

export interface ActivityFilter {
  role: Role;
  /** '' for every account. */
  account: string;
}

const accountOfArn = (arn: string) => arn.split(':')[4] ?? '';

/** An attempt is a delegate's when it used an identity of another account than the caller's. */
export function sideOfAttempt(attempt: EmulatorSendAttempt): 'owner' | 'delegate' {
  return attempt.identityArns.some((arn) => accountOfArn(arn) !== attempt.callerAccount)
    ? 'delegate'
    : 'owner';
}

/** With an account: the attempts where it played the role. Without one, every attempt has both roles. */
export function attemptMatches(attempt: EmulatorSendAttempt, { role, account }: ActivityFilter): boolean {
  if (!account) return true;
  const owned = attempt.identityArns.some((arn) => accountOfArn(arn) === account);
  const sent = attempt.callerAccount === account;
  return role === 'owner' ? owned : role === 'sender' ? sent : owned || sent;
}

/**
 * A notification goes to the identity owner's topic (by the owner's settings) or to the sending
 * delegate's own topic (by the delegate's); the account is the topic's.
 */
export function deliveryMatches(delivery: EmulatorTopicDelivery, { role, account }: ActivityFilter): boolean {
  if (role === 'owner' && delivery.audience !== 'owner') return false;
  if (role === 'sender' && delivery.audience !== 'delegate') return false;
  return !account || delivery.account === account;
}

/** Every account that appears in the activity, for the account filter. */
export function accountsIn(attempts: EmulatorSendAttempt[], deliveries: EmulatorTopicDelivery[]): string[] {
  const accounts = new Set<string>();
  for (const a of attempts) {
    accounts.add(a.callerAccount);
    for (const arn of a.identityArns) accounts.add(accountOfArn(arn));
  }
  for (const d of deliveries) accounts.add(d.account);
  accounts.delete('');
  return [...accounts].sort();
}

/** Newest first. */
export function newestFirst<T extends { time: string; id?: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.time.localeCompare(a.time) || (b.id ?? 0) - (a.id ?? 0));
}
