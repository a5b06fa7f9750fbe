// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { configurationSetArn } from './configuration-set';
import { parseRawMessage, type ParsedMessage } from './mime';
import { authorizeSend, type IdentityRecord, type SendAuthorizationRequest } from './send';
import { sendRequestFromV2, type V2SendInput, type V2SendReading } from './send-v2';
import type { PolicyInput } from './types';

const OWNER = '888888888888';
const DELEGATE = '999999999999';
const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const OTHER_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/other.example';
const MARKETER = 'arn:aws:iam::999999999999:user/marketer';
const SET_ARN = 'arn:aws:ses:us-east-1:999999999999:configuration-set/tracking';

const doc = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const iam = (statements: object[]): PolicyInput[] => [{ name: 'iam', document: doc(statements) }];
const SEND_ALL = ['ses:SendEmail', 'ses:SendRawEmail', 'ses:SendBulkEmail'];
const delegation = doc([
  {
    Sid: 'AuthorizeMarketer',
    Effect: 'Allow',
    Resource: DOMAIN_ARN,
    Principal: { AWS: [DELEGATE] },
    Action: SEND_ALL,
    Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
  },
]);

function identity(account: string, name: string, policies: PolicyInput[] = []): IdentityRecord {
  return {
    arn: `arn:aws:ses:us-east-1:${account}:identity/${name}`,
    account,
    region: 'us-east-1',
    name,
    kind: name.includes('@') ? 'EmailAddress' : 'Domain',
    verified: true,
    policies,
  };
}
const records = [
  identity(OWNER, 'ses-example.com', [{ name: 'delegation', document: delegation }]),
  identity(OWNER, 'other.example', [{ name: 'delegation', document: delegation }]),
];
const lookupIdentity: SendAuthorizationRequest['lookupIdentity'] = (query) =>
  'arn' in query
    ? records.find((r) => r.arn === query.arn)
    : records.find((r) => r.account === query.account && r.name === query.name);

const simple: V2SendInput = {
  operation: 'SendEmail',
  content: 'Simple',
  fromEmailAddress: 'marketing+spring@ses-example.com',
  fromEmailAddressIdentityArn: DOMAIN_ARN,
  destination: { toAddresses: ['success@simulator.amazonses.com'] },
};

function read(input: V2SendInput) {
  const reading = sendRequestFromV2(input);
  if (!reading.ok) throw new Error(`unexpected refusal: ${reading.error.message}`);
  return reading;
}

/** What the emulator does: read the v2 request, then authorize it. */
function authorizeV2(
  reading: V2SendReading,
  patch: Partial<SendAuthorizationRequest> = {},
): ReturnType<typeof authorizeSend> {
  if (!reading.ok) throw new Error(reading.error.message);
  return authorizeSend({
    caller: MARKETER,
    callerIdentityPolicies: iam([{ Effect: 'Allow', Action: SEND_ALL, Resource: '*' }]),
    region: 'us-east-1',
    lookupIdentity,
    ...reading,
    context: { sourceIp: '198.51.100.7', apiVersion: reading.apiVersion },
    ...patch,
  });
}

