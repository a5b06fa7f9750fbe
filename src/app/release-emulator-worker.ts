/**
 * A tab connected to a real endpoint runs no emulator, and no service worker either: the worker
 * would pass every request through (one more hop, and a page that looks emulated). Unregistering
 * takes effect for the next page load of this scope; other tabs still on the emulator keep their
 * worker until they reload, and register it again then.
 */
export async function releaseEmulatorWorker(): Promise<void> {
  const container = globalThis.navigator?.serviceWorker;
  if (!container) return;
  const scope = new URL(import.meta.env.BASE_URL, location.origin).href;
  try {
    const registrations = await container.getRegistrations();
    await Promise.all(registrations.filter((r) => r.scope === scope).map((r) => r.unregister()));
  } catch {
    // A browser that refuses (private mode) keeps the worker, which passes requests through.
  }
}
