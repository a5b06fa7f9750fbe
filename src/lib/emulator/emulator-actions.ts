/**
 * The emulator-only API's calls that change the emulator: completing a verification, and
 * exporting, replacing and resetting the whole state. Apart from emulator-api.ts so that only
 * the pages that offer them load them.
 */
import type {
  EmulatorResetAnswer,
  EmulatorStateCheckAnswer,
  EmulatorStateExport,
  EmulatorVerifyAnswer,
  EmulatorVerifyRequest,
} from '../../../mocks/emulator-api-contract';
import { emulatorJson } from './emulator-api';

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

/** Checks an export's JSON text exactly as `replaceState` would, changing nothing. */
export async function checkState(text: string, base?: string): Promise<EmulatorStateCheckAnswer> {
  return (await emulatorJson(
    'statecheck',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: text },
    base,
  )) as EmulatorStateCheckAnswer;
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
