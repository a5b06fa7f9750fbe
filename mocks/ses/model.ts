import { identityKey } from '../../src/policy-engine/identity';
import type {
  EmulatorEventPublication,
  EmulatorEventType,
  EmulatorForwardedFeedback,
  EmulatorNotificationType,
  EmulatorSendAttempt,
  EmulatorTopicDelivery,
} from '../emulator-api-contract';
/** What the emulator stores: identities with their policies and settings, delegates' settings, activity. */
export type NotificationType = EmulatorNotificationType;
export const NOTIFICATION_TYPES: readonly NotificationType[] = ['Bounce', 'Complaint', 'Delivery'];

export interface NotificationSettings {
  topics: Partial<Record<NotificationType, string>>;
  headers: Record<NotificationType, boolean>;
}

/** A policy as the emulator keeps it: a list in insertion order, never a dictionary keyed by a caller's string. */
export interface StoredPolicy {
  name: string;
  document: string;
}

export interface IdentityState {
  /** `${account}|${region}|${canonical name}`: see `identityKey`. */
  key: string;
  account: string;
  region: string;
  name: string;
  kind: 'EmailAddress' | 'Domain';
  verificationStatus: 'Pending' | 'Success';
  verificationToken?: string;
  /** In insertion order; names are unique (SES's names are case-sensitive). */
  policies: StoredPolicy[];
  notifications: NotificationSettings;
  forwardingEnabled: boolean;
  createdAt: string;
  /** SES API v2: the identity's default configuration set (PutEmailIdentityConfigurationSetAttributes). */
  configurationSetName?: string;
}

export type EventType = EmulatorEventType;
export const EVENT_TYPES: readonly EventType[] = ['SEND', 'REJECT', 'BOUNCE', 'COMPLAINT', 'DELIVERY'];

/** One event destination of a configuration set: SNS only. */
export interface EventDestinationState {
  name: string;
  enabled: boolean;
  matchingEventTypes: EventType[];
  snsTopicArn: string;
}

/** An SES API v2 configuration set, in its account and Region. */
export interface ConfigurationSetState {
  /** `${account}|${region}|${name}`: see `configurationSetKey`. */
  key: string;
  account: string;
  region: string;
  name: string;
  sendingEnabled: boolean;
  /** In creation order; names unique. */
  eventDestinations: EventDestinationState[];
  createdAt: string;
}

export type EventPublication = EmulatorEventPublication;

/** Configuration set names are case-sensitive in SES; the key keeps the name exactly. */
export function configurationSetKey(account: string, region: string, name: string): string {
  return `${account}|${region}|${name}`;
}

export function configurationSetArn(set: Pick<ConfigurationSetState, 'account' | 'region' | 'name'>): string {
  return `arn:aws:ses:${set.region}:${set.account}:configuration-set/${set.name}`;
}

/** A delegate's own notification settings on an identity ARN it sends from. */
export interface DelegateSettings extends NotificationSettings {
  /** `${delegateAccount}|${identityArn}` */
  key: string;
  account: string;
  identityArn: string;
}

/** Activity records are kept as the emulator-only API sends them. */
export type ActivityEntry = EmulatorSendAttempt;
export type TopicDelivery = EmulatorTopicDelivery;
export type ForwardedFeedback = EmulatorForwardedFeedback;

/**
 * The key of an identity: its account, Region and canonical name (a domain in ASCII lower case,
 * an email address exactly as verified). The engine's, so that the simulator keys alike.
 */
export { identityKey };

export function findPolicy(
  identity: Pick<IdentityState, 'policies'>,
  name: string,
): StoredPolicy | undefined {
  return identity.policies.find((p) => p.name === name);
}

export function emptyNotifications(): NotificationSettings {
  return { topics: {}, headers: { Bounce: false, Complaint: false, Delivery: false } };
}
