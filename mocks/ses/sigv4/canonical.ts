/**
 * SigV4's canonical request, string to sign and signature, per the IAM guide's "Create a signed
 * AWS API request" (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
 * Written out rather than re-signed through @smithy/signature-v4 so that the emulator decides
 * what is covered: the headers exactly as the client listed them, and the body it received.
 */
import { SesError } from '../errors';
import { hmacSha256, sha256Hex, toHex } from './crypto';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const SCOPE_TERMINATOR = 'aws4_request';
const MAX_QUERY_PARAMETERS = 200;

const malformedQuery = () =>
  new SesError('MalformedQueryString', 'The query string contains a syntax error.', 404);

/** UriEncode() of the guide: every byte but A-Z a-z 0-9 - . _ ~ as %XX, upper-case hex. */
export function uriEncode(text: string): string {
  try {
    return encodeURIComponent(text).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    // A lone surrogate has no UTF-8 form.
    throw malformedQuery();
  }
}

/** The query string's pairs, decoded, in order; `+` stays `+` (SigV4 is not form decoding). */
export function parseQuery(search: string): [string, string][] {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (!text) return [];
  const pieces = text.split('&');
  if (pieces.length > MAX_QUERY_PARAMETERS) throw malformedQuery();
  try {
    return pieces.map((piece) => {
      const equals = piece.indexOf('=');
      const name = equals < 0 ? piece : piece.slice(0, equals);
      const value = equals < 0 ? '' : piece.slice(equals + 1);
      return [decodeURIComponent(name), decodeURIComponent(value)];
    });
  } catch {
    throw malformedQuery();
  }
}

/** Each path segment URI-encoded once more (non-S3 services encode the already-encoded path). */
export function canonicalUri(pathname: string): string {
  return pathname ? pathname.split('/').map(uriEncode).join('/') : '/';
}

/** Encoded pairs sorted by name, then value; `omit` leaves out a presigned URL's own signature. */
export function canonicalQuery(pairs: readonly [string, string][], omit?: string): string {
  return pairs
    .filter(([name]) => name !== omit)
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** Trim(), and sequential spaces as one, as the guide and every SDK's signer do. */
export const canonicalHeaderValue = (value: string) => value.trim().replace(/\s+/g, ' ');

export interface CanonicalRequestParts {
  method: string;
  uri: string;
  query: string;
  /** Name and value of each signed header, in SignedHeaders order. */
  headers: readonly [string, string][];
  signedHeaders: string;
  payloadHash: string;
}

export function canonicalRequest(parts: CanonicalRequestParts): string {
  const headerLines = parts.headers
    .map(([name, value]) => `${name}:${canonicalHeaderValue(value)}\n`)
    .join('');
  return [parts.method, parts.uri, parts.query, headerLines, parts.signedHeaders, parts.payloadHash].join(
    '\n',
  );
}

export function stringToSign(requestDate: string, scope: string, canonical: string): string {
  return [ALGORITHM, requestDate, scope, sha256Hex(canonical)].join('\n');
}

export interface SigningScope {
  day: string;
  region: string;
  service: string;
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), service), "aws4_request"). */
export function signature(secretAccessKey: string, scope: SigningScope, toSign: string): string {
  const dayKey = hmacSha256(`AWS4${secretAccessKey}`, scope.day);
  const regionKey = hmacSha256(dayKey, scope.region);
  const serviceKey = hmacSha256(regionKey, scope.service);
  const signingKey = hmacSha256(serviceKey, SCOPE_TERMINATOR);
  return toHex(hmacSha256(signingKey, toSign));
}
