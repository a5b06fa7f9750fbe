// @vitest-environment node
/**
 * authenticate() against requests signed three independent ways: a request the AWS CLI
 * (botocore 1.43) really sent, a small botocore-style signer written here on node:crypto, and
 * @smithy/signature-v4 as the JS SDK signs. None of them shares code with the emulator's signer.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authenticate, type AuthOptions } from './auth';
import { principalById } from './directory';
import { SesError } from './errors';

const ENDPOINT = 'https://email.us-east-1.amazonaws.com/';
const HOST = 'email.us-east-1.amazonaws.com';
const LIST = 'Action=ListIdentities&Version=2010-12-01';
const DELETE = 'Action=DeleteIdentity&Identity=ses-example.com&Version=2010-12-01';
const FORM = 'application/x-www-form-urlencoded; charset=utf-8';
const owner = principalById('owner');
const SIGNED_AT = '20130524T000000Z';
const SIGNED_AT_DATE = new Date('2013-05-24T00:00:00Z');
const atSigningTime: AuthOptions = { region: 'us-east-1', now: SIGNED_AT_DATE };
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

interface BotoStyle {
  body?: string;
  date?: string;
  /** Overrides for the credential scope's parts. */
  scopeDay?: string;
  region?: string;
  service?: string;
  accessKeyId?: string;
  secret?: string;
  /** Extra headers to sign, by name as sent. */
  extra?: Record<string, string>;
  /** SignedHeaders exactly as written in the header, when a test needs it malformed. */
  signedHeadersText?: string;
  dateHeader?: 'x-amz-date' | 'date';
  /** The date header's value when it is not `date` itself (an HTTP date in `Date`). */
  dateHeaderValue?: string;
}

/**
 * Signs as botocore does for SES (what `aws ses --debug` logs): content-type;host;x-amz-date,
 * the payload hash in the canonical request only, no x-amz-content-sha256 header.
 */
