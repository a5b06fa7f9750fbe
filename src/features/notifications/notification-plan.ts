/**
 * Notification settings as a form edits them, and the SES calls that turn the saved settings into
 * the wanted ones, in an order SES accepts: feedback forwarding is switched on before a Bounce or
 * Complaint topic is removed, and off only after both topics are set; headers follow topics.
 */
import type { IdentityNotificationAttributes, NotificationType } from '@aws-sdk/client-ses';
import type { NotificationChange } from '../../lib/ses/notifications';

export const NOTIFICATION_TYPES: readonly NotificationType[] = ['Bounce', 'Complaint', 'Delivery'];

export interface NotificationSettings {
  topics: Record<NotificationType, string>;
  headers: Record<NotificationType, boolean>;
  forwarding: boolean;
}

const SNS_TOPIC_ARN = /^arn:aws(?:-[a-z]+)*:sns:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:[A-Za-z0-9_-]{1,256}$/;

/** Why a typed topic ARN cannot be used; undefined when it is a well-formed SNS topic ARN. */
export function topicArnProblem(arn: string): string | undefined {
  if (!arn.trim()) return 'Enter the ARN of an SNS topic, e.g. arn:aws:sns:us-east-1:123456789012:my-topic.';
  if (arn !== arn.trim()) return 'Remove the spaces before or after the ARN.';
  if (!arn.startsWith('arn:'))
    return 'A topic ARN starts with "arn:", e.g. arn:aws:sns:us-east-1:123456789012:my-topic.';
  const parts = arn.split(':');
  if (parts[2] !== 'sns')
    return `This is an ARN of the ${parts[2] || 'unnamed'} service; SES notifications go to SNS topics.`;
  if (!SNS_TOPIC_ARN.test(arn))
    return 'The ARN is malformed: it needs a Region, a 12-digit account ID and a topic name of letters, digits, hyphens and underscores.';
  return undefined;
}

export function settingsFromAttributes(
  attributes: IdentityNotificationAttributes | undefined,
): NotificationSettings {
  return {
    topics: {
      Bounce: attributes?.BounceTopic ?? '',
      Complaint: attributes?.ComplaintTopic ?? '',
      Delivery: attributes?.DeliveryTopic ?? '',
    },
    headers: {
      Bounce: attributes?.HeadersInBounceNotificationsEnabled ?? false,
      Complaint: attributes?.HeadersInComplaintNotificationsEnabled ?? false,
      Delivery: attributes?.HeadersInDeliveryNotificationsEnabled ?? false,
    },
    forwarding: attributes?.ForwardingEnabled ?? true,
  };
}

/** Forwarding may be off only while Bounce and Complaint both have topics. */
export function forwardingMayBeDisabled(settings: NotificationSettings): boolean {
  return Boolean(settings.topics.Bounce && settings.topics.Complaint);
}

export function planNotificationChanges(
  saved: NotificationSettings,
  wanted: NotificationSettings,
  { ownerSettings = true }: { ownerSettings?: boolean } = {},
): NotificationChange[] {
  const changes: NotificationChange[] = [];
  if (ownerSettings && wanted.forwarding && !saved.forwarding)
    changes.push({ kind: 'forwarding', enabled: true });
  // Topics that are set come before topics that are removed.
  const topicChanges = NOTIFICATION_TYPES.filter((t) => wanted.topics[t] !== saved.topics[t]);
  for (const type of topicChanges.filter((t) => wanted.topics[t]))
    changes.push({ kind: 'topic', type, topicArn: wanted.topics[type] });
  for (const type of topicChanges.filter((t) => !wanted.topics[t])) changes.push({ kind: 'topic', type });
  for (const type of NOTIFICATION_TYPES) {
    // Removing a topic clears its header flag in SES; only a type with a topic can include headers.
    const savedHeaders = wanted.topics[type] && saved.topics[type] ? saved.headers[type] : false;
    const wantedHeaders = Boolean(wanted.topics[type]) && wanted.headers[type];
    if (wantedHeaders !== savedHeaders) changes.push({ kind: 'headers', type, enabled: wantedHeaders });
  }
  if (ownerSettings && !wanted.forwarding && saved.forwarding)
    changes.push({ kind: 'forwarding', enabled: false });
  return changes;
}
