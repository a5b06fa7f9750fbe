/**
 * A worker that was stopped (browsers stop idle workers) or replaced by a new deployment starts
 * with no memory of the pages it serves, and lets their requests through to the static host.
 * The page announces itself again with the worker protocol's `MOCK_ACTIVATE` and waits for the
 * worker's `MOCKING_ENABLED`; false when no worker controls the page or none answers in time.
 * A worker that replaced the one MSW started with cannot serve this page at all (MSW in the page
 * accepts messages only from the worker it started), so then the answer is false too, and the
 * console says to reload rather than wait on requests no one answers.
 */
export async function reannounce(servedBy: ServiceWorker | null): Promise<boolean> {
  const controller = navigator.serviceWorker.controller;
  if (!controller || (servedBy && controller !== servedBy)) return false;
  return new Promise<boolean>((resolve) => {
    const timeout = setTimeout(() => finish(false), 3000);
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'MOCKING_ENABLED')
        finish(true);
    };
    function finish(ok: boolean) {
      clearTimeout(timeout);
      navigator.serviceWorker.removeEventListener('message', onMessage);
      resolve(ok);
    }
    navigator.serviceWorker.addEventListener('message', onMessage);
    controller.postMessage('MOCK_ACTIVATE');
  });
}
