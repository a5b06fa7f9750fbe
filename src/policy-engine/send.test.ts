// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addressBelongsToIdentity,
  authorizeSend,
  parseIdentityArn,
  resolveIdentityArns,
  type IdentityRecord,
  type SendAuthorizationRequest,
} from './index';

const OWNER = '888888888888';
const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const MARKETER = 'arn:aws:iam::999999999999:user/marketer';
const marketerIam = [
  {
    name: 'send',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['ses:SendEmail', 'ses:SendRawEmail'], Resource: '*' }],
    }),
  },
];
const announcement = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AuthorizeMarketer',
      Effect: 'Allow',
      Resource: DOMAIN_ARN,
      Principal: { AWS: ['999999999999'] },
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
    },
  ],
});

function directory(extra: IdentityRecord[] = []): SendAuthorizationRequest['lookupIdentity'] {
  const records: IdentityRecord[] = [
    {
      arn: DOMAIN_ARN,
      account: OWNER,
      region: 'us-east-1',
      name: 'ses-example.com',
      kind: 'Domain',
      verified: true,
      policies: [{ name: 'announcement', document: announcement }],
    },
    {
      arn: 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example',
      account: '999999999999',
      region: 'us-east-1',
      name: 'delegate.example',
      kind: 'Domain',
      verified: true,
      policies: [],
    },
    {
      arn: 'arn:aws:ses:us-east-1:888888888888:identity/pending.example',
      account: OWNER,
      region: 'us-east-1',
      name: 'pending.example',
      kind: 'Domain',
      verified: false,
      policies: [],
    },
    ...extra,
  ];
  return (query) =>
    'arn' in query
      ? records.find((r) => r.arn === query.arn)
      : records.find(
          (r) => r.account === query.account && r.region === query.region && r.name === query.name,
        );
}

const send = (patch: Partial<SendAuthorizationRequest>, extra?: IdentityRecord[]) =>
  authorizeSend({
    caller: MARKETER,
    callerIdentityPolicies: marketerIam,
    api: 'SendEmail',
    region: 'us-east-1',
    message: { source: 'marketing+spring@ses-example.com', to: ['success@simulator.amazonses.com'] },
    sourceArn: DOMAIN_ARN,
    context: { time: '2026-11-22T10:00:00Z', sourceIp: '198.51.100.7' },
    lookupIdentity: directory(extra),
    ...patch,
  });

describe('authorizeSend: the announcement scenario', () => {
  it('lets the delegate send from marketing+spring@ses-example.com', () => {
    const result = send({});
    expect(result.decision).toBe('Allow');
    expect(result.error).toBeUndefined();
    expect(result.identities).toHaveLength(1);
    expect(result.identities[0]).toMatchObject({
      role: 'source',
      arn: DOMAIN_ARN,
      origin: 'parameter',
      decision: 'Allow',
    });
    expect(result.identities[0]?.evaluation?.crossAccount).toBe(true);
  });

  it("refuses ceo@ses-example.com with SES's AccessDenied wording", () => {
    const result = send({ message: { source: 'ceo@ses-example.com', to: ['a@example.com'] } });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.error).toEqual({
      code: 'AccessDenied',
      httpStatus: 403,
      message:
        "User `arn:aws:iam::999999999999:user/marketer' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'",
    });
    expect(result.identities[0]?.evaluation?.policies[0]?.statements[0]?.conditions[0]?.matched).toBe(false);
  });

  it('needs the delegate account to allow too: no IAM policy, no send', () => {
    expect(send({ callerIdentityPolicies: [] }).decision).toBe('ImplicitDeny');
  });

  it('names the action of the API used', () => {
    const templated = send({ api: 'SendTemplatedEmail' });
    expect(templated.error?.message).toContain("`ses:SendTemplatedEmail'");
  });
});

describe('authorizeSend: SES checks before the policy', () => {
  it('refuses another Region', () => {
    const result = send({ region: 'eu-west-1' });
    expect(result.error?.code).toBe('InvalidParameterValue');
    expect(result.error?.message).toMatch(/is in us-east-1, but this request was sent to eu-west-1/);
  });

  it('refuses an address that is not the identity’s', () => {
    const result = send({ message: { source: 'marketing+x@other.com' } });
    expect(result.error?.message).toBe(
      `The Source address marketing+x@other.com does not belong to the identity ses-example.com named by ${DOMAIN_ARN}.`,
    );
  });

  it('refuses an unverified identity with MessageRejected', () => {
    const result = authorizeSend({
      caller: 'arn:aws:iam::888888888888:root',
      api: 'SendEmail',
      region: 'us-east-1',
      message: { source: 'hello@pending.example' },
      lookupIdentity: directory(),
    });
    expect(result.error).toMatchObject({ code: 'MessageRejected' });
    expect(result.error?.message).toBe(
      'Email address is not verified. The following identities failed the check in region US-EAST-1: pending.example',
    );
  });

  it('refuses a malformed ARN with a message saying what is wrong', () => {
    expect(send({ sourceArn: 'arn:aws:ses:us-east-1:8888:identity/ses-example.com' }).error?.message).toMatch(
      /12-digit account ID/,
    );
  });
});

