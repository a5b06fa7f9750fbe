// @vitest-environment node
import {
  GetIdentityVerificationAttributesCommand,
  PutIdentityPolicyCommand,
  VerifyDomainIdentityCommand,
  VerifyEmailIdentityCommand,
} from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from './ses/instance';
import { clientAs } from './ses/test/clients';

const api = (name: string, init?: RequestInit) =>
  fetch(`http://localhost/ses-console/__emulator/${name}`, init);
const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('emulator-only API', () => {
  it('lists the demo principals with their keys', async () => {
    const directory = (await (await api('directory')).json()) as {
      id: string;
      arn: string;
      accessKeyId: string;
    }[];
    expect(directory.map((p) => p.arn)).toEqual([
      'arn:aws:iam::888888888888:root',
      'arn:aws:iam::999999999999:root',
      'arn:aws:iam::999999999999:user/marketer',
      'arn:aws:iam::111122223333:root',
    ]);
  });

  it("lists every account's identities with their policies for the Grants page", async () => {
    const grants = (await (await api('grants')).json()) as {
      identityArn: string;
      verified: boolean;
      policies: { name: string; document: string }[];
    }[];
    const domain = grants.find(
      (g) => g.identityArn === 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
    );
    expect(domain?.verified).toBe(true);
    expect(domain?.policies.map((p) => p.name)).toEqual(['SampleAuthorizationPolicy']);
    expect(domain?.policies[0]?.document).toContain('marketing+*@ses-example.com');
    expect(grants.map((g) => g.identityArn)).toContain(
      'arn:aws:ses:us-east-1:999999999999:identity/delegate.example',
    );
  });

  it('lists identities of every account, pending ones too, with policies as saved, in ARN order', async () => {
    const outsider = clientAs('outsider');
    await outsider.send(new VerifyEmailIdentityCommand({ EmailAddress: 'news@outsider.example' }));
    await outsider.send(new VerifyEmailIdentityCommand({ EmailAddress: 'pending@outsider.example' }));
    const arn = 'arn:aws:ses:us-east-1:111122223333:identity/news@outsider.example';
    const pendingArn = 'arn:aws:ses:us-east-1:111122223333:identity/pending@outsider.example';
    // Policies attach to verified identities only (the API reference's PutIdentityPolicy).
    expect((await api('verify', json({ identityArn: arn }))).status).toBe(200);
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '999999999999' }, Action: 'ses:SendRawEmail', Resource: arn },
      ],
    });
    await outsider.send(
      new PutIdentityPolicyCommand({
        Identity: 'news@outsider.example',
        PolicyName: 'Delegate',
        Policy: document,
      }),
    );
    const grants = (await (await api('grants')).json()) as {
      identityArn: string;
      account: string;
      region: string;
      name: string;
      verified: boolean;
      policies: { name: string; document: string }[];
    }[];
    expect(grants.map((g) => g.identityArn)).toEqual([
      arn,
      pendingArn,
      'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
      'arn:aws:ses:us-east-1:999999999999:identity/delegate.example',
    ]);
    expect(grants[0]).toEqual({
      identityArn: arn,
      account: '111122223333',
      region: 'us-east-1',
      name: 'news@outsider.example',
      verified: true,
      policies: [{ name: 'Delegate', document }],
    });
    expect(grants[1]).toEqual({
      identityArn: pendingArn,
      account: '111122223333',
      region: 'us-east-1',
      name: 'pending@outsider.example',
      verified: false,
      policies: [],
    });
    expect((await api('grants', { method: 'POST' })).status).toBe(404);
  });

  it('completes a verification, and says clearly what is wrong with a bad request', async () => {
    const owner = clientAs('owner');
    await owner.send(new VerifyDomainIdentityCommand({ Domain: 'new.example' }));
    const verified = await api(
      'verify',
      json({ identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/new.example' }),
    );
    expect(verified.status).toBe(200);
    const attrs = await owner.send(
      new GetIdentityVerificationAttributesCommand({ Identities: ['new.example'] }),
    );
    expect(attrs.VerificationAttributes?.['new.example']?.VerificationStatus).toBe('Success');
    expect((await api('verify', json({}))).status).toBe(400);
    const missing = await api(
      'verify',
      json({ identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/none.example' }),
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: 'No identity arn:aws:ses:us-east-1:888888888888:identity/none.example in the emulator.',
    });
    expect((await api('nothing')).status).toBe(404);
  });

  it('exports, resets and imports the whole state', async () => {
    await clientAs('owner').send(new VerifyDomainIdentityCommand({ Domain: 'exported.example' }));
    const exported = (await (await api('state')).json()) as { identities: { name: string }[] };
    expect(exported.identities.map((i) => i.name)).toContain('exported.example');
    await api('reset', { method: 'POST' });
    const afterReset = (await (await api('state')).json()) as { identities: { name: string }[] };
    expect(afterReset.identities.map((i) => i.name)).not.toContain('exported.example');
    const imported = await api('state', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(exported),
    });
    expect(imported.status).toBe(200);
    const back = (await (await api('state')).json()) as { identities: { name: string }[] };
    expect(back.identities.map((i) => i.name)).toContain('exported.example');
    const wrong = await api('state', {
      method: 'PUT',
      body: JSON.stringify({ ...exported, schemaVersion: 99 }),
    });
    expect(await wrong.json()).toEqual({
      error: 'This export has schema version 99; the emulator reads versions 1 to 3.',
    });
  });
});

