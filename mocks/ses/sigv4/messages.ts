/**
 * SigV4 refusals in AWS's words, as SesError with SES's codes and statuses. Sources (see
 * AUTH-NOTES.md): SES's Common Errors page for codes and statuses; the IAM guide's "Troubleshoot
 * signed requests" for the scope and clock messages; for exact punctuation, responses AWS
 * returned as recorded in public issues and in emulators written against AWS (dynalite,
 * scratchstack-aws-signature). Values echoed from the request are cut to `ECHO_LIMIT` characters.
 */
import { SesError } from '../errors';

const ECHO_LIMIT = 256;
/** A request-supplied value, bounded, for quoting in a message. */
export const echo = (value: string) => (value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value);

export const incompleteSignature = (message: string) => new SesError('IncompleteSignature', message, 400);
export const signatureDoesNotMatch = (message: string) => new SesError('SignatureDoesNotMatch', message, 403);

export const missingAuthenticationToken = () =>
  new SesError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);

/** For an unknown access key, and for a session token where the key is a long-term key. */
export const invalidClientTokenId = () =>
  new SesError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);

export const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

export const HOST_NOT_SIGNED = "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.";

export const unsupportedAlgorithm = (algorithm: string) =>
  incompleteSignature(`Unsupported AWS 'algorithm': '${echo(algorithm)}' (only AWS4-HMAC-SHA256 for now). `);

export const credentialParts = (credential: string) =>
  incompleteSignature(
    `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${echo(credential)}'`,
  );

export const dateFormat = (date: string) =>
  incompleteSignature(
    `Date must be in ISO-8601 'basic format'. Got '${echo(date)}'. See http://en.wikipedia.org/wiki/ISO_8601`,
  );

export const wrongRegion = (region: string) =>
  `Credential should be scoped to a valid region, not '${echo(region)}'. `;
export const wrongService = (service: string) =>
  `Credential should be scoped to correct service: '${service}'. `;
export const wrongTerminator = (terminator: string) =>
  `Credential should be scoped with a valid terminator: 'aws4_request', not '${echo(terminator)}'. `;
export const wrongScopeDate = (scopeDate: string, requestDay: string, requestDate: string) =>
  `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${echo(scopeDate)}' != '${requestDay}', from '${requestDate}'.`;

export const signatureExpired = (requestDate: string, earliest: string, now: string, window: string) =>
  signatureDoesNotMatch(
    `Signature expired: ${requestDate} is now earlier than ${earliest} (${now} - ${window}.)`,
  );
export const signatureNotYetCurrent = (requestDate: string, latest: string, now: string, window: string) =>
  signatureDoesNotMatch(
    `Signature not yet current: ${requestDate} is still later than ${latest} (${now} + ${window}.)`,
  );
