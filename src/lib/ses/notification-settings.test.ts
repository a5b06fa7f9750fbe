import { describe, expect, it } from 'vitest';
import {
  forwardingMayBeDisabled,
  planNotificationChanges,
  planTopicChanges,
  settingsFromAttributes,
  type NotificationSettings,
} from './notification-settings';

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
    const forwardingOff: NotificationSettings = { ...none, forwarding: false };
    expect(planTopicChanges(none, forwardingOff)).toEqual([]);
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

describe("planTopicChanges (a delegate's plan)", () => {
  const mine = 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries';

  it('sets a topic, then its headers flag', () => {
    const wanted = {
      ...none,
      topics: { ...none.topics, Delivery: mine },
      headers: { ...none.headers, Delivery: true },
    };
    expect(planTopicChanges(none, wanted)).toEqual([
      { kind: 'topic', type: 'Delivery', topicArn: mine },
      { kind: 'headers', type: 'Delivery', enabled: true },
    ]);
  });

  it('clears a topic without a separate headers call, and never touches forwarding', () => {
    const saved = { topics: { ...none.topics, Bounce: mine }, headers: { ...none.headers, Bounce: true } };
    expect(planTopicChanges(saved, none)).toEqual([{ kind: 'topic', type: 'Bounce', topicArn: undefined }]);
    expect(planTopicChanges(saved, saved)).toEqual([]);
  });
});
