/**
 * The strict check an export (`ExportedState`) passes before `importState` touches anything:
 * schema versions 1 to 3, every record of every store, with the first bad path in the message,
 * e.g. `identities[3].policies: expected a list of {name, document} or an object of policy
 * documents, found null.` Loaded on demand (`await import('./state-schema')`) so that it stays
 * out of the page's first load.
 *
 * Choices:
 * - Unknown fields, on the export or on a record, are ignored and not stored: records are rebuilt
 *   from their known fields only. A known field of the wrong type is refused.
 * - The order is the export's: `schemaVersion` (it decides the shape), then identities,
 *   delegateSettings, activity, deliveries, forwarded; inside a record its fields in the model's
 *   order. The first problem found is the one reported.
 * - Everything is bounded: record counts (`LIMITS`), string lengths, and the depth and size of the
 *   free-form JSON in `trace` and `notification`, checked iteratively (no recursion).
 * - Keys from the file are only ever compared or iterated (`Object.entries`, `Object.hasOwn`,
 *   `Set`), never used to index a plain object, so `__proto__` or `toString` are ordinary names.
 */
import {
  byteLength,
  identityKindOf,
  identityNameProblem,
  MAX_POLICIES_PER_IDENTITY,
  MAX_POLICY_BYTES,
  parseIdentityArn,
  policyNameProblem,
} from '../../src/policy-engine/index';
import {
  identityKey,
  NOTIFICATION_TYPES,
  configurationSetKey,
  EVENT_TYPES,
  type ActivityEntry,
  type ConfigurationSetState,
  type DelegateSettings,
  type EventDestinationState,
  type EventPublication,
  type ForwardedFeedback,
  type IdentityState,
  type NotificationSettings,
  type NotificationType,
  type StoredPolicy,
  type TopicDelivery,
} from './model';
import { OLDEST_IMPORTABLE_VERSION, SCHEMA_VERSION, type ExportedState } from './store';

/** The most records of each store an import accepts: far above a demo's, low enough to import in a tab. */
export const LIMITS = {
  identities: 100_000,
  delegateSettings: 100_000,
  activity: 1_000_000,
  deliveries: 1_000_000,
  forwarded: 1_000_000,
  configurationSets: 100_000,
  events: 1_000_000,
  /** Event destinations of one configuration set (SES's quota is 10). */
  eventDestinationsPerSet: 10,
  /** ARNs one activity entry names (a send names at most three: Source, From and Return-Path). */
  identityArnsPerEntry: 100,
  /** Names, ARNs, keys, times, tokens, actions. */
  shortText: 2_048,
  /** Activity messages and any string inside `trace` or `notification`. */
  longText: 65_536,
  /** Nesting of `trace` and `notification` (a real trace is about a dozen levels deep). */
  jsonDepth: 64,
  /** Values (objects, lists, strings, numbers...) in one `trace` or `notification`. */
  jsonNodes: 100_000,
} as const;

/** The biggest export the emulator's `PUT state` reads, in bytes (20 MB); the console refuses bigger files before reading them. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** An export that passed the check, in version 3's shape; only `checkExportedState` makes one. */
export type CheckedState = ExportedState & { readonly checked: true };

export type StateCheck = { ok: true; state: CheckedState } | { ok: false; error: string };

/** Checks a whole export; on success returns it rebuilt in version 3's shape, ready to store. */
export function checkExportedState(value: unknown): StateCheck {
  try {
    return { ok: true, state: readExport(value) };
  } catch (error) {
    if (error instanceof BadRecord || error instanceof UnsupportedVersion)
      return { ok: false, error: error.message };
    throw error;
  }
}

/** The first problem found; thrown to stop the walk at once and caught in `checkExportedState`. */
class BadRecord extends Error {
  constructor(path: Path, problem: string) {
    super(`${pathText(path)}: ${problem.replace(/\.$/, '')}.`);
  }
}

/** A version this emulator does not read: worded as before this check existed. */
class UnsupportedVersion extends Error {}

/** A path into the export: property names and list indexes, e.g. identities[3].policies. */
type Path = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function pathText(path: Path): string {
  if (path.length === 0) return 'The export';
  return path
    .map((part, index) =>
      typeof part === 'number'
        ? `[${part}]`
        : IDENTIFIER.test(part)
          ? `${index === 0 ? '' : '.'}${part}`
          : `[${JSON.stringify(part)}]`,
    )
    .join('');
}

