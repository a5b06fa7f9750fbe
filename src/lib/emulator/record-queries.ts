/**
 * The emulator's records that lazily loaded pages read: send attempts, what each SNS topic
 * received and what configuration sets' event destinations published (Activity), and every identity of every account with its policies (Grants, Send).
 * Each answer is checked before a view reads it: the store behind these endpoints is the
 * browser's IndexedDB (or a local endpoint's file), which an import, an older version or another
 * tab may have filled; a wrong one fails with a sentence naming the entry and field.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { emulatorKeys } from '../query-keys';
import { parseResponse } from '../response-shape';
import {
  answerTo,
  emulatorJson,
  type EmulatorApiName,
  type EmulatorEventPublication,
  type EmulatorIdentity,
  type EmulatorSendAttempt,
  type EmulatorTopicDelivery,
} from './emulator-api';
import { EMULATOR_API_BASE } from './local-endpoint';

const attemptsSchema: z.ZodType<EmulatorSendAttempt[]> = z.array(
  z.object({
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
  }),
);

const deliveriesSchema: z.ZodType<EmulatorTopicDelivery[]> = z.array(
  z.object({
    id: z.number().optional(),
    time: z.string(),
    topicArn: z.string(),
    audience: z.enum(['owner', 'delegate']),
    account: z.string(),
    notificationType: z.enum(['Bounce', 'Complaint', 'Delivery']),
    messageId: z.string(),
    notification: z.unknown(),
  }),
);

const eventsSchema: z.ZodType<EmulatorEventPublication[]> = z.array(
  z.object({
    id: z.number().optional(),
    time: z.string(),
    configurationSetArn: z.string(),
    account: z.string(),
    eventDestination: z.string(),
    topicArn: z.string(),
    eventType: z.enum(['SEND', 'REJECT', 'BOUNCE', 'COMPLAINT', 'DELIVERY']),
    messageId: z.string(),
    event: z.unknown(),
  }),
);

const identitiesSchema: z.ZodType<EmulatorIdentity[]> = z.array(
  z.object({
    identityArn: z.string(),
    account: z.string(),
    region: z.string(),
    name: z.string(),
    verified: z.boolean(),
    policies: z.array(z.object({ name: z.string(), document: z.string() })),
  }),
);

async function readChecked<T>(name: EmulatorApiName, schema: z.ZodType<T>, base: string): Promise<T> {
  return parseResponse(schema, await emulatorJson(name, undefined, base), answerTo(name, base));
}

export function activityQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: emulatorKeys.read('activity', base),
    queryFn: () => readChecked('activity', attemptsSchema, base),
    staleTime: 0,
  });
}

export function deliveriesQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: emulatorKeys.read('deliveries', base),
    queryFn: () => readChecked('deliveries', deliveriesSchema, base),
    staleTime: 0,
  });
}

/** What configuration sets' SNS event destinations published (SES API v2's sending events). */
export function eventsQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: emulatorKeys.read('events', base),
    queryFn: () => readChecked('events', eventsSchema, base),
    staleTime: 0,
  });
}

export function emulatorIdentitiesQuery(base: string = EMULATOR_API_BASE) {
  return queryOptions({
    queryKey: emulatorKeys.read('grants', base),
    queryFn: () => readChecked('grants', identitiesSchema, base),
    // Owners change policies in the same tab; a delegate's view should show the change at once.
    staleTime: 0,
  });
}
