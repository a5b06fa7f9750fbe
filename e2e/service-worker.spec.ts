/**
 * No request ever leaves for AWS while the emulator is the connection: the SES endpoint is a
 * same-origin path only the service worker answers. When the browser stops the worker, or a new
 * deployment replaces its script, the next SES request reaches the static host (a 404), and the
 * page either restarts the emulator and carries on or says plainly why it cannot. The network
 * guard fails the test on any request to another origin.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ allowEmulatorMisses: true });

/** Every `__ses/` request, and whether the service worker answered it. */
function recordSesAnswers(page: Page) {
  const answers: { url: string; fromServiceWorker: boolean; status: number }[] = [];
  page.on('response', (response) => {
    if (/\/__ses\/[a-z0-9-]+\/$/.test(new URL(response.url()).pathname))
      answers.push({
        url: response.url(),
        fromServiceWorker: response.fromServiceWorker(),
        status: response.status(),
      });
  });
  return answers;
}

test('after the browser stops the service worker, the console restarts the emulator and keeps working', async ({
  page,
  checkA11y,
}) => {
  const answers = recordSesAnswers(page);
  await page.goto('identities');
  await expect(page.getByRole('link', { name: 'ses-example.com' })).toBeVisible();
  await checkA11y(page);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // New SES requests: the identity's page reads its verification and policies.
  await page.getByRole('link', { name: 'ses-example.com' }).click();
  await expect(page.getByRole('row', { name: /SampleAuthorizationPolicy/ })).toBeVisible();
  await checkA11y(page);
  expect(answers.every((a) => new URL(a.url).origin === new URL(page.url()).origin)).toBe(true);
  // Whatever the static host saw, the answers the console used came from the emulator.
  expect(answers.some((a) => a.fromServiceWorker)).toBe(true);
  // The stopped worker did forget the page: some request reached the static host first.
  expect(answers.some((a) => !a.fromServiceWorker)).toBe(true);
});

test('after a new deployment replaces the worker script, no request leaves and the console says why', async ({
  page,
  checkA11y,
}) => {
  const answers = recordSesAnswers(page);
  await page.goto('identities');
  await expect(page.getByRole('link', { name: 'ses-example.com' })).toBeVisible();
  await checkA11y(page);

  // A redeploy replaces the worker: a new script version is registered for the same scope, and
  // (as MSW's worker does) it skips waiting and claims the open page.
  await page.evaluate(async () => {
    const current = await navigator.serviceWorker.getRegistration();
    const scope = current?.scope ?? location.href;
    const changed = new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
    await navigator.serviceWorker.register(
      `${new URL('mockServiceWorker.js', scope).pathname}?redeployed=1`,
      {
        scope,
      },
    );
    await changed;
  });

  await page.getByRole('link', { name: 'ses-example.com' }).click();
  await expect(
    page.getByText('The built-in emulator stopped answering in this tab', { exact: false }).first(),
  ).toBeVisible();
  await checkA11y(page);
  expect(answers.length).toBeGreaterThan(0);
  expect(answers.every((a) => new URL(a.url).origin === new URL(page.url()).origin)).toBe(true);

  // A reload starts the emulator on the new worker, and the console works again.
  await page.reload();
  await expect(page.getByRole('row', { name: /SampleAuthorizationPolicy/ })).toBeVisible();
});
