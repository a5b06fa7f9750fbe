/**
 * The SES API v2 endpoint (REST-JSON, https://email.<region>.amazonaws.com/v2/email/...), as plain
 * data like v1's `answerSesRequest`: SigV4 authentication (the same checks as v1, over the REST
 * path and query string the client signed), the route, one store transaction over the same state
 * as v1, and JSON or v2's JSON errors. The page's service worker answers with
 * `handleSesV2Request`; the local endpoint's HTTP server with `answerSesV2Request`.
 */
import { HttpResponse } from 'msw';
import { authenticate } from '../auth';
import type { RequestInfo } from '../context';
import { SesError } from '../errors';
import {
  EMULATED_SOURCE_IP,
  type RequestOutcome,
  type SesHttpAnswer,
  type SesHttpRequest,
  type SesRequestOptions,
} from '../handler';
import { loadIamEvaluator } from '../iam-evaluator';
import { emulatorStore } from '../instance';
import { QueryParams } from '../query';
import { V2_ROUTES } from './operations';
import { jsonText, matchRoute, parseJsonBody, v2Error, v2Segments } from './protocol';
import type { V2Context } from './context';

function json(body: string, status: number, requestId: string, errorCode?: string): SesHttpAnswer {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-requestid': requestId,
  };
  if (errorCode) headers['x-amzn-ErrorType'] = errorCode;
  return { status, headers, body };
}

function internalFailure(error: unknown): SesError {
  const message = error instanceof Error ? error.message : String(error);
  return new SesError('InternalFailure', `The emulator failed: ${message}`, 500, 'Receiver');
}

/** One SES API v2 request, answered. */
export async function answerSesV2Request(
  request: SesHttpRequest,
  region: string,
  options: SesRequestOptions = {},
): Promise<SesHttpAnswer> {
  const requestId = crypto.randomUUID();
  const outcome: RequestOutcome = { requestId, status: 200 };
  try {
    const caller = await authenticate(request, request.body, { region });
    outcome.caller = caller.arn;
    const url = new URL(request.url);
    const segments = v2Segments(url.pathname) ?? [];
    const { operation, labels } = matchRoute(V2_ROUTES, request.method.toUpperCase(), segments);
    outcome.action = operation.action;
    const body = parseJsonBody(request.body);
    const info: RequestInfo = {
      requestId,
      sourceIp: options.sourceIp ?? EMULATED_SOURCE_IP,
      userAgent: request.headers.get('x-amz-user-agent') ?? request.headers.get('user-agent') ?? undefined,
      secureTransport: url.protocol === 'https:',
      time: new Date(),
      apiVersion: '2',
    };
    const prepared = operation.prepare ? await operation.prepare(body) : undefined;
    // The transaction may wait on nothing but the store: the IAM evaluator loads before it.
    await loadIamEvaluator(caller);
    const store = await emulatorStore();
    const result = await store.transaction((tx) => {
      const ctx: V2Context = {
        tx,
        caller,
        region,
        action: operation.action,
        params: QueryParams.parse(''),
        info,
        labels,
        query: url.searchParams,
        body,
      };
      return operation.run(ctx, prepared);
    });
    if (result instanceof SesError) throw result;
    return json(jsonText(result), 200, requestId);
  } catch (caught) {
    const error = v2Error(caught instanceof SesError ? caught : internalFailure(caught));
    outcome.status = error.status;
    outcome.errorCode = error.code;
    return json(JSON.stringify({ message: error.message }), error.status, requestId, error.code);
  } finally {
    options.onOutcome?.(outcome);
  }
}

/** The fetch-shaped v2 endpoint: what the page's service worker and Vitest answer with. */
export async function handleSesV2Request(
  request: Request,
  region: string,
  options: SesRequestOptions = {},
): Promise<Response> {
  const { method, url, headers } = request;
  const answer = await answerSesV2Request(
    { method, url, headers, body: await request.text() },
    region,
    options,
  );
  return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
}
