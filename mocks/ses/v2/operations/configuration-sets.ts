/**
 * Configuration sets and their SNS event destinations: CreateConfigurationSet,
 * GetConfigurationSet, ListConfigurationSets, DeleteConfigurationSet and
 * Create/Get/Update/DeleteConfigurationSetEventDestination(s). IAM's resource is the set's ARN,
 * arn:aws:ses:<region>:<account>:configuration-set/<name> (`*` for the list).
 */
import { authorizeCaller } from '../../context';
import {
  EVENT_TYPES,
  configurationSetKey,
  type ConfigurationSetState,
  type EventDestinationState,
  type EventType,
} from '../../model';
import { decodeToken, encodeToken } from '../../operations/identities';
import { pageParams, checkedSetName, label, ownSetArn, ownedSet, type V2Context } from '../context';
import { alreadyExists, badRequest, limitExceeded, notFound, type JsonFields } from '../protocol';

/** SES's quotas: 10,000 configuration sets per Region, 10 event destinations per set. */
const MAX_SETS = 10_000;
const MAX_DESTINATIONS = 10;
const MAX_PAGE_SIZE = 1000;
const TOPIC_ARN = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):[A-Za-z0-9_-]{1,256}$/;
const UNSUPPORTED_DESTINATIONS = [
  'KinesisFirehoseDestination',
  'CloudWatchDestination',
  'EventBridgeDestination',
  'PinpointDestination',
] as const;
/** Event types SES has that the emulator never produces (it tracks no opens or clicks, renders no templates). */
const UNPRODUCED_TYPES = ['OPEN', 'CLICK', 'RENDERING_FAILURE', 'DELIVERY_DELAY', 'SUBSCRIPTION'];

export async function createConfigurationSet(ctx: V2Context) {
  const name = checkedSetName(ctx.body.string('ConfigurationSetName'));
  authorizeCaller(ctx, ownSetArn(ctx, name));
  const key = configurationSetKey(ctx.caller.account, ctx.region, name);
  if (await ctx.tx.configurationSet(key)) throw alreadyExists(`Configuration set ${name} already exists.`);
  const existing = await ctx.tx.configurationSets(ctx.caller.account, ctx.region);
  if (existing.length >= MAX_SETS)
    throw limitExceeded(`An account has at most ${MAX_SETS} configuration sets in a Region.`);
  const sending = ctx.body.optionalObject('SendingOptions');
  const set: ConfigurationSetState = {
    key,
    account: ctx.caller.account,
    region: ctx.region,
    name,
    sendingEnabled: sending?.optionalBoolean('SendingEnabled') ?? true,
    eventDestinations: [],
    createdAt: ctx.info.time.toISOString(),
  };
  await ctx.tx.putConfigurationSet(set);
  return {};
}

export async function getConfigurationSet(ctx: V2Context) {
  const set = await ownedSet(ctx, label(ctx, 'ConfigurationSetName'));
  return {
    ConfigurationSetName: set.name,
    SendingOptions: { SendingEnabled: set.sendingEnabled },
    Tags: [],
  };
}

export async function listConfigurationSets(ctx: V2Context) {
  authorizeCaller(ctx, '*');
  const { token, size } = pageParams(ctx, MAX_PAGE_SIZE);
  let after: string | undefined;
  if (token) {
    try {
      after = decodeToken(token);
    } catch {
      throw badRequest('NextToken is not a token this service returned. Start again without it.');
    }
  }
  const names = (await ctx.tx.configurationSets(ctx.caller.account, ctx.region))
    .map((s) => s.name)
    .filter((n) => after === undefined || n > after);
  const page = names.slice(0, size);
  const last = page[page.length - 1];
  return {
    ConfigurationSets: page,
    ...(names.length > size && last ? { NextToken: encodeToken(last) } : {}),
  };
}

export async function deleteConfigurationSet(ctx: V2Context) {
  const set = await ownedSet(ctx, label(ctx, 'ConfigurationSetName'));
  await ctx.tx.deleteConfigurationSet(set.key);
  // An identity whose default it was sends without one afterwards.
  for (const identity of await ctx.tx.identityPage({
    account: set.account,
    region: set.region,
    limit: 100_000,
  })) {
    if (identity.configurationSetName !== set.name) continue;
    delete identity.configurationSetName;
    await ctx.tx.putIdentity(identity);
  }
  return {};
}

