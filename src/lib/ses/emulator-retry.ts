/**
 * The emulator connection's client middleware: an answer without SES's request ID came from the
 * static host, not the emulator's worker (it was stopped or replaced), so the page restarts the
 * emulator and retries once, or fails with a plain message. Loaded with the SDK, off the first load.
 */
import type { SESClient } from '@aws-sdk/client-ses';
import { recoverEmulator } from './emulator-endpoint';

/** Every emulator answer carries a request ID; a static host's 404 or 405 page does not. */
export function answeredByEmulator(headers: Record<string, string | undefined>): boolean {
  return Object.hasOwn(headers, 'x-amzn-requestid');
}

export const EMULATOR_STOPPED_MESSAGE =
  'The built-in emulator stopped answering in this tab, and restarting it did not help: nothing was sent anywhere else. Reload the page to start it again.';

function responseHeaders(response: unknown): Record<string, string | undefined> {
  const headers = (response as { headers?: unknown } | undefined)?.headers;
  return headers && typeof headers === 'object' ? (headers as Record<string, string | undefined>) : {};
}

/** Adds the middleware innermost in the deserialize step: it sees the raw answer before the SDK parses it. */
export function addEmulatorRetry(stack: SESClient['middlewareStack']): void {
  stack.add(
    (next) => async (args) => {
      const first = await next(args);
      if (answeredByEmulator(responseHeaders(first.response))) return first;
      if (!(await recoverEmulator())) throw new Error(EMULATOR_STOPPED_MESSAGE);
      const retry = await next(args);
      if (!answeredByEmulator(responseHeaders(retry.response))) throw new Error(EMULATOR_STOPPED_MESSAGE);
      return retry;
    },
    { step: 'deserialize', priority: 'low', name: 'answeredByTheEmulator' },
  );
}
