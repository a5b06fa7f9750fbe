/**
 * The SES Query API endpoint, https://email.<region>.amazonaws.com/, fetch-shaped: SigV4
 * authentication, the form-encoded request, one store transaction, SES's XML or error XML. The
 * page's service worker, Vitest and the local endpoint's HTTP server all answer with it, and the
 * endpoint's SMTP server runs its messages through `runAction`.
 */
import { HttpResponse } from 'msw';
import { authenticate, type SignedRequest } from './auth';
import type { RequestInfo } from './context';
import type { Principal } from './directory';
import { SesError } from './errors';
import { loadIamEvaluator } from './iam-evaluator';
import { emulatorStore } from './instance';
import { OPERATIONS } from './operations/index';
import { QueryParams } from './query';
import { xmlError, xmlResponse, type XmlStruct } from './xml';

/** The page cannot see the caller's address; its requests appear to come from this one. */
export const EMULATED_SOURCE_IP = '203.0.113.10';

/** What one request came to, for the local endpoint's log line. Never holds a secret. */
export interface RequestOutcome {
  requestId: string;
  action?: string;
  caller?: string;
  status: number;
  /** The error code of a refusal, e.g. AccessDenied; left out when the request succeeded. */
  errorCode?: string;
}

export interface SesRequestOptions {
  /** The caller's address, as the local endpoint sees it. */
  sourceIp?: string;
  onOutcome?: (outcome: RequestOutcome) => void;
}

/** A Query API request as plain data: what `answerSesRequest` reads. */
export interface SesHttpRequest extends SignedRequest {
  body: string;
}

/** An answer as plain data, for a server to write without building a fetch Response. */
export interface SesHttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function xml(body: string, status: number, requestId: string): SesHttpAnswer {
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

/** SES's InternalFailure for a fault of the emulator's own. */
function internalFailure(error: unknown): SesError {
  const message = error instanceof Error ? error.message : String(error);
  return new SesError('InternalFailure', `The emulator failed: ${message}`, 500, 'Receiver');
}

/**
 * Runs one authenticated request: the operation named by `Action`, its prepare step, then its
 * work in one transaction. Throws SesError for a refusal.
 */
export async function runAction(
  caller: Principal,
  region: string,
  params: QueryParams,
  info: RequestInfo,
): Promise<{ action: string; result: XmlStruct }> {
  const action = params.optional('Action');
  if (action === undefined)
    throw new SesError('MissingAction', 'The request must contain the parameter Action.');
  const load = OPERATIONS.get(action);
  if (!load) throw new SesError('InvalidAction', `The action ${action} is not valid for this web service.`);
  // Everything the transaction runs is loaded first: it may wait on nothing but the store.
  const operation = await load();
  await loadIamEvaluator(caller);
  const prepared = operation.prepare ? await operation.prepare(params) : undefined;
  const store = await emulatorStore();
  const result = await store.transaction((tx) =>
    operation.run({ tx, caller, region, action, params, info }, prepared),
  );
  // A refusal the operation returned (its log entry committed) is answered as SES's error.
  if (result instanceof SesError) throw result;
  return { action, result };
}

/** The fetch-shaped endpoint: what the page's service worker and Vitest answer with. */
export async function handleSesRequest(
  request: Request,
  region: string,
  options: SesRequestOptions = {},
): Promise<Response> {
  const { method, url, headers } = request;
  const answer = await answerSesRequest(
    { method, url, headers, body: await request.text() },
    region,
    options,
  );
  return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
}

/** One Query API request, answered: authentication, the operation, SES's XML or error XML. */
export async function answerSesRequest(
  request: SesHttpRequest,
  region: string,
  options: SesRequestOptions = {},
): Promise<SesHttpAnswer> {
  const requestId = crypto.randomUUID();
  const outcome: RequestOutcome = { requestId, status: 200 };
  try {
    const body = request.body;
    const caller = await authenticate(request, body, { region });
    outcome.caller = caller.arn;
    const params = QueryParams.parse(body);
    outcome.action = params.optional('Action');
    const info: RequestInfo = {
      requestId,
      sourceIp: options.sourceIp ?? EMULATED_SOURCE_IP,
      userAgent: request.headers.get('x-amz-user-agent') ?? request.headers.get('user-agent') ?? undefined,
      secureTransport: new URL(request.url).protocol === 'https:',
      time: new Date(),
    };
    const { action, result } = await runAction(caller, region, params, info);
    return xml(xmlResponse(action, result, requestId), 200, requestId);
  } catch (caught) {
    const error = caught instanceof SesError ? caught : internalFailure(caught);
    outcome.status = error.status;
    outcome.errorCode = error.code;
    return xml(xmlError(error, requestId), error.status, requestId);
  } finally {
    options.onOutcome?.(outcome);
  }
}
