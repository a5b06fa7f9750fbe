/** Test helpers: a real SESClient signed as a demo principal, against the emulator in msw/node. */
import { SESClient } from '@aws-sdk/client-ses';
import { SESv2Client } from '@aws-sdk/client-sesv2';
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

/** A real SESv2Client (REST-JSON) against the same endpoint: v2's paths under `/__ses/<region>/v2/email/`. */
export function clientV2As(id: DemoPrincipalId, region = 'us-east-1', secretAccessKey?: string): SESv2Client {
  const principal = principalById(id);
  return new SESv2Client({
    region,
    // Without the trailing slash: the SDK appends /v2/email/... to the endpoint's path.
    endpoint: testEndpoint(region).replace(/\/$/, ''),
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
