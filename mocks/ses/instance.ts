/** The emulator's one store per page (or per test file), opened on first use. */
import { EmulatorStore } from './store';

let current: Promise<EmulatorStore> | undefined;

export function emulatorStore(): Promise<EmulatorStore> {
  return (current ??= EmulatorStore.open());
}

/** Tests: switch to a fresh database so that no state leaks between them. */
export async function openFreshEmulatorStore(
  name = `ses-emulator-${crypto.randomUUID()}`,
): Promise<EmulatorStore> {
  const previous = current;
  current = EmulatorStore.open(name);
  if (previous) (await previous).close();
  return current;
}
