/**
 * The owner's and the delegate's journeys a second time, on the default (static) build connected
 * from Settings to a local endpoint server as a remote SES endpoint, with each one's keys typed
 * in: no page may depend on the in-page emulator. The endpoint server here is its own (not the
 * one local-endpoint.spec.ts drives), and the network guard allows exactly its origin.
 */
import type { Page, Request } from '@playwright/test';
import { REMOTE_ENDPOINT_PORT, REMOTE_ENDPOINT_URL } from '../playwright.config';
import { connectToEndpoint, readStorageAreas } from './connections';
import { accessPanelSettled, replaceEditorText, saveAnyway } from './editor-helpers';
import { expect, test } from './fixtures';

// Whole journeys, with an axe check on every page: longer than one page's test.
test.describe.configure({ mode: 'serial', timeout: 150_000 });
test.use({ connectionHosts: [`127.0.0.1:${REMOTE_ENDPOINT_PORT}`] });

const OWNER = {
  url: REMOTE_ENDPOINT_URL,
  accessKeyId: 'AKIAOWNER88888888888',
  secretAccessKey: 'emulator/owner/888888888888/demo-secret-key',
  caller: 'Account root (888888888888)',
};
const MARKETER = {
  url: REMOTE_ENDPOINT_URL,
  accessKeyId: 'AKIAMARKETER99999999',
  secretAccessKey: 'emulator/marketer/999999999999/demo-secret-key',
  caller: 'IAM user marketer (999999999999)',
};
const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${REMOTE_ENDPOINT_URL}__emulator/reset`)).ok()).toBe(true);
});

/** Every request the page makes from now on that the in-page emulator would have answered. */
function emulatorRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(page.url()).origin && /\/__(ses|emulator)\//.test(url.pathname))
      seen.push(`${request.method()} ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.fromServiceWorker()) seen.push(`answered by the service worker: ${response.url()}`);
  });
  return seen;
}

test("the owner's journey: identities, verification, a policy, on the endpoint chosen in Settings", async ({
  page,
  request,
  checkA11y,
}) => {
  await connectToEndpoint(page, OWNER);
  const inPage = emulatorRequests(page);
  // The tab runs no emulator: not even its service worker controls the page.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  const sesRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(REMOTE_ENDPOINT_URL)) sesRequests.push(r.method());
  });
  await expect(
    page.getByText(
      /The SES endpoint at http:\/\/127\.0\.0\.1:\d+\/, signed as arn:aws:iam::888888888888:root/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Switch principal/ })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Demo principals' })).toHaveCount(0);
  await checkA11y(page);

  await page
    .getByRole('navigation', { name: 'Side navigation' })
    .getByRole('link', { name: 'Identities' })
    .click();
  await expect(page.getByRole('row', { name: /ses-example\.com/ })).toBeVisible();
  await checkA11y(page);
  // Who can send, from the policies the endpoint holds.
  await page.getByRole('link', { name: 'Access report', exact: true }).click();
  const report = page.getByRole('table', { name: 'Access report' });
  await expect(report.getByRole('row', { name: /account 999999999999/ })).toContainText(
    'only From addresses matching marketing+*@ses-example.com',
  );
  await checkA11y(page);
  await page
    .getByRole('navigation', { name: 'Side navigation' })
    .getByRole('link', { name: 'Identities' })
    .click();
  await page.getByRole('link', { name: 'Create identity' }).click();
  await checkA11y(page);
  await page.getByRole('textbox', { name: 'Domain' }).fill('news.example.org');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'news.example.org' })).toBeVisible();
  await expect(page.getByText('Pending verification')).toBeVisible();
  await expect(page.getByText('_amazonses.news.example.org')).toBeVisible();
  await expect(page.getByRole('button', { name: /Complete verification/ })).toHaveCount(0);
  await checkA11y(page);

  // The DNS record is published (the endpoint's own API stands in for DNS), and the page reads it.
  const verify = await request.post(`${REMOTE_ENDPOINT_URL}__emulator/verify`, {
    data: { identityArn: 'arn:aws:ses:us-east-1:888888888888:identity/news.example.org' },
  });
  expect(verify.ok()).toBe(true);
  await page.getByRole('button', { name: 'Refresh status' }).click();
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();

  // A policy written in the editor lands on the endpoint.
  await page.goto('identities/ses-example.com/policies/create');
  await page.getByRole('textbox', { name: 'Policy name' }).fill('AllowNewsletters');
  await replaceEditorText(
    page,
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ['999999999999'] },
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: DOMAIN_ARN,
          Condition: { StringLike: { 'ses:FromAddress': 'news+*@ses-example.com' } },
        },
      ],
    }),
  );
  await expect(page.getByText('No problems found.')).toBeVisible();
  await accessPanelSettled(page);
  await checkA11y(page);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await saveAnyway(page);
  await expect(page.getByText('Policy AllowNewsletters saved.')).toBeVisible();
  await checkA11y(page);
  const state = (await (await request.get(`${REMOTE_ENDPOINT_URL}__emulator/state`)).json()) as {
    identities: { name: string; policies: { name: string }[] }[];
  };
  const names = state.identities.find((i) => i.name === 'ses-example.com')?.policies.map((p) => p.name);
  expect(names).toContain('AllowNewsletters');

  expect(inPage, 'the in-page emulator answered nothing').toEqual([]);
  expect(sesRequests.length).toBeGreaterThan(3);
});

