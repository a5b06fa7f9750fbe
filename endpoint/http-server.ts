/**
 * The local endpoint's HTTP side: SES's Query API at `/`, answered by the same
 * `handleSesRequest` the page's service worker uses, and the emulator-only API under
 * `/__emulator/`. Node's request becomes a fetch `Request` and the `Response` is written back:
 * there is no second implementation of any operation.
 *
 * A browser page may call the endpoint only from an allowed origin (the console's), and when the
 * endpoint listens on loopback only a loopback Host header is accepted: another site the user
 * visits cannot drive it, by CORS, by a form post, or by DNS rebinding.
 *
 * In proxy mode it also serves the built console (console-site.ts) for every other GET and
 * HEAD, and lets that page, of its own origin, call it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import ipaddr from 'ipaddr.js';
import { handleEmulatorApi } from '../mocks/emulator-api';
import { answerSesRequest, type RequestOutcome } from '../mocks/ses/handler';
import { answerSesV2Request } from '../mocks/ses/v2/handler';
import type { AwsProxy } from './aws-proxy';
import type { ConsoleSite } from './console-site';
import { requestLogLine } from './log';
import { signingService } from './signing-service';
import { STS_SIGNING_SERVICE, answerStsRequest } from './sts';

/** A Query API request is at most a 10 MB raw message, base64- and form-encoded. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The console's own origins on this machine: `npm start` (Vite) and `vite preview`. */
export const DEFAULT_CORS_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];

