/**
 * The emulator's whole state as files: export (`GET state`), import (`PUT state`) after the
 * same checks run first without importing (`POST statecheck`), and reset to the seeded demo (`POST reset`).
 * Not SES operations: they go through the emulator-only API's client.
 */
import { checkState, readState, replaceState, resetState } from '../../lib/emulator/emulator-actions';

/** The state as the JSON text a file holds (pretty-printed, so that it can be read and diffed). */
export async function exportEmulatorState(base?: string): Promise<string> {
  return JSON.stringify(await readState(base), null, 2);
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

/** A file that passed every check an import makes, with what it holds. */
export interface CheckedImport {
  text: string;
  identities: number;
  policies: number;
  activity: number;
}

/**
 * Reads and checks a file as an import would, changing nothing. A file (Blob) is size-checked
 * before it is read; text is checked here first so that a wrong file gets a specific message;
 * the emulator then checks the schema version and every record, and its message (naming the
 * first bad path) reaches the caller unchanged. The console asks "replace?" only after this.
 */
export async function checkImportFile(source: string | Blob, base?: string): Promise<CheckedImport> {
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
  const { identities, policies, activity } = await checkState(text, base);
  return { text, identities, policies, activity };
}

/** Replaces the whole state with a checked file (the emulator checks it again: files are hostile). */
export async function importEmulatorState(
  source: string | Blob | CheckedImport,
  base?: string,
): Promise<void> {
  const checked =
    typeof source === 'string' || source instanceof Blob ? await checkImportFile(source, base) : source;
  await replaceState(checked.text, base);
}

export async function resetEmulator(base?: string): Promise<void> {
  await resetState(base);
}
