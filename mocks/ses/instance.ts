/**
 * The emulator's one store and one principal directory per process: in the page (and per test
 * file) an IndexedDB store opened on first use and the demo principals; in the local endpoint the
 * SQLite store and the principals file it was started with (`installEmulator`).
 */
import { DIRECTORY, type Principal } from './directory';
import { IndexedDbStore } from './store';
import type { EmulatorStore } from './store-port';

let current: Promise<EmulatorStore> | undefined;
let principals: readonly Principal[] = DIRECTORY;

export function emulatorStore(): Promise<EmulatorStore> {
  return (current ??= IndexedDbStore.open());
}

/** The principals requests are authenticated against. */
export function emulatorPrincipals(): readonly Principal[] {
  return principals;
}

/** The local endpoint: serve this store and these principals instead of the page's. */
export function installEmulator(store: EmulatorStore, directory: readonly Principal[] = DIRECTORY): void {
  current = Promise.resolve(store);
  principals = directory;
}

/** Tests: switch to a fresh database so that no state leaks between them. */
export async function openFreshEmulatorStore(
  name = `ses-emulator-${crypto.randomUUID()}`,
): Promise<EmulatorStore> {
  const previous = current;
  current = IndexedDbStore.open(name);
  if (previous) (await previous).close();
  return current;
}
