// @vitest-environment node
import {
  DeleteIdentityCommand,
  GetIdentityVerificationAttributesCommand,
  ListIdentitiesCommand,
  VerifyDomainIdentityCommand,
  VerifyEmailIdentityCommand,
} from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from './instance';
import { clientAs, sesError } from './test/clients';

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('emulator: identities through the real SDK', () => {
  it('lists the seeded domain, verifies new identities and reports their status', async () => {
    const owner = clientAs('owner');
    expect((await owner.send(new ListIdentitiesCommand({}))).Identities).toEqual(['ses-example.com']);
    const { VerificationToken } = await owner.send(
      new VerifyDomainIdentityCommand({ Domain: 'new.example' }),
    );
    expect(VerificationToken).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    await owner.send(new VerifyEmailIdentityCommand({ EmailAddress: 'me@new.example' }));
    expect(
      (await owner.send(new ListIdentitiesCommand({ IdentityType: 'EmailAddress' }))).Identities,
    ).toEqual(['me@new.example']);
    const attrs = await owner.send(
      new GetIdentityVerificationAttributesCommand({
        Identities: ['ses-example.com', 'new.example', 'unknown.example'],
      }),
    );
    expect(attrs.VerificationAttributes).toEqual({
      'ses-example.com': { VerificationStatus: 'Success', VerificationToken: expect.any(String) },
      'new.example': { VerificationStatus: 'Pending', VerificationToken },
    });
    await owner.send(new DeleteIdentityCommand({ Identity: 'new.example' }));
    expect((await owner.send(new ListIdentitiesCommand({ IdentityType: 'Domain' }))).Identities).toEqual([
      'ses-example.com',
    ]);
  });

  it('keeps accounts apart: the delegate sees only its own identities', async () => {
    expect((await clientAs('delegate-root').send(new ListIdentitiesCommand({}))).Identities).toEqual([
      'delegate.example',
    ]);
    expect((await clientAs('outsider').send(new ListIdentitiesCommand({}))).Identities).toEqual([]);
  });

  it('refuses bad parameters with SES error codes', async () => {
    const owner = clientAs('owner');
    expect(
      await sesError(owner.send(new VerifyEmailIdentityCommand({ EmailAddress: 'not-an-address' }))),
    ).toMatchObject({
      code: 'InvalidParameterValue',
      message:
        'Invalid email address <not-an-address>: an address needs an @ and a domain. To verify a domain, use VerifyDomainIdentity.',
      status: 400,
    });
    expect(
      await sesError(owner.send(new ListIdentitiesCommand({ IdentityType: 'Phone' as 'Domain' }))),
    ).toMatchObject({
      code: 'ValidationError',
      message:
        "1 validation error detected: Value 'Phone' at 'identityType' failed to satisfy constraint: Member must satisfy enum value set: [EmailAddress, Domain]",
      status: 400,
    });
    expect(await sesError(owner.send(new ListIdentitiesCommand({ NextToken: 'garbage' })))).toMatchObject({
      code: 'InvalidParameterValue',
    });
  });

  it('authenticates every request by its signature', async () => {
    const forged = clientAs('owner', 'us-east-1', 'not-the-secret');
    expect(await sesError(forged.send(new ListIdentitiesCommand({})))).toMatchObject({
      code: 'SignatureDoesNotMatch',
      status: 403,
    });
    const stranger = new (await import('@aws-sdk/client-ses')).SESClient({
      region: 'us-east-1',
      endpoint: 'http://localhost/__ses/us-east-1/',
      credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' },
    });
    expect(await sesError(stranger.send(new ListIdentitiesCommand({})))).toMatchObject({
      code: 'InvalidClientTokenId',
      status: 403,
    });
    const unsigned = await fetch('http://localhost/__ses/us-east-1/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListIdentities&Version=2010-12-01',
    });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });

  it('pages ListIdentities over 10,000 identities with MaxItems and NextToken', async () => {
    const store = await openFreshEmulatorStore();
    await store.transaction(async (tx) => {
      for (let i = 0; i < 10_000; i++) {
        const name = `d${String(i).padStart(5, '0')}.example`;
        await tx.putIdentity({
          key: `888888888888|us-east-1|${name}`,
          account: '888888888888',
          region: 'us-east-1',
          name,
          kind: 'Domain',
          verificationStatus: 'Pending',
          policies: [],
          notifications: { topics: {}, headers: { Bounce: false, Complaint: false, Delivery: false } },
          forwardingEnabled: true,
          createdAt: '2026-11-22T00:00:00Z',
        });
      }
    });
    const owner = clientAs('owner');
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await owner.send(new ListIdentitiesCommand({ MaxItems: 1000, NextToken: token }));
      seen.push(...(page.Identities ?? []));
      token = page.NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(11);
    expect(seen).toHaveLength(10_001);
    expect(new Set(seen).size).toBe(10_001);
    expect(seen[0]).toBe('d00000.example');
    expect([...seen].sort()).toEqual(seen);
  }, 60_000);

  it('pages one identity type at a time, in name order, across mixed identities', async () => {
    const owner = clientAs('owner');
    for (const address of ['c@ses-example.com', 'a@ses-example.com', 'B@ses-example.com']) {
      await owner.send(new VerifyEmailIdentityCommand({ EmailAddress: address }));
    }
    await owner.send(new VerifyDomainIdentityCommand({ Domain: 'b-domain.example' }));
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const page = await owner.send(
        new ListIdentitiesCommand({ IdentityType: 'EmailAddress', MaxItems: 2, NextToken: token }),
      );
      pages.push(page.Identities ?? []);
      token = page.NextToken;
    } while (token);
    expect(pages).toEqual([['B@ses-example.com', 'a@ses-example.com'], ['c@ses-example.com']]);
    const domains = await owner.send(new ListIdentitiesCommand({ IdentityType: 'Domain', MaxItems: 1 }));
    expect(domains.Identities).toEqual(['b-domain.example']);
    expect(domains.NextToken).toBeDefined();
  });
});
