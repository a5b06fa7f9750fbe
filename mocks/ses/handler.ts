/**
 * The SES Query API endpoint, https://email.<region>.amazonaws.com/, as an MSW handler: SigV4
 * authentication, the form-encoded request, one store transaction, SES's XML or error XML.
 */
import { HttpResponse } from 'msw';
import { parseRawMessage, type ParsedMessage } from '../../src/policy-engine/index';
import { authenticate } from './auth';
import { SesError, invalidParameter } from './errors';
import { emulatorStore } from './instance';
import { OPERATIONS } from './operations/index';
import { logRefusal } from './operations/sending';
import { QueryParams } from './query';
import { xmlError, xmlResponse } from './xml';

/** The emulator cannot see the caller's address; requests appear to come from this one. */
export const EMULATED_SOURCE_IP = '203.0.113.10';

function xml(body: string, status: number, requestId: string) {
  return new HttpResponse(body, {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
  });
}

async function rawMessage(params: QueryParams): Promise<ParsedMessage> {
  const data = params.required('RawMessage.Data');
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  } catch {
    throw invalidParameter('RawMessage.Data must be base64-encoded.');
  }
  const parsed = await parseRawMessage(bytes);
  if (!parsed.ok) throw invalidParameter(parsed.error);
  return parsed.message;
}

export async function handleSesRequest(request: Request, region: string): Promise<Response> {
  const requestId = crypto.randomUUID();
  try {
    const body = await request.text();
    const caller = await authenticate(request, body, { region });
    const params = QueryParams.parse(body);
    const action = params.optional('Action');
    if (action === undefined)
      throw new SesError('MissingAction', 'The request must contain the parameter Action.');
    const operation = OPERATIONS.get(action);
    if (!operation)
      throw new SesError('InvalidAction', `The action ${action} is not valid for this web service.`);
    const info = {
      requestId,
      sourceIp: EMULATED_SOURCE_IP,
      userAgent: request.headers.get('x-amz-user-agent') ?? request.headers.get('user-agent') ?? undefined,
      secureTransport: new URL(request.url).protocol === 'https:',
      time: new Date(),
    };
    const store = await emulatorStore();
    // Parsing is asynchronous, so it happens before the transaction (which must not wait on
    // anything else); an unreadable message is still a logged send attempt.
    let raw: ParsedMessage | undefined;
    if (action === 'SendRawEmail') {
      try {
        raw = await rawMessage(params);
      } catch (error) {
        if (error instanceof SesError)
          await store.transaction((tx) => logRefusal({ tx, caller, info }, action, error));
        throw error;
      }
    }
    const result = await store.transaction((tx) =>
      operation({ tx, caller, region, action, params, info }, raw),
    );
    // A refusal the operation returned (its log entry committed) is answered as SES's error.
    if (result instanceof SesError) throw result;
    return xml(xmlResponse(action, result, requestId), 200, requestId);
  } catch (error) {
    if (error instanceof SesError) return xml(xmlError(error, requestId), error.status, requestId);
    const message = error instanceof Error ? error.message : String(error);
    return xml(
      xmlError(
        new SesError('InternalFailure', `The emulator failed: ${message}`, 500, 'Receiver'),
        requestId,
      ),
      500,
      requestId,
    );
  }
}
