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

  it('filters by side and by account (the caller, the identity owner or the topic account)', () => {
    const delegated = attempt('999999999999', [OWNER_ARN]);
    expect(attemptMatches(delegated, { side: 'delegate', account: '888888888888' })).toBe(true);
    expect(attemptMatches(delegated, { side: 'owner', account: '' })).toBe(false);
    expect(attemptMatches(delegated, { side: 'all', account: '111122223333' })).toBe(false);
    expect(deliveryMatches(delivery('delegate', '999999999999'), { side: 'delegate', account: '' })).toBe(
      true,
    );
    expect(deliveryMatches(delivery('owner', '888888888888'), { side: 'all', account: '999999999999' })).toBe(
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
