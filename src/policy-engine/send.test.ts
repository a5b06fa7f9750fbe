// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRawMessage } from './mime';
import { authorizeSend, type IdentityRecord, type SendAuthorizationRequest } from './send';
import { resolveIdentityArns } from './send-input';
import type { PolicyInput } from './types';

const OWNER = '888888888888';
const DELEGATE = '999999999999';
const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const DELEGATE_DOMAIN_ARN = 'arn:aws:ses:us-east-1:999999999999:identity/delegate.example';
const MARKETER = 'arn:aws:iam::999999999999:user/marketer';
const OWNER_ROOT = 'arn:aws:iam::888888888888:root';

const doc = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const marketerIam: PolicyInput[] = [
  {
    name: 'send',
    document: doc([{ Effect: 'Allow', Action: ['ses:SendEmail', 'ses:SendRawEmail'], Resource: '*' }]),
  },
];
/** The announcement's policy with its glob written correctly. */
const announcement = doc([
  {
    Sid: 'AuthorizeMarketer',
    Effect: 'Allow',
    Resource: DOMAIN_ARN,
    Principal: { AWS: ['999999999999'] },
    Action: ['SES:SendEmail', 'SES:SendRawEmail'],
    Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
  },
]);

function identity(
  account: string,
  name: string,
  policies: PolicyInput[] = [],
  extra: Partial<IdentityRecord> = {},
): IdentityRecord {
  const region = extra.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ses:${region}:${account}:identity/${name}`,
    account,
    region,
    name,
    kind: name.includes('@') ? 'EmailAddress' : 'Domain',
    verified: true,
    policies,
    ...extra,
  };
}

/** A directory as the emulator keeps one: names compared without regard to case. */
function directory(extra: IdentityRecord[] = []): SendAuthorizationRequest['lookupIdentity'] {
  const records: IdentityRecord[] = [
    identity(OWNER, 'ses-example.com', [{ name: 'announcement', document: announcement }]),
    identity(DELEGATE, 'delegate.example'),
    identity(OWNER, 'pending.example', [], { verified: false }),
    ...extra,
  ];
  return (query) =>
    'arn' in query
      ? records.find((r) => r.arn.toLowerCase() === query.arn.toLowerCase())
      : records.find(
          (r) =>
            r.account === query.account &&
            r.region === query.region &&
            r.name.toLowerCase() === query.name.toLowerCase(),
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

const roles = (result: ReturnType<typeof authorizeSend>) =>
  result.identities.map((i) => [i.role, i.origin, i.decision]);

describe('authorizeSend: the announcement scenario', () => {
  it('lets the delegate’s user send from marketing+spring@ses-example.com', () => {
    const result = send({});
    expect(result.decision).toBe('Allow');
    expect(result.error).toBeUndefined();
    expect(result.identities).toHaveLength(1);
    expect(result.identities[0]).toMatchObject({
      role: 'source',
      address: 'marketing+spring@ses-example.com',
      arn: DOMAIN_ARN,
      origin: 'parameter',
      decision: 'Allow',
    });
    const evaluation = result.identities[0]?.evaluation;
    expect(evaluation?.crossAccount).toBe(true);
    expect(evaluation?.resourcePolicyDecision).toBe('Allow');
    expect(evaluation?.identityPolicyDecision).toBe('Allow');
    expect(result.summary).toBe(`Allowed: Source marketing+spring@ses-example.com via ${DOMAIN_ARN}.`);
  });

  it("refuses ceo@ses-example.com with SES's exact AccessDenied", () => {
    const result = send({ message: { source: 'ceo@ses-example.com', to: ['a@example.com'] } });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.error).toEqual({
      code: 'AccessDenied',
      httpStatus: 403,
      message:
        "User `arn:aws:iam::999999999999:user/marketer' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'",
    });
    const condition = result.identities[0]?.evaluation?.policies[0]?.statements[0]?.conditions[0];
    expect(condition).toMatchObject({
      key: 'ses:FromAddress',
      requestValues: ['ceo@ses-example.com'],
      matched: false,
    });
    expect(result.summary).toMatch(/^Refused at the Source identity \(AccessDenied\): User `/);
  });

  it('allows SendRawEmail too, and names the API in the refusal', () => {
    expect(send({ api: 'SendRawEmail' }).decision).toBe('Allow');
    expect(
      send({ api: 'SendRawEmail', message: { source: 'ceo@ses-example.com' } }).error?.message,
    ).toContain("`ses:SendRawEmail'");
  });

  it('does not grant SendTemplatedEmail, and says so with its action name', () => {
    const result = send({ api: 'SendTemplatedEmail' });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.error?.message).toBe(
      `User \`${MARKETER}' is not authorized to perform \`ses:SendTemplatedEmail' on resource \`${DOMAIN_ARN}'`,
    );
  });

  it('needs the delegate’s own account to allow too', () => {
    expect(send({ callerIdentityPolicies: [] }).decision).toBe('ImplicitDeny');
    const onlySendEmail: PolicyInput[] = [
      { name: 'p', document: doc([{ Effect: 'Allow', Action: 'ses:SendEmail', Resource: '*' }]) },
    ];
    expect(send({ callerIdentityPolicies: onlySendEmail }).decision).toBe('Allow');
    expect(send({ api: 'SendRawEmail', callerIdentityPolicies: onlySendEmail }).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('refuses an account with no grant', () => {
    const result = send({ caller: 'arn:aws:iam::111122223333:root', callerIdentityPolicies: undefined });
    expect(result.error?.code).toBe('AccessDenied');
  });

  it('the announcement’s policy as published (a regex in StringLike) grants nothing', () => {
    const published = announcement.replace('marketing+*@', 'marketing+.*@');
    const result = send({}, []);
    expect(result.decision).toBe('Allow');
    const lookup = directory();
    const asPublished: SendAuthorizationRequest['lookupIdentity'] = (query) => {
      const found = lookup(query);
      return found?.arn === DOMAIN_ARN
        ? { ...found, policies: [{ name: 'announcement', document: published }] }
        : found;
    };
    expect(send({ lookupIdentity: asPublished }).decision).toBe('ImplicitDeny');
  });
});

describe('authorizeSend: SES’s checks before any policy', () => {
  it('refuses an identity of another Region', () => {
    const result = send({ region: 'eu-west-1' });
    expect(result.error).toEqual({
      code: 'InvalidParameterValue',
      httpStatus: 400,
      message: `The identity ${DOMAIN_ARN} (SourceArn) is in us-east-1, but this request was sent to eu-west-1. SES identities are regional: send through the us-east-1 endpoint, or use an identity verified in eu-west-1.`,
    });
    expect(result.identities[0]?.evaluation).toBeUndefined();
  });

  it('refuses an address that does not belong to the identity named', () => {
    const result = send({ message: { source: 'marketing+x@other.com' } });
    expect(result.error?.message).toBe(
      `The Source address marketing+x@other.com does not belong to the identity ses-example.com named by SourceArn (${DOMAIN_ARN}), which covers addresses at ses-example.com and its subdomains.`,
    );
    expect(send({ message: { source: 'marketing+x@notses-example.com' } }).error?.code).toBe(
      'InvalidParameterValue',
    );
    const emailArn = 'arn:aws:ses:us-east-1:888888888888:identity/news@ses-example.com';
    expect(send({ sourceArn: emailArn }).error?.message).toMatch(/which covers only the address news@/);
  });

  it('accepts subdomains of a domain identity and any case of the domain', () => {
    const open = doc([
      { Effect: 'Allow', Principal: { AWS: DELEGATE }, Action: 'ses:SendEmail', Resource: '*' },
    ]);
    const arn = 'arn:aws:ses:us-east-1:888888888888:identity/open.example';
    const extra = [identity(OWNER, 'open.example', [{ name: 'open', document: open }])];
    expect(send({ sourceArn: arn, message: { source: 'a@mail.eu.open.example' } }, extra).decision).toBe(
      'Allow',
    );
    expect(send({ sourceArn: arn, message: { source: 'a@OPEN.Example' } }, extra).decision).toBe('Allow');
  });

  it('refuses an unverified identity with MessageRejected, listing the address as given', () => {
    const pending = 'arn:aws:ses:us-east-1:888888888888:identity/pending.example';
    const viaArn = send({ sourceArn: pending, message: { source: '"News" <news@pending.example>' } });
    expect(viaArn.error).toEqual({
      code: 'MessageRejected',
      httpStatus: 400,
      message:
        'Email address is not verified. The following identities failed the check in region US-EAST-1: "News" <news@pending.example>',
    });
    const own = authorizeSend({
      caller: OWNER_ROOT,
      api: 'SendEmail',
      region: 'us-east-1',
      message: { source: 'hello@pending.example' },
      lookupIdentity: directory(),
    });
    expect(own.error?.message).toBe(
      'Email address is not verified. The following identities failed the check in region US-EAST-1: hello@pending.example',
    );
  });

  it('lists every unverified identity of the send in one message', () => {
    const result = authorizeSend({
      caller: OWNER_ROOT,
      api: 'SendEmail',
      region: 'us-east-1',
      message: { source: 'a@nowhere.example', returnPath: 'b@pending.example' },
      lookupIdentity: directory(),
    });
    expect(result.error?.message).toBe(
      'Email address is not verified. The following identities failed the check in region US-EAST-1: a@nowhere.example, b@pending.example',
    );
    expect(roles(result)).toEqual([
      ['source', 'own-identity', 'ImplicitDeny'],
      ['returnPath', 'own-identity', 'ImplicitDeny'],
    ]);
  });

  it('an identity ARN that does not exist: AccessDenied for others, not verified for its account', () => {
    const missing = 'arn:aws:ses:us-east-1:888888888888:identity/missing.example';
    expect(send({ sourceArn: missing, message: { source: 'a@missing.example' } }).error?.code).toBe(
      'AccessDenied',
    );
    const owner = send({
      caller: OWNER_ROOT,
      sourceArn: missing,
      message: { source: 'a@missing.example' },
    });
    expect(owner.error?.code).toBe('MessageRejected');
  });

  it('explains a malformed ARN, naming the parameter or header it came from', () => {
    expect(send({ sourceArn: 'arn:aws:ses:us-east-1:8888:identity/ses-example.com' }).error?.message).toBe(
      `SourceArn: "arn:aws:ses:us-east-1:8888:identity/ses-example.com" needs the owner's 12-digit account ID after the Region, not "8888".`,
    );
    const fromHeader = send({ sourceArn: { arn: 'ses-example.com', origin: 'header' } });
    expect(fromHeader.error?.message).toMatch(/^X-SES-SOURCE-ARN header: "ses-example.com" is not an ARN/);
  });
});

describe('authorizeSend: bad input is a refusal, never an exception', () => {
  const cases: [string, Partial<SendAuthorizationRequest>, RegExp][] = [
    ['no Source', { message: { source: '' } }, /The Source is missing/],
    ['a Source without address', { message: { source: 'Marketing' } }, /is not an email address/],
    [
      'two Source addresses',
      { message: { source: 'a@ses-example.com, b@ses-example.com' } },
      /names 2 addresses: give exactly one/,
    ],
    [
      'a recipient without address',
      { message: { source: 'marketing+a@ses-example.com', to: ['nobody'] } },
      /The To recipient "nobody" is not an email address/,
    ],
    ['an unknown API', { api: 'SendBounce' as never }, /"SendBounce" is not a sending API/],
    ['a bad Region', { region: 'US East' }, /"US East" is not a Region/],
    ['a bad time', { context: { time: 'yesterday' } }, /The request time "yesterday" is not a date/],
    ['no caller', { caller: '' }, /The caller is missing/],
  ];
  it.each(cases)('%s', (_, patch, message) => {
    const result = send(patch);
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.error?.code).toBe('InvalidParameterValue');
    expect(result.error?.message).toMatch(message);
    expect(result.summary).toMatch(/^Refused: /);
  });

  it('survives a directory that throws, and no request at all', () => {
    const result = send({
      lookupIdentity: () => {
        throw new Error('store closed');
      },
    });
    expect(result.error?.message).toBe('The send could not be authorized: store closed');
    expect(authorizeSend(undefined as never).decision).toBe('ImplicitDeny');
    expect(authorizeSend({} as never).error?.code).toBe('InvalidParameterValue');
  });
});