async function raw(text: string): Promise<ParsedMessage> {
  const parsed = await parseRawMessage(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.message;
}
const RAW_HEADERS = [
  'From: "Spring" <marketing+spring@ses-example.com>',
  'To: a@x.com, b@x.com',
  'Cc: c@x.com',
  'Subject: Spring',
];
const rawText = (...extra: string[]) => [...RAW_HEADERS, ...extra, '', 'Body'].join('\r\n');

describe('sendRequestFromV2: which action each content kind is authorized as', () => {
  it('Simple and Template content: ses:SendEmail; Raw: ses:SendRawEmail; SendBulkEmail: ses:SendBulkEmail', async () => {
    expect(read(simple).api).toBe('SendEmail');
    expect(read({ ...simple, content: 'Template' }).api).toBe('SendEmail');
    expect(read({ ...simple, content: 'Raw', rawMessage: await raw(rawText()) }).api).toBe('SendRawEmail');
    expect(read({ ...simple, operation: 'SendBulkEmail', content: 'Template' }).api).toBe('SendBulkEmail');
  });

  it('says the request came through API v2, and passes the configuration set on', () => {
    expect(read({ ...simple, configurationSetName: 'tracking' })).toMatchObject({
      ok: true,
      apiVersion: '2',
      configurationSetName: 'tracking',
    });
    expect(read(simple)).not.toHaveProperty('configurationSetName');
  });

  it('refuses SendBulkEmail with anything but a template, as BadRequestException', () => {
    for (const content of ['Simple', 'Raw'] as const) {
      const reading = sendRequestFromV2({ ...simple, operation: 'SendBulkEmail', content });
      expect(reading).toMatchObject({ ok: false, error: { code: 'BadRequestException', httpStatus: 400 } });
      if (!reading.ok) expect(reading.error.message).toMatch(/SendBulkEmail sends templates only/);
    }
  });

  it('refuses unknown operations and content kinds, and Raw content without its message', () => {
    const bad = [
      { ...simple, operation: 'SendRawEmail' as V2SendInput['operation'] },
      { ...simple, content: 'Html' as V2SendInput['content'] },
      { ...simple, content: 'Raw' as const },
      null as unknown as V2SendInput,
    ];
    for (const input of bad) expect(sendRequestFromV2(input)).toMatchObject({ ok: false });
  });
});

describe('sendRequestFromV2: sender, recipients and feedback address', () => {
  it('FromEmailAddress is the sender; FeedbackForwardingEmailAddress the Return-Path', () => {
    const reading = read({ ...simple, feedbackForwardingEmailAddress: 'bounces@ses-example.com' });
    expect(reading.message).toEqual({
      source: 'marketing+spring@ses-example.com',
      to: ['success@simulator.amazonses.com'],
      cc: [],
      bcc: [],
      returnPath: 'bounces@ses-example.com',
    });
    expect(reading.sourceArn).toEqual({
      arn: DOMAIN_ARN,
      origin: 'parameter',
      name: 'FromEmailAddressIdentityArn',
    });
  });

  it('Simple and Template content need FromEmailAddress; Raw content falls back to the From header', async () => {
    const reading = sendRequestFromV2({ ...simple, fromEmailAddress: undefined });
    expect(reading).toMatchObject({ ok: false, error: { code: 'BadRequestException' } });
    if (!reading.ok) expect(reading.error.message).toMatch(/FromEmailAddress is missing/);
    const fromRaw = read({
      ...simple,
      fromEmailAddress: undefined,
      content: 'Raw',
      rawMessage: await raw(rawText()),
    });
    expect(fromRaw.message.source).toBe('marketing+spring@ses-example.com');
    expect(fromRaw.message.from).toBe('"Spring" <marketing+spring@ses-example.com>');
  });

  it('Raw content: FromEmailAddress, when given, is the sender; the From header stays the From', async () => {
    const reading = read({
      ...simple,
      fromEmailAddress: 'envelope@ses-example.com',
      content: 'Raw',
      rawMessage: await raw(rawText()),
    });
    expect(reading.message.source).toBe('envelope@ses-example.com');
    expect(reading.message.from).toBe('"Spring" <marketing+spring@ses-example.com>');
  });

  it('Raw content: the headers are the recipients unless the Destination lists any', async () => {
    const rawMessage = await raw(rawText());
    const headers = read({ ...simple, content: 'Raw', rawMessage, destination: undefined }).message;
    expect([headers.to, headers.cc, headers.bcc]).toEqual([['a@x.com', 'b@x.com'], ['c@x.com'], []]);
    const given = read({
      ...simple,
      content: 'Raw',
      rawMessage,
      destination: { bccAddresses: ['z@x.com'] },
    }).message;
    expect([given.to, given.cc, given.bcc]).toEqual([[], [], ['z@x.com']]);
  });

  it('Raw content: FeedbackForwardingEmailAddress replaces the Return-Path header', async () => {
    const rawMessage = await raw(rawText('Return-Path: <header-bounces@ses-example.com>'));
    expect(read({ ...simple, content: 'Raw', rawMessage }).message.returnPath).toBe(
      'header-bounces@ses-example.com',
    );
    expect(
      read({
        ...simple,
        content: 'Raw',
        rawMessage,
        feedbackForwardingEmailAddress: 'bounces@ses-example.com',
      }).message.returnPath,
    ).toBe('bounces@ses-example.com');
  });

  it('keeps the recipient limits of v1: at least one, at most 50 per message', () => {
    const many = Array.from({ length: 51 }, (_, i) => `r${i}@x.com`);
    for (const destination of [{ toAddresses: many }, { toAddresses: [], ccAddresses: [] }]) {
      const reading = sendRequestFromV2({ ...simple, destination });
      expect(reading).toMatchObject({ ok: false, error: { code: 'BadRequestException', httpStatus: 400 } });
    }
    const fifty = Array.from({ length: 50 }, (_, i) => `r${i}@x.com`);
    expect(sendRequestFromV2({ ...simple, destination: { toAddresses: fifty } }).ok).toBe(true);
    expect(
      sendRequestFromV2({ ...simple, destination: { toAddresses: 'a@x.com' as unknown as string[] } }),
    ).toMatchObject({
      ok: false,
    });
  });
});

describe('sendRequestFromV2: identity ARN parameters over X-SES headers', () => {
  const headers = [
    `X-SES-SOURCE-ARN: ${OTHER_ARN}`,
    `X-SES-FROM-ARN: ${OTHER_ARN}`,
    `X-SES-RETURN-PATH-ARN: ${OTHER_ARN}`,
  ];

  it('without parameters, the headers apply, named as headers', async () => {
    const reading = read({
      ...simple,
      fromEmailAddressIdentityArn: undefined,
      content: 'Raw',
      rawMessage: await raw(rawText(...headers)),
    });
    expect(reading.sourceArn).toEqual({ arn: OTHER_ARN, origin: 'header', name: 'X-SES-SOURCE-ARN header' });
    expect(reading.fromArn).toEqual({ arn: OTHER_ARN, origin: 'header', name: 'X-SES-FROM-ARN header' });
    expect(reading.returnPathArn).toEqual({
      arn: OTHER_ARN,
      origin: 'header',
      name: 'X-SES-RETURN-PATH-ARN header',
    });
  });

  it('FromEmailAddressIdentityArn overrides X-SES-SOURCE-ARN and X-SES-FROM-ARN; the feedback ARN overrides X-SES-RETURN-PATH-ARN', async () => {
    const reading = read({
      ...simple,
      feedbackForwardingEmailAddressIdentityArn: DOMAIN_ARN,
      content: 'Raw',
      rawMessage: await raw(rawText(...headers)),
    });
    const fromParam = { arn: DOMAIN_ARN, origin: 'parameter', name: 'FromEmailAddressIdentityArn' };
    expect(reading.sourceArn).toEqual(fromParam);
    expect(reading.fromArn).toEqual(fromParam);
    expect(reading.returnPathArn).toEqual({
      arn: DOMAIN_ARN,
      origin: 'parameter',
      name: 'FeedbackForwardingEmailAddressIdentityArn',
    });
  });

  it('without X-SES-FROM-ARN, the From address falls back to the sender ARN as in every send', async () => {
    const reading = read({ ...simple, content: 'Raw', rawMessage: await raw(rawText()) });
    expect(reading.sourceArn?.name).toBe('FromEmailAddressIdentityArn');
    expect(reading.fromArn).toBeUndefined();
    expect(authorizeV2(reading).decision).toBe('Allow');
  });

  it('blank parameters are absent, so the headers apply', async () => {
    const reading = read({
      ...simple,
      fromEmailAddressIdentityArn: '  ',
      content: 'Raw',
      rawMessage: await raw(rawText(...headers)),
    });
    expect(reading.sourceArn?.origin).toBe('header');
  });
});

describe('authorizeSend with a v2 reading', () => {
  it('allows the delegate through the owner policy, for each content kind and SendBulkEmail', async () => {
    const rawMessage = await raw(rawText());
    for (const input of [
      simple,
      { ...simple, content: 'Template' as const },
      { ...simple, content: 'Raw' as const, rawMessage },
      { ...simple, operation: 'SendBulkEmail' as const, content: 'Template' as const },
    ]) {
      const result = authorizeV2(sendRequestFromV2(input));
      expect(result.decision, input.content).toBe('Allow');
      expect(result.context?.['ses:ApiVersion']).toBe('2');
    }
  });

  it('SendBulkEmail needs ses:SendBulkEmail in the policy: SendBulkTemplatedEmail is not it', () => {
    const v1Bulk = doc([
      {
        Effect: 'Allow',
        Resource: DOMAIN_ARN,
        Principal: { AWS: [DELEGATE] },
        Action: 'ses:SendBulkTemplatedEmail',
      },
    ]);
    const result = authorizeV2(
      sendRequestFromV2({ ...simple, operation: 'SendBulkEmail', content: 'Template' }),
      {
        lookupIdentity: (q) =>
          'arn' in q && q.arn === DOMAIN_ARN
            ? { ...records[0]!, policies: [{ name: 'p', document: v1Bulk }] }
            : undefined,
      },
    );
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.error?.message).toBe(
      `User \`${MARKETER}' is not authorized to perform \`ses:SendBulkEmail' on resource \`${DOMAIN_ARN}'`,
    );
  });

  it("names v2's parameters in refusals, not SourceArn", () => {
    const wrongIdentity = authorizeV2(
      sendRequestFromV2({ ...simple, fromEmailAddressIdentityArn: OTHER_ARN }),
    );
    expect(wrongIdentity.error?.message).toBe(
      `The From address marketing+spring@ses-example.com does not belong to the identity other.example named by FromEmailAddressIdentityArn (${OTHER_ARN}), which covers addresses at other.example and its subdomains.`,
    );
    expect(wrongIdentity.identities[0]?.arnName).toBe('FromEmailAddressIdentityArn');
    const otherRegion = authorizeV2(
      sendRequestFromV2({
        ...simple,
        fromEmailAddressIdentityArn: DOMAIN_ARN.replace('us-east-1', 'eu-west-1'),
      }),
    );
    expect(otherRegion.error?.message).toMatch(/\(FromEmailAddressIdentityArn\) is in eu-west-1/);
    const feedback = authorizeV2(
      sendRequestFromV2({
        ...simple,
        feedbackForwardingEmailAddress: 'bounces@ses-example.com',
        feedbackForwardingEmailAddressIdentityArn: OTHER_ARN,
      }),
    );
    expect(feedback.error?.message).toMatch(
      /^The Feedback forwarding address bounces@ses-example.com .* named by FeedbackForwardingEmailAddressIdentityArn/,
    );
    for (const result of [wrongIdentity, otherRegion, feedback])
      expect(result.error?.message).not.toMatch(/SourceArn|ReturnPathArn/);
  });

  it('names the X-SES header when the ARN came from one', async () => {
    const result = authorizeV2(
      sendRequestFromV2({
        ...simple,
        fromEmailAddressIdentityArn: undefined,
        content: 'Raw',
        rawMessage: await raw(rawText(`X-SES-SOURCE-ARN: ${OTHER_ARN}`)),
      }),
    );
    expect(result.error?.message).toMatch(/named by X-SES-SOURCE-ARN header/);
  });

  it("tells a service without identities to use FromEmailAddressIdentityArn, and names v2's fields in bad input", () => {
    const result = authorizeV2(sendRequestFromV2({ ...simple, fromEmailAddressIdentityArn: undefined }), {
      caller: 'ses.amazonaws.com',
    });
    expect(result.error?.message).toMatch(/through with FromEmailAddressIdentityArn\.$/);
    const badFrom = authorizeV2(sendRequestFromV2({ ...simple, fromEmailAddress: 'not an address' }));
    expect(badFrom.error?.message).toMatch(/^The FromEmailAddress "not an address" is not an email address/);
  });
});

