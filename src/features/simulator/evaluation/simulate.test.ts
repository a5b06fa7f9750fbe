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

describe('simulate', () => {
  it("predicts the announcement: marketing+spring is allowed, ceo is refused with SES's AccessDenied", async () => {
    const allowed = await run(scenario('marketing+spring@ses-example.com'));
    expect(allowed.result.decision).toBe('Allow');
    expect(allowed.result.context).toMatchObject({
      'aws:SourceIp': '203.0.113.10',
      'aws:SecureTransport': true,
      'aws:CurrentTime': '2026-11-22T12:00:00Z',
      'ses:ApiVersion': '2010-12-01',
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
