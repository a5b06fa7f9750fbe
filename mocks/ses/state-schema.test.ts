// @vitest-environment node
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from './instance';
import { emptyNotifications } from './model';
import { DEMO_DOMAIN_ARN } from './seed';
import { checkExportedState, LIMITS } from './state-schema';
import type { EmulatorStore, ExportedState } from './store-port';
import { clientAs } from './test/clients';

let store: EmulatorStore;

/** An export with every store populated: a send delivered to one address and bounced from another. */
async function populatedExport(): Promise<ExportedState> {
  await clientAs('delegate-marketer').send(
    new SendEmailCommand({
      Source: 'marketing+x@ses-example.com',
      SourceArn: DEMO_DOMAIN_ARN,
      Destination: { ToAddresses: ['success@simulator.amazonses.com', 'bounce@simulator.amazonses.com'] },
      Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
    }),
  );
  return store.exportState();
}

/** The export as a file holds it: plain JSON, so that tests can break it freely. */
type Json = Record<string, unknown>;
const asFile = (state: ExportedState): Json => JSON.parse(JSON.stringify(state)) as Json;
const records = (file: Json, name: string) => file[name] as Json[];
const first = (file: Json, name: string): Json => {
  const record = records(file, name)[0];
  if (!record) throw new Error(`The fixture has no ${name}.`);
  return record;
};