describe('ses:ApiVersion', () => {
  const onlyV2 = doc([
    {
      Effect: 'Allow',
      Resource: DOMAIN_ARN,
      Principal: { AWS: [DELEGATE] },
      Action: SEND_ALL,
      Condition: { StringEquals: { 'ses:ApiVersion': '2' } },
    },
  ]);
  const v2Only = (q: Parameters<SendAuthorizationRequest['lookupIdentity']>[0]) =>
    'arn' in q && q.arn === DOMAIN_ARN
      ? { ...records[0]!, policies: [{ name: 'v2', document: onlyV2 }] }
      : undefined;

  it('is "2" for v2 sends, which a StringEquals "2" policy allows', () => {
    const result = authorizeV2(sendRequestFromV2(simple), { lookupIdentity: v2Only });
    expect(result.context?.['ses:ApiVersion']).toBe('2');
    expect(result.decision).toBe('Allow');
  });

  it('is "2" from the reading alone, when the context leaves it out', () => {
    const result = authorizeV2(sendRequestFromV2(simple), { lookupIdentity: v2Only, context: {} });
    expect(result.context?.['ses:ApiVersion']).toBe('2');
  });

  it('is "1" for v1 sends, which the same policy refuses', () => {
    const result = authorizeSend({
      caller: MARKETER,
      api: 'SendEmail',
      region: 'us-east-1',
      message: { source: 'marketing+spring@ses-example.com', to: ['a@x.com'] },
      sourceArn: DOMAIN_ARN,
      lookupIdentity: v2Only,
    });
    expect(result.context?.['ses:ApiVersion']).toBe('1');
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.error?.code).toBe('AccessDenied');
  });
});

