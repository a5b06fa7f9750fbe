// @vitest-environment node
import { ListIdentityPoliciesCommand, PutIdentityPolicyCommand, SendEmailCommand } from '@aws-sdk/client-ses';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { IndexedDbStore, SCHEMA_VERSION } from './store';
import { openFreshEmulatorStore } from './instance';
import { DEMO_DOMAIN_ARN } from './seed';
import { clientAs } from './test/clients';
import { describeStoreContract } from './test/store-contract';

const policy = (sid: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Action: 'ses:SendEmail',
        Resource: DEMO_DOMAIN_ARN,
      },
    ],
  });

describe('emulator store', () => {
  it('two interleaved writers lose nothing', async () => {
    await openFreshEmulatorStore();
    const tabA = clientAs('owner');
    const tabB = clientAs('owner');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? tabA : tabB).send(
          new PutIdentityPolicyCommand({
            Identity: 'ses-example.com',
            PolicyName: `p${i}`,
            Policy: policy(`S${i}`),
          }),
        ),
      ),
    );
    const { PolicyNames = [] } = await tabA.send(
      new ListIdentityPoliciesCommand({ Identity: 'ses-example.com' }),
    );
    expect([...PolicyNames].sort()).toEqual(
      ['SampleAuthorizationPolicy', ...Array.from({ length: 10 }, (_, i) => `p${i}`)].sort(),
    );
  });

  it('state survives a new store instance (a reload)', async () => {
    const name = `ses-emulator-durable-${crypto.randomUUID()}`;
    await openFreshEmulatorStore(name);
    await clientAs('owner').send(
      new PutIdentityPolicyCommand({
        Identity: 'ses-example.com',
        PolicyName: 'Kept',
        Policy: policy('Kept'),
      }),
    );
    await clientAs('delegate-marketer').send(
      new SendEmailCommand({
        Source: 'marketing+x@ses-example.com',
        SourceArn: DEMO_DOMAIN_ARN,
        Destination: { ToAddresses: ['success@simulator.amazonses.com'] },
        Message: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } },
      }),
    );
    await openFreshEmulatorStore(name); // closes the old connection, opens the same database again
    const reopened = await IndexedDbStore.open(name);
    const state = await reopened.exportState();
    reopened.close();
    expect(state.schemaVersion).toBe(SCHEMA_VERSION);
    expect(state.identities.find((i) => i.name === 'ses-example.com')?.policies.map((p) => p.name)).toContain(
      'Kept',
    );
    expect(state.activity).toHaveLength(1);
    expect(state.deliveries.length).toBeGreaterThan(0);
  });

  it('a failed request changes nothing (the transaction rolls back)', async () => {
    const store = await openFreshEmulatorStore();
    await expect(
      store.transaction(async (tx) => {
        await tx.putMeta('half-done', 'x');
        throw new Error('operation failed halfway');
      }),
    ).rejects.toThrow('operation failed halfway');
    expect(await store.transaction((tx) => tx.meta('half-done'))).toBeUndefined();
  });

  it('upgrades a version 1 database in place: its identities are kept and listed in name order', async () => {
    const name = 'ses-emulator-v1-upgrade';
    const v1 = await openDB(name, 1, {
      upgrade(database) {
        const identities = database.createObjectStore('identities', { keyPath: 'key' });
        identities.createIndex('byAccountRegion', ['account', 'region']);
        for (const store of ['delegateSettings', 'meta'])
          database.createObjectStore(store, { keyPath: 'key' });
        for (const store of ['activity', 'deliveries', 'forwarded'])
          database.createObjectStore(store, { keyPath: 'id', autoIncrement: true });
      },
    });
    for (const identity of ['zeta.example', 'alpha.example']) {
      await v1.put('identities', {
        key: `888888888888|us-east-1|${identity}`,
        account: '888888888888',
        region: 'us-east-1',
        name: identity,
        kind: 'Domain',
      });
    }
    await v1.put('meta', { key: 'seeded', value: '2026-11-01T00:00:00Z' });
    v1.close();

    const store = await IndexedDbStore.open(name);
    const names = await store.transaction(async (tx) =>
      (await tx.identityPage({ account: '888888888888', region: 'us-east-1', limit: 10 })).map((i) => i.name),
    );
    const exported = await store.exportState();
    store.close();
    expect(names).toEqual(['alpha.example', 'zeta.example']);
    // Not reseeded: what the version 1 database held is all there is.
    expect(exported.identities.map((i) => i.name).sort()).toEqual(['alpha.example', 'zeta.example']);
    expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describeStoreContract('IndexedDB', () => IndexedDbStore.open(`ses-emulator-contract-${crypto.randomUUID()}`));
