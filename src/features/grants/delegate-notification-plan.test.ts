import { describe, expect, it } from 'vitest';
import {
  delegateNotificationSchema,
  formValues,
  OTHER_TOPIC,
  planDelegateChanges,
  settingsFromAttributes,
  topicArnProblem,
  wantedSettings,
} from './delegate-notification-plan';

const mine = 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries';
const theirs = 'arn:aws:sns:us-east-1:444455556666:shared-feedback';
const none = settingsFromAttributes(undefined);

describe('topicArnProblem', () => {
  it('accepts an SNS topic ARN and says precisely what is wrong with others', () => {
    expect(topicArnProblem(theirs)).toBeUndefined();
    expect(topicArnProblem('')).toMatch(/^Enter the topic's ARN/);
    expect(topicArnProblem(' arn:aws:sns:us-east-1:444455556666:t')).toMatch(/spaces/);
    expect(topicArnProblem('sns:us-east-1:444455556666:t')).toMatch(/starts with "arn:"/);
    expect(topicArnProblem('arn:aws:sqs:us-east-1:444455556666:q')).toMatch(/"sqs" service/);
    expect(topicArnProblem('arn:aws:sns:us-east-1:4444:t')).toBe(
      'The account ID must be 12 digits, not "4444".',
    );
    expect(topicArnProblem('arn:aws:sns:useast:444455556666:t')).toMatch(/not a Region/);
    expect(topicArnProblem('arn:aws:sns:us-east-1:444455556666:bad.name')).toMatch(/topic name/);
  });
});

describe('planDelegateChanges', () => {
  it('sets a topic, then its headers flag', () => {
    const wanted = {
      ...none,
      topics: { ...none.topics, Delivery: mine },
      headers: { ...none.headers, Delivery: true },
    };
    expect(planDelegateChanges(none, wanted)).toEqual([
      { kind: 'topic', type: 'Delivery', topicArn: mine },
      { kind: 'headers', type: 'Delivery', enabled: true },
    ]);
  });

  it('clears a topic without a separate headers call, and never touches forwarding', () => {
    const saved = { topics: { ...none.topics, Bounce: mine }, headers: { ...none.headers, Bounce: true } };
    expect(planDelegateChanges(saved, none)).toEqual([
      { kind: 'topic', type: 'Bounce', topicArn: undefined },
    ]);
    expect(planDelegateChanges(saved, saved)).toEqual([]);
  });
});

describe('the form values', () => {
  it('shows a topic of another account as typed, and drops headers where there is no topic', () => {
    const saved = settingsFromAttributes({
      BounceTopic: theirs,
      ComplaintTopic: undefined,
      DeliveryTopic: mine,
      HeadersInDeliveryNotificationsEnabled: true,
      ForwardingEnabled: true,
      HeadersInBounceNotificationsEnabled: false,
      HeadersInComplaintNotificationsEnabled: false,
    });
    const values = formValues(saved, [mine]);
    expect(values.Bounce).toEqual({ choice: OTHER_TOPIC, other: theirs, headers: false });
    expect(values.Delivery).toEqual({ choice: mine, other: '', headers: true });
    expect(wantedSettings({ ...values, Complaint: { choice: '', other: '', headers: true } })).toEqual(saved);
  });

  it('puts the ARN problem on the typed field', () => {
    const values = formValues(none, []);
    const result = delegateNotificationSchema.safeParse({
      ...values,
      Complaint: { choice: OTHER_TOPIC, other: 'nope', headers: false },
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'Complaint.other',
        'A topic ARN starts with "arn:", e.g. arn:aws:sns:us-east-1:123456789012:my-topic.',
      ],
    ]);
  });
});
