/**
 * SES API v1's read calls without the SDK: the Identities page's first answers (ListIdentities,
 * GetIdentityVerificationAttributes, ListIdentityPolicies) are a form-encoded POST signed with
 * SigV4 by the SDK's own signer (`@smithy/signature-v4`, the emulator checks the signature as AWS
 * does), and an XML answer read by query-xml.ts. The SDK (about 55 KB gzip) loads
 * only for what this does not do (v1-sdk-api.ts). The client's guards are the SDK clients' (see
 * client-setup.ts): nothing is sent from a page that is leaving, and on the emulator an answer
 * without SES's request ID restarts it and is retried once.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { defaultEndpoint, type SesConnection } from '../client';
import { recoverEmulator } from '../emulator-endpoint';
import { answeredByEmulator, EMULATOR_STOPPED_MESSAGE } from '../emulator-retry';
import { pageIsLeaving } from '../page-leaving';
import { childElements, childText, parseXml, type XmlElement } from './query-xml';

const API_VERSION = '2010-12-01';

/** SES's error answer, shaped as the SDK's service exceptions are (see ses-error.ts). */
export class SesQueryError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number; requestId?: string };

  constructor(code: string, message: string, status: number, requestId?: string) {
    super(message);
    this.name = code;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, requestId };
  }
}

async function signedPost(connection: SesConnection, body: string): Promise<Response> {
  if (pageIsLeaving()) throw new Error('The page is being left: the SES request was not sent.');
  const url = new URL(connection.endpoint ?? defaultEndpoint(connection.region));
  const signer = new SignatureV4({
    credentials: { ...connection.credentials },
    region: connection.region,
    service: 'ses',
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  // The browser sets Host itself (it is a forbidden header name); the signature covers it.
  const headers = Object.entries(signed.headers).filter(([name]) => name.toLowerCase() !== 'host');
  return fetch(url, { method: 'POST', headers, body });
}

/** One Query API call; answers the `<Action>Result` element, or throws SES's error. */
export async function queryCall(
  connection: SesConnection,
  action: string,
  params: [string, string][],
): Promise<XmlElement> {
  const body = new URLSearchParams([['Action', action], ['Version', API_VERSION], ...params]).toString();
  let response = await signedPost(connection, body);
  if (connection.emulator && !answeredByEmulator(Object.fromEntries(response.headers))) {
    if (!(await recoverEmulator())) throw new Error(EMULATOR_STOPPED_MESSAGE);
    response = await signedPost(connection, body);
    if (!answeredByEmulator(Object.fromEntries(response.headers))) throw new Error(EMULATOR_STOPPED_MESSAGE);
  }
  const text = await response.text();
  const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
  let root: XmlElement | undefined;
  try {
    root = parseXml(text);
  } catch {
    root = undefined;
  }
  if (root?.name === 'ErrorResponse') {
    const error = childElements(root, 'Error')[0];
    throw new SesQueryError(
      childText(error, 'Code') || 'UnknownError',
      childText(error, 'Message') ?? '',
      response.status,
      childText(root, 'RequestId') ?? requestId,
    );
  }
  const result = response.ok ? childElements(root, `${action}Result`)[0] : undefined;
  if (!result)
    throw new SesQueryError(
      'UnknownError',
      `SES answered ${action} with HTTP ${response.status} and no ${action}Result.`,
      response.status,
      requestId,
    );
  return result;
}

/** A list's `member` texts (`<Name><member>…</member></Name>`); none when the list is absent. */
export function memberTexts(result: XmlElement, name: string): string[] {
  return childElements(childElements(result, name)[0], 'member').map((member) => member.text);
}