describe('authorizeSend: identities, ARNs and precedence', () => {
  it('the owner sends its own mail without ARNs', () => {
    const result = authorizeSend({
      caller: 'arn:aws:iam::888888888888:root',
      api: 'SendEmail',
      region: 'us-east-1',
      message: { source: 'ceo@ses-example.com', to: ['a@example.com'] },
      lookupIdentity: directory(),
    });
    expect(result.decision).toBe('Allow');
    expect(result.identities[0]).toMatchObject({ origin: 'own-identity', arn: DOMAIN_ARN });
  });

  it('a delegate without an ARN is sending as itself, and has no such identity', () => {
    const result = send({ sourceArn: undefined });
    expect(result.error?.code).toBe('MessageRejected');
  });

  it('authorizes a Return-Path at the delegate’s own identity separately', () => {
    const result = send({
      message: { source: 'marketing+spring@ses-example.com', returnPath: 'bounces@delegate.example' },
      returnPathArn: 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example',
    });
    expect(result.decision).toBe('Allow');
    expect(result.identities.map((i) => [i.role, i.decision])).toEqual([
      ['source', 'Allow'],
      ['returnPath', 'Allow'],
    ]);
  });

  it('an email identity’s policies take precedence over its domain’s', () => {
    const emailArn = 'arn:aws:ses:us-east-1:888888888888:identity/marketing+vip@ses-example.com';
    const denyAll = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'ses:*', Resource: emailArn }],
    });
    const result = send({ message: { source: 'marketing+vip@ses-example.com' } }, [
      {
        arn: emailArn,
        account: OWNER,
        region: 'us-east-1',
        name: 'marketing+vip@ses-example.com',
        kind: 'EmailAddress',
        verified: true,
        policies: [{ name: 'deny', document: denyAll }],
      },
    ]);
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.identities[0]?.evaluatedArn).toBe(emailArn);
  });

  it('resolves ARNs from parameters first, then the X-SES headers', () => {
    expect(
      resolveIdentityArns(
        { sourceArn: 'arn:param' },
        { sourceArn: 'arn:header', fromArn: 'arn:from-header' },
      ),
    ).toEqual({
      sourceArn: { arn: 'arn:param', origin: 'parameter' },
      fromArn: { arn: 'arn:from-header', origin: 'header' },
      returnPathArn: undefined,
    });
  });

  it('a raw message From other than the source is authorized as From', () => {
    const result = send({
      api: 'SendRawEmail',
      message: { source: 'marketing+spring@ses-example.com', from: '"Sales" <ceo@ses-example.com>' },
      fromArn: DOMAIN_ARN,
    });
    expect(result.identities.map((i) => [i.role, i.decision])).toEqual([
      ['source', 'ImplicitDeny'],
      ['from', 'ImplicitDeny'],
    ]);
  });

  it('passes the message into the condition context: display name, every recipient, Return-Path', () => {
    const arn = 'arn:aws:ses:us-east-1:888888888888:identity/ctx.example';
    const strict = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '999999999999' },
          Action: 'ses:SendEmail',
          Resource: arn,
          Condition: {
            StringEquals: { 'ses:FromDisplayName': 'Spring', 'ses:FeedbackAddress': 'b@ctx.example' },
            'ForAllValues:StringLike': { 'ses:Recipients': '*@x.com' },
            IpAddress: { 'aws:SourceIp': '198.51.100.0/24' },
            DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
          },
        },
      ],
    });
    const record: IdentityRecord = {
      arn,
      account: OWNER,
      region: 'us-east-1',
      name: 'ctx.example',
      kind: 'Domain',
      verified: true,
      policies: [{ name: 'strict', document: strict }],
    };
    const message = {
      source: '"Spring" <s@ctx.example>',
      to: ['a@x.com'],
      cc: ['b@x.com'],
      bcc: ['c@x.com'],
      returnPath: 'b@ctx.example',
    };
    const allowed = send({ message, sourceArn: arn, returnPathArn: arn }, [record]);
    // Without its own ARN, a Return-Path at someone else's identity is the caller's to verify: refused.
    expect(send({ message, sourceArn: arn }, [record]).error?.code).toBe('MessageRejected');
    expect(allowed.decision).toBe('Allow');
    const conditions = allowed.identities[0]?.evaluation?.policies[0]?.statements[0]?.conditions ?? [];
    expect(conditions.find((c) => c.key === 'ses:Recipients')?.requestValues).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
    ]);
    const leaky = send(
      { message: { ...message, bcc: ['spy@elsewhere.com'] }, sourceArn: arn, returnPathArn: arn },
      [record],
    );
    expect(leaky.decision).toBe('ImplicitDeny');
  });
});

describe('identity helpers', () => {
  it('parses identity ARNs and explains bad ones', () => {
    expect(parseIdentityArn(DOMAIN_ARN)).toMatchObject({
      ok: true,
      identity: { region: 'us-east-1', account: OWNER, name: 'ses-example.com', kind: 'Domain' },
    });
    expect(parseIdentityArn('ses-example.com')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/is not an ARN/),
    });
    expect(parseIdentityArn('arn:aws:sns:us-east-1:888888888888:topic')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not an SES ARN/),
    });
  });

  it('knows which addresses belong to an identity', () => {
    expect(addressBelongsToIdentity('a@ses-example.com', 'ses-example.com')).toBe(true);
    expect(addressBelongsToIdentity('a@mail.SES-example.com', 'ses-example.com')).toBe(true);
    expect(addressBelongsToIdentity('a@notses-example.com', 'ses-example.com')).toBe(false);
    expect(addressBelongsToIdentity('News@ses-example.com', 'news@ses-example.com')).toBe(true);
    expect(addressBelongsToIdentity('other@ses-example.com', 'news@ses-example.com')).toBe(false);
  });
});
