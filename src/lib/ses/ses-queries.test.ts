// @vitest-environment node
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { connectionKey, type SesConnection } from './client';
import { identityListQuery, verificationQuery } from './identities';
import { verifyDomainIdentityMutation } from './identity-mutations';
import { notificationsQuery } from './notification-attributes';
import { policiesQuery } from './policies';
import { policyNamesQuery } from './policy-names';
import { putPolicyMutation } from './policy-mutations';
import { sesKeys } from '../query-keys';
import { sesErrorDetails } from './ses-error';
import { sendEmailMutation, sendRawEmailMutation } from './sending';

const owner = principalById('owner');
const connection: SesConnection = {
  region: 'us-east-1',
  endpoint: 'http://localhost/__ses/us-east-1/',
  credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
};
const conn = connectionKey(connection);

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('src/lib/ses against the emulator', () => {
  it('keys connections without their secret', () => {
    expect(conn).toBe('us-east-1|http://localhost/__ses/us-east-1/|AKIAOWNER88888888888|v1');
    expect(connectionKey({ ...connection, api: 'v2' })).not.toBe(conn);
    expect(conn).not.toContain(owner.secretAccessKey);
  });

  it('reads identities, verification and policies through queryOptions', async () => {
    const client = new QueryClient();
    expect(await client.fetchQuery(identityListQuery(connection))).toEqual(['ses-example.com']);
    expect(await client.fetchQuery(verificationQuery(connection, ['ses-example.com']))).toEqual({
      'ses-example.com': { VerificationStatus: 'Success', VerificationToken: expect.any(String) },
    });
    const policies = await client.fetchQuery(policiesQuery(connection, 'ses-example.com'));
    expect(policies.map((p) => p.name)).toEqual(['SampleAuthorizationPolicy']);
  });

  it('a saved policy invalidates that identity’s policies and their count, not the identity list', async () => {
    const client = new QueryClient();
    await client.fetchQuery(identityListQuery(connection));
    await client.fetchQuery(verificationQuery(connection, ['ses-example.com']));
    await client.fetchQuery(policiesQuery(connection, 'ses-example.com'));
    await client.fetchQuery(policyNamesQuery(connection, 'ses-example.com'));
    await client.fetchQuery(notificationsQuery(connection, 'ses-example.com'));
    // Another identity's policies, as a table would hold them.
    client.setQueryData(policiesQuery(connection, 'other.example').queryKey, []);
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '111122223333' },
          Action: 'ses:SendEmail',
          Resource: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
        },
      ],
    });
    await new MutationObserver(client, putPolicyMutation(connection, client, 'ses-example.com')).mutate({
      name: 'Outsider',
      document,
    });
    const state = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(state(sesKeys.policies(conn, 'ses-example.com'))).toBe(true);
    expect(state(sesKeys.policyNames(conn, 'ses-example.com'))).toBe(true);
    // The list is every ListIdentities page (eleven at 10,000 identities): a policy changes none.
    expect(state(sesKeys.identityList(conn, 'All'))).toBe(false);
    expect(state(sesKeys.verification(conn, ['ses-example.com']))).toBe(false);
    expect(state(sesKeys.notifications(conn, 'ses-example.com'))).toBe(false);
    expect(state(sesKeys.policies(conn, 'other.example'))).toBe(false);
    // Every query was found under the factory's keys: none is keyed some other way.
    expect(client.getQueryCache().getAll()).toHaveLength(6);
  });

  it("reports SES's code, message and request ID for a refusal", async () => {
    const client = new QueryClient();
    const mutation = putPolicyMutation(connection, client, 'ses-example.com');
    const error = await mutation
      .mutationFn?.({ name: 'Broken', document: '{' }, undefined as never)
      .catch((e: unknown) => e);
    expect(sesErrorDetails(error)).toMatchObject({
      code: 'InvalidPolicy',
      message: expect.stringMatching(/^Invalid JSON/),
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      httpStatus: 400,
    });
    const verification = await new MutationObserver(
      client,
      verifyDomainIdentityMutation(connection, client),
    ).mutate('fresh.example');
    expect(verification).toEqual({ kind: 'txt', token: expect.stringMatching(/^[A-Za-z0-9+/=]{40,}$/) });
  });

  it('sends as the acting principal and surfaces the refusal', async () => {
    const marketer = principalById('delegate-marketer');
    const asMarketer: SesConnection = {
      region: 'us-east-1',
      endpoint: 'http://localhost/__ses/us-east-1/',
      credentials: { accessKeyId: marketer.accessKeyId, secretAccessKey: marketer.secretAccessKey },
    };
    const client = new QueryClient();
    const sourceArn = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
    const id = await new MutationObserver(client, sendEmailMutation(asMarketer, marketer.arn)).mutate({
      from: 'marketing+spring@ses-example.com',
      fromIdentityArn: sourceArn,
      to: ['success@simulator.amazonses.com'],
      cc: [],
      bcc: [],
      subject: 'Hi',
      text: 'Hello',
    });
    expect(id).toMatch(/-000000$/);
    const raw = `From: ceo@ses-example.com\r\nTo: a@example.com\r\nX-SES-SOURCE-ARN: ${sourceArn}\r\n\r\nHello`;
    const refusal = await new MutationObserver(client, sendRawEmailMutation(asMarketer, marketer.arn))
      .mutate({ raw })
      .catch((e: unknown) => e);
    expect(sesErrorDetails(refusal)).toMatchObject({ code: 'AccessDenied', httpStatus: 403 });
  });

  it('lists policies named after Object.prototype members by their own names and documents', async () => {
    const client = new QueryClient();
    const names = ['toString', 'constructor', 'hasOwnProperty', '__proto__'];
    const document = (sid: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: sid,
            Effect: 'Allow',
            Principal: { AWS: '111122223333' },
            Action: 'ses:SendEmail',
            Resource: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
          },
        ],
      });
    for (const name of names) {
      await new MutationObserver(client, putPolicyMutation(connection, client, 'ses-example.com')).mutate({
        name,
        document: document(name.replace(/_/g, '')),
      });
    }
    const policies = await client.fetchQuery(policiesQuery(connection, 'ses-example.com'));
    for (const name of names) {
      const policy = policies.find((p) => p.name === name);
      expect(policy, name).toBeDefined();
      expect(JSON.parse(policy!.document).Statement[0].Sid).toBe(name.replace(/_/g, ''));
    }
  });

  it('verification attributes are keyed by identity name only: no Object.prototype members', async () => {
    const client = new QueryClient();
    const verification = await client.fetchQuery(
      verificationQuery(connection, ['constructor', 'toString', 'ses-example.com']),
    );
    expect(Object.getPrototypeOf(verification)).toBeNull();
    expect(verification.constructor).toBeUndefined();
    expect(verification.toString).toBeUndefined();
    expect(verification['ses-example.com']?.VerificationStatus).toBe('Success');
  });
});