/** Headers the SDK sends on a signed request, allowed in a preflight. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-amz-date',
  'x-amz-content-sha256',
  'x-amz-security-token',
  'x-amz-user-agent',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
].join(', ');

/** The headers a preflight asks for, when they are header names; else the SDK's usual ones. */
function requestedHeaders(asked: string | undefined): string {
  if (!asked) return ALLOWED_HEADERS;
  const names = asked.split(',').map((n) => n.trim().toLowerCase());
  return names.length <= 50 && names.every((n) => /^[a-z0-9!#$%&'*+.^_`|~-]{1,100}$/.test(n))
    ? names.join(', ')
    : ALLOWED_HEADERS;
}

export interface HttpServerOptions {
  host: string;
  region: string;
  corsOrigins: readonly string[];
  remoteEmulatorApi: boolean;
  log?: (line: string) => void;
  /** PEM certificate and key: HTTPS, and `aws:SecureTransport` true. */
  tls?: { cert: string; key: string };
  /** Proxy mode: SES and STS requests go to AWS, signed there; nothing is answered locally. */
  proxy?: AwsProxy;
  /** The built console, served at this endpoint's own origin (proxy mode) for GET and HEAD. */
  console?: ConsoleSite;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  try {
    const parsed = ipaddr.process(address);
    return parsed.range() === 'loopback';
  } catch {
    return false;
  }
}

/** The emulator-only API resets state and lists keys: loopback callers only, unless the flag says otherwise. */
export function emulatorApiAllowed(remoteAddress: string | undefined, remoteEmulatorApi: boolean): boolean {
  return remoteEmulatorApi || isLoopback(remoteAddress);
}

const LOOPBACK_HOST_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

/**
 * A page of this endpoint's own origin (the console it serves): the Origin is the scheme and the
 * Host it asked for, and that host is loopback or the very address the endpoint listens on. A
 * page on a rebound DNS name (Host evil.example) is never its own origin by this test.
 */
export function isOwnOrigin(
  origin: string,
  host: string,
  scheme: 'http' | 'https',
  listenHost: string,
): boolean {
  if (origin !== `${scheme}://${host}`) return false;
  const name = hostName(host).toLowerCase();
  const listening = listenHost.includes(':') ? `[${listenHost}]` : listenHost;
  return LOOPBACK_HOST_NAMES.has(name) || name === listening.toLowerCase();
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/**
 * A request for AWS, in proxy mode. It must be signed (with any key: the signature is replaced),
 * which a cross-site form post cannot be, and which makes a browser ask first (CORS preflight).
 */
async function forward(
  proxy: AwsProxy,
  req: IncomingMessage,
  body: Buffer,
  service: string | undefined,
  path: string,
  isV2: boolean,
) {
  const action = isV2
    ? `${req.method} ${path}`
    : (new URLSearchParams(body.toString('utf8')).get('Action')?.slice(0, 64) ?? undefined);
  if (service === undefined) {
    const status = 403;
    const errorCode = 'MissingAuthenticationToken';
    return {
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Requests to the proxy must be signed with SigV4 (any key: the proxy signs again with its own credentials).',
      outcome: { status, action, errorCode },
    };
  }
  const answer = await proxy.forward({
    method: req.method ?? 'POST',
    pathAndQuery: req.url ?? '/',
    contentType: req.headers['content-type'],
    body,
    service,
  });
  const errorCode =
    answer.status >= 400 ? (answer.headers['x-amzn-errortype'] ?? codeIn(answer.body)) : undefined;
  return { ...answer, outcome: { status: answer.status, action, errorCode } };
}

/** The `<Code>` of a Query API error answer, for the log line. */
function codeIn(xml: string): string | undefined {
  return /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec(xml)?.[1];
}

export function createSesHttpServer(options: HttpServerOptions): Server {
  const origins = new Set([...DEFAULT_CORS_ORIGINS, ...options.corsOrigins]);
  const loopbackOnly = isLoopback(options.host) || options.host === 'localhost';
  const log = options.log ?? (() => undefined);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const sourceIp = ipaddr.isValid(req.socket.remoteAddress ?? '')
      ? ipaddr.process(req.socket.remoteAddress ?? '').toString()
      : '0.0.0.0';
    const host = req.headers.host ?? `${options.host}`;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const logLine = (outcome: Partial<RequestOutcome> & { status: number }) =>
      log(requestLogLine({ sourceIp, ms: performance.now() - started, ...outcome }));

    if (loopbackOnly && !LOOPBACK_HOST_NAMES.has(hostName(host).toLowerCase())) {
      plain(res, 421, `This endpoint answers requests for localhost only, not for ${host}.`);
      return logLine({ status: 421, action: `${req.method} ${path}`, errorCode: 'MisdirectedHost' });
    }
    const origin = req.headers.origin;
    const cors: Record<string, string> = {};
    const scheme = options.tls ? 'https' : 'http';
    if (origin !== undefined) {
      const own = options.console !== undefined && isOwnOrigin(origin, host, scheme, options.host);
      if (!origins.has(origin) && !own) {
        plain(
          res,
          403,
          `A page from ${origin} may not call this endpoint. Start it with --cors-origin ${origin} to allow the console served there.`,
        );
        return logLine({ status: 403, action: `${req.method} ${path}`, errorCode: 'OriginNotAllowed' });
      }
      Object.assign(cors, {
        'access-control-allow-origin': origin,
        // v2's errors name their code in x-amzn-ErrorType: a browser SDK must be able to read it.
        'access-control-expose-headers': 'x-amzn-requestid, x-amzn-errortype',
        vary: 'Origin',
      });
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'access-control-allow-headers': requestedHeaders(req.headers['access-control-request-headers']),
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }

    const isEmulatorApi = path.startsWith('/__emulator/');
    if (isEmulatorApi && options.proxy) {
      plain(
        res,
        404,
        'This endpoint forwards to AWS (--aws): there is no emulator, so no emulator-only API.',
        cors,
      );
      return logLine({ status: 404, action: `${req.method} ${path}`, errorCode: 'NotFound' });
    }
    if (isEmulatorApi && !emulatorApiAllowed(req.socket.remoteAddress, options.remoteEmulatorApi)) {
      plain(
        res,
        403,
        'The emulator-only API (it resets state and lists keys) answers loopback callers only. Start the endpoint with --remote-emulator-api to allow others.',
        cors,
      );
      return logLine({ status: 403, action: `${req.method} ${path}`, errorCode: 'NotLoopback' });
    }
    // SES API v2 (REST-JSON): every method, under /v2/email/.
    const isV2 = path === '/v2/email' || path.startsWith('/v2/email/');
    // Everything else read with GET or HEAD is the console's (SES's Query API is POST /).
    if (options.console && !isEmulatorApi && !isV2 && (req.method === 'GET' || req.method === 'HEAD')) {
      const status = await options.console.serve(req, res);
      return logLine({ status, action: `${req.method} ${path}` });
    }
    if (!isEmulatorApi && !isV2 && path !== '/') {
      plain(
        res,
        404,
        `No such path ${path}. SES's Query API is at /, SES API v2 under /v2/email/, the emulator's own API under /__emulator/.`,
        cors,
      );
      return logLine({ status: 404, action: `${req.method} ${path}`, errorCode: 'NotFound' });
    }
    if (!isEmulatorApi && !isV2 && req.method !== 'POST') {
      plain(res, 405, 'Send SES Query API requests as signed POSTs to /.', { ...cors, allow: 'POST' });
      return logLine({ status: 405, action: `${req.method} ${path}`, errorCode: 'MethodNotAllowed' });
    }

    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      plain(res, 413, `A request is at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`, {
        ...cors,
        connection: 'close',
      });
      return logLine({ status: 413, action: `${req.method} ${path}`, errorCode: 'RequestEntityTooLarge' });
    }
    // The scheme the request arrived by: SigV4 ignores it, aws:SecureTransport reads it.
    const url = `${scheme}://${host}${req.url ?? '/'}`;
    if (isEmulatorApi) {
      const headers = new Headers();
      for (const [name, values] of Object.entries(req.headersDistinct)) {
        for (const v of values ?? []) headers.append(name, v);
      }
      const method = req.method ?? 'GET';
      const response = await handleEmulatorApi(
        new Request(url, {
          method,
          headers,
          body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body),
        }),
      );
      logLine({ status: response.status, action: `${method} ${path}` });
      const out: Record<string, string> = { ...cors };
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
      return;
    }
    // SES's API: answered from plain data, with no fetch Request or Response in between.
    // Header names come from the request's SignedHeaders: hostile, so looked up as own keys only.
    const distinct = req.headersDistinct;
    const header = (name: string) => {
      const key = name.toLowerCase();
      return Object.hasOwn(distinct, key) ? (distinct[key]?.join(', ') ?? null) : null;
    };
    const service = signingService(req.headers.authorization, new URL(url));
    if (options.proxy) {
      const answer = await forward(options.proxy, req, body, service, path, isV2);
      logLine(answer.outcome);
      res.writeHead(answer.status, { ...cors, ...answer.headers });
      res.end(answer.body);
      return;
    }
    const answerRequest =
      service === STS_SIGNING_SERVICE && !isV2
        ? answerStsRequest
        : isV2
          ? answerSesV2Request
          : answerSesRequest;
    const answer = await answerRequest(
      {
        method: req.method ?? 'POST',
        url,
        headers: { get: header },
        body: body.toString('utf8'),
      },
      options.region,
      { sourceIp, onOutcome: logLine },
    );
    res.writeHead(answer.status, { ...cors, ...answer.headers });
    res.end(answer.body);
  }
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      log(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) plain(res, 500, 'The endpoint failed on this request.');
      else res.destroy();
    });
  };
  return options.tls
    ? createTlsServer({ ...options.tls, keepAliveTimeout: 65_000 }, listener)
    : createServer({ keepAliveTimeout: 65_000 }, listener);
}
