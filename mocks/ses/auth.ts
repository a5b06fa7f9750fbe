/**
 * Authenticates an SES Query API request by its SigV4 signature, checked as AWS checks it: the
 * access key names the caller in the directory; the credential scope must name the request's
 * day, the endpoint's Region and SES's signing service; the request must be dated within 5
 * minutes of the server clock; and the signature must verify over the headers exactly as the
 * client listed them and over the body actually received (never over a declared hash).
 *
 * Sources (details, and what is not enforced, in mocks/README.md "Request authentication"):
 * - SigV4 steps: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 * - Refusal messages: https://docs.aws.amazon.com/IAM/latest/UserGuide/signature-v4-troubleshooting.html
 * - Codes and statuses: https://docs.aws.amazon.com/ses/latest/APIReference/CommonErrors.html
 * - Exact wording as AWS answers: mhart/dynalite (validations recorded from AWS), dacut/
 *   scratchstack-aws-signature, github.com/boto/boto3/issues/756 (a Query API mismatch answer).
 * - Signing name `ses`: @aws-sdk/client-ses's defaultSigningName and botocore's service model.
 */
import type { Principal } from './directory';
import { emulatorPrincipals } from './instance';
import {
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  parseQuery,
  SCOPE_TERMINATOR,
  signature as computeSignature,
  stringToSign,
} from './sigv4/canonical';
import { readClaims, type HeaderLookup } from './sigv4/claims';
import { constantTimeEqual, sha256Hex } from './sigv4/crypto';
import {
  credentialParts,
  dateFormat,
  echo,
  HOST_NOT_SIGNED,
  incompleteSignature,
  invalidClientTokenId,
  SIGNATURE_MISMATCH,
  signatureDoesNotMatch,
  signatureExpired,
  signatureNotYetCurrent,
  wrongRegion,
  wrongScopeDate,
  wrongService,
  wrongTerminator,
} from './sigv4/messages';
import { formatIsoBasic, parseRequestDate } from './sigv4/time';

export interface AuthOptions {
  /** The endpoint's Region: the credential scope must name it. */
  region: string;
  /** The server clock; defaults to new Date(). */
  now?: Date;
  /** The signing name the credential scope must name: SES's, unless the endpoint answers STS. */
  service?: string;
}