/** What a wrong value is, in words: `null`, `the string "2"`, `a list`... */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `the string ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the boolean ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const wrongType = (path: Path, expected: string, value: unknown) =>
  new BadRecord(path, `expected ${expected}, found ${describe(value)}`);

type JsonObject = { readonly [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One record's fields, read by own property only (an inherited `constructor` is not a field).
 * Field names are always this module's own constants, never keys taken from the file.
 * An own property holding `undefined` counts as missing: JSON has no undefined.
 */
class Fields {
  constructor(
    private readonly record: JsonObject,
    readonly path: Path,
  ) {}

  static of(value: unknown, path: Path, expected = 'an object'): Fields {
    if (!isObject(value)) throw wrongType(path, expected, value);
    return new Fields(value, path);
  }

  /** The record's own keys, for maps whose keys are fixed (`topics`, `headers`). */
  keys(): string[] {
    return Object.keys(this.record);
  }

  at(name: string): Path {
    return [...this.path, name];
  }

  optional(name: string): unknown {
    return Object.hasOwn(this.record, name) ? this.record[name] : undefined;
  }

  required(name: string): unknown {
    const value = this.optional(name);
    if (value === undefined) throw new BadRecord(this.at(name), 'required, missing');
    return value;
  }

  string(name: string, max: number = LIMITS.shortText): string {
    return text(this.required(name), this.at(name), max);
  }

  optionalString(name: string, max: number = LIMITS.shortText): string | undefined {
    const value = this.optional(name);
    return value === undefined ? undefined : text(value, this.at(name), max);
  }

  boolean(name: string): boolean {
    const value = this.required(name);
    if (typeof value !== 'boolean') throw wrongType(this.at(name), 'true or false', value);
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.required(name);
    const found = allowed.find((option) => option === value);
    if (found === undefined)
      throw wrongType(this.at(name), `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
    return found;
  }

  matching(name: string, pattern: RegExp, expected: string): string {
    const value = this.string(name);
    if (!pattern.test(value)) throw wrongType(this.at(name), expected, value);
    return value;
  }

  account(name: string): string {
    return this.matching(name, ACCOUNT, 'a 12-digit account ID');
  }

  time(name: string): string {
    const value = this.string(name);
    if (!ISO_TIME.test(value) || Number.isNaN(Date.parse(value)))
      throw wrongType(this.at(name), 'an ISO 8601 time such as 2026-11-01T12:00:00.000Z', value);
    return value;
  }

  /** A JSON value of bounded depth and size, stored as is. */
  json(name: string): unknown {
    const value = this.required(name);
    checkJson(value, this.at(name));
    return value;
  }
}

function text(value: unknown, path: Path, max: number): string {
  if (typeof value !== 'string') throw wrongType(path, 'a string', value);
  if (value.length > max)
    throw new BadRecord(
      path,
      `a string of ${value.length.toLocaleString('en-US')} characters; at most ${max.toLocaleString('en-US')} are accepted`,
    );
  return value;
}

function list(value: unknown, path: Path, max: number, expected = 'a list'): readonly unknown[] {
  if (!Array.isArray(value)) throw wrongType(path, expected, value);
  if (value.length > max)
    throw new BadRecord(
      path,
      `${value.length.toLocaleString('en-US')} entries; the emulator imports at most ${max.toLocaleString('en-US')}`,
    );
  return value as readonly unknown[];
}

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** The SNS topic ARNs SetIdentityNotificationTopic accepts (`operations/notification-settings.ts`). */
const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
/** SES API v2's rule for configuration set and event destination names. */
const CONFIGURATION_SET_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Checks that `root` is plain JSON no deeper than `LIMITS.jsonDepth` and with at most
 * `LIMITS.jsonNodes` values, with an explicit stack: a 10,000-deep list must be refused, not
 * overflow the call stack. A cycle (possible only when `importState` is called from code) ends up
 * too deep, so it is refused too.
 */
