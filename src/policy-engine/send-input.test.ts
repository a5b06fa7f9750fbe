// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { identityKey, parseIdentityArn } from './identity';
import { parseRawMessage } from './mime';
import { authorizeSend, type SendAuthorizationRequest } from './send';
import { identityLookups, recipientCountProblem, sendInputFromRaw } from './send-input';

const OWNER = 'arn:aws:iam::888888888888:root';
const BAD = { account: '', region: '', name: 'unreadable ARN' };
const names = (request: Parameters<typeof identityLookups>[0]) => identityLookups(request).map((l) => l.name);

describe('identityLookups', () => {
  it('asks for each address, its domain and parent domains, and the identity of each ARN', () => {
    expect(
      names({
        caller: OWNER,
        region: 'us-east-1',
        message: {
          source: '"Spring Sale" <Marketing+Spring@Mail.SES-Example.com>',
          returnPath: 'bounces@delegate.example',
        },
        sourceArn: 'arn:aws:ses:us-east-1:888888888888:identity/Ops@Example.org',
        fromArn: '',
      }).sort(),
    ).toEqual(
      [
        // An email address identity is case-sensitive (SES); domains are compared in lower case.
        'Marketing+Spring@Mail.SES-Example.com',
        'mail.ses-example.com',
        'ses-example.com',
        'bounces@delegate.example',
        'delegate.example',
        'Ops@Example.org',
      ].sort(),
    );
  });

  it('adds nothing for what cannot be read: a bare word, a malformed ARN', () => {
    expect(
      names({
        caller: OWNER,
        region: 'us-east-1',
        message: { source: 'marketing', from: '   ' },
        sourceArn: 'arn:aws:ses:us-east-1:8888:identity/x.com',
        fromArn: 'nope',
      }),
    ).toEqual([]);
  });

  it("looks in the caller's account and Region for its own identities, in the ARN's for the ARN's", () => {
    expect(
      identityLookups({
        caller: 'arn:aws:iam::999999999999:user/marketer',
        region: 'eu-west-1',
        message: { source: 'a@Example.COM' },
        sourceArn: { arn: 'arn:aws:ses:us-east-1:888888888888:identity/example.com', origin: 'header' },
      }),
    ).toEqual([
      { account: '999999999999', region: 'eu-west-1', name: 'a@Example.COM' },
      { account: '999999999999', region: 'eu-west-1', name: 'example.com' },
      { account: '888888888888', region: 'us-east-1', name: 'example.com' },
      { account: '888888888888', region: 'us-east-1', name: 'a@Example.COM' },
    ]);
    // A service principal has no identities of its own: only the ARN's are asked for.
    expect(
      names({
        caller: 'sns.amazonaws.com',
        region: 'us-east-1',
        message: { source: 'a@example.com' },
        sourceArn: 'arn:aws:ses:us-east-1:888888888888:identity/example.com',
      }),
    ).toEqual(['example.com', 'a@example.com']);
  });

  it('lists every identity authorizeSend asks for', () => {
    const asked = new Set<string>();
    const request: SendAuthorizationRequest = {
      caller: 'arn:aws:iam::999999999999:user/marketer',
      api: 'SendRawEmail',
      region: 'us-east-1',
      message: {
        source: 'news@mail.delegate.example',
        from: '"Sales" <sales@ses-example.com>',
        to: ['a@example.com'],
        returnPath: 'bounces@ses-example.com',
      },
      fromArn: 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com',
      lookupIdentity: (query) => {
        const parsed = 'arn' in query ? parseIdentityArn(query.arn) : undefined;
        const { account, region, name } = parsed?.ok ? parsed.identity : 'arn' in query ? BAD : query;
        asked.add(identityKey(account, region, name));
        return undefined;
      },
    };
    authorizeSend(request);
    authorizeSend({ ...request, returnPathArn: request.fromArn });
    const listed = identityLookups(request).map((l) => identityKey(l.account, l.region, l.name));
    expect(asked.size).toBeGreaterThan(2);
    expect(listed).toEqual(expect.arrayContaining([...asked]));
  });
});

describe('sendInputFromRaw', () => {
  const raw = async (headers: string[]) => {
    const parsed = await parseRawMessage([...headers, 'Subject: s', '', 'body'].join('\r\n'));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.message;
  };

  it('takes Source from From, and the recipients from the headers', async () => {
    const message = await raw([
      'From: "Spring \\"Sale\\"" <marketing+spring@ses-example.com>',
      'To: a@example.com',
      'Cc: b@example.com',
      'Bcc: c@example.com',
      'Return-Path: <bounces@ses-example.com>',
    ]);
    expect(sendInputFromRaw(message)).toEqual({
      source: 'marketing+spring@ses-example.com',
      from: '"Spring Sale" <marketing+spring@ses-example.com>',
      to: ['a@example.com'],
      cc: ['b@example.com'],
      bcc: ['c@example.com'],
      returnPath: 'bounces@ses-example.com',
    });
  });

  it('lets the Source parameter win, even blank, and Destinations replace every header recipient', async () => {
    const message = await raw(['From: news@ses-example.com', 'To: a@example.com', 'Cc: b@example.com']);
    expect(
      sendInputFromRaw(message, { source: 'other@ses-example.com', destinations: ['x@example.com'] }),
    ).toMatchObject({
      source: 'other@ses-example.com',
      from: 'news@ses-example.com',
      to: ['x@example.com'],
      cc: [],
      bcc: [],
    });
    expect(sendInputFromRaw(message, { source: '', destinations: [] })).toMatchObject({
      source: '',
      to: ['a@example.com'],
      cc: ['b@example.com'],
    });
  });
});

describe('the recipient limits', () => {
  const request = (message: SendAuthorizationRequest['message']): SendAuthorizationRequest => ({
    caller: OWNER,
    api: 'SendEmail',
    region: 'us-east-1',
    message,
    lookupIdentity: () => undefined,
  });

  it('refuses a send with no recipients, or more than 50, before reading its addresses', () => {
    expect(authorizeSend(request({ source: 'not an address', to: [], cc: [] })).error).toEqual({
      code: 'InvalidParameterValue',
      message: 'The message has no recipients: give at least one To, Cc or Bcc address.',
      httpStatus: 400,
    });
    const many = Array.from({ length: 30 }, (_, i) => `r${i}@example.com`);
    expect(authorizeSend(request({ source: 'a@example.com', to: many, bcc: many })).error).toEqual({
      code: 'InvalidParameterValue',
      message: 'A message can have at most 50 recipients; this one has 60.',
      httpStatus: 400,
    });
    expect(recipientCountProblem(50)).toBeUndefined();
  });

  it('applies no limit when the message leaves its recipients out (a question about policies)', () => {
    expect(authorizeSend(request({ source: 'a@example.com' })).error?.message).toMatch(/not verified/);
    expect(authorizeSend(request({ source: 'a@example.com', to: 'x' as never })).error?.message).toBe(
      'The To recipients must be a list of addresses.',
    );
  });
});
