/**
 * The built-in emulator's whole state through its emulator-only API: export (`GET state`),
 * import (`PUT state`) and reset to the seeded demo (`POST reset`). Not SES operations.
 */
import { EMULATOR_API_BASE } from '../../lib/emulator/local-endpoint';

async function emulatorCall(path: string, init: RequestInit, base: string): Promise<Response> {
  const response = await fetch(`${base}__emulator/${path}`, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `The emulator refused the request (HTTP ${response.status}).`);
  }
  return response;
}

/** The state as the JSON text a file holds (pretty-printed, so that it can be read and diffed). */
export async function exportEmulatorState(base: string = EMULATOR_API_BASE): Promise<string> {
  const response = await emulatorCall('state', { method: 'GET' }, base);
  return JSON.stringify(await response.json(), null, 2);
}

/**
 * The biggest file the console imports: 20 MB (of 1,048,576 bytes), the emulator's own limit
 * (`MAX_IMPORT_BYTES` in mocks/ses/state-schema.ts, not imported so that the emulator stays out
 * of this bundle). A bigger file is refused before it is read: parsing and checking 50 MB would
 * freeze the page.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function tooBig(size: number): Error {
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return new Error(
    `The file is ${mb(size).toFixed(1)} MB; the emulator imports files of at most ${mb(MAX_IMPORT_BYTES)} MB.`,
  );
}

/**
 * Replaces the whole state with an exported one. A file (Blob) is size-checked before it is
 * read; text is checked here first so that a wrong file gets a specific message; the emulator
 * then checks the schema version and every record, and its message (naming the first bad path)
 * reaches the caller unchanged.
 */
export async function importEmulatorState(
  source: string | Blob,
  base: string = EMULATOR_API_BASE,
): Promise<void> {
  if (typeof source !== 'string' && source.size > MAX_IMPORT_BYTES) throw tooBig(source.size);
  const text = typeof source === 'string' ? source : await source.text();
  // A string's length in UTF-16 units never exceeds its UTF-8 size, so this refuses only real oversize.
  if (text.length > MAX_IMPORT_BYTES) throw tooBig(text.length);
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch (error) {
    throw new Error(`The file is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (
    typeof state !== 'object' ||
    state === null ||
    !Array.isArray((state as { identities?: unknown }).identities)
  )
    throw new Error('The file is JSON but not an emulator export: it has no "identities" list.');
  await emulatorCall(
    'state',
    { method: 'PUT', headers: { 'content-type': 'application/json' }, body: text },
    base,
  );
}

export async function resetEmulator(base: string = EMULATOR_API_BASE): Promise<void> {
  await emulatorCall('reset', { method: 'POST' }, base);
}