/** What `importState` refuses `file` with; the state must be exactly as before. */
async function refusal(file: unknown): Promise<string> {
  const before = await store.exportState();
  const error = await store.importState(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect(await store.exportState()).toEqual(before);
  return (error as Error).message;
}

const v1Identity = (name: string, policies: unknown): Json => ({
  key: `888888888888|us-east-1|${name.toLowerCase()}`,
  account: '888888888888',
  region: 'us-east-1',
  name,
  kind: name.includes('@') ? 'EmailAddress' : 'Domain',
  verificationStatus: 'Success',
  policies,
  notifications: emptyNotifications(),
  forwardingEnabled: true,
  createdAt: '2026-11-01T00:00:00.000Z',
});

const v1Export = (identities: Json[]): Json => ({
  schemaVersion: 1,
  identities,
  delegateSettings: [],
  activity: [],
  deliveries: [],
  forwarded: [],
});

beforeEach(async () => {
  store = await openFreshEmulatorStore();
});

describe('importing an export: the whole file is checked first', () => {
  it('a full export of every store imports and reads back exactly', async () => {
    const exported = await populatedExport();
    expect(exported.activity).toHaveLength(1);
    expect(exported.deliveries.length).toBeGreaterThan(0);
    expect(exported.forwarded.length).toBeGreaterThan(0);
    await store.reset();
    await store.importState(asFile(exported));
    expect(await store.exportState()).toEqual(exported);
  });

  it('refuses the files that used to break the console, naming the first bad path', async () => {
    const exported = asFile(await populatedExport());

    const nullPolicies = structuredClone(exported);
    first(nullPolicies, 'identities').policies = null;
    expect(await refusal(nullPolicies)).toBe(
      'identities[0].policies: expected a list of {name, document} or an object of policy documents, found null.',
    );

    const numericName = structuredClone(exported);
    first(numericName, 'identities').name = 42;
    expect(await refusal(numericName)).toBe('identities[0].name: expected a string, found the number 42.');

    const noArns = structuredClone(exported);
    delete first(noArns, 'activity').identityArns;
    expect(await refusal(noArns)).toBe('activity[0].identityArns: required, missing.');

    const objectDocument = structuredClone(exported);
    (first(objectDocument, 'identities').policies as Json[])[0] = {
      name: 'P',
      document: { Version: '2012-10-17' },
    };
    expect(await refusal(objectDocument)).toBe(
      'identities[0].policies[0].document: expected the policy document as a string of JSON, found an object.',
    );
  });

  it('reports a string schemaVersion as a wrong type, and a missing one as missing', async () => {
    const exported = asFile(await store.exportState());
    expect(await refusal({ ...exported, schemaVersion: '2' })).toBe(
      'schemaVersion: expected an integer, found the string "2".',
    );
    expect(await refusal({ ...exported, schemaVersion: 2.5 })).toBe(
      'schemaVersion: expected an integer, found the number 2.5.',
    );
    const { schemaVersion: _, ...unversioned } = exported;
    expect(await refusal(unversioned)).toBe('schemaVersion: required, missing.');
    expect(await refusal({ ...exported, schemaVersion: 99 })).toBe(
      'This export has schema version 99; the emulator reads versions 1 to 3.',
    );
    expect(await refusal([])).toBe('The export: expected an object, found a list.');
    expect(await refusal(null)).toBe('The export: expected an object, found null.');
  });

  it('imports a version 1 or 2 export: policy objects become lists in their order, keys are recomputed', async () => {
    for (const schemaVersion of [1, 2]) {
      const file = {
        ...v1Export([
          v1Identity('Example.com', { Second: '{"Version":"2012-10-17"}', First: '{}' }),
          v1Identity('News@Example.com', {}),
        ]),
        schemaVersion,
      };
      await store.importState(file);
      const { identities } = await store.exportState();
      expect(identities.map((i) => [i.key, i.policies])).toEqual([
        ['888888888888|us-east-1|News@Example.com', []],
        [
          '888888888888|us-east-1|example.com',
          [
            { name: 'Second', document: '{"Version":"2012-10-17"}' },
            { name: 'First', document: '{}' },
          ],
        ],
      ]);
    }
  });

  it('treats __proto__, constructor and toString as ordinary policy names, as objects and as lists', async () => {
    // JSON.parse makes `__proto__` an own key, as a file read from disk has it.
    const legacy: unknown = JSON.parse(
      JSON.stringify(v1Export([v1Identity('example.com', {})])).replace(
        '"policies":{}',
        '"policies":{"__proto__":"{\\"a\\":1}","constructor":"{}","toString":"[]"}',
      ),
    );
    await store.importState(legacy);
    const expected = [
      { name: '__proto__', document: '{"a":1}' },
      { name: 'constructor', document: '{}' },
      { name: 'toString', document: '[]' },
    ];
    const [imported] = (await store.exportState()).identities;
    expect(imported?.policies).toEqual(expected);
    expect(Object.getPrototypeOf(imported?.policies)).toBe(Array.prototype);

    const current = asFile(await store.exportState());
    await store.reset();
    await store.importState(current);
    expect((await store.exportState()).identities[0]?.policies).toEqual(expected);

    // An object without Object.prototype (none comes from JSON.parse) is read the same way.
    const inherited = structuredClone(current);
    first(inherited, 'identities').policies = Object.create(null) as unknown;
    await store.importState(inherited);
    expect((await store.exportState()).identities[0]?.policies).toEqual([]);
  });

  it('refuses a duplicate identity key, in version 3 and after recomputing version 1 keys', async () => {
    const exported = asFile(await store.exportState());
    const twice = structuredClone(exported);
    records(twice, 'identities').push(structuredClone(first(twice, 'identities')));
    const key = String(first(exported, 'identities').key);
    expect(await refusal(twice)).toBe(
      `identities[2].key: the same identity as identities[0] (${key}); each identity appears once.`,
    );
    expect(await refusal(v1Export([v1Identity('example.com', {}), v1Identity('EXAMPLE.com', {})]))).toBe(
      'identities[1].name: the same identity as identities[0] (888888888888|us-east-1|example.com); each identity appears once.',
    );
  });

  it('refuses identities the engine refuses, inconsistent kinds and keys, bad policies', async () => {
    const exported = asFile(await store.exportState());
    const cases: [(identity: Json) => void, string][] = [
      [(i) => (i.name = 'two words.example'), 'identities[0].name: "two words.example" contains whitespace.'],
      [
        (i) => (i.account = '8888'),
        'identities[0].account: expected a 12-digit account ID, found the string "8888".',
      ],
      [
        (i) => (i.key = 'x'),
        'identities[0].key: expected "888888888888|us-east-1|ses-example.com" (account|Region|name), found the string "x".',
      ],
      [
        (i) => (i.kind = 'EmailAddress'),
        'identities[0].kind: "ses-example.com" is a domain, not "EmailAddress".',
      ],
      [
        (i) => (i.verificationStatus = 'Failed'),
        'identities[0].verificationStatus: expected one of "Pending", "Success", found the string "Failed".',
      ],
      [
        (i) => (i.verificationToken = 7),
        'identities[0].verificationToken: expected a string, found the number 7.',
      ],
      [
        (i) => (i.policies = [{ name: 'a b', document: '{}' }]),
        'identities[0].policies[0].name: A policy name can contain only letters, digits, hyphens and underscores; remove the spaces.',
      ],
      [
        (i) =>
          (i.policies = [
            { name: 'P', document: '{}' },
            { name: 'P', document: '{}' },
          ]),
        'identities[0].policies[1].name: a second policy named "P"; policy names are unique.',
      ],
      [
        (i) => (i.policies = { 'a.b': 5 }),
        'identities[0].policies["a.b"]: A policy name can contain only letters, digits, hyphens and underscores; remove ".".',
      ],
      [
        (i) => (i.policies = { P: 5 }),
        'identities[0].policies.P: expected the policy document as a string of JSON, found the number 5.',
      ],
      [
        // 2,049 characters, 4,098 bytes in UTF-8.
        (i) => (i.policies = [{ name: 'P', document: 'é'.repeat(2049) }]),
        'identities[0].policies[0].document: a policy of more than 4,096 bytes, the most SES stores.',
      ],
      [
        (i) => (i.policies = Array.from({ length: 21 }, (_, n) => ({ name: `P${n}`, document: '{}' }))),
        'identities[0].policies: 21 entries; the emulator imports at most 20.',
      ],
      [
        (i) => (i.notifications = { topics: { Send: 'x' }, headers: emptyNotifications().headers }),
        'identities[0].notifications.topics.Send: not a notification type (only Bounce, Complaint or Delivery).',
      ],
      [
        (i) =>
          (i.notifications = { topics: { Bounce: 'arn:aws:sqs:us-east-1:888888888888:q' }, headers: {} }),
        'identities[0].notifications.topics.Bounce: expected an SNS topic ARN such as arn:aws:sns:us-east-1:123456789012:my-topic, found the string "arn:aws:sqs:us-east-1:888888888888:q".',
      ],
      [
        (i) => (i.notifications = { topics: {}, headers: { Bounce: true, Complaint: false } }),
        'identities[0].notifications.headers.Delivery: required, missing.',
      ],
      [
        (i) => (i.forwardingEnabled = 'yes'),
        'identities[0].forwardingEnabled: expected true or false, found the string "yes".',
      ],
      [(i) => delete i.createdAt, 'identities[0].createdAt: required, missing.'],
    ];
    for (const [breakIt, message] of cases) {
      const file = structuredClone(exported);
      breakIt(first(file, 'identities'));
      expect(await refusal(file)).toBe(message);
    }
  });

  it('refuses bad activity, delegate settings, deliveries and forwarded entries', async () => {
    const exported = asFile(await populatedExport());
    const cases: [string, (record: Json) => void, string][] = [
      [
        'activity',
        (a) => (a.time = 'yesterday'),
        'activity[0].time: expected an ISO 8601 time such as 2026-11-01T12:00:00.000Z, found the string "yesterday".',
      ],
      [
        'activity',
        (a) => (a.identityArns = [7]),
        'activity[0].identityArns[0]: expected a string, found the number 7.',
      ],
      [
        'activity',
        (a) => (a.decision = 'Deny'),
        'activity[0].decision: expected one of "Allow", "ExplicitDeny", "ImplicitDeny", found the string "Deny".',
      ],
      ['activity', (a) => (a.id = 1.5), 'activity[0].id: expected a positive integer, found the number 1.5.'],
      ['activity', (a) => (a.errorCode = null), 'activity[0].errorCode: expected a string, found null.'],
      [
        'activity',
        (a) => (a.action = 'x'.repeat(LIMITS.shortText + 1)),
        'activity[0].action: a string of 2,049 characters; at most 2,048 are accepted.',
      ],
      ['activity', (a) => delete a.trace, 'activity[0].trace: required, missing.'],
      [
        'deliveries',
        (d) => (d.audience = 'everyone'),
        'deliveries[0].audience: expected one of "owner", "delegate", found the string "everyone".',
      ],
      [
        'deliveries',
        (d) => (d.notification = { n: Number.NaN }),
        'deliveries[0].notification.n: expected a JSON value, found the number NaN.',
      ],
      [
        'forwarded',
        (f) => (f.notificationType = 'Delivery'),
        'forwarded[0].notificationType: expected one of "Bounce", "Complaint", found the string "Delivery".',
      ],
    ];
    for (const [storeName, breakIt, message] of cases) {
      const file = structuredClone(exported);
      breakIt(first(file, storeName));
      expect(await refusal(file)).toBe(message);
    }

    const repeatedId = structuredClone(exported);
    records(repeatedId, 'activity').push(structuredClone(first(repeatedId, 'activity')));
    expect(await refusal(repeatedId)).toBe('activity[1].id: the same id as activity[0]; ids are unique.');

    const delegate = {
      key: `999999999999|${DEMO_DOMAIN_ARN}`,
      account: '999999999999',
      identityArn: DEMO_DOMAIN_ARN,
      ...emptyNotifications(),
    };
    expect(await refusal({ ...exported, delegateSettings: [{ ...delegate, key: 'x' }] })).toBe(
      `delegateSettings[0].key: expected "999999999999|${DEMO_DOMAIN_ARN}" (account|identityArn), found the string "x".`,
    );
    expect(await refusal({ ...exported, delegateSettings: [delegate, delegate] })).toBe(
      `delegateSettings[1].key: the same delegate settings as delegateSettings[0] (999999999999|${DEMO_DOMAIN_ARN}); each appears once.`,
    );
    await store.importState({ ...exported, delegateSettings: [delegate] });
    expect((await store.exportState()).delegateSettings).toEqual([delegate]);
  });

  it('refuses a 10,000-deep trace without overflowing the stack', async () => {
    const exported = asFile(await populatedExport());
    let deep: unknown = [];
    for (let level = 0; level < 10_000; level++) deep = [deep];
    const file = structuredClone(exported);
    first(file, 'activity').trace = deep;
    expect(await refusal(file)).toBe(
      `activity[0].trace${'[0]'.repeat(LIMITS.jsonDepth + 1)}: nested more than 64 levels deep.`,
    );
    // A cycle can only come from code, and is refused the same way.
    const cyclic: Json = {};
    cyclic.self = cyclic;
    expect(
      checkExportedState({ ...exported, activity: [{ ...first(exported, 'activity'), trace: cyclic }] }),
    ).toEqual({
      ok: false,
      error: `activity[0].trace${'.self'.repeat(LIMITS.jsonDepth + 1)}: nested more than 64 levels deep.`,
    });
  });

  it('refuses oversize collections before reading their records', async () => {
    const exported = asFile(await store.exportState());
    expect(
      await refusal({ ...exported, identities: new Array<null>(LIMITS.identities + 1).fill(null) }),
    ).toBe('identities: 100,001 entries; the emulator imports at most 100,000.');
    expect(await refusal({ ...exported, activity: new Array<null>(LIMITS.activity + 1).fill(null) })).toBe(
      'activity: 1,000,001 entries; the emulator imports at most 1,000,000.',
    );
    expect(await refusal({ ...exported, forwarded: new Array<null>(LIMITS.forwarded + 1).fill(null) })).toBe(
      'forwarded: 1,000,001 entries; the emulator imports at most 1,000,000.',
    );
    const wide = asFile(await populatedExport());
    first(wide, 'activity').trace = new Array<number>(LIMITS.jsonNodes).fill(0);
    expect(await refusal(wide)).toBe('activity[0].trace: more than 100,000 JSON values.');
  });

  it('ignores unknown fields and does not store them; a known field of the wrong type is refused', async () => {
    const exported = asFile(await store.exportState());
    const extra = structuredClone(exported);
    extra.comment = 'exported for the demo';
    first(extra, 'identities').color = 'blue';
    await store.importState(extra);
    expect(await store.exportState()).toEqual(exported);
    expect(Object.hasOwn((await store.exportState()).identities[0] ?? {}, 'color')).toBe(false);
    expect(await refusal({ ...exported, deliveries: {} })).toBe(
      'deliveries: expected a list, found an object.',
    );
    expect(await refusal({ ...exported, identities: [null] })).toBe(
      'identities[0]: expected an object, found null.',
    );
  });
});
