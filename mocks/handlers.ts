import { http, HttpResponse, type RequestHandler } from 'msw';

/**
 * The handler list behind the in-page SES emulator: the browser's service worker
 * (mocks/browser.ts) and Vitest's interceptor (mocks/node.ts) both serve these, at the SES
 * endpoint's address each of them passes.
 * The emulator itself (engine, store, SigV4, XML) loads on the first request it answers, so the
 * worker can start before the console's first render without that code in the first load.
 */
const EMULATOR_API = /\/__emulator\/[a-z]+$/;
/** An AWS Region name (us-east-1, us-gov-west-1); any other path segment is no SES endpoint. */
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/**
 * `sesEndpoint` is an MSW path with a `:region` parameter. The SES endpoint is never AWS's
 * (https://email.<region>.amazonaws.com): a request the emulator misses must fail where it is
 * sent, not reach AWS with the demo's signature.
 */
export function emulatorHandlers(sesEndpoint: string): RequestHandler[] {
  // SES API v2 (REST-JSON) under the same endpoint: `<endpoint>v2/email/...`, any method.
  const v2Endpoint = `${sesEndpoint.replace(/\/$/, '')}/v2/email/*`;
  return [
    http.all<{ region: string }>(v2Endpoint, async ({ request, params }) =>
      REGION.test(params.region)
        ? (await import('./ses/v2/handler')).handleSesV2Request(request, params.region)
        : new HttpResponse(`No SES Region ${params.region}.`, { status: 404 }),
    ),
    http.post<{ region: string }>(sesEndpoint, async ({ request, params }) =>
      REGION.test(params.region)
        ? (await import('./ses/handler')).handleSesRequest(request, params.region)
        : new HttpResponse(`No SES Region ${params.region}.`, { status: 404 }),
    ),
    http.all(EMULATOR_API, async ({ request }) =>
      (await import('./emulator-api')).handleEmulatorApi(request),
    ),
  ];
}

/**
 * Under Node (Vitest, the bench) there is no page to be same-origin with: the SES endpoint is
 * `/__ses/<region>/` on any origin (the tests use http://localhost/__ses/<region>/).
 */
export const handlers: RequestHandler[] = emulatorHandlers('*/__ses/:region/');