function botoStyle(options: BotoStyle = {}): Request {
  const body = options.body ?? LIST;
  const date = options.date ?? SIGNED_AT;
  const dateHeader = options.dateHeader ?? 'x-amz-date';
  const headers: Record<string, string> = {
    'content-type': FORM,
    host: HOST,
    [dateHeader]: options.dateHeaderValue ?? date,
    ...options.extra,
  };
  const names = Object.keys(headers)
    .map((n) => n.toLowerCase())
    .sort();
  const signedHeaders = options.signedHeadersText ?? names.join(';');
  const canonicalHeaders = names
    .map((n) => `${n}:${(headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonical = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256(body)].join('\n');
  const day = options.scopeDay ?? date.slice(0, 8);
  const region = options.region ?? 'us-east-1';
  const service = options.service ?? 'ses';
  const scope = `${day}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n');
  let key = hmac(`AWS4${options.secret ?? owner.secretAccessKey}`, day);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  const signature = hmac(key, toSign).toString('hex');
  const credential = `${options.accessKeyId ?? owner.accessKeyId}/${scope}`;
  return new Request(ENDPOINT, {
    method: 'POST',
    headers: {
      ...headers,
      authorization: `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    },
    body,
  });
}

/** Signs as the JS SDK v3 does, with the headers SESClient sends from a browser. */
async function sdkStyle(
  options: { body?: string; region?: string; applyChecksum?: boolean; at?: Date } = {},
): Promise<{ headers: Record<string, string>; body: string }> {
  const region = options.region ?? 'us-east-1';
  const body = options.body ?? LIST;
  const signer = new SignatureV4({
    credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
    region,
    service: 'ses',
    sha256: Sha256,
    applyChecksum: options.applyChecksum ?? false,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: HOST,
      path: '/',
      query: {},
      headers: {
        host: HOST,
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        'amz-sdk-invocation-id': '8b2c9f3e-0000-4000-8000-000000000000',
        'amz-sdk-request': 'attempt=1; max=1',
        'x-amz-user-agent': 'aws-sdk-js/3.1169.0',
      },
      body,
    },
    { signingDate: options.at ?? SIGNED_AT_DATE },
  );
  return { headers: signed.headers, body };
}

/** The request as a service worker sees it: no `host`, no `content-length`. */
function asServiceWorkerSees({ headers, body }: { headers: Record<string, string>; body: string }) {
  const { host: _host, 'content-length': _length, ...rest } = headers;
  return new Request(ENDPOINT, { method: 'POST', headers: rest, body });
}

function withAuthorization(
  authorization: string,
  extra: Record<string, string> = { 'x-amz-date': SIGNED_AT },
) {
  return new Request(ENDPOINT, { method: 'POST', headers: { authorization, ...extra }, body: LIST });
}

async function refusal(call: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof SesError)) throw error;
    return { code: error.code, status: error.status, message: error.message };
  }
  throw new Error('Expected authenticate() to refuse the request, but it accepted it.');
}

const refused = async (request: Request, options: AuthOptions = atSigningTime, body?: string) =>
  refusal(authenticate(request, body ?? (await request.clone().text()), options));

const accept = async (request: Request, options: AuthOptions = atSigningTime) =>
  (await authenticate(request, await request.clone().text(), options)).id;

describe('authenticate: signatures AWS accepts', () => {
  it('accepts the request the AWS CLI sent (captured from `aws ses list-identities --debug`)', async () => {
    const request = new Request('http://127.0.0.1:18765/', {
      method: 'POST',
      headers: {
        'Accept-Encoding': 'identity',
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
        'User-Agent': 'aws-cli/1.45.11 md/Botocore#1.43.11',
        'X-Amz-Date': '20261202T184123Z',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=AKIAOWNER88888888888/20261202/us-east-1/ses/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=85f74999bad470ee0f9b7ec8dffacc088b0f330ad696c758ca8402868b7ff1cc',
        'amz-sdk-invocation-id': 'f1d731f9-f919-4c65-8cf3-f42820f8056f',
        'amz-sdk-request': 'attempt=1',
      },
      body: LIST,
    });
    expect(await accept(request, { region: 'us-east-1', now: new Date('2026-12-02T18:41:30Z') })).toBe(
      'owner',
    );
  });

  it('accepts botocore-style content-type;host;x-amz-date with no x-amz-content-sha256', async () => {
    expect(await accept(botoStyle())).toBe('owner');
  });

  it('accepts the JS SDK v3 signature, with host and content-length present or rebuilt', async () => {
    const signed = await sdkStyle();
    expect(signed.headers.authorization).toContain(
      'SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-date;x-amz-user-agent,',
    );
    expect(await accept(new Request(ENDPOINT, { method: 'POST', ...signed }))).toBe('owner');
    expect(await accept(asServiceWorkerSees(signed))).toBe('owner');
  });

  it('accepts a signed x-amz-content-sha256 that is the hash of the body received', async () => {
    const signed = await sdkStyle({ applyChecksum: true });
    expect(signed.headers['x-amz-content-sha256']).toBe(sha256(LIST));
    expect(await accept(asServiceWorkerSees(signed))).toBe('owner');
  });

  it('takes the date from `Date` when there is no X-Amz-Date, in basic format or as an HTTP date', async () => {
    expect(await accept(botoStyle({ dateHeader: 'date' }))).toBe('owner');
    // The string to sign holds the basic format whatever form the header has.
    const httpDate = botoStyle({ dateHeader: 'date', dateHeaderValue: 'Fri, 24 May 2013 00:00:00 GMT' });
    expect(httpDate.headers.get('x-amz-date')).toBeNull();
    expect(await accept(httpDate)).toBe('owner');
  });

  it('trims signed header values and collapses sequential spaces, as the spec canonicalizes them', async () => {
    expect(await accept(botoStyle({ extra: { 'x-amz-meta-note': '  two   spaced    words ' } }))).toBe(
      'owner',
    );
  });
});

describe('authenticate: the payload is what was received', () => {
  it('refuses a signed ListIdentities whose body was swapped for another action', async () => {
    const signed = await sdkStyle();
    const tampered = new Request(ENDPOINT, { method: 'POST', headers: signed.headers, body: DELETE });
    const { code, status, message } = await refused(tampered);
    expect({ code, status }).toEqual({ code: 'SignatureDoesNotMatch', status: 403 });
    expect(
      message.startsWith(
        `${MISMATCH}\n\nThe Canonical String for this request should have been\n'POST\n/\n\n`,
      ),
    ).toBe(true);
    // The canonical request the emulator computed covers the body it received, not the signed one.
    expect(message).toContain(`\n${sha256(DELETE)}'`);
    expect(message).not.toContain(sha256(LIST));
  });

  it('refuses the swapped body for botocore-style signing too', async () => {
    const signed = botoStyle();
    const tampered = new Request(ENDPOINT, { method: 'POST', headers: signed.headers, body: DELETE });
    expect(await refused(tampered)).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
  });

  it('refuses an x-amz-content-sha256 that is not the hash of the body received', async () => {
    const signed = await sdkStyle({ applyChecksum: true });
    const tampered = new Request(ENDPOINT, { method: 'POST', headers: signed.headers, body: DELETE });
    expect(await refused(tampered)).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: `The provided 'x-amz-content-sha256' header does not match what was computed. The body received hashes to ${sha256(DELETE)}.`,
    });
    const unsigned = new Request(ENDPOINT, {
      method: 'POST',
      headers: { ...signed.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      body: LIST,
    });
    expect(await refused(unsigned)).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
  });
});