describe('PUT state checks the whole file before changing anything', () => {
  const put = (body: string) =>
    api('state', { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
  const state = async () => (await (await api('state')).json()) as Record<string, unknown>;
  type Json = Record<string, unknown>;

  /** PUTs `body`, expects 400 (or `status`) with exactly `error`, and the state unchanged. */
  async function expectRefused(body: string, error: string, status = 400) {
    const before = await state();
    const response = await put(body);
    expect({ status: response.status, body: (await response.json()) as unknown }).toEqual({
      status,
      body: { error },
    });
    expect(await state()).toEqual(before);
  }

  it('refuses each file that used to break the Grants, Activity or identity pages', async () => {
    await clientAs('owner').send(new VerifyDomainIdentityCommand({ Domain: 'kept.example' }));
    const exported = await state();
    const identities = exported.identities as Json[];
    const withIdentity = (change: Json) =>
      JSON.stringify({ ...exported, identities: [{ ...identities[0], ...change }, ...identities.slice(1)] });
    await expectRefused(
      withIdentity({ policies: null }),
      'identities[0].policies: expected a list of {name, document} or an object of policy documents, found null.',
    );
    await expectRefused(
      withIdentity({ name: 7 }),
      'identities[0].name: expected a string, found the number 7.',
    );
    await expectRefused(
      withIdentity({ policies: [{ name: 'P', document: { Statement: [] } }] }),
      'identities[0].policies[0].document: expected the policy document as a string of JSON, found an object.',
    );
    const entry = {
      time: '2026-11-01T00:00:00.000Z',
      action: 'SendEmail',
      caller: 'arn:aws:iam::999999999999:root',
      callerAccount: '999999999999',
      decision: 'Allow',
      message: 'Allowed.',
      trace: null,
    };
    await expectRefused(
      JSON.stringify({ ...exported, activity: [entry] }),
      'activity[0].identityArns: required, missing.',
    );
    await expectRefused(
      JSON.stringify({ ...exported, schemaVersion: '2' }),
      'schemaVersion: expected an integer, found the string "2".',
    );
    await expectRefused(
      JSON.stringify({ ...exported, identities: [...identities, identities[0]] }),
      `identities[${identities.length}].key: the same identity as identities[0] (${String(identities[0]?.key)}); each identity appears once.`,
    );
    // Parsed from text (JSON.parse does not recurse), checked without recursion either.
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    await expectRefused(
      JSON.stringify({ ...exported, activity: [{ ...entry, identityArns: [], trace: null }] }).replace(
        '"trace":null',
        `"trace":${deep}`,
      ),
      `activity[0].trace${'[0]'.repeat(65)}: nested more than 64 levels deep.`,
    );
    await expectRefused('{"identities": [', 'Send a state exported from GET __emulator/state.');
    expect((await state()).identities).toEqual(identities);
  });

  it('refuses a body over 20 MB before parsing it', async () => {
    await expectRefused(
      ' '.repeat(25 * 1024 * 1024),
      'The state is 25.0 MB; the emulator imports at most 20 MB.',
      413,
    );
  });

  it('imports a version 2 export with policy objects, __proto__ included, as policy lists', async () => {
    const exported = await state();
    const [domain] = exported.identities as Json[];
    const legacy = JSON.stringify({
      ...exported,
      schemaVersion: 2,
      identities: [{ ...domain, policies: { Delegate: '{}', Sentinel: '[]' } }],
    }).replace('"Sentinel"', '"__proto__"');
    const response = await put(legacy);
    expect(response.status).toBe(200);
    const grants = (await (await api('grants')).json()) as { name: string; policies: unknown }[];
    expect(grants.map((g) => [g.name, g.policies])).toEqual([
      [
        'ses-example.com',
        [
          { name: 'Delegate', document: '{}' },
          { name: '__proto__', document: '[]' },
        ],
      ],
    ]);
  });
});
