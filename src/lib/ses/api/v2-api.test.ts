// @vitest-environment node
/**
 * The console's SES operations over API v2 against the emulator's v2 REST API: the same answers
 * the pages get over v1, from the same state (a policy saved over v2 is read over v1).
 */
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from '../../../../mocks/ses/directory';
import { openFreshEmulatorStore } from '../../../../mocks/ses/instance';
import type { SesConnection } from '../client';
import {
  configurationSetsQuery,
  createConfigurationSetMutation,
  defaultConfigurationSetQuery,
  setDefaultConfigurationSetMutation,
} from '../configuration-sets';
import { identityListQuery, verificationQuery } from '../identities';
import { deleteIdentityMutation, verifyDomainIdentityMutation } from '../identity-mutations';
import { policiesQuery } from '../policies';
import { deletePolicyMutation, putPolicyMutation } from '../policy-mutations';
import { sendEmailMutation, sendRawEmailMutation } from '../sending';
import { sesErrorDetails } from '../ses-error';

const as = (id: Parameters<typeof principalById>[0], api: 'v1' | 'v2'): SesConnection => {
  const principal = principalById(id);
  return {
    region: 'us-east-1',
    endpoint: 'http://localhost/__ses/us-east-1/',
    api,
    credentials: { accessKeyId: principal.accessKeyId, secretAccessKey: principal.secretAccessKey },
  };
};
const owner = as('owner', 'v2');
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const policy = (sid: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { AWS: '999999999999' },
        Action: 'ses:SendEmail',
        Resource: ARN,
      },
    ],
  });

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('the console over SES API v2', () => {
  it('lists identities and their verification status in v1’s words', async () => {
    const client = new QueryClient();
    expect(await client.fetchQuery(identityListQuery(owner))).toEqual(['ses-example.com']);
    expect(await client.fetchQuery(identityListQuery(owner, 'EmailAddress'))).toEqual([]);
    const verification = await client.fetchQuery(
      verificationQuery(owner, ['ses-example.com', 'absent.example']),
    );
    expect(verification['ses-example.com']?.VerificationStatus).toBe('Success');
    expect(Object.keys(verification)).toEqual(['ses-example.com']);
  });

  it('creates a policy, replaces it, and deletes it, over the state v1 reads', async () => {
    const client = new QueryClient();
    const put = new MutationObserver(client, putPolicyMutation(owner, client, 'ses-example.com'));
    await put.mutate({ name: 'ViaV2', document: policy('First') });
    await put.mutate({ name: 'ViaV2', document: policy('Second') });
    const overV1 = await client.fetchQuery(policiesQuery(as('owner', 'v1'), 'ses-example.com'));
    expect(overV1.find((p) => p.name === 'ViaV2')?.document).toContain('Second');
    await new MutationObserver(client, deletePolicyMutation(owner, client, 'ses-example.com')).mutate(
      'ViaV2',
    );
    const overV2 = await new QueryClient().fetchQuery(policiesQuery(owner, 'ses-example.com'));
    expect(overV2.map((p) => p.name)).not.toContain('ViaV2');
  });

  it('verifies a domain with three DKIM tokens, shown as its records, and deletes it', async () => {
    const client = new QueryClient();
    const created = await new MutationObserver(client, verifyDomainIdentityMutation(owner, client)).mutate(
      'fresh.example',
    );
    expect(created).toMatchObject({ kind: 'dkim', tokens: expect.arrayContaining([expect.any(String)]) });
    if (created.kind !== 'dkim') throw new Error('expected DKIM tokens');
    expect(created.tokens).toHaveLength(3);
    const verification = await client.fetchQuery(verificationQuery(owner, ['fresh.example']));
    expect(verification['fresh.example']).toMatchObject({
      VerificationStatus: 'Pending',
      DkimTokens: created.tokens,
    });
    await new MutationObserver(client, deleteIdentityMutation(owner, client)).mutate('fresh.example');
    expect(await new QueryClient().fetchQuery(identityListQuery(owner))).toEqual(['ses-example.com']);
  });

  it('sends as a delegate with FromEmailAddressIdentityArn, and surfaces v2’s refusal', async () => {
    const client = new QueryClient();
    const marketer = as('delegate-marketer', 'v2');
    const id = await new MutationObserver(
      client,
      sendEmailMutation(marketer, principalById('delegate-marketer').arn),
    ).mutate({
      from: 'marketing+spring@ses-example.com',
      fromIdentityArn: ARN,
      to: ['success@simulator.amazonses.com'],
      cc: [],
      bcc: [],
      subject: 'Hi',
      text: 'Hello',
    });
    expect(id).toEqual(expect.any(String));
    const raw = `From: ceo@ses-example.com\r\nTo: a@example.com\r\nX-SES-SOURCE-ARN: ${ARN}\r\n\r\nHello`;
    const refusal = await new MutationObserver(
      client,
      sendRawEmailMutation(marketer, principalById('delegate-marketer').arn),
    )
      .mutate({ raw })
      .catch((e: unknown) => e);
    expect(sesErrorDetails(refusal)).toMatchObject({ httpStatus: 403 });
    expect(sesErrorDetails(refusal).message).toContain('ses:SendRawEmail');
  });

  it('refuses a raw send whose Source and From ARNs differ, since v2 has one sender ARN', async () => {
    const client = new QueryClient();
    const refusal = await new MutationObserver(
      client,
      sendRawEmailMutation(owner, principalById('owner').arn),
    )
      .mutate({ raw: 'From: a@ses-example.com\r\n\r\nHi', sourceArn: ARN, fromArn: `${ARN}x` })
      .catch((e: unknown) => e);
    expect(String(refusal)).toContain('FromEmailAddressIdentityArn');
  });

  it('creates a configuration set with an SNS destination and makes it the identity’s default', async () => {
    const client = new QueryClient();
    const topic = 'arn:aws:sns:us-east-1:888888888888:ses-bounces';
    await new MutationObserver(client, createConfigurationSetMutation(owner, client)).mutate({
      name: 'owner-events',
      topicArn: topic,
      eventTypes: ['BOUNCE', 'DELIVERY'],
    });
    expect(await client.fetchQuery(configurationSetsQuery(owner))).toEqual([
      {
        name: 'owner-events',
        destinations: [
          {
            name: 'owner-events-sns',
            enabled: true,
            eventTypes: ['BOUNCE', 'DELIVERY'],
            topicArn: topic,
            otherKind: undefined,
          },
        ],
      },
    ]);
    expect(await client.fetchQuery(defaultConfigurationSetQuery(owner, 'ses-example.com'))).toBeNull();
    await new MutationObserver(
      client,
      setDefaultConfigurationSetMutation(owner, client, 'ses-example.com'),
    ).mutate('owner-events');
    expect(await new QueryClient().fetchQuery(defaultConfigurationSetQuery(owner, 'ses-example.com'))).toBe(
      'owner-events',
    );
  });
});
