/**
 * Which AWS service a signed request names in its credential scope (`…/<region>/<service>/aws4_request`),
 * read before anything is verified so the endpoint can route it: `ses` to SES, `sts` to STS. The
 * value is hostile: only a short lower-case name is returned, anything else is `undefined`.
 */
const SCOPE_IN_HEADER = /Credential=[^/,\s]{1,128}\/\d{8}\/[a-z0-9-]{1,32}\/([a-z0-9-]{1,32})\/aws4_request/;
const SCOPE_IN_QUERY = /^[^/]{1,128}\/\d{8}\/[a-z0-9-]{1,32}\/([a-z0-9-]{1,32})\/aws4_request$/;

export function signingService(authorization: string | undefined, url: URL): string | undefined {
  if (authorization !== undefined) return SCOPE_IN_HEADER.exec(authorization.slice(0, 4096))?.[1];
  const credential = url.searchParams.get('X-Amz-Credential');
  return credential === null ? undefined : SCOPE_IN_QUERY.exec(credential)?.[1];
}