describe('configuration sets', () => {
  const withSet = sendRequestFromV2({ ...simple, configurationSetName: 'tracking' });

  it('builds the ARN in the caller’s account and Region', () => {
    expect(configurationSetArn('us-east-1', DELEGATE, 'tracking')).toBe(SET_ARN);
  });

  it('needs the send action allowed on the configuration set as well as on the identity', () => {
    const identityOnly = iam([{ Effect: 'Allow', Action: SEND_ALL, Resource: DOMAIN_ARN }]);
    const refused = authorizeV2(withSet, { callerIdentityPolicies: identityOnly });
    expect(refused.decision).toBe('ImplicitDeny');
    expect(refused.identities.every((i) => i.decision === 'Allow')).toBe(true);
    expect(refused.configurationSet).toMatchObject({ arn: SET_ARN, decision: 'ImplicitDeny' });
    expect(refused.error).toEqual({
      code: 'AccessDenied',
      httpStatus: 403,
      message: `User \`${MARKETER}' is not authorized to perform \`ses:SendEmail' on resource \`${SET_ARN}'`,
    });
    expect(refused.summary).toMatch(
      /^Refused at the configuration set \(AccessDenied\): The caller's IAM policies do not allow ses:SendEmail on the configuration set/,
    );

    const both = iam([{ Effect: 'Allow', Action: SEND_ALL, Resource: [DOMAIN_ARN, SET_ARN] }]);
    const allowed = authorizeV2(withSet, { callerIdentityPolicies: both });
    expect(allowed.decision).toBe('Allow');
    expect(allowed.summary).toMatch(
      /configuration set arn:aws:ses:us-east-1:999999999999:configuration-set\/tracking\.$/,
    );
  });

  it('an explicit Deny on the configuration set is an explicit deny of the send', () => {
    const deny = iam([
      { Effect: 'Allow', Action: SEND_ALL, Resource: '*' },
      { Effect: 'Deny', Action: 'ses:SendEmail', Resource: SET_ARN },
    ]);
    expect(authorizeV2(withSet, { callerIdentityPolicies: deny }).decision).toBe('ExplicitDeny');
  });

  it('is checked only when the caller’s IAM policies are given', () => {
    const result = authorizeV2(withSet, { callerIdentityPolicies: undefined });
    expect(result.decision).toBe('Allow');
    expect(result.configurationSet).toBeUndefined();
  });

  it('refuses another account’s configuration set, and another Region’s', () => {
    const owners = authorizeV2(withSet, {
      configurationSetArn: configurationSetArn('us-east-1', OWNER, 'tracking'),
    });
    expect(owners.error?.code).toBe('InvalidParameterValue');
    expect(owners.error?.message).toMatch(
      /belongs to account 888888888888, not to the caller's account 999999999999/,
    );
    const region = authorizeV2(withSet, {
      configurationSetArn: configurationSetArn('eu-west-1', DELEGATE, 'tracking'),
    });
    expect(region.error?.message).toMatch(/configuration sets are regional/);
    const bad = authorizeV2(withSet, {
      configurationSetArn: 'arn:aws:ses:us-east-1:999999999999:identity/x.com',
    });
    expect(bad.error?.message).toMatch(/is not a configuration set ARN/);
    const name = authorizeV2(sendRequestFromV2({ ...simple, configurationSetName: 'no spaces allowed' }));
    expect(name.error?.message).toMatch(/is not a configuration set name/);
  });

  it('an identity refusal still comes first', () => {
    const result = authorizeV2(
      sendRequestFromV2({
        ...simple,
        configurationSetName: 'tracking',
        fromEmailAddress: 'ceo@ses-example.com',
      }),
      {
        callerIdentityPolicies: iam([{ Effect: 'Allow', Action: SEND_ALL, Resource: DOMAIN_ARN }]),
      },
    );
    expect(result.error?.message).toMatch(
      /on resource `arn:aws:ses:us-east-1:888888888888:identity\/ses-example.com'/,
    );
  });
});
