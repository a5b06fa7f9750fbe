/** The emulator's record of send attempts and of what each SNS topic received (emulator-only API). */
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
  audience: 'owner' | 'delegate';
  account: string;
  notificationType: 'Bounce' | 'Complaint' | 'Delivery';
  messageId: string;
  notification: unknown;
}

async function read<T>(base: string, name: string): Promise<T> {
  const response = await fetch(`${base}__emulator/${name}`);
  if (!response.ok)
    throw new Error(`The built-in emulator did not answer ${name} (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

export function activityQuery(base: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: ['emulator', 'activity', base],
    queryFn: () => read<SendAttempt[]>(base, 'activity'),
    staleTime: 0,
  });
}

export function deliveriesQuery(base: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: ['emulator', 'deliveries', base],
    queryFn: () => read<TopicDelivery[]>(base, 'deliveries'),
    staleTime: 0,
  });
}

export type Side = 'all' | 'owner' | 'delegate';

/** An attempt is the owner's when the caller's account owns every identity it used. */
export function sideOfAttempt(attempt: SendAttempt): 'owner' | 'delegate' {
  return attempt.identityArns.every((arn) => arn.split(':')[4] === attempt.callerAccount)
    ? 'owner'
    : 'delegate';
}
