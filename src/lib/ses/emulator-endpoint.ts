/**
 * Where the console sends SES requests when the built-in emulator is the connection: a path of
 * the page's own origin, `<BASE_URL>__ses/<region>/`, that only the emulator's service worker
 * answers. A request the worker misses (it was stopped and forgot the page, or a redeploy
 * replaced it) reaches the static host, which has no such path, and gets a 404: it can never
 * leave for AWS with the demo's signature. The page then asks the worker to serve it again
 * (`recoverEmulator`) and retries once.
 */
export function emulatorEndpoint(region: string): string {
  return new URL(`${import.meta.env.BASE_URL}__ses/${region}/`, location.origin).href;
}

type Recovery = () => Promise<boolean>;
let recovery: Recovery | undefined;

/** Set by the code that starts the emulator: how to make the worker serve this page again. */
export function setEmulatorRecovery(recover: Recovery): void {
  recovery = recover;
}

export async function recoverEmulator(): Promise<boolean> {
  return recovery ? recovery().catch(() => false) : false;
}
