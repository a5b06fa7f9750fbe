/**
 * Filtering the activity by side (identity owner or delegate) and by account, so one can watch SES
 * honour each side's notification preferences independently.
 */
import type { EmulatorSendAttempt, EmulatorTopicDelivery } from '../../lib/emulator/emulator-api';

export type Side = 'all' | 'owner' | 'delegate';

export interface ActivityFilter {
  side: Side;
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

export function attemptMatches(attempt: EmulatorSendAttempt, { side, account }: ActivityFilter): boolean {
  if (side !== 'all' && sideOfAttempt(attempt) !== side) return false;
  if (!account) return true;
  return (
    attempt.callerAccount === account || attempt.identityArns.some((arn) => accountOfArn(arn) === account)
  );
}

export function deliveryMatches(delivery: EmulatorTopicDelivery, { side, account }: ActivityFilter): boolean {
  if (side !== 'all' && delivery.audience !== side) return false;
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
