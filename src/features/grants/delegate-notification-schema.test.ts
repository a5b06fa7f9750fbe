import { describe, expect, it } from 'vitest';
import { settingsFromAttributes } from '../../lib/ses/notification-settings';
import { OTHER_TOPIC, topicChoices } from '../../lib/ui/topic-choice';
import { delegateNotificationSchema } from './delegate-notification-schema';

const none = settingsFromAttributes(undefined);

describe('the delegate notification form', () => {
  it('puts the ARN problem on the typed field', () => {
    const values = topicChoices(none, []);
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
