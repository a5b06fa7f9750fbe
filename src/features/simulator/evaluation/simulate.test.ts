import { describe, expect, it } from 'vitest';
import { resolverOf, type KnownIdentity } from './identity-lookup';
import type { SimulatorScenario } from '../scenario';
import { requestTime, simulate } from './simulate';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AuthorizeMarketer',
        Effect: 'Allow',
        Principal: { AWS: ['999999999999'] },
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Resource: ARN,
        Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
      },
    ],
  },
  null,
  2,
);
const known: KnownIdentity[] = [
  {
    arn: ARN,
    account: '888888888888',
    region: 'us-east-1',
    name: 'ses-example.com',
    verified: true,
    policies: [{ name: 'Sample', document: POLICY }],
  },
  {
    arn: 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example',
    account: '999999999999',
    region: 'us-east-1',
    name: 'delegate.example',
    verified: true,
    policies: [],
  },
];
const scenario = (from: string, extra: Partial<SimulatorScenario> = {}): SimulatorScenario => ({
  identityArn: ARN,
  caller: 'arn:aws:iam::999999999999:user/marketer',
  action: 'ses:SendEmail',
  message: { from, to: ['success@simulator.amazonses.com'], sourceArn: ARN },
  context: { sourceIp: '203.0.113.10', secureTransport: true },
  ...extra,
});

async function run(s: SimulatorScenario) {
  const outcome = await simulate(s, resolverOf(known), new Date('2026-11-22T12:00:00Z'));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.simulation;
}

/** The seeds' "only API version 2" condition on the announcement's statement. */
const V2_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: ['999999999999'] },
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Resource: ARN,
      Condition: { StringEquals: { 'ses:ApiVersion': '2' } },
    },
  ],
});

describe('simulate, by send method', () => {
  const v2Only = (sendMethod: string, extra: Partial<SimulatorScenario> = {}) =>
    scenario('marketing+spring@ses-example.com', {
      sendMethod,
      policies: [{ name: 'V2Only', document: V2_ONLY }],
      ...extra,
    });

  it('refuses a v1 send and allows v2 and SMTP under a policy that allows only ses:ApiVersion "2"', async () => {
    const v1 = await run(v2Only('v1-SendEmail'));
    expect(v1.result.context?.['ses:ApiVersion']).toBe('1');
    expect(v1.result.error?.code).toBe('AccessDenied');
    const v2 = await run(v2Only('v2-SendEmail-Simple'));
    expect(v2.result.context?.['ses:ApiVersion']).toBe('2');
    expect(v2.result.decision).toBe('Allow');
    const raw = `X-SES-SOURCE-ARN: ${ARN}\r\nFrom: marketing+spring@ses-example.com\r\nTo: success@simulator.amazonses.com\r\n\r\nHi`;
    const smtp = await run(v2Only('smtp', { message: { raw } }));
    expect(smtp.result.decision).toBe('Allow');
    expect(smtp.message.arnHeaders).toEqual([ARN]);
  });

  it('authorizes v2 raw content as ses:SendRawEmail and SendBulkEmail as ses:SendBulkEmail', async () => {
    const sendEmailOnly = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ['999999999999'] }, Action: 'ses:SendEmail', Resource: ARN },
      ],
    });
    const policies = [{ name: 'SendEmailOnly', document: sendEmailOnly }];
    const simple = await run(scenario('a@ses-example.com', { sendMethod: 'v2-SendEmail-Simple', policies }));
    expect(simple.result.decision).toBe('Allow');
    const raw = await run(scenario('a@ses-example.com', { sendMethod: 'v2-SendEmail-Raw', policies }));
    expect(raw.result.error?.message).toContain('ses:SendRawEmail');
    const bulk = await run(scenario('a@ses-example.com', { sendMethod: 'v2-SendBulkEmail', policies }));
    expect(bulk.result.error?.message).toContain('ses:SendBulkEmail');
  });

  it('names v2 parameters in a v2 refusal, and lets FromEmailAddressIdentityArn override the raw headers', async () => {
    const other = 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example';
    const raw = `X-SES-SOURCE-ARN: ${other}\r\nFrom: ceo@elsewhere.example\r\nTo: success@simulator.amazonses.com\r\n\r\nHi`;
    const refused = await run(
      scenario('', { sendMethod: 'v2-SendEmail-Raw', message: { raw, sourceArn: ARN } }),
    );
    expect(refused.message.arns.source).toBe(ARN);
    expect(refused.result.error?.message).toContain('FromEmailAddressIdentityArn');
    expect(refused.result.error?.message).not.toContain('SourceArn');
  });

  it('over SMTP takes no ARN parameters: only the message headers name an identity', async () => {
    const raw = 'From: marketing+spring@ses-example.com\r\nTo: success@simulator.amazonses.com\r\n\r\nHi';
    const smtp = await run(scenario('', { sendMethod: 'smtp', message: { raw, sourceArn: ARN } }));
    expect(smtp.message.arns.source).toBeUndefined();
  });
});

