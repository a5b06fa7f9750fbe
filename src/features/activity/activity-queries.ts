/**
 * The built-in emulator's record of send attempts and of what each SNS topic received (its
 * emulator-only `GET __emulator/activity` and `GET __emulator/deliveries`), keyed under
 * ['emulator', ...] so one refresh re-reads both.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { parseResponse } from '../../lib/response-shape';
import { EMULATOR_API_BASE } from '../../lib/emulator/local-endpoint';

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

// What the views read, checked before they read it: the store behind these endpoints is the
// browser's IndexedDB, which an import, an older version or another tab may have filled.
const attemptSchema = z.object({
  id: z.number().optional(),
  time: z.string(),
  action: z.string(),
  caller: z.string(),
  callerAccount: z.string(),
  identityArns: z.array(z.string()),
  decision: z.enum(['Allow', 'ExplicitDeny', 'ImplicitDeny']),
  errorCode: z.string().optional(),
  message: z.string(),
  messageId: z.string().optional(),
  trace: z.unknown(),
});

const deliverySchema = z.object({
  id: z.number().optional(),
  time: z.string(),
  topicArn: z.string(),
  audience: z.enum(['owner', 'delegate']),
  account: z.string(),
  notificationType: z.enum(['Bounce', 'Complaint', 'Delivery']),
  messageId: z.string(),
  notification: z.unknown(),
});

export const attemptsSchema: z.ZodType<SendAttempt[]> = z.array(attemptSchema);
export const deliveriesSchema: z.ZodType<TopicDelivery[]> = z.array(deliverySchema);

export const emulatorKeys = {
  all: ['emulator'] as const,
  activity: (base: string) => ['emulator', 'activity', base] as const,
  deliveries: (base: string) => ['emulator', 'deliveries', base] as const,
};

async function read<T>(base: string, name: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(`${base}__emulator/${name}`);
  if (!response.ok)
    throw new Error(`The built-in emulator did not answer ${name} (HTTP ${response.status}).`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The built-in emulator's answer to ${name} is not JSON.`);
  }
  return parseResponse(schema, body, `The built-in emulator's answer to ${name}`);
}

export function activityQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: emulatorKeys.activity(base),
    queryFn: () => read(base, 'activity', attemptsSchema),
    staleTime: 0,
  });
}

export function deliveriesQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: emulatorKeys.deliveries(base),
    queryFn: () => read(base, 'deliveries', deliveriesSchema),
    staleTime: 0,
  });
}
