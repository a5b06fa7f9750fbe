/**
 * The built-in emulator's whole state through its emulator-only API: export (`GET state`),
 * import (`PUT state`) and reset to the seeded demo (`POST reset`). Not SES operations.
 */
async function emulatorCall(path: string, init: RequestInit, base: string): Promise<Response> {
  const response = await fetch(`${base}__emulator/${path}`, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `The emulator refused the request (HTTP ${response.status}).`);
  }
  return response;
}

/** The state as the JSON text a file holds (pretty-printed, so that it can be read and diffed). */
export async function exportEmulatorState(base: string = import.meta.env.BASE_URL): Promise<string> {
  const response = await emulatorCall('state', { method: 'GET' }, base);
  return JSON.stringify(await response.json(), null, 2);
}

/**
 * Replaces the whole state with an exported one. The text is checked here first so that a wrong
 * file gets a specific message; the emulator then checks the schema version and the records.
 */
export async function importEmulatorState(
  text: string,
  base: string = import.meta.env.BASE_URL,
): Promise<void> {
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

export async function resetEmulator(base: string = import.meta.env.BASE_URL): Promise<void> {
  await emulatorCall('reset', { method: 'POST' }, base);
}
