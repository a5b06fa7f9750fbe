/**
 * Configuration sets and their SNS event destinations, and an identity's default configuration
 * set: SES API v2's way to receive bounce, complaint and delivery events (v2 has no
 * identity-level topics). The owner's and a delegate's sets are their own accounts': each names
 * only sets it owns. v2 only, over client-sesv2, loaded on first use.
 */
import type { EventType } from '@aws-sdk/client-sesv2';
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { connectionKey, type SesConnection } from './client';
import { loadSesV2Sdk, sesV2Client } from './v2-client';
import { sesKeys } from '../query-keys';

/** The event types an SNS destination can receive, in the order SES's console lists them. */
export const EVENT_TYPES: readonly EventType[] = [
  'SEND',
  'REJECT',
  'BOUNCE',
  'COMPLAINT',
  'DELIVERY',
  'DELIVERY_DELAY',
  'RENDERING_FAILURE',
  'OPEN',
  'CLICK',
  'SUBSCRIPTION',
];

export interface SnsEventDestination {
  name: string;
  enabled: boolean;
  eventTypes: string[];
  topicArn?: string;
  /** A destination of another kind (CloudWatch, Firehose, EventBridge, Pinpoint), shown by name. */
  otherKind?: string;
}

export interface ConfigurationSetSummary {
  name: string;
  destinations: SnsEventDestination[];
}

/** ListConfigurationSets answers at most 1,000 a page. */
const PAGE_SIZE = 1000;

export function configurationSetsQuery(connection: SesConnection) {
  return queryOptions({
    queryKey: sesKeys.configurationSets(connectionKey(connection)),
    queryFn: async (): Promise<ConfigurationSetSummary[]> => {
      const client = await sesV2Client(connection);
      const sdk = await loadSesV2Sdk();
      const names: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new sdk.ListConfigurationSetsCommand({ PageSize: PAGE_SIZE, NextToken: nextToken }),
        );
        names.push(...(page.ConfigurationSets ?? []));
        nextToken = page.NextToken;
      } while (nextToken);
      return Promise.all(
        names
          .sort((a, b) => a.localeCompare(b))
          .map(async (name) => {
            const { EventDestinations = [] } = await client.send(
              new sdk.GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: name }),
            );
            return {
              name,
              destinations: EventDestinations.map((d) => ({
                name: d.Name ?? '',
                enabled: d.Enabled ?? false,
                eventTypes: d.MatchingEventTypes ?? [],
                topicArn: d.SnsDestination?.TopicArn,
                otherKind: d.SnsDestination
                  ? undefined
                  : d.CloudWatchDestination
                    ? 'CloudWatch'
                    : d.KinesisFirehoseDestination
                      ? 'Kinesis Data Firehose'
                      : d.EventBridgeDestination
                        ? 'EventBridge'
                        : d.PinpointDestination
                          ? 'Pinpoint'
                          : 'unknown',
              })),
            };
          }),
      );
    },
  });
}

/** The identity's default configuration set (GetEmailIdentity's ConfigurationSetName), or none. */
export function defaultConfigurationSetQuery(connection: SesConnection, identity: string) {
  return queryOptions({
    queryKey: sesKeys.defaultConfigurationSet(connectionKey(connection), identity),
    queryFn: async (): Promise<string | null> => {
      const output = await (
        await sesV2Client(connection)
      ).send(new (await loadSesV2Sdk()).GetEmailIdentityCommand({ EmailIdentity: identity }));
      return output.ConfigurationSetName ?? null;
    },
  });
}

export function setDefaultConfigurationSetMutation(
  connection: SesConnection,
  queryClient: QueryClient,
  identity: string,
) {
  return mutationOptions({
    mutationFn: async (name: string | null) => {
      await (
        await sesV2Client(connection)
      ).send(
        new (await loadSesV2Sdk()).PutEmailIdentityConfigurationSetAttributesCommand({
          EmailIdentity: identity,
          // Left out, the identity has no default configuration set any more.
          ConfigurationSetName: name ?? undefined,
        }),
      );
    },
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: sesKeys.defaultConfigurationSet(connectionKey(connection), identity),
      }),
  });
}

export interface NewConfigurationSet {
  name: string;
  /** With a topic, an SNS event destination named `<name>-sns` is created for these event types. */
  topicArn?: string;
  eventTypes: EventType[];
}

export function createConfigurationSetMutation(connection: SesConnection, queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async ({ name, topicArn, eventTypes }: NewConfigurationSet) => {
      const client = await sesV2Client(connection);
      const sdk = await loadSesV2Sdk();
      await client.send(new sdk.CreateConfigurationSetCommand({ ConfigurationSetName: name }));
      if (topicArn)
        await client.send(
          new sdk.CreateConfigurationSetEventDestinationCommand({
            ConfigurationSetName: name,
            EventDestinationName: `${name}-sns`,
            EventDestination: {
              Enabled: true,
              MatchingEventTypes: eventTypes,
              SnsDestination: { TopicArn: topicArn },
            },
          }),
        );
    },
    // The set may exist even when its destination was refused: re-read either way.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sesKeys.configurationSets(connectionKey(connection)) }),
  });
}

export function deleteConfigurationSetMutation(connection: SesConnection, queryClient: QueryClient) {
  return mutationOptions({
    mutationFn: async (name: string) => {
      await (
        await sesV2Client(connection)
      ).send(new (await loadSesV2Sdk()).DeleteConfigurationSetCommand({ ConfigurationSetName: name }));
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sesKeys.configurationSets(connectionKey(connection)) }),
  });
}