describe('authorizeSend: the owner’s own mail, without ARNs', () => {
  it('sends through its own domain identity', () => {
    const result = authorizeSend({
      caller: OWNER_ROOT,
      api: 'SendEmail',
      region: 'us-east-1',
      message: { source: 'ceo@ses-example.com', to: ['a@example.com'] },
      lookupIdentity: directory(),
    });
    expect(result.decision).toBe('Allow');
    expect(result.identities[0]).toMatchObject({ origin: 'own-identity', arn: DOMAIN_ARN });
    expect(result.identities[0]?.evaluation?.crossAccount).toBe(false);
  });

  it('still goes through evaluate: a Deny in its identity’s policy applies to its own users', () => {
    const intern = 'arn:aws:iam::888888888888:user/intern';
    const noInterns = doc([
      { Effect: 'Deny', Principal: { AWS: intern }, Action: 'ses:*', Resource: 'arn:aws:ses:*' },
    ]);
    const arn = 'arn:aws:ses:us-east-1:888888888888:identity/internal.example';
    const result = authorizeSend({
      caller: intern,
      callerIdentityPolicies: [
        { name: 'all', document: doc([{ Effect: 'Allow', Action: 'ses:*', Resource: '*' }]) },
      ],
      api: 'SendEmail',
      region: 'us-east-1',
      message: { source: 'x@internal.example' },
      lookupIdentity: directory([
        identity(OWNER, 'internal.example', [{ name: 'deny', document: noInterns }]),
      ]),
    });
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.error?.message).toBe(
      `User \`${intern}' is not authorized to perform \`ses:SendEmail' on resource \`${arn}'`,
    );
  });

  it('a delegate without an ARN sends as itself, and does not own the address', () => {
    const result = send({ sourceArn: undefined });
    expect(result.error).toMatchObject({
      code: 'MessageRejected',
      message:
        'Email address is not verified. The following identities failed the check in region US-EAST-1: marketing+spring@ses-example.com',
    });
  });

  it('a verified email identity of its own stands in for an unverified one’s domain, and vice versa', () => {
    const lookup = directory([identity(OWNER, 'solo@pending.example')]);
    const request = {
      caller: OWNER_ROOT,
      api: 'SendEmail' as const,
      region: 'us-east-1',
      lookupIdentity: lookup,
    };
    expect(authorizeSend({ ...request, message: { source: 'solo@pending.example' } }).decision).toBe('Allow');
    // An email identity still pending does not hide its verified domain.
    const pendingEmail = directory([identity(OWNER, 'wip@ses-example.com', [], { verified: false })]);
    const result = authorizeSend({
      ...request,
      lookupIdentity: pendingEmail,
      message: { source: 'wip@ses-example.com' },
    });
    expect(result.identities[0]).toMatchObject({ decision: 'Allow', arn: DOMAIN_ARN });
  });

  it('a service principal has no identities of its own', () => {
    const result = send({ caller: 'cognito-idp.amazonaws.com', sourceArn: undefined });
    expect(result.error?.message).toMatch(/belongs to no AWS account.*SourceArn/);
  });
});

