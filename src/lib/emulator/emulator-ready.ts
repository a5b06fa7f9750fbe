/**
 * The console renders before the in-page emulator (its service worker) has started, so that the
 * first paint waits for no worker registration. What must reach the emulator waits here instead:
 * every emulator-API call (the directory of principals comes first, and no SES request is made
 * before a principal is known). Settled either way: if the emulator could not start, the calls
 * fail as they would have, and the console says why.
 */
let started: Promise<void> = Promise.resolve();

/** Set once by the code that starts the emulator, before the first render. */
export function setEmulatorStart(start: Promise<unknown>): void {
  started = start.then(
    () => undefined,
    () => undefined,
  );
}

export function emulatorStarted(): Promise<void> {
  return started;
}
