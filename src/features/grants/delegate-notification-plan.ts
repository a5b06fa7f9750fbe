/**
 * A delegate's own notification settings for an identity ARN it sends from, as the form edits
 * them, and the SES calls that turn what SES holds into what the delegate wants: topics first,
 * then the include-headers flags (SES accepts headers only for a type with a topic). Feedback
 * forwarding is the owner's alone, so no change here ever touches it.
 */
import type { IdentityNotificationAttributes, NotificationType } from '@aws-sdk/client-ses';
import { z } from 'zod';
import type { NotificationChange } from '../../lib/ses/notifications';

export const NOTIFICATION_TYPES = [
  'Bounce',
  'Complaint',
  'Delivery',
] as const satisfies readonly NotificationType[];

/** The choice that means "a topic the account does not own, typed as an ARN". */
export const OTHER_TOPIC = '__other__';

export interface TopicSettings {
  topics: Record<NotificationType, string>;
  headers: Record<NotificationType, boolean>;
}

export function settingsFromAttributes(a: IdentityNotificationAttributes | undefined): TopicSettings {
  return {
    topics: {
      Bounce: a?.BounceTopic ?? '',
      Complaint: a?.ComplaintTopic ?? '',
      Delivery: a?.DeliveryTopic ?? '',
    },
    headers: {
      Bounce: a?.HeadersInBounceNotificationsEnabled ?? false,
      Complaint: a?.HeadersInComplaintNotificationsEnabled ?? false,
      Delivery: a?.HeadersInDeliveryNotificationsEnabled ?? false,
    },
  };
}

const SNS_TOPIC_ARN = /^arn:aws(?:-[a-z]+)*:sns:[a-z]{2}(?:-[a-z]+)+-\d+:(\d{12}):([A-Za-z0-9_-]{1,256})$/;

/** Why a typed topic ARN cannot be used; undefined when it is a well-formed SNS topic ARN. */
export function topicArnProblem(arn: string): string | undefined {
  const example = 'arn:aws:sns:us-east-1:123456789012:my-topic';
  if (!arn.trim()) return `Enter the topic's ARN, e.g. ${example}.`;
  if (arn !== arn.trim()) return 'Remove the spaces before or after the ARN.';
  if (!arn.startsWith('arn:')) return `A topic ARN starts with "arn:", e.g. ${example}.`;
  const parts = arn.split(':');
  if (parts[2] !== 'sns')
    return `This ARN names the ${parts[2] ? `"${parts[2]}"` : 'unnamed'} service; SES notifications go to SNS topics (arn:aws:sns:…).`;
  if (parts.length !== 6) return `A topic ARN has six parts separated by colons, e.g. ${example}.`;
  if (!/^[a-z]{2}(?:-[a-z]+)+-\d+$/.test(parts[3] ?? ''))
    return `"${parts[3] ?? ''}" is not a Region such as us-east-1.`;
  if (!/^\d{12}$/.test(parts[4] ?? '')) return `The account ID must be 12 digits, not "${parts[4] ?? ''}".`;
  if (!SNS_TOPIC_ARN.test(arn)) return 'A topic name has 1 to 256 letters, digits, hyphens or underscores.';
  return undefined;
}

const typeSchema = z.object({ choice: z.string(), other: z.string(), headers: z.boolean() });

export const delegateNotificationSchema = z
  .object({ Bounce: typeSchema, Complaint: typeSchema, Delivery: typeSchema })
  .superRefine((v, ctx) => {
    for (const type of NOTIFICATION_TYPES) {
      if (v[type].choice !== OTHER_TOPIC) continue;
      const problem = topicArnProblem(v[type].other);
      if (problem) ctx.addIssue({ code: 'custom', path: [type, 'other'], message: problem });
    }
  });

export type DelegateNotificationValues = z.infer<typeof delegateNotificationSchema>;

/** The form's values for what SES holds: a topic of the account's is chosen, any other is typed. */
export function formValues(saved: TopicSettings, accountTopics: string[]): DelegateNotificationValues {
  const one = (type: NotificationType) => {
    const topic = saved.topics[type];
    const own = !topic || accountTopics.includes(topic);
    return { choice: own ? topic : OTHER_TOPIC, other: own ? '' : topic, headers: saved.headers[type] };
  };
  return { Bounce: one('Bounce'), Complaint: one('Complaint'), Delivery: one('Delivery') };
}

export function topicOf(value: DelegateNotificationValues[NotificationType]): string {
  return value.choice === OTHER_TOPIC ? value.other.trim() : value.choice;
}

export function wantedSettings(values: DelegateNotificationValues): TopicSettings {
  const topics = {} as Record<NotificationType, string>;
  const headers = {} as Record<NotificationType, boolean>;
  for (const type of NOTIFICATION_TYPES) {
    topics[type] = topicOf(values[type]);
    headers[type] = Boolean(topics[type]) && values[type].headers;
  }
  return { topics, headers };
}

/** One SES call per change: every topic change, then every headers flag that must change. */
export function planDelegateChanges(saved: TopicSettings, wanted: TopicSettings): NotificationChange[] {
  const changes: NotificationChange[] = [];
  for (const type of NOTIFICATION_TYPES) {
    if (wanted.topics[type] !== saved.topics[type])
      changes.push({ kind: 'topic', type, topicArn: wanted.topics[type] || undefined });
  }
  for (const type of NOTIFICATION_TYPES) {
    // Removing a topic turns its headers flag off with it.
    const after = wanted.topics[type] ? saved.headers[type] && Boolean(saved.topics[type]) : false;
    const want = Boolean(wanted.topics[type]) && wanted.headers[type];
    if (want !== after) changes.push({ kind: 'headers', type, enabled: want });
  }
  return changes;
}