/** An EventDestinationDefinition: SNS only, with its matching event types. */
function readDefinition(ctx: V2Context, definition: JsonFields, name: string): EventDestinationState {
  const other = definition.present(UNSUPPORTED_DESTINATIONS);
  if (other.length)
    throw badRequest(
      `The emulator supports SNS event destinations only (SnsDestination); found ${other.join(', ')}.`,
    );
  const sns = definition.optionalObject('SnsDestination');
  if (!sns) throw badRequest('EventDestination needs a destination: the emulator supports SnsDestination.');
  const topicArn = sns.string('TopicArn');
  const match = TOPIC_ARN.exec(topicArn);
  if (!match) throw badRequest(`Invalid SNS topic ARN ${topicArn.slice(0, 200)}.`);
  if (match[1] !== ctx.region)
    throw badRequest(
      `The SNS topic ${topicArn} is in ${match[1]}; an event destination's topic must be in ${ctx.region}, the configuration set's Region.`,
    );
  const types = definition.strings('MatchingEventTypes', 10);
  if (types.length === 0) throw badRequest('MatchingEventTypes must name at least one event type.');
  const matchingEventTypes: EventType[] = [];
  for (const t of types) {
    const found = EVENT_TYPES.find((e) => e === t);
    if (found === undefined) {
      throw badRequest(
        UNPRODUCED_TYPES.includes(t)
          ? `The emulator does not produce ${t} events; it publishes ${EVENT_TYPES.join(', ')}.`
          : `1 validation error detected: Value '${t.slice(0, 100)}' at 'eventDestination.matchingEventTypes' failed to satisfy constraint: Member must satisfy enum value set: [SEND, REJECT, BOUNCE, COMPLAINT, DELIVERY, OPEN, CLICK, RENDERING_FAILURE, DELIVERY_DELAY, SUBSCRIPTION]`,
      );
    }
    if (!matchingEventTypes.includes(found)) matchingEventTypes.push(found);
  }
  return {
    name,
    enabled: definition.optionalBoolean('Enabled') ?? false,
    matchingEventTypes,
    snsTopicArn: topicArn,
  };
}

export async function createConfigurationSetEventDestination(ctx: V2Context) {
  const set = await ownedSet(ctx, label(ctx, 'ConfigurationSetName'));
  const name = checkedSetName(ctx.body.string('EventDestinationName'), 'event destination');
  if (set.eventDestinations.some((d) => d.name === name))
    throw alreadyExists(`Event destination ${name} already exists in configuration set ${set.name}.`);
  const destination = readDefinition(ctx, ctx.body.object('EventDestination'), name);
  if (set.eventDestinations.length >= MAX_DESTINATIONS)
    throw limitExceeded(`A configuration set has at most ${MAX_DESTINATIONS} event destinations.`);
  set.eventDestinations = [...set.eventDestinations, destination];
  await ctx.tx.putConfigurationSet(set);
  return {};
}

export async function getConfigurationSetEventDestinations(ctx: V2Context) {
  const set = await ownedSet(ctx, label(ctx, 'ConfigurationSetName'));
  return {
    EventDestinations: set.eventDestinations.map((d) => ({
      Name: d.name,
      Enabled: d.enabled,
      MatchingEventTypes: d.matchingEventTypes,
      SnsDestination: { TopicArn: d.snsTopicArn },
    })),
  };
}

function destinationOf(set: ConfigurationSetState, raw: string): EventDestinationState {
  const name = checkedSetName(raw, 'event destination');
  const found = set.eventDestinations.find((d) => d.name === name);
  if (!found) throw notFound(`Event destination ${name} does not exist in configuration set ${set.name}.`);
  return found;
}

export async function updateConfigurationSetEventDestination(ctx: V2Context) {
  const set = await ownedSet(ctx, label(ctx, 'ConfigurationSetName'));
  const existing = destinationOf(set, label(ctx, 'EventDestinationName'));
  const updated = readDefinition(ctx, ctx.body.object('EventDestination'), existing.name);
  set.eventDestinations = set.eventDestinations.map((d) => (d === existing ? updated : d));
  await ctx.tx.putConfigurationSet(set);
  return {};
}

export async function deleteConfigurationSetEventDestination(ctx: V2Context) {
  const set = await ownedSet(ctx, label(ctx, 'ConfigurationSetName'));
  const existing = destinationOf(set, label(ctx, 'EventDestinationName'));
  set.eventDestinations = set.eventDestinations.filter((d) => d !== existing);
  await ctx.tx.putConfigurationSet(set);
  return {};
}
