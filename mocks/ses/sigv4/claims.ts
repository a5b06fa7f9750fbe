/**
 * What a request claims about its signature, read from the `Authorization` header or from a
 * presigned URL's X-Amz-* parameters, with AWS's refusals for a missing or malformed part.
 * Nothing here is trusted yet: auth.ts checks every claim.
 */
import { ALGORITHM } from './canonical';
import {
  echo,
  incompleteSignature,
  missingAuthenticationToken,
  signatureDoesNotMatch,
  unsupportedAlgorithm,
} from './messages';

/** Longer than any header an SDK sends (a 20-character key, a scope, ~15 headers, 64 hex digits). */
const MAX_AUTHORIZATION_LENGTH = 4096;
/** SigV4's own ceiling for a presigned URL: the signing key is valid for seven days. */
const MAX_EXPIRES_SECONDS = 604_800;

export interface SignatureClaims {
  source: 'header' | 'query';
  credential: string;
  signedHeaders: string;
  signature: string;
  date: string;
  /** Where the date came from: `Date` may also hold an HTTP date. */
  dateHeader: 'x-amz-date' | 'date';
  securityToken?: string;
  /** X-Amz-Expires of a presigned URL, in seconds. */
  expiresSeconds?: number;
}

/** What SigV4 reads of a request's headers: a lookup by lower-case name, duplicates joined by ", ". */
export interface HeaderLookup {
  get(name: string): string | null;
}

export function readClaims(headers: HeaderLookup, query: readonly [string, string][]): SignatureClaims {
  const authorization = headers.get('authorization');
  const queryAlgorithm = query.find(([name]) => name === 'X-Amz-Algorithm')?.[1];
  if (authorization !== null && queryAlgorithm !== undefined) {
    throw signatureDoesNotMatch(
      "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.",
    );
  }
  if (authorization !== null) return claimsFromHeader(authorization, headers);
  if (queryAlgorithm !== undefined) return claimsFromQuery(queryAlgorithm, query);
  throw missingAuthenticationToken();
}

function claimsFromHeader(authorization: string, headers: HeaderLookup): SignatureClaims {
  const header = authorization.trim();
  if (header.length > MAX_AUTHORIZATION_LENGTH) {
    throw incompleteSignature(
      `The Authorization header has ${header.length} characters; the emulator reads at most ${MAX_AUTHORIZATION_LENGTH}.`,
    );
  }
  const space = header.search(/\s/);
  const algorithm = space < 0 ? header : header.slice(0, space);
  if (algorithm !== ALGORITHM) throw unsupportedAlgorithm(algorithm);

  const parameters = new Map<string, string>();
  for (const piece of (space < 0 ? '' : header.slice(space + 1)).split(',')) {
    const pair = piece.trim();
    if (!pair) continue;
    const equals = pair.indexOf('=');
    if (equals < 0) {
      throw incompleteSignature(
        `'${echo(pair)}' not a valid key=value pair (missing equal-sign) in Authorization header: '${echo(header)}'`,
      );
    }
    // As AWS does, a repeated parameter's last value wins.
    parameters.set(pair.slice(0, equals), pair.slice(equals + 1));
  }

  const credential = parameters.get('Credential');
  const signature = parameters.get('Signature');
  const signedHeaders = parameters.get('SignedHeaders');
  const amzDate = headers.get('x-amz-date');
  const httpDate = headers.get('date');
  const missing = [
    credential ? '' : "Authorization header requires 'Credential' parameter.",
    signature ? '' : "Authorization header requires 'Signature' parameter.",
    signedHeaders ? '' : "Authorization header requires 'SignedHeaders' parameter.",
    amzDate !== null || httpDate !== null
      ? ''
      : "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
  ].filter(Boolean);
  if (missing.length || !credential || !signature || !signedHeaders) {
    throw incompleteSignature(`${missing.join(' ')} Authorization=${ALGORITHM}`);
  }
  return {
    source: 'header',
    credential,
    signature,
    signedHeaders,
    date: amzDate ?? httpDate ?? '',
    dateHeader: amzDate !== null ? 'x-amz-date' : 'date',
    securityToken: headers.get('x-amz-security-token') ?? undefined,
  };
}

function claimsFromQuery(algorithm: string, query: readonly [string, string][]): SignatureClaims {
  // AWS answers a presigned URL with another algorithm as if it carried no signature at all.
  if (algorithm !== ALGORITHM) throw missingAuthenticationToken();
  const first = (name: string) => query.find(([n]) => n === name)?.[1];
  const credential = first('X-Amz-Credential');
  const signature = first('X-Amz-Signature');
  const signedHeaders = first('X-Amz-SignedHeaders');
  const date = first('X-Amz-Date');
  const missing = [
    credential ? '' : "AWS query-string parameters must include 'X-Amz-Credential'.",
    signature ? '' : "AWS query-string parameters must include 'X-Amz-Signature'.",
    signedHeaders ? '' : "AWS query-string parameters must include 'X-Amz-SignedHeaders'.",
    date ? '' : "AWS query-string parameters must include 'X-Amz-Date'.",
  ].filter(Boolean);
  if (missing.length || !credential || !signature || !signedHeaders || !date) {
    throw incompleteSignature(`${missing.join(' ')} Re-examine the query-string parameters.`);
  }
  const expires = first('X-Amz-Expires');
  let expiresSeconds: number | undefined;
  if (expires !== undefined) {
    expiresSeconds = /^\d{1,6}$/.test(expires) ? Number(expires) : NaN;
    if (!(expiresSeconds >= 1 && expiresSeconds <= MAX_EXPIRES_SECONDS)) {
      throw incompleteSignature(
        `X-Amz-Expires must be a whole number of seconds from 1 to ${MAX_EXPIRES_SECONDS}, got '${echo(expires)}'.`,
      );
    }
  }
  return {
    source: 'query',
    credential,
    signature,
    signedHeaders,
    date,
    dateHeader: 'x-amz-date',
    securityToken: first('X-Amz-Security-Token'),
    expiresSeconds,
  };
}