describe('authenticate: the request date and the server clock', () => {
  const at = (iso: string): AuthOptions => ({ region: 'us-east-1', now: new Date(iso) });

  it('refuses a request signed 5 min 1 s before the server clock, in AWS words', async () => {
    expect(await refused(botoStyle(), at('2013-05-24T00:05:01Z'))).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message:
        'Signature expired: 20130524T000000Z is now earlier than 20130524T000001Z (20130524T000501Z - 5 min.)',
    });
  });

  it('refuses a request signed 5 min 1 s after the server clock, in AWS words', async () => {
    expect(await refused(botoStyle(), at('2013-05-23T23:54:59Z'))).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message:
        'Signature not yet current: 20130524T000000Z is still later than 20130523T235959Z (20130523T235459Z + 5 min.)',
    });
  });

  it('accepts 4 min 59 s either way', async () => {
    expect(await accept(botoStyle(), at('2013-05-24T00:04:59Z'))).toBe('owner');
    expect(await accept(botoStyle(), at('2013-05-23T23:55:01Z'))).toBe('owner');
  });

  it("reads the clock from options.now, defaulting to today's: an old signature is expired now", async () => {
    const { message } = await refused(botoStyle(), { region: 'us-east-1' });
    expect(message).toMatch(/^Signature expired: 20130524T000000Z is now earlier than \d{8}T\d{6}Z/);
  });

  it('refuses a date that is not ISO 8601 basic format as an incomplete signature', async () => {
    expect(await refused(botoStyle({ date: '2013-05-24T00:00:00Z' }))).toEqual({
      code: 'IncompleteSignature',
      status: 400,
      message:
        "Date must be in ISO-8601 'basic format'. Got '2013-05-24T00:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601",
    });
    expect(await refused(botoStyle({ date: '20130231T000000Z' }))).toMatchObject({
      code: 'IncompleteSignature',
    });
  });
});

