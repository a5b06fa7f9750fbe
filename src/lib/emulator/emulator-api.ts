/**
 * The console's one client for the emulator-only API (`<base>/__emulator/<name>`; its records are
 * typed by mocks/emulator-api-contract.ts, which the emulator answers with too). One wording for
 * every failure, naming who did not answer: the local endpoint a build was made for, or the
 * page's own emulator. Only what the first load needs is here (the directory of principals);
 * the calls that change the emulator are in emulator-actions.ts and the reads checked against a
 * schema in record-queries.ts, which only lazily loaded pages import.
 */
import type { EmulatorPrincipal, EmulatorProblem } from '../../../mocks/emulator-api-contract';
import { emulatorStarted } from './emulator-ready';
import { LOCAL_ENDPOINT, EMULATOR_API_BASE } from './local-endpoint';

// The records, for the console's features: only this folder imports the contract.
export type {
  EmulatorIdentity,
  EmulatorPrincipal,
  EmulatorEventPublication,
  EmulatorSendAttempt,
  EmulatorTopicDelivery,
} from '../../../mocks/emulator-api-contract';

export type EmulatorApiName =
  'directory' | 'verify' | 'grants' | 'activity' | 'deliveries' | 'events' | 'state' | 'statecheck' | 'reset';

const ANSWERER = LOCAL_ENDPOINT ? `The SES endpoint at ${LOCAL_ENDPOINT}` : 'The built-in emulator';

/** Who answers at `base`: the console's own emulator (or build's endpoint), or the endpoint there. */
const answererAt = (base: string) => (base === EMULATOR_API_BASE ? ANSWERER : `The SES endpoint at ${base}`);

/** How a message names an answer, e.g. "The built-in emulator's answer to activity". */
export const answerTo = (name: EmulatorApiName, base: string = EMULATOR_API_BASE) =>
  `${answererAt(base)}'s answer to ${name}`;

async function call(name: EmulatorApiName, init: RequestInit | undefined, base: string): Promise<Response> {
  // The page renders while its emulator starts; a request sent before would miss it.
  await emulatorStarted();
  const answerer = answererAt(base);
  const response = await fetch(`${base}__emulator/${name}`, init).catch(() => {
    // Only a separate process can be down; the page's own emulator answers or the page is gone.
    throw new Error(
      LOCAL_ENDPOINT || base !== EMULATOR_API_BASE
        ? `${answerer} did not answer. Is it running (npm run endpoint)?`
        : `${answerer} did not answer.`,
    );
  });
  if (response.ok) return response;
  // The emulator's own sentence for a refusal ({"error": "..."}) reaches the user unchanged.
  const body = (await response.json().catch(() => undefined)) as Partial<EmulatorProblem> | null | undefined;
  throw new Error(
    typeof body?.error === 'string'
      ? body.error
      : `${answerer} did not answer ${name} (HTTP ${response.status}).`,
  );
}

/** The JSON an emulator-only request answers, unchecked: callers check or trust it. */
export async function emulatorJson(
  name: EmulatorApiName,
  init?: RequestInit,
  base: string = EMULATOR_API_BASE,
): Promise<unknown> {
  const response = await call(name, init, base);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new Error(`${answerTo(name, base)} is not JSON.`);
  }
}

/** The demo principals (or a principals file's) and their keys: the emulator's own list, trusted. */
export async function readDirectory(base?: string): Promise<EmulatorPrincipal[]> {
  return (await emulatorJson('directory', undefined, base)) as EmulatorPrincipal[];
}