describe('simulate', () => {
  it("predicts the announcement: marketing+spring is allowed, ceo is refused with SES's AccessDenied", async () => {
    const allowed = await run(scenario('marketing+spring@ses-example.com'));
    expect(allowed.result.decision).toBe('Allow');
    expect(allowed.result.context).toMatchObject({
      'aws:SourceIp': '203.0.113.10',
      'aws:SecureTransport': true,
      'aws:CurrentTime': '2026-11-22T12:00:00Z',
      'ses:ApiVersion': '1',
    });
    const refused = await run(scenario('ceo@ses-example.com'));
    expect(refused.result.decision).toBe('ImplicitDeny');
    expect(refused.result.error?.code).toBe('AccessDenied');
    const source = refused.result.identities.find((i) => i.role === 'source');
    expect(source?.evaluation?.policies[0]?.statements[0]?.conditions[0]).toMatchObject({
      key: 'ses:FromAddress',
      matched: false,
      requestValues: ['ceo@ses-example.com'],
    });
    expect(refused.policiesByArn[ARN]?.[0]?.document).toBe(POLICY);
  });

  it('uses the policies a scenario brings instead of the stored ones (a draft)', async () => {
    const open = POLICY.replace('marketing+*@ses-example.com', '*@ses-example.com');
    const result = await run(
      scenario('ceo@ses-example.com', { policies: [{ name: 'Draft', document: open }] }),
    );
    expect(result.result.decision).toBe('Allow');
    expect(result.policiesByArn[ARN]?.[0]?.name).toBe('Draft');
  });

  it("finds the caller's own identity for a Return-Path without an ARN", async () => {
    const result = await run(
      scenario('marketing+spring@ses-example.com', {
        message: {
          from: 'marketing+spring@ses-example.com',
          to: ['a@example.com'],
          returnPath: 'bounces@delegate.example',
          sourceArn: ARN,
        },
      }),
    );
    expect(result.result.identities.map((i) => [i.role, i.origin, i.decision])).toEqual([
      ['source', 'parameter', 'Allow'],
      ['returnPath', 'own-identity', 'Allow'],
    ]);
  });

  it('reads a raw MIME message: From, display name, recipients and X-SES headers', async () => {
    const raw = [
      `X-SES-SOURCE-ARN: ${ARN}`,
      'From: "Spring" <marketing+spring@ses-example.com>',
      'To: success@simulator.amazonses.com, b@example.com',
      'Subject: hi',
      '',
      'body',
    ].join('\r\n');
    const result = await run(scenario('', { action: 'ses:SendRawEmail', message: { raw } }));
    expect(result.result.decision).toBe('Allow');
    expect(result.message).toMatchObject({
      from: 'marketing+spring@ses-example.com',
      fromDisplayName: 'Spring',
      recipients: ['success@simulator.amazonses.com', 'b@example.com'],
      arnHeaders: [ARN],
    });
  });

  it('says why a raw message cannot be read, on the raw field', async () => {
    const outcome = await simulate(scenario('', { message: { raw: 'not a message' } }), resolverOf(known));
    expect(outcome).toMatchObject({ ok: false, field: 'raw', error: expect.stringMatching(/no headers/) });
  });

  it('takes an identity it cannot list to be verified, with the pasted policies', async () => {
    const other = 'arn:aws:ses:us-east-1:222233334444:identity/other.example';
    const result = await run({
      ...scenario('news@other.example'),
      identityArn: other,
      policies: [
        { name: 'P', document: POLICY.replaceAll(ARN, other).replace('marketing+*@ses-example.com', '*') },
      ],
      message: { from: 'news@other.example', to: ['a@example.com'], sourceArn: other },
    });
    expect(result.assumedVerified).toBe(true);
    expect(result.result.decision).toBe('Allow');
  });
});

describe('requestTime', () => {
  it('reads a time without a zone as UTC, and blank as now', () => {
    const now = new Date('2020-01-01T00:00:00Z');
    expect(requestTime('2026-11-22T12:00:00', now).toISOString()).toBe('2026-11-22T12:00:00.000Z');
    expect(requestTime('2026-11-22T12:00:00+02:00', now).toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(requestTime(' ', now)).toBe(now);
  });
});