function checkJson(root: unknown, rootPath: Path): void {
  const pending: { value: unknown; path: Path; depth: number }[] = [
    { value: root, path: rootPath, depth: 0 },
  ];
  // Counted before queuing, so that one huge list is refused before its elements fill the stack.
  let queued = 1;
  const reserve = (count: number) => {
    queued += count;
    if (queued > LIMITS.jsonNodes)
      throw new BadRecord(rootPath, `more than ${LIMITS.jsonNodes.toLocaleString('en-US')} JSON values`);
  };
  // Pushed in reverse so that the first bad element is the one reported.
  const queue = (key: string | number, child: unknown, path: Path, depth: number) =>
    pending.push({ value: child, path: [...path, key], depth: depth + 1 });
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path, depth } = item;
    if (depth > LIMITS.jsonDepth)
      throw new BadRecord(path, `nested more than ${LIMITS.jsonDepth} levels deep`);
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw wrongType(path, 'a JSON value', value);
    } else if (typeof value === 'string') {
      text(value, path, LIMITS.longText);
    } else if (Array.isArray(value)) {
      reserve(value.length);
      for (let i = value.length - 1; i >= 0; i--) queue(i, value[i] as unknown, path, depth);
    } else if (isObject(value)) {
      const entries = Object.entries(value);
      reserve(entries.length);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] ?? ['', undefined];
        queue(key, child, path, depth);
      }
    } else {
      throw wrongType(path, 'a JSON value', value);
    }
  }
}

