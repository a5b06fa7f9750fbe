// @vitest-environment node
/**
 * Hostile requests: names that exist on Object.prototype, missing members, control characters.
 * None may crash the emulator, leak a secret or escape SES's limits.
 */
import {
  DeleteIdentityPolicyCommand,
  GetIdentityPoliciesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
} from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { principalById } from './directory';
import { emulatorStore, openFreshEmulatorStore } from './instance';
import { DEMO_DOMAIN_ARN } from './seed';
import { clientAs, sesError } from './test/clients';
import { rawQuery } from './test/raw';

const policy = (sid: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { AWS: '999999999999' },
        Action: 'ses:SendEmail',
        Resource: DEMO_DOMAIN_ARN,
      },
    ],
  });

beforeEach(async () => {
  await openFreshEmulatorStore();
});

describe('hostile input', () => {
  it('answers an Action named after an Object.prototype member as an unknown action, leaking nothing', async () => {
    const secrets = ['owner', 'delegate-root', 'delegate-marketer', 'outsider'].map(
      (id) => principalById(id as 'owner').secretAccessKey,
    );
    for (const action of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const answer = await rawQuery('owner', { Action: action, Version: '2010-12-01' });
      expect(answer).toMatchObject({
        status: 400,
        code: 'InvalidAction',
        message: `The action ${action} is not valid for this web service.`,
      });
      for (const secret of secrets) expect(answer.body).not.toContain(secret);
    }
  });

  it('answers a missing Action with MissingAction, and control characters still give well-formed XML', async () => {
    expect(await rawQuery('owner', { Version: '2010-12-01' })).toMatchObject({
      status: 400,
      code: 'MissingAction',
    });
    const answer = await rawQuery('owner', { Action: 'List\u0000\u0007Identities', Version: '2010-12-01' });
    expect(answer).toMatchObject({ status: 400, code: 'InvalidAction' });
    // eslint-disable-next-line no-control-regex
    expect(answer.body).not.toMatch(/[\u0000-\u0008]/);
  });

  it('answers MissingParameter for required members the request leaves out', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ Action: 'GetIdentityPolicies', Identity: 'ses-example.com' }, 'PolicyNames'],
      [{ Action: 'GetIdentityVerificationAttributes' }, 'Identities'],
      [{ Action: 'GetIdentityNotificationAttributes' }, 'Identities'],
      [{ Action: 'PutIdentityPolicy', Identity: 'ses-example.com', PolicyName: 'p' }, 'Policy'],
      [{ Action: 'DeleteIdentity' }, 'Identity'],
      [{ Action: 'VerifyEmailIdentity' }, 'EmailAddress'],
    ];
    for (const [params, missing] of cases) {
      expect(await rawQuery('owner', { ...params, Version: '2010-12-01' })).toMatchObject({
        status: 400,
        code: 'MissingParameter',
        message: `The request must contain the parameter ${missing}.`,
      });
    }
  });

  it('keeps policy names such as __proto__, constructor and toString ordinary, within the limit of 20', async () => {
    const owner = clientAs('owner');
    const hostile = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    for (const name of hostile)
      await owner.send(
        new PutIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName: name, Policy: policy('S') }),
      );
    // The seeded policy plus the four: fill up to 20, then the 21st is refused.
    for (let i = 0; i < 15; i++)
      await owner.send(
        new PutIdentityPolicyCommand({
          Identity: 'ses-example.com',
          PolicyName: `p${i}`,
          Policy: policy('S'),
        }),
      );
    expect(
      await sesError(
        owner.send(
          new PutIdentityPolicyCommand({
            Identity: 'ses-example.com',
            PolicyName: 'valueOf',
            Policy: policy('S'),
          }),
        ),
      ),
    ).toMatchObject({ code: 'LimitExceeded', status: 400 });
    const { PolicyNames = [] } = await owner.send(
      new ListIdentityPoliciesCommand({ Identity: 'ses-example.com' }),
    );
    expect(PolicyNames).toHaveLength(20);
    expect(PolicyNames).toEqual(expect.arrayContaining(hostile));

    const { Policies = {} } = await owner.send(
      new GetIdentityPoliciesCommand({ Identity: 'ses-example.com', PolicyNames: ['toString', 'valueOf'] }),
    );
    expect(Object.keys(Policies)).toEqual(['toString']);
    expect(Policies.toString).toBe(policy('S'));

    for (const name of hostile)
      await owner.send(new DeleteIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName: name }));
    const after = await owner.send(new ListIdentityPoliciesCommand({ Identity: 'ses-example.com' }));
    expect(after.PolicyNames).toHaveLength(16);
    expect(after.PolicyNames).not.toEqual(expect.arrayContaining(['__proto__']));
  });

  it('refuses a policy name over 64 characters as the API model does', async () => {
    expect(
      await sesError(
        clientAs('owner').send(
          new PutIdentityPolicyCommand({
            Identity: 'ses-example.com',
            PolicyName: 'p'.repeat(65),
            Policy: policy('S'),
          }),
        ),
      ),
    ).toEqual({
      code: 'ValidationError',
      status: 400,
      message: `1 validation error detected: Value '${'p'.repeat(65)}' at 'policyName' failed to satisfy constraint: Member must have length less than or equal to 64`,
    });
  });

  it('logs every refused send, those refused before authorization included', async () => {
    const marketer = (params: Record<string, string>) =>
      rawQuery('delegate-marketer', { Action: 'SendEmail', Version: '2010-12-01', ...params });
    const body = { 'Message.Subject.Data': 's', 'Message.Body.Text.Data': 'b', SourceArn: DEMO_DOMAIN_ARN };
    const tooMany = Object.fromEntries(
      Array.from({ length: 51 }, (_, i) => [
        `Destination.ToAddresses.member.${i + 1}`,
        `r${i}@simulator.amazonses.com`,
      ]),
    );
    const answers = [
      await marketer({ ...body, Source: 'marketing+a@ses-example.com', ...tooMany }),
      await marketer({ ...body, Source: 'marketing+a@ses-example.com' }),
      await marketer({ ...body, 'Destination.ToAddresses.member.1': 'success@simulator.amazonses.com' }),
    ];
    expect(answers.map((a) => a.code)).toEqual([
      'InvalidParameterValue',
      'InvalidParameterValue',
      'MissingParameter',
    ]);
    const store = await emulatorStore();
    const activity = await store.transaction((tx) => tx.allActivity());
    expect(activity.map((a) => [a.action, a.errorCode])).toEqual([
      ['SendEmail', 'InvalidParameterValue'],
      ['SendEmail', 'InvalidParameterValue'],
      ['SendEmail', 'MissingParameter'],
    ]);
    expect(activity.every((a) => Array.isArray(a.identityArns) && a.caller.endsWith(':user/marketer'))).toBe(
      true,
    );
  });
});

describe('deeply nested policies', () => {
  it('answers InvalidPolicy, never a failure, for nesting far beyond any policy', async () => {
    const owner = clientAs('owner');
    for (const Policy of [
      '['.repeat(10_000) + ']'.repeat(10_000), // 20 KB: over SES's size limit
      '['.repeat(2_000) + ']'.repeat(2_000), // 4 KB: within the limit, far too deep
      `{"Version":"2012-10-17","Statement":${'{"a":'.repeat(600)}1${'}'.repeat(600)}}`,
    ]) {
      expect(
        await sesError(
          owner.send(
            new PutIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName: 'deep', Policy }),
          ),
        ),
      ).toMatchObject({ code: 'InvalidPolicy', status: 400 });
    }
    const { PolicyNames } = await owner.send(
      new ListIdentityPoliciesCommand({ Identity: 'ses-example.com' }),
    );
    expect(PolicyNames).toEqual(['SampleAuthorizationPolicy']);
  });
});
