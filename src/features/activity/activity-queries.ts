/**
 * The built-in emulator's record of send attempts and of what each SNS topic received (its
 * emulator-only `GET __emulator/activity` and `GET __emulator/deliveries`), keyed under
 * ['emulator', ...] so one refresh re-reads both.
 */
import { queryOptions } from '@tanstack/react-query';

export interface SendAttempt {
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
  trace: unknown;
}

export interface TopicDelivery {
  id?: number;
  time: string;
  topicArn: string;
  /** Whose preference published it: the identity owner's or the sending delegate's. */
  audience: 'owner' | 'delegate';
  /** The topic's account. */
  account: string;
  notificationType: 'Bounce' | 'Complaint' | 'Delivery';
  messageId: string;
  notification: unknown;
}

export const emulatorKeys = {
  all: ['emulator'] as const,
  activity: (base: string) => ['emulator', 'activity', base] as const,
  deliveries: (base: string) => ['emulator', 'deliveries', base] as const,
};

async function read<T>(base: string, name: string): Promise<T> {
  const response = await fetch(`${base}__emulator/${name}`);
  if (!response.ok)
    throw new Error(`The built-in emulator did not answer ${name} (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

export function activityQuery(base: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: emulatorKeys.activity(base),
    queryFn: () => read<SendAttempt[]>(base, 'activity'),
    staleTime: 0,
  });
}

export function deliveriesQuery(base: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: emulatorKeys.deliveries(base),
    queryFn: () => read<TopicDelivery[]>(base, 'deliveries'),
    staleTime: 0,
  });
}