function readExport(value: unknown): CheckedState {
  const top = Fields.of(value, []);
  const version = top.required('schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw wrongType(top.at('schemaVersion'), 'an integer', version);
  if (version < OLDEST_IMPORTABLE_VERSION || version > SCHEMA_VERSION) {
    throw new UnsupportedVersion(
      `This export has schema version ${version}; the emulator reads versions ${OLDEST_IMPORTABLE_VERSION} to ${SCHEMA_VERSION}.`,
    );
  }
  return {
    checked: true,
    schemaVersion: SCHEMA_VERSION,
    identities: readIdentities(top, version),
    delegateSettings: readUnique(
      top,
      'delegateSettings',
      readDelegateSettings,
      (d) => d.key,
      'delegate settings',
    ),
    activity: readLog(top, 'activity', readActivityEntry),
    deliveries: readLog(top, 'deliveries', readDelivery),
    forwarded: readLog(top, 'forwarded', readForwarded),
    // Added within version 3: absent in older exports, which import with none.
    configurationSets: top.optional('configurationSets') === undefined ? [] : readConfigurationSets(top),
    events: top.optional('events') === undefined ? [] : readLog(top, 'events', readEvent),
  };
}

function readConfigurationSets(top: Fields): ConfigurationSetState[] {
  const records = list(
    top.required('configurationSets'),
    top.at('configurationSets'),
    LIMITS.configurationSets,
  );
  const firstIndexOfKey = new Map<string, number>();
  return records.map((record, index) => {
    const fields = Fields.of(record, [...top.at('configurationSets'), index]);
    const key = fields.string('key');
    const account = fields.account('account');
    const region = fields.matching('region', REGION, 'a Region such as us-east-1');
    const name = fields.matching(
      'name',
      CONFIGURATION_SET_NAME,
      'a configuration set name (A-Z, a-z, 0-9, _ and -, at most 64)',
    );
    const expectedKey = configurationSetKey(account, region, name);
    if (key !== expectedKey)
      throw new BadRecord(
        fields.at('key'),
        `expected ${JSON.stringify(expectedKey)} (account|Region|name), found ${describe(key)}`,
      );
    const earlier = firstIndexOfKey.get(key);
    if (earlier !== undefined)
      throw new BadRecord(
        fields.at('key'),
        `the same configuration set as configurationSets[${earlier}] (${key}); each appears once`,
      );
    firstIndexOfKey.set(key, index);
    const destinations = list(
      fields.required('eventDestinations'),
      fields.at('eventDestinations'),
      LIMITS.eventDestinationsPerSet,
    );
    const names = new Set<string>();
    const eventDestinations = destinations.map((d, i): EventDestinationState => {
      const dest = Fields.of(d, [...fields.at('eventDestinations'), i]);
      const destName = dest.matching(
        'name',
        CONFIGURATION_SET_NAME,
        'an event destination name (A-Z, a-z, 0-9, _ and -, at most 64)',
      );
      if (names.has(destName)) throw new BadRecord(dest.at('name'), `a second destination named ${destName}`);
      names.add(destName);
      const types = list(
        dest.required('matchingEventTypes'),
        dest.at('matchingEventTypes'),
        EVENT_TYPES.length,
      );
      return {
        name: destName,
        enabled: dest.boolean('enabled'),
        matchingEventTypes: types.map((t, j) => {
          const found = EVENT_TYPES.find((e) => e === t);
          if (found === undefined)
            throw wrongType([...dest.at('matchingEventTypes'), j], `one of ${EVENT_TYPES.join(', ')}`, t);
          return found;
        }),
        snsTopicArn: dest.matching('snsTopicArn', TOPIC_ARN, 'an SNS topic ARN'),
      };
    });
    return {
      key,
      account,
      region,
      name,
      sendingEnabled: fields.boolean('sendingEnabled'),
      eventDestinations,
      createdAt: fields.time('createdAt'),
    };
  });
}

function readEvent(fields: Fields): Omit<EventPublication, 'id'> {
  return {
    time: fields.time('time'),
    configurationSetArn: fields.string('configurationSetArn'),
    account: fields.account('account'),
    eventDestination: fields.string('eventDestination'),
    topicArn: fields.matching('topicArn', TOPIC_ARN, 'an SNS topic ARN'),
    eventType: fields.oneOf('eventType', EVENT_TYPES),
    messageId: fields.string('messageId'),
    event: fields.json('event'),
  };
}

function readIdentities(top: Fields, version: number): IdentityState[] {
  const records = list(top.required('identities'), top.at('identities'), LIMITS.identities);
  const firstIndexOfKey = new Map<string, number>();
  return records.map((record, index) => {
    const path = [...top.at('identities'), index];
    const identity = readIdentity(Fields.of(record, path), version);
    const earlier = firstIndexOfKey.get(identity.key);
    if (earlier !== undefined)
      throw new BadRecord(
        [...path, version >= 3 ? 'key' : 'name'],
        `the same identity as identities[${earlier}] (${identity.key}); each identity appears once`,
      );
    firstIndexOfKey.set(identity.key, index);
    return identity;
  });
}

function readIdentity(fields: Fields, version: number): IdentityState {
  const key = fields.string('key');
  const account = fields.account('account');
  const region = fields.matching('region', REGION, 'a Region such as us-east-1');
  const name = fields.string('name');
  const nameProblem = identityNameProblem(name);
  if (nameProblem) throw new BadRecord(fields.at('name'), nameProblem);
  const expectedKey = identityKey(account, region, name);
  // Versions 1 and 2 keyed email addresses case-insensitively; their keys are recomputed.
  if (version >= 3 && key !== expectedKey)
    throw new BadRecord(
      fields.at('key'),
      `expected ${JSON.stringify(expectedKey)} (account|Region|name), found ${describe(key)}`,
    );
  const kind = fields.oneOf('kind', ['EmailAddress', 'Domain'] as const);
  if (kind !== identityKindOf(name))
    throw new BadRecord(
      fields.at('kind'),
      `${JSON.stringify(name)} is ${identityKindOf(name) === 'Domain' ? 'a domain' : 'an email address'}, not ${JSON.stringify(kind)}`,
    );
  const verificationStatus = fields.oneOf('verificationStatus', ['Pending', 'Success'] as const);
  const verificationToken = fields.optionalString('verificationToken');
  const policies = readPolicies(fields);
  const notifications = readNotifications(
    Fields.of(fields.required('notifications'), fields.at('notifications')),
  );
  const forwardingEnabled = fields.boolean('forwardingEnabled');
  const createdAt = fields.string('createdAt');
  const configurationSetName = fields.optionalString('configurationSetName');
  if (configurationSetName !== undefined && !CONFIGURATION_SET_NAME.test(configurationSetName))
    throw wrongType(fields.at('configurationSetName'), 'a configuration set name', configurationSetName);
  return {
    key: expectedKey,
    account,
    region,
    name,
    kind,
    verificationStatus,
    ...(verificationToken === undefined ? {} : { verificationToken }),
    policies,
    notifications,
    forwardingEnabled,
    createdAt,
    ...(configurationSetName === undefined ? {} : { configurationSetName }),
  };
}

const POLICIES_EXPECTED = 'a list of {name, document} or an object of policy documents';

/**
 * Version 3's list `[{name, document}]`, or versions 1 and 2's object `{name: document}`, which
 * becomes a list in its own order (what `upgradeIdentityRecord` does). `Object.entries` over the
 * parsed object gives a `__proto__` own key back as an ordinary name.
 */
function readPolicies(fields: Fields): StoredPolicy[] {
  const value = fields.required('policies');
  const path = fields.at('policies');
  let candidates: { path: Path; name: unknown; document: unknown }[];
  if (Array.isArray(value)) {
    candidates = list(value, path, MAX_POLICIES_PER_IDENTITY, POLICIES_EXPECTED).map((entry, index) => {
      const policy = Fields.of(entry, [...path, index], 'a policy {name, document}');
      return { path: policy.path, name: policy.required('name'), document: policy.required('document') };
    });
  } else if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length > MAX_POLICIES_PER_IDENTITY) list(entries, path, MAX_POLICIES_PER_IDENTITY);
    // The name is the key; a problem with the document is reported at the key.
    candidates = entries.map(([name, document]) => ({ path: [...path, name], name, document }));
  } else {
    throw wrongType(path, POLICIES_EXPECTED, value);
  }
  const seen = new Set<string>();
  return candidates.map((candidate) => {
    const isList = typeof candidate.path[candidate.path.length - 1] === 'number';
    const namePath = isList ? [...candidate.path, 'name'] : candidate.path;
    const documentPath = isList ? [...candidate.path, 'document'] : candidate.path;
    const name = text(candidate.name, namePath, LIMITS.shortText);
    const nameProblem = policyNameProblem(name);
    if (nameProblem) throw new BadRecord(namePath, nameProblem);
    if (seen.has(name))
      throw new BadRecord(namePath, `a second policy named ${JSON.stringify(name)}; policy names are unique`);
    seen.add(name);
    if (typeof candidate.document !== 'string')
      throw wrongType(documentPath, 'the policy document as a string of JSON', candidate.document);
    // The length bounds the work before encoding: UTF-8 never takes fewer bytes than UTF-16 units.
    const bytes = candidate.document.length > MAX_POLICY_BYTES ? Infinity : byteLength(candidate.document);
    if (bytes > MAX_POLICY_BYTES)
      throw new BadRecord(
        documentPath,
        `a policy of more than ${MAX_POLICY_BYTES.toLocaleString('en-US')} bytes, the most SES stores`,
      );
    return { name, document: candidate.document };
  });
}

