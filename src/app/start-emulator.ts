/**
 * Starts the in-page SES emulator (an MSW service worker) in every build, development and
 * production alike, because the demo runs on static hosting with no backend. The worker script
 * and its scope follow Vite's BASE_URL so the console works from a sub-path.
 * Resolves to an error message when the worker cannot start (for example on a page served over
 * plain HTTP from a host other than localhost, where browsers refuse service workers).
 */
export async function startEmulator(): Promise<string | undefined> {
  const base = import.meta.env.BASE_URL;
  try {
    const { worker } = await import('../../mocks/browser');
    await worker.start({
      serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
      // Static assets and anything not addressed to SES pass through untouched.
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
