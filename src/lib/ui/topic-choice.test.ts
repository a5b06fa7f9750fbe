import { describe, expect, it } from 'vitest';
import { settingsFromAttributes } from '../ses/notification-settings';
import { OTHER_TOPIC, settingsFromChoices, topicChoices, typedTopicProblem } from './topic-choice';

const mine = 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries';
const theirs = 'arn:aws:sns:us-east-1:444455556666:shared-feedback';

describe('the topic choices', () => {
  it('shows a topic of another account as typed, and drops headers where there is no topic', () => {
    const { forwarding: _, ...saved } = settingsFromAttributes({
      BounceTopic: theirs,
      ComplaintTopic: undefined,
      DeliveryTopic: mine,
      HeadersInDeliveryNotificationsEnabled: true,
      ForwardingEnabled: true,
      HeadersInBounceNotificationsEnabled: false,
      HeadersInComplaintNotificationsEnabled: false,
    });
    const values = topicChoices(saved, [mine]);
    expect(values.Bounce).toEqual({ choice: OTHER_TOPIC, other: theirs, headers: false });
    expect(values.Delivery).toEqual({ choice: mine, other: '', headers: true });
    expect(settingsFromChoices({ ...values, Complaint: { choice: '', other: '', headers: true } })).toEqual(
      saved,
    );
  });

  it('checks only a typed ARN', () => {
    expect(typedTopicProblem({ choice: mine, other: 'nope', headers: false })).toBeUndefined();
    expect(typedTopicProblem({ choice: '', other: 'nope', headers: false })).toBeUndefined();
    expect(typedTopicProblem({ choice: OTHER_TOPIC, other: 'nope', headers: false })).toMatch(
      /starts with "arn:"/,
    );
    expect(typedTopicProblem({ choice: OTHER_TOPIC, other: theirs, headers: false })).toBeUndefined();
  });
});
