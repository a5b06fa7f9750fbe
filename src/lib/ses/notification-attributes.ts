/**
 * Notification settings through the SES API: topics per type, headers in notifications and
 * feedback forwarding. An owner passes identity names; a delegate passes the identity ARN it
 * sends from, and SES keeps the delegate's settings apart from the owner's.
 */
import type { IdentityNotificationAttributes, NotificationType } from '@aws-sdk/client-ses';
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { connectionKey, type SesConnection } from './client';
import { loadSesSdk, sesClient } from './v1-client';
import { sesKeys } from '../query-keys';
import { ownValue } from '../own-keys';

export function notificationsQuery(connection: SesConnection, identity: string) {
  return queryOptions({
    queryKey: sesKeys.notifications(connectionKey(connection), identity),
    queryFn: async (): Promise<IdentityNotificationAttributes> => {
      const output = await (
        await sesClient(connection)
      ).send(new (await loadSesSdk()).GetIdentityNotificationAttributesCommand({ Identities: [identity] }));
      const attributes = ownValue(output.NotificationAttributes, identity);
      // SES leaves out identities it cannot show the caller; a query's data may not be undefined.
      if (!attributes)
        throw new Error(
          `SES reported no notification settings for ${identity}: it does not exist, is not verified, or is not yours to read.`,
        );
      return attributes;
    },
  });
}

export type NotificationChange =
  | { kind: 'topic'; type: NotificationType; topicArn?: string }
  | { kind: 'headers'; type: NotificationType; enabled: boolean }
  | { kind: 'forwarding'; enabled: boolean };

/** Applies one change through the SES API (one call). */
async function applyNotificationChange(
  connection: SesConnection,
  identity: string,
  change: NotificationChange,
) {
  const client = await sesClient(connection);
  switch (change.kind) {
    case 'topic':
      // Leaving SnsTopic out clears the topic, as SES defines it.
      await client.send(
        new (await loadSesSdk()).SetIdentityNotificationTopicCommand({
          Identity: identity,
          NotificationType: change.type,
          SnsTopic: change.topicArn || undefined,
        }),
      );
      return;
    case 'headers':
      await client.send(
        new (await loadSesSdk()).SetIdentityHeadersInNotificationsEnabledCommand({
          Identity: identity,
          NotificationType: change.type,
          Enabled: change.enabled,
        }),
      );
      return;
    case 'forwarding':
      await client.send(
        new (await loadSesSdk()).SetIdentityFeedbackForwardingEnabledCommand({
          Identity: identity,
          ForwardingEnabled: change.enabled,
        }),
      );
  }
}

/**
 * Saves a plan of changes (see notification-settings.ts), one call each in the plan's order; the
 * first refusal stops the rest. Some changes may have landed before a refusal, so the settings
 * are re-read either way.
 */
export function notificationChangeMutation(
  connection: SesConnection,
  queryClient: QueryClient,
  identity: string,
) {
  return mutationOptions({
    mutationFn: async (plan: readonly NotificationChange[]) => {
      for (const change of plan) await applyNotificationChange(connection, identity, change);
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sesKeys.notifications(connectionKey(connection), identity) }),
  });
}
