/**
 * Test helper: a Query API request with hand-picked parameters, signed as the JS SDK signs, so
 * that tests can send what the SDK never would (an Action of `constructor`, a missing member).
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { principalById, type DemoPrincipalId } from '../directory';
import { testEndpoint } from './clients';

export function emulatorUrl(region = 'us-east-1'): URL {
  return new URL(testEndpoint(region));
}

export interface RawAnswer {
  status: number;
  body: string;
  /** The error code of an error answer. */
  code?: string;
  message?: string;
}

export async function rawQuery(
  id: DemoPrincipalId,
  params: Record<string, string> | [string, string][],
  region = 'us-east-1',
): Promise<RawAnswer> {
  const principal = principalById(id);
  const url = emulatorUrl(region);
  const body = new URLSearchParams(params).toString();
  const signer = new SignatureV4({
    credentials: { accessKeyId: principal.accessKeyId, secretAccessKey: principal.secretAccessKey },
    region,
    service: 'ses',
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    path: url.pathname,
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  const response = await fetch(url, { method: 'POST', headers: signed.headers, body });
  const text = await response.text();
  return {
    status: response.status,
    body: text,
    code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1],
    message: /<Message>([^<]*)<\/Message>/.exec(text)?.[1],
  };
}
