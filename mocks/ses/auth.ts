/**
 * Authenticates an SES request from its SigV4 `Authorization` header: the access key names the
 * caller in the directory, and the signature must verify with that key's secret. The canonical
 * request is rebuilt from the headers the client signed.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { principalByAccessKey, type DemoPrincipal } from './directory';
import { SesError } from './errors';

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

function amzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined;
}

export async function authenticate(request: Request, body: string): Promise<DemoPrincipal> {
  const header = request.headers.get('authorization');
  if (!header) {
    throw new SesError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  }
  const m = AUTHORIZATION.exec(header.trim());
  if (!m)
    throw new SesError(
      'IncompleteSignature',
      'The request signature does not conform to AWS standards.',
      403,
    );
  const [, accessKeyId = '', , region = '', service = '', signedHeaders = '', signature = ''] = m;
  const principal = principalByAccessKey(accessKeyId);
  if (!principal) {
    throw new SesError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  }
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  // Browsers sign `host` and `content-length` but never hand them to a service worker:
  // rebuild them from the URL and the body.
  for (const name of signedHeaders.split(';')) {
    if (name === 'host') headers[name] = url.host;
    else if (name === 'content-length')
      headers[name] = request.headers.get(name) ?? String(new TextEncoder().encode(body).length);
    else headers[name] = request.headers.get(name) ?? '';
  }
  const signingDate = amzDate(headers['x-amz-date'] ?? request.headers.get('x-amz-date') ?? '');
  if (!signingDate)
    throw new SesError('IncompleteSignature', 'The request has no valid X-Amz-Date header.', 403);
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey: principal.secretAccessKey },
    region,
    service,
    sha256: Sha256,
    uriEscapePath: true,
  });
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, key) => (query[key] = value));
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers,
      body,
    },
    { signingDate, signableHeaders: new Set(signedHeaders.split(';')) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(
    signed.headers.authorization ?? signed.headers.Authorization ?? '',
  )?.[1];
  if (expected !== signature) {
    throw new SesError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      403,
    );
  }
  return principal;
}
