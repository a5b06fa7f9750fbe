/**
 * An identity's notification settings as the console's forms edit them, read from SES's
 * notification attributes, and the SES calls that turn the saved settings into the wanted ones in
 * an order SES accepts: feedback forwarding is switched on before a Bounce or Complaint topic is
 * removed, and off only after both topics are set; topics that are set come before topics that
 * are removed; header flags follow their topics. An owner edits all of it; a delegate edits only
 * topics and header flags (forwarding is the owner's), so its plan is `planTopicChanges`.
 */
import type { IdentityNotificationAttributes, NotificationType } from '@aws-sdk/client-ses';
import type { NotificationChange } from './notification-attributes';

export const NOTIFICATION_TYPES = [
  'Bounce',
  'Complaint',
  'Delivery',
] as const satisfies readonly NotificationType[];

/** A topic ARN per type ('' for none) and whether its notifications include the headers. */
export interface TopicSettings {
  topics: Record<NotificationType, string>;
  headers: Record<NotificationType, boolean>;
}

export interface NotificationSettings extends TopicSettings {
  forwarding: boolean;
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
    // SES forwards feedback by email unless told otherwise.
    forwarding: attributes?.ForwardingEnabled ?? true,
  };
}

/** Forwarding may be off only while Bounce and Complaint both have topics. */
export function forwardingMayBeDisabled(settings: TopicSettings): boolean {
  return Boolean(settings.topics.Bounce && settings.topics.Complaint);
}

/** The topic and header-flag calls: topics set, then topics removed, then the flags that change. */
export function planTopicChanges(saved: TopicSettings, wanted: TopicSettings): NotificationChange[] {
  const changes: NotificationChange[] = [];
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
  return changes;
}

/** The owner's calls: forwarding on first, the topic calls, forwarding off last. */
export function planNotificationChanges(
  saved: NotificationSettings,
  wanted: NotificationSettings,
): NotificationChange[] {
  const changes: NotificationChange[] = [];
  if (wanted.forwarding && !saved.forwarding) changes.push({ kind: 'forwarding', enabled: true });
  changes.push(...planTopicChanges(saved, wanted));
  if (!wanted.forwarding && saved.forwarding) changes.push({ kind: 'forwarding', enabled: false });
  return changes;
}