describe('authenticate: the credential scope', () => {
  it('refuses a scope naming another service', async () => {
    expect(await refused(botoStyle({ service: 'email' }))).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: "Credential should be scoped to correct service: 'ses'. ",
    });
  });

  it("refuses a scope naming a Region other than the endpoint's", async () => {
    expect(await refused(botoStyle({ region: 'us-west-2' }))).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: "Credential should be scoped to a valid region, not 'us-west-2'. ",
    });
    // The same signature is fine at the endpoint of the Region it names.
    expect(await accept(botoStyle({ region: 'us-west-2' }), { ...atSigningTime, region: 'us-west-2' })).toBe(
      'owner',
    );
  });

  it("refuses a scope date that is not the request date's YYYYMMDD", async () => {
    expect(await refused(botoStyle({ scopeDay: '20130523' }))).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message:
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20130523' != '20130524', from '20130524T000000Z'.",
    });
  });

  it('reports every wrong part of the scope at once, as AWS does', async () => {
    const request = withAuthorization(
      `AWS4-HMAC-SHA256 Credential=${owner.accessKeyId}/20130523/eu-west-1/sts/aws5_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
    );
    expect((await refused(request)).message).toBe(
      "Credential should be scoped to a valid region, not 'eu-west-1'. Credential should be scoped to correct service: 'ses'. Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20130523' != '20130524', from '20130524T000000Z'.",
    );
  });
});

describe('authenticate: who is calling', () => {
  it('refuses a request with no signature as MissingAuthenticationToken 403', async () => {
    const request = new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': FORM }, body: LIST });
    expect(await refused(request)).toEqual({
      code: 'MissingAuthenticationToken',
      status: 403,
      message: 'Request is missing Authentication Token',
    });
  });

  it('refuses an access key the directory does not know as InvalidClientTokenId 403', async () => {
    expect(await refused(botoStyle({ accessKeyId: 'AKIAUNKNOWN000000000' }))).toEqual({
      code: 'InvalidClientTokenId',
      status: 403,
      message: 'The security token included in the request is invalid.',
    });
  });

  it('refuses a signature made with the wrong secret as SignatureDoesNotMatch 403', async () => {
    const { code, status, message } = await refused(botoStyle({ secret: 'not-the-secret' }));
    expect({ code, status }).toEqual({ code: 'SignatureDoesNotMatch', status: 403 });
    expect(message.startsWith(MISMATCH)).toBe(true);
  });

  it('refuses a session token with a long-term demo key, as AWS refuses a bogus token', async () => {
    expect(await refused(botoStyle({ extra: { 'x-amz-security-token': 'FwoGZXIvYXdzEBogus' } }))).toEqual({
      code: 'InvalidClientTokenId',
      status: 403,
      message: 'The security token included in the request is invalid.',
    });
  });

  it('never puts a secret key in a refusal', async () => {
    const messages = await Promise.all(
      [
        botoStyle({ secret: 'not-the-secret' }),
        botoStyle({ body: LIST, extra: { 'x-amz-content-sha256': sha256(DELETE) } }),
        botoStyle({ signedHeadersText: 'content-type;host;x-amz-date;x-missing' }),
      ].map(async (request) => (await refused(request)).message),
    );
    for (const message of messages) {
      expect(message).not.toContain(owner.secretAccessKey);
      expect(message).not.toContain('not-the-secret');
    }
  });
});

describe('authenticate: malformed Authorization headers are IncompleteSignature 400', () => {
  const signature = 'a'.repeat(64);
  const credential = `${owner.accessKeyId}/20130524/us-east-1/ses/aws4_request`;
  const cases: [string, string, Record<string, string> | undefined, string][] = [
    [
      'no Credential',
      `AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=${signature}`,
      undefined,
      "Authorization header requires 'Credential' parameter. Authorization=AWS4-HMAC-SHA256",
    ],
    [
      'no Signature',
      `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=host;x-amz-date`,
      undefined,
      "Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256",
    ],
    [
      'no SignedHeaders',
      `AWS4-HMAC-SHA256 Credential=${credential}, Signature=${signature}`,
      undefined,
      "Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256",
    ],
    [
      'nothing but the algorithm, and no date',
      'AWS4-HMAC-SHA256',
      {},
      "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256",
    ],
    [
      'another algorithm',
      `AWS4-HMAC-SHA512 Credential=${credential}, SignedHeaders=host;x-amz-date, Signature=${signature}`,
      undefined,
      "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). ",
    ],
    [
      'not SigV4 at all',
      'Basic b3duZXI6c2VjcmV0',
      undefined,
      "Unsupported AWS 'algorithm': 'Basic' (only AWS4-HMAC-SHA256 for now). ",
    ],
    [
      'a credential with four parts',
      `AWS4-HMAC-SHA256 Credential=${owner.accessKeyId}/20130524/us-east-1/ses, SignedHeaders=host;x-amz-date, Signature=${signature}`,
      undefined,
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${owner.accessKeyId}/20130524/us-east-1/ses'`,
    ],
    [
      'a credential with six parts',
      `AWS4-HMAC-SHA256 Credential=${credential}/extra, SignedHeaders=host;x-amz-date, Signature=${signature}`,
      undefined,
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}/extra'`,
    ],
    [
      'a signature that is not hex',
      `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=host;x-amz-date, Signature=${'z'.repeat(64)}`,
      undefined,
      `Signature must be 64 lower-case hexadecimal digits (an HMAC-SHA256), got '${'z'.repeat(64)}'.`,
    ],
    [
      'a parameter without =',
      `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders, Signature=${signature}`,
      undefined,
      `'SignedHeaders' not a valid key=value pair (missing equal-sign) in Authorization header: 'AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders, Signature=${signature}'`,
    ],
  ];

  it.each(cases)('%s', async (_, authorization, headers, message) => {
    expect(await refused(withAuthorization(authorization, headers))).toEqual({
      code: 'IncompleteSignature',
      status: 400,
      message,
    });
  });

  it('bounds what it reads: an oversized header is refused, not parsed', async () => {
    const huge = `AWS4-HMAC-SHA256 Credential=${'x'.repeat(10_000)}, SignedHeaders=host, Signature=${signature}`;
    expect(await refused(withAuthorization(huge))).toEqual({
      code: 'IncompleteSignature',
      status: 400,
      message: `The Authorization header has ${huge.length} characters; the emulator reads at most 4096.`,
    });
  });

  it('treats hostile parameter names as data', async () => {
    const request = withAuthorization(
      `AWS4-HMAC-SHA256 __proto__=x, constructor=y, Credential=${credential}, SignedHeaders=constructor;host;x-amz-date, Signature=${signature}`,
      { 'x-amz-date': SIGNED_AT, constructor: 'z' },
    );
    expect(await refused(request)).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
  });
});