function readNotifications(fields: Fields): NotificationSettings {
  const topicsFields = Fields.of(fields.required('topics'), fields.at('topics'));
  const headersFields = Fields.of(fields.required('headers'), fields.at('headers'));
  return { topics: readTopics(topicsFields), headers: readHeaders(headersFields) };
}

const isNotificationType = (key: string): key is NotificationType =>
  NOTIFICATION_TYPES.some((type) => type === key);

/** `{Bounce?, Complaint?, Delivery?}`: a map keyed by notification type, so other keys are refused. */
function readTopics(fields: Fields): NotificationSettings['topics'] {
  const topics = new Map<NotificationType, string>();
  for (const type of NOTIFICATION_TYPES) {
    const topic = fields.optional(type);
    if (topic === undefined) continue;
    const arn = text(topic, fields.at(type), LIMITS.shortText);
    if (!TOPIC_ARN.test(arn))
      throw wrongType(
        fields.at(type),
        'an SNS topic ARN such as arn:aws:sns:us-east-1:123456789012:my-topic',
        arn,
      );
    topics.set(type, arn);
  }
  rejectOtherKeys(fields, 'Bounce, Complaint or Delivery');
  return Object.fromEntries(topics) as NotificationSettings['topics'];
}

function readHeaders(fields: Fields): NotificationSettings['headers'] {
  const headers = {
    Bounce: fields.boolean('Bounce'),
    Complaint: fields.boolean('Complaint'),
    Delivery: fields.boolean('Delivery'),
  };
  rejectOtherKeys(fields, 'Bounce, Complaint and Delivery');
  return headers;
}

function rejectOtherKeys(fields: Fields, allowed: string): void {
  const other = fields.keys().find((key) => !isNotificationType(key));
  if (other !== undefined) throw new BadRecord(fields.at(other), `not a notification type (only ${allowed})`);
}

