import { describe, expect, it } from 'vitest';
import { accountsIn, attemptMatches, deliveryMatches, newestFirst, sideOfAttempt } from './activity-filter';
import type { EmulatorSendAttempt, EmulatorTopicDelivery } from '../../lib/emulator/emulator-api';

const attempt = (
  callerAccount: string,
  identityArns: string[],
  time = '2026-01-01T00:00:00Z',
): EmulatorSendAttempt => ({
  time,
  action: 'SendEmail',
  caller: `arn:aws:iam::${callerAccount}:root`,
  callerAccount,
  identityArns,
  decision: 'Allow',
  message: '',
  trace: [],
});
const delivery = (audience: 'owner' | 'delegate', account: string): EmulatorTopicDelivery => ({
  time: '2026-01-01T00:00:00Z',
  topicArn: `arn:aws:sns:us-east-1:${account}:t`,
  audience,
  account,
  notificationType: 'Delivery',
  messageId: 'm',
  notification: {},
});
const OWNER_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

describe('activity filters', () => {
  it("tells a delegate's attempt from an owner's by the identities' accounts", () => {
    expect(sideOfAttempt(attempt('999999999999', [OWNER_ARN]))).toBe('delegate');
    expect(sideOfAttempt(attempt('888888888888', [OWNER_ARN]))).toBe('owner');
    expect(sideOfAttempt(attempt('888888888888', []))).toBe('owner');
  });

  it('filters attempts by the role an account played: whose identity was used, and who sent', () => {
    const delegated = attempt('999999999999', [OWNER_ARN]);
    const own = attempt('888888888888', [OWNER_ARN]);
    // The owner's account, as identity owner: both sends used its identity.
    expect(attemptMatches(delegated, { role: 'owner', account: '888888888888' })).toBe(true);
    expect(attemptMatches(own, { role: 'owner', account: '888888888888' })).toBe(true);
    // As sender: only its own send.
    expect(attemptMatches(delegated, { role: 'sender', account: '888888888888' })).toBe(false);
    expect(attemptMatches(own, { role: 'sender', account: '888888888888' })).toBe(true);
    expect(attemptMatches(delegated, { role: 'sender', account: '999999999999' })).toBe(true);
    expect(attemptMatches(delegated, { role: 'owner', account: '999999999999' })).toBe(false);
    expect(attemptMatches(delegated, { role: 'any', account: '111122223333' })).toBe(false);
    expect(attemptMatches(delegated, { role: 'owner', account: '' })).toBe(true);
  });

  it("filters notifications by whose topic received them: the owner's or the sender's own", () => {
    expect(deliveryMatches(delivery('delegate', '999999999999'), { role: 'sender', account: '' })).toBe(true);
    expect(deliveryMatches(delivery('delegate', '999999999999'), { role: 'owner', account: '' })).toBe(false);
    expect(
      deliveryMatches(delivery('owner', '888888888888'), { role: 'owner', account: '888888888888' }),
    ).toBe(true);
    expect(deliveryMatches(delivery('owner', '888888888888'), { role: 'any', account: '999999999999' })).toBe(
      false,
    );
  });

  it('lists accounts and sorts newest first', () => {
    expect(accountsIn([attempt('999999999999', [OWNER_ARN])], [delivery('owner', '888888888888')])).toEqual([
      '888888888888',
      '999999999999',
    ]);
    const older = attempt('1', [], '2026-01-01T00:00:00Z');
    const newer = attempt('2', [], '2026-02-01T00:00:00Z');
    expect(newestFirst([older, newer])).toEqual([newer, older]);
  });
});