describe('authorizeSend: an email address identity’s policies take precedence over its domain’s', () => {
  const vipArn = 'arn:aws:ses:us-east-1:888888888888:identity/marketing+vip@ses-example.com';
  const ceoArn = 'arn:aws:ses:us-east-1:888888888888:identity/ceo@ses-example.com';
  const allowDelegate = (arn: string) =>
    doc([{ Effect: 'Allow', Principal: { AWS: DELEGATE }, Action: 'ses:SendEmail', Resource: arn }]);
  const allowNobody = (arn: string) =>
    doc([{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'ses:SendEmail', Resource: arn }]);

  it('domain allows, the address’s own policy does not: refused for that address only', () => {
    const extra = [
      identity(OWNER, 'marketing+vip@ses-example.com', [{ name: 'p', document: allowNobody(vipArn) }]),
    ];
    const vip = send({ message: { source: 'marketing+vip@ses-example.com' } }, extra);
    expect(vip.decision).toBe('ImplicitDeny');
    expect(vip.identities[0]).toMatchObject({ arn: DOMAIN_ARN, evaluatedArn: vipArn });
    expect(vip.error?.message).toContain(`on resource \`${DOMAIN_ARN}'`);
    expect(send({}, extra).decision).toBe('Allow');
  });

  it('domain does not allow, the address’s own policy does: allowed for that address', () => {
    const extra = [identity(OWNER, 'ceo@ses-example.com', [{ name: 'p', document: allowDelegate(ceoArn) }])];
    const result = send({ message: { source: 'CEO@ses-example.com' } }, extra);
    expect(result.decision).toBe('Allow');
    expect(result.identities[0]?.evaluatedArn).toBe(ceoArn);
    expect(result.identities[0]?.reason).toContain('give way to those of the email address identity');
  });

  it('without policies of its own (or unverified), the domain’s policies apply', () => {
    const noPolicies = [identity(OWNER, 'marketing+vip@ses-example.com')];
    const vip = send({ message: { source: 'marketing+vip@ses-example.com' } }, noPolicies);
    expect(vip.decision).toBe('Allow');
    expect(vip.identities[0]?.evaluatedArn).toBeUndefined();
    const unverified = [
      identity(OWNER, 'ceo@ses-example.com', [{ name: 'p', document: allowDelegate(ceoArn) }], {
        verified: false,
      }),
    ];
    expect(send({ message: { source: 'ceo@ses-example.com' } }, unverified).decision).toBe('ImplicitDeny');
  });

  it('an email identity of another account has no say over this owner’s domain', () => {
    const extra = [
      identity(DELEGATE, 'ceo@ses-example.com', [
        {
          name: 'p',
          document: allowDelegate('arn:aws:ses:us-east-1:999999999999:identity/ceo@ses-example.com'),
        },
      ]),
    ];
    expect(send({ message: { source: 'ceo@ses-example.com' } }, extra).decision).toBe('ImplicitDeny');
  });

  it('naming the email identity’s own ARN evaluates its policies', () => {
    const extra = [identity(OWNER, 'ceo@ses-example.com', [{ name: 'p', document: allowDelegate(ceoArn) }])];
    const result = send({ sourceArn: ceoArn, message: { source: 'ceo@ses-example.com' } }, extra);
    expect(result.identities[0]).toMatchObject({ decision: 'Allow', arn: ceoArn });
    expect(result.identities[0]?.evaluatedArn).toBeUndefined();
  });
});

