/**
 * A stand-in for a remote SES endpoint in unit tests: MSW answers `url` as the local endpoint
 * server does, STS's GetCallerIdentity (signed for "sts") and SES's Query API (signed for
 * "ses"), with the same emulator, signature checks included.
 */
import { http, HttpResponse } from 'msw';
import { answerStsRequest } from '../../endpoint/sts';
import { server } from '../../mocks/node';
import { handleSesRequest } from '../../mocks/ses/handler';

export const REMOTE_URL = 'http://127.0.0.1:4579/';

export function answerAsRemoteEndpoint(url: string = REMOTE_URL, region = 'us-east-1'): void {
  server.use(
    http.post(url, async ({ request }) => {
      const authorization = request.headers.get('authorization') ?? '';
      if (/\/sts\/aws4_request/.test(authorization)) {
        const answer = await answerStsRequest(
          { method: request.method, url: request.url, headers: request.headers, body: await request.text() },
          region,
        );
        return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
      }
      return handleSesRequest(request, region);
    }),
  );
}
