/** What the emulator stores: identities with their policies and settings, delegates' settings, activity. */
export type NotificationType = 'Bounce' | 'Complaint' | 'Delivery';
export const NOTIFICATION_TYPES: readonly NotificationType[] = ['Bounce', 'Complaint', 'Delivery'];

export interface NotificationSettings {
  topics: Partial<Record<NotificationType, string>>;
  headers: Record<NotificationType, boolean>;
}

export interface IdentityState {
  /** `${account}|${region}|${lower-cased name}` */
  key: string;
  account: string;
  region: string;
  name: string;
  kind: 'EmailAddress' | 'Domain';
  verificationStatus: 'Pending' | 'Success';
  verificationToken?: string;
  /** Policy name → document, in insertion order. */
  policies: Record<string, string>;
  notifications: NotificationSettings;
  forwardingEnabled: boolean;
  createdAt: string;
}

/** A delegate's own notification settings on an identity ARN it sends from. */
export interface DelegateSettings extends NotificationSettings {
  /** `${delegateAccount}|${identityArn}` */
  key: string;
  account: string;
  identityArn: string;
}

export interface ActivityEntry {
  id?: number;
  time: string;
  action: string;
  caller: string;
  callerAccount: string;
  identityArns: string[];
  decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  errorCode?: string;
  message: string;
  messageId?: string;
  /** The per-identity authorization with its evaluation trace, as plain JSON. */
  trace: unknown;
}

export interface TopicDelivery {
  id?: number;
  time: string;
  topicArn: string;
  /** Whose preference published it: the identity owner's or the sending delegate's. */
  audience: 'owner' | 'delegate';
  account: string;
  notificationType: NotificationType;
  messageId: string;
  notification: unknown;
}

export interface ForwardedFeedback {
  id?: number;
  time: string;
  to: string;
  notificationType: 'Bounce' | 'Complaint';
  messageId: string;
}

export function identityKey(account: string, region: string, name: string): string {
  return `${account}|${region}|${name.toLowerCase()}`;
}

export function emptyNotifications(): NotificationSettings {
  return { topics: {}, headers: { Bounce: false, Complaint: false, Delivery: false } };
}