describe('authorizeSend: From and Return-Path identities', () => {
  it('a Return-Path at the delegate’s own identity, with its ARN, is authorized separately', () => {
    const result = send({
      message: { source: 'marketing+spring@ses-example.com', returnPath: 'bounces@delegate.example' },
      returnPathArn: DELEGATE_DOMAIN_ARN,
    });
    expect(result.decision).toBe('Allow');
    expect(roles(result)).toEqual([
      ['source', 'parameter', 'Allow'],
      ['returnPath', 'parameter', 'Allow'],
    ]);
    expect(result.identities[1]?.evaluation?.crossAccount).toBe(false);
    expect(result.context?.['ses:FeedbackAddress']).toBe('bounces@delegate.example');
  });

  it('a Return-Path at the delegate’s own identity needs no ARN', () => {
    const result = send({
      message: { source: 'marketing+spring@ses-example.com', returnPath: '<bounces@delegate.example>' },
    });
    expect(roles(result)).toEqual([
      ['source', 'parameter', 'Allow'],
      ['returnPath', 'own-identity', 'Allow'],
    ]);
    expect(result.identities[1]?.arn).toBe(DELEGATE_DOMAIN_ARN);
  });

  it('a Return-Path at the owner’s domain is covered by the SourceArn when it has no ARN of its own', () => {
    const result = send({
      message: { source: 'marketing+spring@ses-example.com', returnPath: 'feedback@ses-example.com' },
    });
    expect(roles(result)).toEqual([
      ['source', 'parameter', 'Allow'],
      ['returnPath', 'source-arn', 'Allow'],
    ]);
  });

  it('a Return-Path elsewhere, not owned by the caller, is refused', () => {
    const result = send({
      message: { source: 'marketing+spring@ses-example.com', returnPath: 'x@stranger.example' },
    });
    expect(result.error?.code).toBe('MessageRejected');
    expect(roles(result)[1]).toEqual(['returnPath', 'own-identity', 'ImplicitDeny']);
  });

  it('a raw message’s From other than the Source is authorized as From (SourceArn covers it)', () => {
    const result = send({
      api: 'SendRawEmail',
      message: { source: 'marketing+spring@ses-example.com', from: '"Sales" <ceo@ses-example.com>' },
    });
    // ses:FromAddress is the From header's address, for every role.
    expect(roles(result)).toEqual([
      ['source', 'parameter', 'ImplicitDeny'],
      ['from', 'source-arn', 'ImplicitDeny'],
    ]);
    expect(result.context).toMatchObject({
      'ses:FromAddress': 'ceo@ses-example.com',
      'ses:FromDisplayName': 'Sales',
    });
  });

  it('a FromArn is used for the From address even when it equals the Source', () => {
    const result = send({ api: 'SendRawEmail', fromArn: DOMAIN_ARN });
    expect(roles(result)).toEqual([
      ['source', 'parameter', 'Allow'],
      ['from', 'parameter', 'Allow'],
    ]);
  });
});

