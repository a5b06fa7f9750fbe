/**
 * Proxy mode end to end: `npm run endpoint -- --aws --profile NAME` serves the console itself
 * and forwards its SES requests, signed with the profile's credentials, to "AWS" (a second local
 * endpoint standing in, see scripts/e2e-proxy.ts). The tab is connected to the proxy by the
 * page the proxy served, with nothing typed in, and the browser never sees the credentials: not
 * in any answer, header or request, nor in any storage.
 */
import type { Page } from '@playwright/test';
import { PROXY_CONSOLE_URL, PROXY_PORT, PROXY_UPSTREAM_URL } from '../playwright.config';
import { readStorageAreas } from './connections';
import { expect, test } from './fixtures';

const SECRET = 'emulator/owner/888888888888/demo-secret-key';
const ACCESS_KEY_ID = 'AKIAOWNER88888888888';
const PROXY_ORIGIN = `http://127.0.0.1:${PROXY_PORT}`;

test.describe.configure({ timeout: 120_000 });
test.use({
  baseURL: PROXY_CONSOLE_URL,
  // The proxy serves the console and answers SES: the fixtures treat its `/` and `/v2/email/`
  // as SES's, whose refusals (400 for the policies of a pending identity) the browser logs.
  connectionHosts: [`127.0.0.1:${PROXY_PORT}`],
});

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${PROXY_UPSTREAM_URL}__emulator/reset`)).ok()).toBe(true);
});

/** Everything the page receives and sends from now on: URLs, headers and bodies, as text. */
function recordTraffic(page: Page) {
  const pending: Promise<string>[] = [];
  page.on('request', (request) => {
    pending.push(
      request
        .allHeaders()
        .then(
          (headers) =>
            `> ${request.method()} ${request.url()}\n${JSON.stringify(headers)}\n${request.postData() ?? ''}`,
        ),
    );
  });
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        // Redirects and aborted loads have no body to read.
        const body = await response.body().then(
          (bytes) => bytes.toString('utf8'),
          () => '',
        );
        return `< ${response.status()} ${response.url()}\n${headers}\n${body}`;
      })(),
    );
  });
  return async () => Promise.all(pending);
}

test('the console the proxy serves acts as the profile’s caller, and the browser never sees its keys', async ({
  page,
  context,
  request,
  checkA11y,
}) => {
  const traffic = recordTraffic(page);
  const sesRequests: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' || new URL(r.url()).pathname.startsWith('/v2/')) sesRequests.push(r.url());
  });
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) refused.push(`${r.request().method()} ${r.url()} ${r.status()}`);
  });

  // Opened at the proxy's own URL, the console is connected to it: nothing typed, nothing chosen.
  await page.goto('');
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(
    'Acting as: Account root (888888888888)',
  );
  await expect(page.getByRole('row', { name: /ses-example\.com/ })).toBeVisible();
  // No emulator in this tab: no service worker controls it, and every SES request went to the proxy.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(sesRequests.length).toBeGreaterThan(0);
  expect(sesRequests.filter((url) => !url.startsWith(`${PROXY_ORIGIN}/`))).toEqual([]);
  await checkA11y(page);

  await page.getByRole('link', { name: 'Create identity' }).click();
  await checkA11y(page);
  await page.getByRole('textbox', { name: 'Domain' }).fill('news.example.org');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'news.example.org' })).toBeVisible();
  await expect(page.getByText('Pending verification')).toBeVisible();
  await checkA11y(page);
  // It was created upstream ("AWS"), as the owner the proxy signs as.
  const state = JSON.stringify(await (await request.get(`${PROXY_UPSTREAM_URL}__emulator/state`)).json());
  expect(state).toContain('news.example.org');

  // Settings shows the served connection, the proxy at this page's origin.
  await page.goto('settings');
  await expect(page.getByRole('radio', { name: /AWS, through the local endpoint server/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Local endpoint server URL' })).toHaveValue(
    `${PROXY_ORIGIN}/`,
  );
  await expect(page.getByRole('textbox', { name: 'Region' })).toHaveValue('us-east-1');
  await checkA11y(page);

  // A deep link reloads into the same connection (the proxy answers it with the console).
  await page.goto('identities/news.example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'news.example.org' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(
    'Acting as: Account root (888888888888)',
  );

  // What was refused was SES's answer to an SES request, never a file of the console.
  expect(refused.filter((line) => line !== `POST ${PROXY_ORIGIN}/ 400`)).toEqual([]);

  const seen = (await traffic()).join('\n');
  expect(seen).toContain('ses-console-connection');
  expect(seen).toContain('news.example.org');
  // The page signed with the placeholder key only (the proxy signs again).
  expect(seen).toContain('Credential=AKIAPROXYSIGNSAGAIN0/');
  const stored = [JSON.stringify(await readStorageAreas(page)), JSON.stringify(await context.cookies())].join(
    '\n',
  );
  for (const key of [SECRET, ACCESS_KEY_ID]) {
    expect(seen, 'the secret and key ID in what the page sent or received').not.toContain(key);
    expect(stored, 'the secret and key ID in any storage').not.toContain(key);
  }
});

test('a tab on the served connection can choose the built-in emulator, and a reload keeps that choice', async ({
  page,
  checkA11y,
}) => {
  await page.goto('settings');
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(
    'Acting as: Account root (888888888888)',
  );
  await checkA11y(page);
  await page.getByRole('radio', { name: /Built-in emulator/ }).check();
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(
    /Acting as: Identity owner \(888888888888\)/,
  );
  await expect(page.getByRole('radio', { name: /Built-in emulator/ })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(
    /Acting as: Identity owner \(888888888888\)/,
  );
  await expect(page.getByRole('radio', { name: /Built-in emulator/ })).toBeChecked();
});
