import { setEmulatorRecovery } from '../lib/ses/emulator-endpoint';

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
    const { worker, preloadEmulator } = await import('../../mocks/browser');
    await worker.start({
      serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
      // Static assets and anything not addressed to SES pass through untouched.
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    preloadEmulator();
    keepServingUntilUnloaded();
    const servedBy = navigator.serviceWorker.controller;
    // Loaded only when needed: the first load has no room for code that rarely runs.
    setEmulatorRecovery(async () => (await import('./reannounce-emulator')).reannounce(servedBy));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * MSW tells its worker that the page is gone as soon as `beforeunload` fires. From then on the
 * worker passes the page's requests to the network: a request still being made while the page
 * unloads, or every request after the user cancels the "Leave site?" prompt (the policy editor
 * asks it), would go to the real SES endpoint instead of the emulator. So, right after MSW's
 * message, the page re-announces itself with the worker protocol's own `MOCK_ACTIVATE`, and from
 * then on keeps the worker alive with `KEEPALIVE_REQUEST` (MSW stops its own keep-alive there).
 * Both are messages of `public/mockServiceWorker.js`, committed with the MSW version it matches.
 */
function keepServingUntilUnloaded() {
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  window.addEventListener('beforeunload', () => {
    void (async () => {
      // MSW posts CLIENT_CLOSED two promise hops into its own listener, which ran before this
      // one; a few more hops put MOCK_ACTIVATE after it within the same task, leaving no gap.
      for (let hop = 0; hop < 5; hop++) await Promise.resolve();
      const controller = navigator.serviceWorker.controller;
      if (!controller) return;
      controller.postMessage('MOCK_ACTIVATE');
      keepAlive ??= setInterval(
        () => navigator.serviceWorker.controller?.postMessage('KEEPALIVE_REQUEST'),
        5000,
      );
    })();
  });
}
