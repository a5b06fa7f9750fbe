/**
 * How both SDK clients are built: their configuration and the middleware every one carries.
 * Only the lazily loaded clients (v1-client.ts, v2-client.ts) import this, so the first load does not.
 */
import type { SESClient } from '@aws-sdk/client-ses';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { defaultEndpoint, type SesConnection } from './client';
import { pageIsLeaving } from './page-leaving';
import { isNoAnswer, noAnswerSentence } from './unreachable-endpoint';

/** What both SDK clients are constructed with. */
export function clientConfig(connection: SesConnection) {
  return {
    region: connection.region,
    endpoint: connection.endpoint ?? defaultEndpoint(connection.region),
    credentials: { ...connection.credentials },
    // The console shows SES's answer as it is; retrying a refused send would only repeat it.
    maxAttempts: 1,
  };
}

/**
 * The middleware every client carries: nothing is sent from a page that is leaving, and on the
 * emulator an answer that did not come from it restarts it. The two SDKs' stacks differ only in
 * their input and output types, which these middlewares do not read.
 */
export async function guard(client: SESClient | SESv2Client, connection: SesConnection): Promise<void> {
  const stack = client.middlewareStack as SESClient['middlewareStack'];
  stack.add(
    (next) => (args) => {
      if (pageIsLeaving()) throw new Error('The page is being left: the SES request was not sent.');
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'notWhileLeavingThePage' },
  );
  if (connection.emulator) (await import('./emulator-retry')).addEmulatorRetry(stack);
  else {
    // A real endpoint that does not answer (down, or refusing this page's CORS preflight) gets a
    // sentence that says which and what to do, instead of the browser's bare "Failed to fetch".
    const endpoint = clientConfig(connection).endpoint;
    stack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          if (isNoAnswer(error))
            throw Object.assign(new Error(noAnswerSentence(endpoint)), { name: 'NoAnswer' });
          throw error;
        }
      },
      { step: 'initialize', priority: 'high', name: 'explainNoAnswer' },
    );
  }
}