describe('authorizeSend: ARNs from parameters and X-SES headers', () => {
  it('resolves each ARN from its parameter first, then its header', () => {
    expect(
      resolveIdentityArns(
        { sourceArn: ' arn:param ', returnPathArn: '  ' },
        { sourceArn: 'arn:header', fromArn: 'arn:from-header', returnPathArn: 'arn:rp-header' },
      ),
    ).toEqual({
      sourceArn: { arn: 'arn:param', origin: 'parameter' },
      fromArn: { arn: 'arn:from-header', origin: 'header' },
      returnPathArn: { arn: 'arn:rp-header', origin: 'header' },
    });
    expect(resolveIdentityArns({})).toEqual({
      sourceArn: undefined,
      fromArn: undefined,
      returnPathArn: undefined,
    });
  });

  const raw = (sourceArnHeader: string) =>
    [
      'From: "Spring Sale" <marketing+spring@ses-example.com>',
      'To: a@example.com',
      `X-Ses-Source-Arn: ${sourceArnHeader}`,
      'Subject: hi',
      '',
      'body',
    ].join('\r\n');

  it('a raw message’s X-SES-SOURCE-ARN header is used when no parameter is given', async () => {
    const parsed = await parseRawMessage(raw(DOMAIN_ARN));
    if (!parsed.ok) throw new Error(parsed.error);
    const m = parsed.message;
    const result = send({
      api: 'SendRawEmail',
      message: { source: m.from.address, from: `"${m.from.name}" <${m.from.address}>`, to: m.to },
      ...resolveIdentityArns({}, m.sesHeaders),
    });
    expect(result.decision).toBe('Allow');
    expect(result.identities[0]?.origin).toBe('header');
    expect(result.context?.['ses:FromDisplayName']).toBe('Spring Sale');
  });

  it('the parameter wins over a header naming another identity', async () => {
    const parsed = await parseRawMessage(raw(DELEGATE_DOMAIN_ARN));
    if (!parsed.ok) throw new Error(parsed.error);
    const m = parsed.message;
    const base = { api: 'SendRawEmail' as const, message: { source: m.from.address, to: m.to } };
    const headerOnly = send({ ...base, ...resolveIdentityArns({}, m.sesHeaders) });
    expect(headerOnly.error?.message).toMatch(
      /does not belong to the identity delegate\.example named by X-SES-SOURCE-ARN header/,
    );
    const withParameter = send({ ...base, ...resolveIdentityArns({ sourceArn: DOMAIN_ARN }, m.sesHeaders) });
    expect(withParameter.decision).toBe('Allow');
    expect(withParameter.identities[0]).toMatchObject({ origin: 'parameter', arn: DOMAIN_ARN });
  });
});

