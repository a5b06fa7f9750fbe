/**
 * The store port's contract: one suite that every adapter (IndexedDB in the page, SQLite in the
 * local endpoint) passes, so that the operations behave the same on both.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyNotifications,
  identityKey,
  type ActivityEntry,
  type ConfigurationSetState,
  type IdentityState,
} from '../model';
import { DEMO_DOMAIN } from '../seed';
import { SCHEMA_VERSION, type EmulatorStore, type IdentityPageQuery } from '../store-port';

const identity = (account: string, name: string, kind: IdentityState['kind'] = 'Domain'): IdentityState => ({
  key: identityKey(account, 'us-east-1', name),
  account,
  region: 'us-east-1',
  name,
  kind,
  verificationStatus: 'Pending',
  policies: [],
  notifications: emptyNotifications(),
  forwardingEnabled: true,
  createdAt: '2026-12-03T00:00:00.000Z',
});

const entry = (message: string): ActivityEntry => ({
  time: '2026-12-03T00:00:00.000Z',
  action: 'SendEmail',
  caller: 'arn:aws:iam::999999999999:root',
  callerAccount: '999999999999',
  identityArns: [],
  decision: 'ImplicitDeny',
  message,
  trace: null,
});

/** `open` gives a new, empty-but-seeded store each time it is called. */
export function describeStoreContract(adapter: string, open: () => Promise<EmulatorStore>): void {
  describe(`store port contract: ${adapter}`, () => {
    it('opens seeded with the demo', async () => {
      const store = await open();
      const names = (await store.exportState()).identities.map((i) => i.name);
      store.close();
      expect(names).toContain(DEMO_DOMAIN);
    });

    it('puts, reads, replaces and deletes identities by key', async () => {
      const store = await open();
      const a = identity('123456789012', 'a.example');
      await store.transaction((tx) => tx.putIdentity(a));
      expect(await store.transaction((tx) => tx.identity(a.key))).toEqual(a);
      await store.transaction((tx) => tx.putIdentity({ ...a, verificationStatus: 'Success' }));
      expect((await store.transaction((tx) => tx.identity(a.key)))?.verificationStatus).toBe('Success');
      await store.transaction((tx) => tx.deleteIdentity(a.key));
      expect(await store.transaction((tx) => tx.identity(a.key))).toBeUndefined();
      // Deleting what is not there is no error.
      await store.transaction((tx) => tx.deleteIdentity(a.key));
      store.close();
    });

    it('pages one account and Region in name order, after a name, by kind, up to a limit', async () => {
      const store = await open();
      const account = '123456789012';
      const names = ['zeta.example', 'Ab@x.example', 'ab@x.example', 'alpha.example', 'm@x.example'];
      await store.transaction(async (tx) => {
        for (const name of names)
          await tx.putIdentity(identity(account, name, name.includes('@') ? 'EmailAddress' : 'Domain'));
        await tx.putIdentity(identity('210987654321', 'other.example'));
        await tx.putIdentity({
          ...identity(account, 'west.example'),
          region: 'us-west-2',
          key: identityKey(account, 'us-west-2', 'west.example'),
        });
      });
      const page = (q: IdentityPageQuery) =>
        store.transaction(async (tx) => (await tx.identityPage(q)).map((i) => i.name));
      expect(await page({ account, region: 'us-east-1', limit: 10 })).toEqual([
        'Ab@x.example',
        'ab@x.example',
        'alpha.example',
        'm@x.example',
        'zeta.example',
      ]);
      expect(await page({ account, region: 'us-east-1', limit: 2 })).toEqual([
        'Ab@x.example',
        'ab@x.example',
      ]);
      expect(await page({ account, region: 'us-east-1', after: 'ab@x.example', limit: 2 })).toEqual([
        'alpha.example',
        'm@x.example',
      ]);
      expect(await page({ account, region: 'us-east-1', kind: 'EmailAddress', limit: 10 })).toEqual([
        'Ab@x.example',
        'ab@x.example',
        'm@x.example',
      ]);
      expect(
        await page({ account, region: 'us-east-1', kind: 'Domain', after: 'alpha.example', limit: 10 }),
      ).toEqual(['zeta.example']);
      expect(await page({ account, region: 'us-west-2', limit: 10 })).toEqual(['west.example']);
      expect(await page({ account, region: 'eu-west-1', limit: 10 })).toEqual([]);
      store.close();
    });

    it('keeps delegate settings by key', async () => {
      const store = await open();
      const settings = {
        key: '999999999999|arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
        account: '999999999999',
        identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
        ...emptyNotifications(),
      };
      await store.transaction((tx) => tx.putDelegateSettings(settings));
      expect(await store.transaction((tx) => tx.delegateSettings(settings.key))).toEqual(settings);
      expect(await store.transaction((tx) => tx.delegateSettings('nobody'))).toBeUndefined();
      expect(await store.transaction((tx) => tx.allDelegateSettings())).toEqual([settings]);
      store.close();
    });

    it('appends log entries in order with increasing ids, and keeps an imported id', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        await tx.addActivity(entry('first'));
        await tx.addActivity(entry('second'));
      });
      const activity = await store.transaction((tx) => tx.allActivity());
      expect(activity.map((a) => a.message)).toEqual(['first', 'second']);
      const [first, second] = activity.map((a) => a.id ?? 0);
      expect(second).toBeGreaterThan(first ?? Infinity);
      await store.transaction((tx) => tx.addActivity({ ...entry('imported'), id: 1000 }));
      expect((await store.transaction((tx) => tx.allActivity())).at(-1)).toEqual({
        ...entry('imported'),
        id: 1000,
      });
      store.close();
    });

    it('a throw inside a transaction rolls back every write it made', async () => {
      const store = await open();
      const before = await store.exportState();
      await expect(
        store.transaction(async (tx) => {
          await tx.putIdentity(identity('123456789012', 'half.example'));
          await tx.addActivity(entry('half'));
          await tx.putMeta('half-done', 'x');
          throw new Error('failed halfway');
        }),
      ).rejects.toThrow('failed halfway');
      expect(await store.exportState()).toEqual(before);
      expect(await store.transaction((tx) => tx.meta('half-done'))).toBeUndefined();
      // The store still works after a rollback.
      await store.transaction((tx) => tx.putMeta('after', 'y'));
      expect(await store.transaction((tx) => tx.meta('after'))).toBe('y');
      store.close();
    });

    it('concurrent read-modify-write transactions lose nothing', async () => {
      const store = await open();
      const key = identityKey('123456789012', 'us-east-1', 'count.example');
      await store.transaction((tx) => tx.putIdentity(identity('123456789012', 'count.example')));
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          store.transaction(async (tx) => {
            const current = await tx.identity(key);
            if (!current) throw new Error('missing');
            await tx.putIdentity({
              ...current,
              policies: [...current.policies, { name: `p${i}`, document: '{}' }],
            });
          }),
        ),
      );
      expect((await store.transaction((tx) => tx.identity(key)))?.policies).toHaveLength(25);
      store.close();
    });

    it('exports, resets and imports back to the same state', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        await tx.putIdentity(identity('123456789012', 'kept.example'));
        await tx.addActivity(entry('kept'));
        await tx.addDelivery({
          time: '2026-12-03T00:00:00.000Z',
          topicArn: 'arn:aws:sns:us-east-1:888888888888:ses-bounces',
          audience: 'owner',
          account: '888888888888',
          notificationType: 'Bounce',
          messageId: 'm',
          notification: { notificationType: 'Bounce' },
        });
        await tx.addForwarded({
          time: '2026-12-03T00:00:00.000Z',
          to: 'a@b.example',
          notificationType: 'Bounce',
          messageId: 'm',
        });
      });
      const exported = await store.exportState();
      expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
      await store.reset();
      expect((await store.exportState()).activity).toEqual([]);
      await store.importState(JSON.parse(JSON.stringify(exported)));
      expect(await store.exportState()).toEqual(exported);
      store.close();
    });

    it('keeps configuration sets (in name order per account and Region) and events, and exports and imports them', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        await tx.putConfigurationSet(configurationSet('b-set'));
        await tx.putConfigurationSet(configurationSet('A-set'));
        await tx.putConfigurationSet({
          ...configurationSet('other'),
          account: '999999999999',
          key: '999999999999|us-east-1|other',
        });
        await tx.addEvent({
          time: '2026-01-01T00:00:00.000Z',
          configurationSetArn: 'arn:aws:ses:us-east-1:888888888888:configuration-set/A-set',
          account: '888888888888',
          eventDestination: 'to-sns',
          topicArn: 'arn:aws:sns:us-east-1:888888888888:events',
          eventType: 'SEND',
          messageId: 'm',
          event: { eventType: 'Send' },
        });
      });
      const names = await store.transaction(async (tx) =>
        (await tx.configurationSets('888888888888', 'us-east-1')).map((s) => s.name),
      );
      expect(names).toEqual(['A-set', 'b-set']);
      await store.transaction((tx) => tx.deleteConfigurationSet('888888888888|us-east-1|b-set'));
      const exported = await store.exportState();
      expect(exported.configurationSets?.map((s) => s.name).sort()).toEqual(['A-set', 'other']);
      expect(exported.events).toHaveLength(1);
      await store.reset();
      await store.importState(JSON.parse(JSON.stringify(exported)));
      expect(await store.exportState()).toEqual(exported);
      store.close();
    });

    it('clears every table', async () => {
      const store = await open();
      await store.transaction(async (tx) => {
        await tx.addActivity(entry('x'));
        await tx.putConfigurationSet(configurationSet('cleared'));
        await tx.clear();
      });
      expect(await store.exportState()).toEqual({
        schemaVersion: SCHEMA_VERSION,
        identities: [],
        delegateSettings: [],
        activity: [],
        deliveries: [],
        forwarded: [],
        configurationSets: [],
        events: [],
      });
      expect(await store.transaction((tx) => tx.meta('seeded'))).toBeUndefined();
      store.close();
    });
  });
}

function configurationSet(name: string): ConfigurationSetState {
  return {
    key: `888888888888|us-east-1|${name}`,
    account: '888888888888',
    region: 'us-east-1',
    name,
    sendingEnabled: true,
    eventDestinations: [
      {
        name: 'to-sns',
        enabled: true,
        matchingEventTypes: ['SEND', 'BOUNCE'],
        snsTopicArn: 'arn:aws:sns:us-east-1:888888888888:events',
      },
    ],
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}