/** SES's SigV4 signing name (its endpoint prefix is `email`, its signing name is not). */
export const SES_SIGNING_SERVICE = 'ses';
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const CLOCK_SKEW_TEXT = '5 min';
const MAX_SIGNED_HEADERS = 64;
/** RFC 9110 token characters, lower-case only: what SignedHeaders may list. */
const SIGNED_HEADER_NAME = /^[a-z0-9!#$%&'*+.^_`|~-]+$/;

/** The parts of an HTTP request a signature covers, besides its body. */
export interface SignedRequest {
  method: string;
  url: string;
  headers: HeaderLookup;
}

export async function authenticate(
  request: SignedRequest,
  body: string,
  options: AuthOptions,
): Promise<Principal> {
  const url = new URL(request.url);
  const query = parseQuery(url.search);
  const claims = readClaims(request.headers, query);
  const scope = credentialScope(claims.credential);
  if (!/^[0-9a-f]{64}$/.test(claims.signature)) {
    throw incompleteSignature(
      `Signature must be 64 lower-case hexadecimal digits (an HMAC-SHA256), got '${echo(claims.signature)}'.`,
    );
  }
  const signedAt = parseRequestDate(claims.date, claims.dateHeader);
  if (!signedAt) throw dateFormat(claims.date);
  const requestDate = formatIsoBasic(signedAt);
  const signedHeaders = signedHeaderNames(claims.signedHeaders);
  checkClock(signedAt, options.now ?? new Date(), claims.expiresSeconds);
  checkScope(scope, requestDate, options.region, options.service ?? SES_SIGNING_SERVICE);

  const principal = emulatorPrincipals().find((p) => p.accessKeyId === scope.accessKeyId);
  if (!principal) throw invalidClientTokenId();
  // Every demo key is a long-term (AKIA) key: AWS refuses a session token with one as invalid.
  if (claims.securityToken !== undefined) throw invalidClientTokenId();

  const payloadHash = sha256Hex(body);
  const declaredHash = request.headers.get('x-amz-content-sha256');
  if (declaredHash !== null && declaredHash !== payloadHash) {
    throw signatureDoesNotMatch(
      `The provided 'x-amz-content-sha256' header does not match what was computed. The body received hashes to ${payloadHash}.`,
    );
  }
  const canonical = canonicalRequest({
    method: request.method,
    uri: canonicalUri(url.pathname),
    query: canonicalQuery(query, claims.source === 'query' ? 'X-Amz-Signature' : undefined),
    headers: signedHeaderValues(signedHeaders, request.headers, url, body),
    signedHeaders: claims.signedHeaders,
    payloadHash,
  });
  const scopeText = [scope.day, scope.region, scope.service, SCOPE_TERMINATOR].join('/');
  const toSign = stringToSign(requestDate, scopeText, canonical);
  const expected = computeSignature(principal.secretAccessKey, scope, toSign);
  if (!constantTimeEqual(expected, claims.signature)) {
    // As AWS's Query APIs do, say what was signed so a client can find its mistake.
    throw signatureDoesNotMatch(
      `${SIGNATURE_MISMATCH}\n\nThe Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${toSign}'\n`,
    );
  }
  return principal;
}

interface CredentialScope {
  accessKeyId: string;
  day: string;
  region: string;
  service: string;
  terminator: string;
}

function credentialScope(credential: string): CredentialScope {
  const parts = credential.split('/');
  const [accessKeyId, day, region, service, terminator] = parts;
  if (parts.length !== 5 || !accessKeyId || !day || !region || !service || !terminator) {
    throw credentialParts(credential);
  }
  return { accessKeyId, day, region, service, terminator };
}

/** SignedHeaders as the spec requires it: lower-case names, sorted, each once, `host` among them. */
function signedHeaderNames(list: string): string[] {
  const names = list.split(';');
  if (!names.some((name) => name.toLowerCase() === 'host')) throw signatureDoesNotMatch(HOST_NOT_SIGNED);
  const wellFormed =
    names.length <= MAX_SIGNED_HEADERS &&
    names.every((name, i) => SIGNED_HEADER_NAME.test(name) && (i === 0 || names[i - 1]! < name));
  if (!wellFormed) {
    throw signatureDoesNotMatch(
      `${SIGNATURE_MISMATCH} SignedHeaders must be lower-case header names, sorted by character code, each listed once and separated by ';' (at most ${MAX_SIGNED_HEADERS}); got '${echo(list)}'.`,
    );
  }
  return names;
}

function checkClock(signedAt: Date, now: Date, expiresSeconds: number | undefined) {
  const requestDate = formatIsoBasic(signedAt);
  const nowText = formatIsoBasic(now);
  const latest = new Date(now.getTime() + CLOCK_SKEW_MS);
  if (signedAt > latest) {
    throw signatureNotYetCurrent(requestDate, formatIsoBasic(latest), nowText, CLOCK_SKEW_TEXT);
  }
  // A presigned URL lives X-Amz-Expires seconds from its date; anything else, 5 minutes.
  const lifetimeMs = expiresSeconds === undefined ? CLOCK_SKEW_MS : expiresSeconds * 1000;
  const earliest = new Date(now.getTime() - lifetimeMs);
  if (signedAt < earliest) {
    const window = expiresSeconds === undefined ? CLOCK_SKEW_TEXT : `${expiresSeconds} sec`;
    throw signatureExpired(requestDate, formatIsoBasic(earliest), nowText, window);
  }
}

/** AWS reports every wrong part of the scope at once, in this order. */
function checkScope(scope: CredentialScope, requestDate: string, region: string, service: string) {
  const requestDay = requestDate.slice(0, 8);
  const problems = [
    scope.region === region ? '' : wrongRegion(scope.region),
    scope.service === service ? '' : wrongService(service),
    scope.terminator === SCOPE_TERMINATOR ? '' : wrongTerminator(scope.terminator),
    scope.day === requestDay ? '' : wrongScopeDate(scope.day, requestDay, requestDate),
  ].join('');
  if (problems) throw signatureDoesNotMatch(problems);
}

/**
 * Each signed header's value as received. Browsers sign `host` and `content-length` but never
 * hand them to a service worker, so those two are rebuilt from the URL and the body when absent;
 * any other signed header must be in the request.
 */
function signedHeaderValues(
  names: string[],
  headers: HeaderLookup,
  url: URL,
  body: string,
): [string, string][] {
  return names.map((name) => {
    const value = headers.get(name);
    if (value !== null) return [name, value];
    if (name === 'host') return [name, url.host];
    if (name === 'content-length') return [name, String(new TextEncoder().encode(body).length)];
    throw signatureDoesNotMatch(
      `${SIGNATURE_MISMATCH} '${name}' is listed in SignedHeaders but is not in the request.`,
    );
  });
}
