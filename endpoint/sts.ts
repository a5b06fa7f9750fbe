/**
 * STS's GetCallerIdentity on the local endpoint, so that a console (or `aws sts
 * get-caller-identity --endpoint-url`) connected to it can ask who its keys belong to, as it
 * asks AWS. It is the only STS action answered: the endpoint hands out no credentials.
 *
 * Shape: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html. UserId
 * is the account ID for a root, and for an IAM user a stable ID derived from its access key
 * (AWS's are opaque `AIDA…` IDs).
 */
import { XMLBuilder } from 'fast-xml-parser';
import { authenticate } from '../mocks/ses/auth';
import { SesError } from '../mocks/ses/errors';
import type { SesHttpAnswer, SesHttpRequest, SesRequestOptions } from '../mocks/ses/handler';
import { xmlText } from '../mocks/ses/xml';

export const STS_SIGNING_SERVICE = 'sts';
const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: false });

function answer(status: number, requestId: string, document: Record<string, unknown>): SesHttpAnswer {
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: `<?xml version="1.0" encoding="UTF-8"?>${builder.build(document)}`,
  };
}

export async function answerStsRequest(
  request: SesHttpRequest,
  region: string,
  options: SesRequestOptions = {},
): Promise<SesHttpAnswer> {
  const requestId = crypto.randomUUID();
  const params = new URLSearchParams(request.body);
  const action = params.get('Action') ?? undefined;
  try {
    const caller = await authenticate(request, request.body, { region, service: STS_SIGNING_SERVICE });
    if (action === undefined)
      throw new SesError('MissingAction', 'The request must contain the parameter Action.');
    if (action !== 'GetCallerIdentity')
      throw new SesError(
        'InvalidAction',
        `This endpoint answers only STS's GetCallerIdentity, not ${action.slice(0, 64)}: it issues no credentials.`,
      );
    const root = caller.arn.endsWith(':root');
    options.onOutcome?.({ requestId, action, caller: caller.arn, status: 200 });
    return answer(200, requestId, {
      GetCallerIdentityResponse: {
        '@_xmlns': NAMESPACE,
        GetCallerIdentityResult: {
          Arn: caller.arn,
          UserId: root ? caller.account : `AIDA${caller.accessKeyId.slice(4)}`,
          Account: caller.account,
        },
        ResponseMetadata: { RequestId: requestId },
      },
    });
  } catch (caught) {
    if (!(caught instanceof SesError)) throw caught;
    options.onOutcome?.({ requestId, action, status: caught.status, errorCode: caught.code });
    return answer(caught.status, requestId, {
      ErrorResponse: {
        '@_xmlns': NAMESPACE,
        Error: { Type: caught.type, Code: caught.code, Message: xmlText(caught.message) },
        RequestId: requestId,
      },
    });
  }
}
