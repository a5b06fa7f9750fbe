/**
 * What a request that never got an answer means, said for the endpoint it was sent to. The
 * browser reports a refused CORS preflight, a server that is down and a wrong address alike, as
 * a bare "Failed to fetch"; the console says which are likely and what to do.
 */

/** A fetch that got no answer at all (the SDK passes the browser's TypeError through). */
export function isNoAnswer(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    (error instanceof Error && /failed to fetch|networkerror|load failed|fetch failed/i.test(error.message))
  );
}

const AWS_HOST = /\.amazonaws\.com(\.cn)?$/;

export function noAnswerSentence(
  endpoint: string,
  pageOrigin: string = globalThis.location?.origin ?? '',
): string {
  let host = endpoint;
  try {
    host = new URL(endpoint).host;
  } catch {
    // Settings checked the URL; keep it as written in the sentence.
  }
  if (AWS_HOST.test(host))
    return (
      `${host} did not answer this page. AWS's SES API v1 and STS endpoints do not answer the CORS ` +
      'preflight a browser sends first (aws-sdk-js issues 637 and 980), so a page cannot call them ' +
      'directly. Run the local endpoint server in proxy mode, npm run endpoint -- --aws --profile NAME, ' +
      'and choose "AWS through the local endpoint server" in Settings: it signs with your AWS ' +
      'credentials and no secret reaches the browser.'
    );
  return (
    `${endpoint} did not answer. Is it running (npm run endpoint)? If it is, it may not allow pages ` +
    `from ${pageOrigin || 'this origin'}: start the local endpoint server with --cors-origin ${pageOrigin || 'ORIGIN'}, ` +
    'or allow that origin in the server’s CORS settings.'
  );
}