test("the delegate's journey: a shared grant added, test-sent, simulated, and sends enforced by the endpoint", async ({
  page,
  request,
  checkA11y,
}) => {
  // What the owner sends the delegate: the identity's ARN and its policy text.
  const state = (await (await request.get(`${REMOTE_ENDPOINT_URL}__emulator/state`)).json()) as {
    identities: { name: string; policies: { name: string; document: string }[] }[];
  };
  const shared = state.identities
    .find((i) => i.name === 'ses-example.com')
    ?.policies.find((p) => p.name === 'SampleAuthorizationPolicy');
  expect(shared).toBeDefined();

  await connectToEndpoint(page, MARKETER);
  await checkA11y(page);
  const inPage = emulatorRequests(page);
  const nav = page.getByRole('navigation', { name: 'Side navigation' });

  // Grants: SES shows a delegate nothing of another account's; the delegate adds what was shared.
  await nav.getByRole('link', { name: 'Grants' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Add an identity shared with you' }),
  ).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Identity ARN' })
    .fill('arn:aws:ses:us-east-1:88888888888:identity/ses-example.com');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(/12-digit account ID/).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Identity ARN' }).fill(DOMAIN_ARN);
  await page.getByRole('textbox', { name: 'Policy name (optional)' }).fill('SampleAuthorizationPolicy');
  await page
    .getByRole('textbox', { name: 'Policy text from the owner (optional)' })
    .fill(shared?.document ?? '');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(`Added ${DOMAIN_ARN}.`)).toBeVisible();
  await expect(page.getByText(/Added by you on/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Test send with the mailbox simulator' }).click();
  await expect(page.getByText('SES accepted the test send')).toBeVisible();
  await checkA11y(page);

  // The simulator offers the shared identity with the pasted policy, and only this caller.
  await nav.getByRole('link', { name: 'Simulator' }).click();
  const arn = page.getByRole('combobox', { name: 'Identity ARN', exact: true });
  await arn.fill(DOMAIN_ARN);
  await arn.press('Tab');
  await expect(page.getByText('The policies the owner sent (pasted on the Grants page)')).toBeVisible();
  const from = page
    .getByRole('textbox', { name: 'From address', exact: true })
    .or(page.getByRole('combobox', { name: 'From address', exact: true }));
  const caller = page.getByRole('combobox', { name: 'Caller', exact: true });
  await caller.fill('arn:aws:iam::999999999999:user/marketer');
  await caller.press('Tab');
  await from.fill('ceo@ses-example.com');
  await from.press('Tab');
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await expect(page.getByText(/^SES would refuse this/)).toBeVisible();
  await expect(page.getByText(/^SES would refuse this API v1 \w+.* with AccessDenied/)).toBeVisible();
  await checkA11y(page);

  // Sends are the endpoint's to allow or refuse, as the keys typed in.
  await nav.getByRole('link', { name: 'Send test email' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send a test email' })).toBeVisible();
  const send = async (address: string) => {
    await page.getByRole('textbox', { name: 'From address' }).fill(address);
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('success@simulator.amazonses.com');
    await page.getByRole('textbox', { name: 'Source ARN (optional)' }).fill(DOMAIN_ARN);
    await page.getByRole('button', { name: 'Send email' }).click();
  };
  await send('marketing+remote@ses-example.com');
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await checkA11y(page);
  await send('ceo@ses-example.com');
  await expect(page.getByText(/AccessDenied/).first()).toBeVisible();
  await expect(
    page.getByText(/arn:aws:iam::999999999999:user\/marketer.*not authorized/).first(),
  ).toBeVisible();

  // Activity: the local endpoint server's own log, read from it.
  await nav.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByText('Recorded by the local SES endpoint')).toBeVisible();
  // The test send, the allowed send and the refused one, all three by this caller.
  await expect(page.getByRole('heading', { level: 2, name: 'Send attempts (3)' })).toBeVisible();
  await expect(
    page.getByRole('row', { name: /user\/marketer SendEmail .* Refused AccessDenied/ }),
  ).toHaveCount(1);
  await checkA11y(page);
  expect(inPage, 'the in-page emulator answered nothing').toEqual([]);
});

test('credentials stay in this tab’s session storage only, and Forget credentials removes them', async ({
  page,
  context,
  checkA11y,
}) => {
  await connectToEndpoint(page, MARKETER);
  await page.goto('identities');
  await expect(page.getByRole('heading', { level: 1, name: 'Identities' })).toBeVisible();
  await checkA11y(page);
  const secret = MARKETER.secretAccessKey;
  const stored = await readStorageAreas(page);
  const cookies = JSON.stringify(await context.cookies());
  expect(JSON.stringify(stored.local)).not.toContain(secret);
  expect(stored.databases.join('')).not.toContain(secret);
  expect(stored.caches.join('')).not.toContain(secret);
  expect(stored.href + stored.cookie).not.toContain(secret);
  expect(cookies).not.toContain(secret);
  // Only the connection's slot of this tab's session storage holds it.
  expect(stored.session.filter(([, value]) => value.includes(secret)).map(([key]) => key)).toEqual([
    'ses-console.connection',
  ]);

  await page.goto('settings');
  await page.getByRole('button', { name: 'Forget credentials' }).click();
  await expect(
    page.getByText(/Enter the access key for the SES endpoint at .* in Settings/).first(),
  ).toBeVisible();
  await checkA11y(page);
  const after = await readStorageAreas(page);
  expect(JSON.stringify(after)).not.toContain(secret);
});
