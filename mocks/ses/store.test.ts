// @vitest-environment node
import { ListIdentityPoliciesCommand, PutIdentityPolicyCommand, SendEmailCommand } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { EmulatorStore, SCHEMA_VERSION } from './store';
import { openFreshEmulatorStore } from './instance';
import { DEMO_DOMAIN_ARN } from './seed';
import { clientAs } from './test/clients';

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
    const reopened = await EmulatorStore.open(name);
    const state = await reopened.exportState();
    reopened.close();
    expect(state.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(state.identities.find((i) => i.name === 'ses-example.com')?.policies ?? {})).toContain(
      'Kept',
    );
    expect(state.activity).toHaveLength(1);
    expect(state.deliveries.length).toBeGreaterThan(0);
  });

  it('a failed request changes nothing (the transaction rolls back)', async () => {
    const store = await openFreshEmulatorStore();
    await expect(
      store.transaction(async (tx) => {
        await tx.objectStore('meta').put({ key: 'half-done', value: 'x' });
        throw new Error('operation failed halfway');
      }),
    ).rejects.toThrow('operation failed halfway');
    expect(await store.transaction((tx) => tx.objectStore('meta').get('half-done'))).toBeUndefined();
  });
});
