/** Test helpers: a real SESClient signed as a demo principal, against the emulator in msw/node. */
import { SESClient } from '@aws-sdk/client-ses';
import { principalById, type DemoPrincipalId } from '../directory';

/** The emulator's SES endpoint under msw/node (mocks/handlers.ts): `/__ses/<region>/` on any origin. */
export function testEndpoint(region = 'us-east-1'): string {
  return `http://localhost/__ses/${region}/`;
}

export function clientAs(id: DemoPrincipalId, region = 'us-east-1', secretAccessKey?: string): SESClient {
  const principal = principalById(id);
  return new SESClient({
    region,
    endpoint: testEndpoint(region),
    credentials: {
      accessKeyId: principal.accessKeyId,
      secretAccessKey: secretAccessKey ?? principal.secretAccessKey,
    },
    maxAttempts: 1,
  });
}

/** The SES error a call fails with: its code (the SDK's error name), message and HTTP status. */
export async function sesError(
  call: Promise<unknown>,
): Promise<{ code: string; message: string; status?: number }> {
  try {
    await call;
  } catch (error) {
    // `Code` is SES's code on the wire; `name` is the SDK's exception class (InvalidPolicyException).
    const e = error as Error & { Code?: string; $metadata?: { httpStatusCode?: number } };
    return { code: e.Code ?? e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