describe('authorizeSend: the request context', () => {
  it('carries every key that has a value, and only those', () => {
    const result = send({
      message: {
        source: '=?UTF-8?B?U3DDpHRsaW5n?= <marketing+spring@ses-example.com>',
        to: ['a@x.com', '"B" <b@x.com>'],
        cc: ['c@x.com'],
        bcc: ['d@x.com'],
        returnPath: 'feedback@ses-example.com',
      },
      context: {
        time: new Date('2026-11-22T10:00:00.750Z'),
        sourceIp: '198.51.100.7',
        secureTransport: true,
        userAgent: 'aws-sdk-js/3',
        apiVersion: '2',
      },
    });
    expect(result.context).toEqual({
      'ses:FromAddress': 'marketing+spring@ses-example.com',
      'ses:FromDisplayName': 'Spätling',
      'ses:Recipients': ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com'],
      'ses:FeedbackAddress': 'feedback@ses-example.com',
      'ses:ApiVersion': '2',
      'aws:SourceIp': '198.51.100.7',
      'aws:CurrentTime': '2026-11-22T10:00:00Z',
      'aws:EpochTime': 1795341600,
      'aws:SecureTransport': true,
      'aws:UserAgent': 'aws-sdk-js/3',
      'aws:RequestedRegion': 'us-east-1',
    });
  });

  it('leaves out what the request does not have', () => {
    const result = send({ message: { source: 'marketing+spring@ses-example.com' }, context: undefined });
    expect(result.context).toEqual({
      'ses:FromAddress': 'marketing+spring@ses-example.com',
      // A v1 request: SES API version "1" (SEMANTICS.md, "ses:ApiVersion").
      'ses:ApiVersion': '1',
      'aws:RequestedRegion': 'us-east-1',
    });
  });

  it('feeds the conditions: display name, every recipient, Return-Path, IP and time', () => {
    const arn = 'arn:aws:ses:us-east-1:888888888888:identity/ctx.example';
    const strict = doc([
      {
        Effect: 'Allow',
        Principal: { AWS: DELEGATE },
        Action: 'ses:SendEmail',
        Resource: arn,
        Condition: {
          StringEquals: { 'ses:FromDisplayName': 'Spring', 'ses:FeedbackAddress': 'b@ctx.example' },
          'ForAllValues:StringLike': { 'ses:Recipients': '*@x.com' },
          IpAddress: { 'aws:SourceIp': '198.51.100.0/24' },
          DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
        },
      },
    ]);
    const extra = [identity(OWNER, 'ctx.example', [{ name: 'strict', document: strict }])];
    const message = {
      source: '"Spring" <s@ctx.example>',
      to: ['a@x.com'],
      cc: ['b@x.com'],
      bcc: ['c@x.com'],
      returnPath: 'b@ctx.example',
    };
    const allowed = send({ message, sourceArn: arn }, extra);
    expect(allowed.decision).toBe('Allow');
    expect(roles(allowed)).toEqual([
      ['source', 'parameter', 'Allow'],
      ['returnPath', 'source-arn', 'Allow'],
    ]);
    const leaky = send({ message: { ...message, bcc: ['spy@elsewhere.com'] }, sourceArn: arn }, extra);
    expect(leaky.decision).toBe('ImplicitDeny');
    const late = send(
      { message, sourceArn: arn, context: { time: '2027-02-01T00:00:00Z', sourceIp: '198.51.100.7' } },
      extra,
    );
    expect(late.decision).toBe('ImplicitDeny');
    const elsewhere = send({ message, sourceArn: arn, context: { sourceIp: '203.0.113.9' } }, extra);
    expect(elsewhere.decision).toBe('ImplicitDeny');
  });
});
