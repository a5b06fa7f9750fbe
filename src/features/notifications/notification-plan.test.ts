import { describe, expect, it } from 'vitest';
import {
  forwardingMayBeDisabled,
  planNotificationChanges,
  settingsFromAttributes,
  topicArnProblem,
  type NotificationSettings,
} from './notification-plan';

const topic = (name: string) => `arn:aws:sns:us-east-1:888888888888:${name}`;

const none: NotificationSettings = settingsFromAttributes(undefined);

describe('planNotificationChanges', () => {
  it('sets topics before disabling forwarding, and headers after their topics', () => {
    const wanted: NotificationSettings = {
      topics: { Bounce: topic('b'), Complaint: topic('c'), Delivery: '' },
      headers: { Bounce: true, Complaint: false, Delivery: false },
      forwarding: false,
    };
    expect(planNotificationChanges(none, wanted)).toEqual([
      { kind: 'topic', type: 'Bounce', topicArn: topic('b') },
      { kind: 'topic', type: 'Complaint', topicArn: topic('c') },
      { kind: 'headers', type: 'Bounce', enabled: true },
      { kind: 'forwarding', enabled: false },
    ]);
  });

  it('enables forwarding before removing a Bounce topic', () => {
    const saved: NotificationSettings = {
      topics: { Bounce: topic('b'), Complaint: topic('c'), Delivery: '' },
      headers: { Bounce: true, Complaint: false, Delivery: false },
      forwarding: false,
    };
    const wanted = { ...saved, topics: { ...saved.topics, Bounce: '' }, forwarding: true };
    expect(planNotificationChanges(saved, wanted)).toEqual([
      { kind: 'forwarding', enabled: true },
      { kind: 'topic', type: 'Bounce' },
    ]);
  });

  it('sends nothing when nothing changed, and never forwarding for a delegate', () => {
    expect(planNotificationChanges(none, none)).toEqual([]);
    expect(planNotificationChanges(none, { ...none, forwarding: false }, { ownerSettings: false })).toEqual(
      [],
    );
  });

  it('drops the header flag of a type whose topic is removed', () => {
    const saved: NotificationSettings = {
      topics: { Bounce: '', Complaint: '', Delivery: topic('d') },
      headers: { Bounce: false, Complaint: false, Delivery: true },
      forwarding: true,
    };
    const wanted = { ...saved, topics: { ...saved.topics, Delivery: '' } };
    expect(planNotificationChanges(saved, wanted)).toEqual([{ kind: 'topic', type: 'Delivery' }]);
  });
});

describe('forwardingMayBeDisabled', () => {
  it('needs both a Bounce and a Complaint topic', () => {
    expect(forwardingMayBeDisabled(none)).toBe(false);
    expect(
      forwardingMayBeDisabled({ ...none, topics: { Bounce: topic('b'), Complaint: '', Delivery: '' } }),
    ).toBe(false);
    expect(
      forwardingMayBeDisabled({
        ...none,
        topics: { Bounce: topic('b'), Complaint: topic('c'), Delivery: '' },
      }),
    ).toBe(true);
  });
});

describe('topicArnProblem', () => {
  it('accepts SNS topic ARNs and says what is wrong with others', () => {
    expect(topicArnProblem('arn:aws:sns:eu-west-1:111122223333:their-topic')).toBeUndefined();
    expect(topicArnProblem('')).toMatch(/Enter the ARN/);
    expect(topicArnProblem(' arn:aws:sns:eu-west-1:111122223333:t')).toMatch(/spaces/);
    expect(topicArnProblem('sns:topic')).toMatch(/starts with "arn:"/);
    expect(topicArnProblem('arn:aws:sqs:us-east-1:111122223333:queue')).toMatch(/sqs service/);
    expect(topicArnProblem('arn:aws:sns:us-east-1:1111:topic')).toMatch(/12-digit account ID/);
  });
});