describe('authenticate: SignedHeaders', () => {
  it('requires host to be signed', async () => {
    const request = withAuthorization(
      `AWS4-HMAC-SHA256 Credential=${owner.accessKeyId}/20130524/us-east-1/ses/aws4_request, SignedHeaders=content-type;x-amz-date, Signature=${'a'.repeat(64)}`,
    );
    expect(await refused(request)).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  it.each([
    ['unsorted', 'host;content-type;x-amz-date'],
    ['upper-case', 'Content-Type;Host;X-Amz-Date'],
    ['repeated', 'content-type;host;host;x-amz-date'],
    ['empty name', 'content-type;;host;x-amz-date'],
  ])('refuses %s SignedHeaders even when signed that way', async (_, signedHeadersText) => {
    expect(await refused(botoStyle({ signedHeadersText }))).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: `${MISMATCH} SignedHeaders must be lower-case header names, sorted by character code, each listed once and separated by ';' (at most 64); got '${signedHeadersText}'.`,
    });
  });

  it('refuses a signed header that is not in the request', async () => {
    const signed = await sdkStyle();
    const { 'x-amz-user-agent': _dropped, ...headers } = signed.headers;
    const request = new Request(ENDPOINT, { method: 'POST', headers, body: signed.body });
    expect(await refused(request)).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: `${MISMATCH} 'x-amz-user-agent' is listed in SignedHeaders but is not in the request.`,
    });
  });

  it('covers every signed header: changing one after signing is refused', async () => {
    const signed = await sdkStyle();
    const request = new Request(ENDPOINT, {
      method: 'POST',
      headers: { ...signed.headers, 'x-amz-user-agent': 'something-else' },
      body: signed.body,
    });
    expect(await refused(request)).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
  });
});

describe('authenticate: presigned URLs (query-string authentication)', () => {
  async function presigned(expiresIn: number) {
    const signer = new SignatureV4({
      credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
      region: 'us-east-1',
      service: 'ses',
      sha256: Sha256,
    });
    const url = await signer.presign(
      {
        method: 'GET',
        protocol: 'https:',
        hostname: HOST,
        path: '/',
        query: { Action: 'ListIdentities', Version: '2010-12-01' },
        headers: { host: HOST },
      },
      { signingDate: SIGNED_AT_DATE, expiresIn },
    );
    const query = Object.entries(url.query ?? {})
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&');
    return new Request(`${ENDPOINT}?${query}`);
  }

  it('accepts a presigned GET within its X-Amz-Expires', async () => {
    const request = await presigned(900);
    expect(new URL(request.url).searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect(await accept(request, { region: 'us-east-1', now: new Date('2013-05-24T00:14:59Z') })).toBe(
      'owner',
    );
  });

  it('refuses a presigned URL past its X-Amz-Expires', async () => {
    expect(
      await refused(await presigned(900), { region: 'us-east-1', now: new Date('2013-05-24T00:15:01Z') }),
    ).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message:
        'Signature expired: 20130524T000000Z is now earlier than 20130524T000001Z (20130524T001501Z - 900 sec.)',
    });
  });

  it('refuses a presigned URL whose query was changed after signing', async () => {
    const url = (await presigned(900)).url.replace('Action=ListIdentities', 'Action=DeleteIdentity');
    expect(await refused(new Request(url))).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
  });

  it('refuses a presigned URL missing parameters, and one that also has an Authorization header', async () => {
    const bare = new Request(`${ENDPOINT}?Action=ListIdentities&X-Amz-Algorithm=AWS4-HMAC-SHA256`);
    expect(await refused(bare)).toEqual({
      code: 'IncompleteSignature',
      status: 400,
      message:
        "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. AWS query-string parameters must include 'X-Amz-Date'. Re-examine the query-string parameters.",
    });
    const both = new Request((await presigned(900)).url, { headers: { authorization: 'AWS4-HMAC-SHA256' } });
    expect(await refused(both)).toEqual({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.",
    });
  });
});
