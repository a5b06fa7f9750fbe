/**
 * Proxy mode (`npm run endpoint -- --aws`): the endpoint forwards the console's SES requests to
 * AWS, signed with credentials from the standard AWS credential chain on this machine
 * (environment, shared config and credentials files, SSO cache). The browser signs with a
 * placeholder key and never holds a secret: each request's signature is dropped and the request
 * is signed again here, for the service its credential scope names.
 *
 * What is forwarded: SES (both APIs; signing name `ses`, host `email.<region>.amazonaws.com`)
 * and STS's GetCallerIdentity only, so the console can say who it acts as. Every other STS
 * action is refused: AssumeRole or GetSessionToken would hand this machine's credentials to the
 * page. Only the body, the path and query, and `content-type` go upstream; cookies, the
 * browser's own headers and its signature do not.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentityProvider, HttpRequest, QueryParameterBag } from '@smithy/types';
import type { SesHttpAnswer } from '../mocks/ses/handler';

/** Where each service is reached: AWS's endpoints for the Region, or (tests) another endpoint. */
export interface ProxyUpstream {
  ses: string;
  sts: string;
}

export function awsUpstream(region: string): ProxyUpstream {
  return { ses: `https://email.${region}.amazonaws.com`, sts: `https://sts.${region}.amazonaws.com` };
}

export interface ProxyRequest {
  method: string;
  /** Path and query as received, e.g. `/` or `/v2/email/identities?PageSize=10`. */
  pathAndQuery: string;
  contentType: string | undefined;
  body: Buffer;
  /** The signing name the browser's request named: `ses` or `sts`. */
  service: string;
}

export interface AwsProxy {
  forward(request: ProxyRequest): Promise<SesHttpAnswer & { upstreamStatus?: number }>;
}

/** Headers of an upstream answer a client needs; nothing else (no cookies) comes back. */
const ANSWER_HEADERS = ['content-type', 'x-amzn-requestid', 'x-amzn-errortype', 'date'];
/** The upstream's answer is read up to this size; SES's answers are small. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

function refusal(status: number, code: string, message: string): SesHttpAnswer {
  const requestId = crypto.randomUUID();
  const escaped = message.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: `<?xml version="1.0" encoding="UTF-8"?><ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${escaped}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

function queryBag(search: URLSearchParams): QueryParameterBag {
  // Names are hostile: a null-prototype object keeps `__proto__` an ordinary key.
  const bag = Object.create(null) as QueryParameterBag;
  for (const [name, value] of search) {
    const existing = Object.hasOwn(bag, name) ? bag[name] : undefined;
    bag[name] =
      existing === undefined || existing === null
        ? value
        : Array.isArray(existing)
          ? [...existing, value]
          : [existing, value];
  }
  return bag;
}

export function createAwsProxy(options: {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  upstream: ProxyUpstream;
  fetch?: typeof fetch;
}): AwsProxy {
  const send = options.fetch ?? fetch;
  const signers = new Map(
    (['ses', 'sts'] as const).map((service) => [
      service,
      new SignatureV4({ service, region: options.region, credentials: options.credentials, sha256: Sha256 }),
    ]),
  );
  return {
    async forward(request) {
      const service = request.service === 'ses' || request.service === 'sts' ? request.service : undefined;
      const signer = service && signers.get(service);
      if (!service || !signer)
        return refusal(
          400,
          'IncompleteSignature',
          'Sign requests for SES (ses) or STS (sts): the proxy forwards nothing else.',
        );
      if (service === 'sts') {
        const action = new URLSearchParams(request.body.toString('utf8')).get('Action');
        if (action !== 'GetCallerIdentity')
          return refusal(
            403,
            'AccessDenied',
            `The proxy forwards only STS's GetCallerIdentity, not ${String(action).slice(0, 64)}: it never hands this machine's credentials to a page.`,
          );
      }
      const target = new URL(request.pathAndQuery, options.upstream[service]);
      const headers: Record<string, string> = { host: target.host };
      if (request.contentType) headers['content-type'] = request.contentType;
      const unsigned: HttpRequest = {
        method: request.method,
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port ? Number(target.port) : undefined,
        path: target.pathname,
        query: queryBag(target.searchParams),
        headers,
        body: request.body.length > 0 ? request.body.toString('utf8') : undefined,
      };
      let signed: HttpRequest;
      try {
        signed = await signer.sign(unsigned);
      } catch (error) {
        return refusal(
          403,
          'MissingAuthenticationToken',
          `The proxy has no AWS credentials to sign with: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const outgoing = new Headers();
      for (const [name, value] of Object.entries(signed.headers))
        if (name !== 'host') outgoing.set(name, value);
      let response: Response;
      try {
        response = await send(target, {
          method: request.method,
          headers: outgoing,
          body:
            request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(request.body),
          redirect: 'error',
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        return refusal(
          502,
          'ServiceUnavailable',
          `AWS could not be reached at ${target.origin}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const bytes = await response.arrayBuffer();
      if (bytes.byteLength > MAX_ANSWER_BYTES)
        return refusal(
          502,
          'ServiceUnavailable',
          `AWS answered with ${bytes.byteLength} bytes; the proxy reads at most ${MAX_ANSWER_BYTES}.`,
        );
      const answerHeaders: Record<string, string> = {};
      for (const name of ANSWER_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) answerHeaders[name] = value;
      }
      return { status: response.status, headers: answerHeaders, body: Buffer.from(bytes).toString('utf8') };
    },
  };
}
