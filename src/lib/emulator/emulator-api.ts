/**
 * The console's one client for the emulator-only API (`<base>/__emulator/<name>`; its records are
 * typed by mocks/emulator-api-contract.ts, which the emulator answers with too). One wording for
 * every failure, naming who did not answer: the local endpoint a build was made for, or the
 * page's own emulator. Reads whose records are checked against a schema are in record-queries.ts,
 * which only lazily loaded pages import, so that zod stays off the first load.
 */
import type {
  EmulatorPrincipal,
  EmulatorResetAnswer,
  EmulatorStateExport,
  EmulatorVerifyAnswer,
  EmulatorVerifyRequest,
} from '../../../mocks/emulator-api-contract';
import { LOCAL_ENDPOINT, emulatorApiBase } from './local-endpoint';

// The records, for the console's features: only this folder imports the contract.
export type {
  EmulatorIdentity,
  EmulatorPrincipal,
  EmulatorSendAttempt,
  EmulatorTopicDelivery,
} from '../../../mocks/emulator-api-contract';

export type EmulatorApiName =
  'directory' | 'verify' | 'grants' | 'activity' | 'deliveries' | 'state' | 'reset';

const ANSWERER = LOCAL_ENDPOINT ? `The SES endpoint at ${LOCAL_ENDPOINT}` : 'The built-in emulator';

/** How a message names an answer, e.g. "The built-in emulator's answer to activity". */
export const answerTo = (name: EmulatorApiName) => `${ANSWERER}'s answer to ${name}`;

/** The emulator's own sentence for a refusal (`{"error": "..."}`), if the answer carries one. */
async function refusalOf(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, 'error')) return undefined;
  const { error } = body as { error: unknown };
  return typeof error === 'string' ? error : undefined;
}

async function call(name: EmulatorApiName, init: RequestInit | undefined, base: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${base}__emulator/${name}`, init);
  } catch {
    // Only a separate process can be down; the page's own emulator answers or the page is gone.
    throw new Error(
      LOCAL_ENDPOINT
        ? `${ANSWERER} did not answer. Is it running (npm run endpoint)?`
        : `${ANSWERER} did not answer.`,
    );
  }
  if (!response.ok)
    throw new Error(
      (await refusalOf(response)) ?? `${ANSWERER} did not answer ${name} (HTTP ${response.status}).`,
    );
  return response;
}

/** The JSON an emulator-only request answers, unchecked: callers check or trust it. */
export async function emulatorJson(
  name: EmulatorApiName,
  init?: RequestInit,
  base: string = emulatorApiBase(),
): Promise<unknown> {
  const response = await call(name, init, base);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new Error(`${answerTo(name)} is not JSON.`);
  }
}

/** The demo principals (or a principals file's) and their keys; the emulator's own list. */
export async function readDirectory(base?: string): Promise<EmulatorPrincipal[]> {
  return (await emulatorJson('directory', undefined, base)) as EmulatorPrincipal[];
}

/** The stand-in for following SES's email link or publishing the domain's TXT record. */
export async function completeVerification(
  identityArn: string,
  base?: string,
): Promise<EmulatorVerifyAnswer> {
  const body: EmulatorVerifyRequest = { identityArn };
  return (await emulatorJson(
    'verify',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    base,
  )) as EmulatorVerifyAnswer;
}

export async function readState(base?: string): Promise<EmulatorStateExport> {
  return (await emulatorJson('state', { method: 'GET' }, base)) as EmulatorStateExport;
}

/** Replaces the whole state with an export's JSON text; the emulator checks every record first. */
export async function replaceState(text: string, base?: string): Promise<void> {
  await emulatorJson(
    'state',
    { method: 'PUT', headers: { 'content-type': 'application/json' }, body: text },
    base,
  );
}

export async function resetState(base?: string): Promise<EmulatorResetAnswer> {
  return (await emulatorJson('reset', { method: 'POST' }, base)) as EmulatorResetAnswer;
}