/** A store keyed by a record field: two records with one key would silently become one. */
function readUnique<T>(
  top: Fields,
  store: 'delegateSettings',
  read: (fields: Fields) => T,
  keyOf: (record: T) => string,
  what: string,
): T[] {
  const records = list(top.required(store), top.at(store), LIMITS[store]);
  const firstIndexOfKey = new Map<string, number>();
  return records.map((record, index) => {
    const path = [...top.at(store), index];
    const parsed = read(Fields.of(record, path));
    const key = keyOf(parsed);
    const earlier = firstIndexOfKey.get(key);
    if (earlier !== undefined)
      throw new BadRecord(
        [...path, 'key'],
        `the same ${what} as ${store}[${earlier}] (${key}); each appears once`,
      );
    firstIndexOfKey.set(key, index);
    return parsed;
  });
}

/**
 * An auto-numbered log (activity, deliveries, forwarded): `id` is optional (the store numbers
 * entries without one) but, when given, a positive integer used once: a repeated id would
 * overwrite the earlier entry.
 */
function readLog<T extends { id?: number }>(
  top: Fields,
  store: 'activity' | 'deliveries' | 'forwarded' | 'events',
  read: (fields: Fields) => Omit<T, 'id'>,
): T[] {
  const records = list(top.required(store), top.at(store), LIMITS[store]);
  const firstIndexOfId = new Map<number, number>();
  return records.map((record, index) => {
    const fields = Fields.of(record, [...top.at(store), index]);
    const id = fields.optional('id');
    if (id !== undefined) {
      if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1)
        throw wrongType(fields.at('id'), 'a positive integer', id);
      const earlier = firstIndexOfId.get(id);
      if (earlier !== undefined)
        throw new BadRecord(fields.at('id'), `the same id as ${store}[${earlier}]; ids are unique`);
      firstIndexOfId.set(id, index);
    }
    const entry = read(fields);
    return (id === undefined ? entry : { id, ...entry }) as T;
  });
}

function readDelegateSettings(fields: Fields): DelegateSettings {
  const key = fields.string('key');
  const account = fields.account('account');
  const identityArn = fields.string('identityArn');
  const parsed = parseIdentityArn(identityArn);
  if (!parsed.ok) throw new BadRecord(fields.at('identityArn'), parsed.error);
  const expectedKey = `${account}|${identityArn}`;
  if (key !== expectedKey)
    throw new BadRecord(
      fields.at('key'),
      `expected ${JSON.stringify(expectedKey)} (account|identityArn), found ${describe(key)}`,
    );
  return { key, account, identityArn, ...readNotifications(fields) };
}

function readActivityEntry(fields: Fields): Omit<ActivityEntry, 'id'> {
  const time = fields.time('time');
  const action = fields.string('action');
  const caller = fields.string('caller');
  const callerAccount = fields.string('callerAccount');
  const identityArns = list(
    fields.required('identityArns'),
    fields.at('identityArns'),
    LIMITS.identityArnsPerEntry,
    'a list of identity ARNs',
  ).map((arn, index) => text(arn, [...fields.at('identityArns'), index], LIMITS.shortText));
  const decision = fields.oneOf('decision', ['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const);
  const errorCode = fields.optionalString('errorCode');
  const message = fields.string('message', LIMITS.longText);
  const messageId = fields.optionalString('messageId');
  const trace = fields.json('trace');
  const apiVersion =
    fields.optional('apiVersion') === undefined ? undefined : fields.oneOf('apiVersion', ['2'] as const);
  const configurationSetName = fields.optionalString('configurationSetName');
  return {
    time,
    action,
    caller,
    callerAccount,
    identityArns,
    decision,
    ...(errorCode === undefined ? {} : { errorCode }),
    message,
    ...(messageId === undefined ? {} : { messageId }),
    trace,
    ...(apiVersion === undefined ? {} : { apiVersion }),
    ...(configurationSetName === undefined ? {} : { configurationSetName }),
  };
}

function readDelivery(fields: Fields): Omit<TopicDelivery, 'id'> {
  return {
    time: fields.time('time'),
    topicArn: fields.matching('topicArn', TOPIC_ARN, 'an SNS topic ARN'),
    audience: fields.oneOf('audience', ['owner', 'delegate'] as const),
    account: fields.account('account'),
    notificationType: fields.oneOf('notificationType', NOTIFICATION_TYPES),
    messageId: fields.string('messageId'),
    notification: fields.json('notification'),
  };
}

function readForwarded(fields: Fields): Omit<ForwardedFeedback, 'id'> {
  return {
    time: fields.time('time'),
    to: fields.string('to'),
    notificationType: fields.oneOf('notificationType', ['Bounce', 'Complaint'] as const),
    messageId: fields.string('messageId'),
  };
}
