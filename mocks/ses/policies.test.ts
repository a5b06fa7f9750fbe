// @vitest-environment node
import {
  DeleteIdentityPolicyCommand,
  GetIdentityPoliciesCommand,
  ListIdentityPoliciesCommand,
  PutIdentityPolicyCommand,
} from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from './instance';
import { ANNOUNCEMENT_POLICY, DEMO_DOMAIN_ARN } from './seed';
import { clientAs, sesError } from './test/clients';

beforeEach(async () => {
  await openFreshEmulatorStore();
});

const policy = (patch: object = {}) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Action: 'ses:SendEmail',
        Resource: DEMO_DOMAIN_ARN,
        ...patch,
      },
    ],
  });

describe('emulator: policies', () => {
  it('puts, lists, gets and deletes policies, by identity name or ARN', async () => {
    const owner = clientAs('owner');
    await owner.send(
      new PutIdentityPolicyCommand({ Identity: DEMO_DOMAIN_ARN, PolicyName: 'Outsider', Policy: policy() }),
    );
    expect(
      (await owner.send(new ListIdentityPoliciesCommand({ Identity: 'ses-example.com' }))).PolicyNames,
    ).toEqual(['SampleAuthorizationPolicy', 'Outsider']);
    const got = await owner.send(
      new GetIdentityPoliciesCommand({
        Identity: 'ses-example.com',
        PolicyNames: ['SampleAuthorizationPolicy', 'Outsider', 'Missing'],
      }),
    );
    expect(got.Policies).toEqual({ SampleAuthorizationPolicy: ANNOUNCEMENT_POLICY, Outsider: policy() });
    await owner.send(
      new DeleteIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName: 'Outsider' }),
    );
    expect(
      (await owner.send(new ListIdentityPoliciesCommand({ Identity: 'ses-example.com' }))).PolicyNames,
    ).toEqual(['SampleAuthorizationPolicy']);
  });

  it("refuses an invalid policy with the engine's first error as InvalidPolicy", async () => {
    const owner = clientAs('owner');
    const put = (Policy: string, PolicyName = 'p') =>
      owner.send(new PutIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName, Policy }));
    expect(await sesError(put('{"Statement": ['))).toMatchObject({
      code: 'InvalidPolicy',
      message: expect.stringMatching(/^Invalid JSON: /),
      status: 400,
    });
    expect(
      await sesError(put(policy({ Resource: 'arn:aws:ses:us-east-1:888888888888:identity/other.com' }))),
    ).toMatchObject({
      code: 'InvalidPolicy',
      message: expect.stringContaining(
        `Resource must be the ARN of the identity this policy is attached to, ${DEMO_DOMAIN_ARN}`,
      ),
    });
    expect(await sesError(put(policy({ Principal: { AWS: '1234' } })))).toMatchObject({
      code: 'InvalidPolicy',
      message: expect.stringMatching(/^"1234" is not an AWS account ID: write the 12 digits/),
    });
    expect(await sesError(put(policy({ Sid: 'x'.repeat(4100) })))).toMatchObject({
      code: 'InvalidPolicy',
      message: expect.stringMatching(/SES accepts at most 4,096/),
    });
    expect(await sesError(put(policy(), 'bad name!'))).toMatchObject({
      code: 'InvalidParameterValue',
      message: expect.stringMatching(/letters, digits, hyphens and underscores/),
    });
  });

  it('refuses a 21st policy but lets an existing one be replaced', async () => {
    const owner = clientAs('owner');
    for (let i = 1; i < 20; i++) {
      await owner.send(
        new PutIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName: `p${i}`, Policy: policy() }),
      );
    }
    expect(
      await sesError(
        owner.send(
          new PutIdentityPolicyCommand({ Identity: 'ses-example.com', PolicyName: 'p21', Policy: policy() }),
        ),
      ),
    ).toMatchObject({
      code: 'LimitExceeded',
      message: expect.stringMatching(/already has 20 policies/),
    });
    await owner.send(
      new PutIdentityPolicyCommand({
        Identity: 'ses-example.com',
        PolicyName: 'p1',
        Policy: policy({ Sid: 'replaced' }),
      }),
    );
  });

  it('only the owner manages policies', async () => {
    const delegate = clientAs('delegate-root');
    expect(
      await sesError(delegate.send(new ListIdentityPoliciesCommand({ Identity: DEMO_DOMAIN_ARN }))),
    ).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: `User: arn:aws:iam::999999999999:root is not authorized to perform: ses:ListIdentityPolicies on resource: ${DEMO_DOMAIN_ARN} because no resource-based policy allows the ses:ListIdentityPolicies action`,
    });
  });
});
