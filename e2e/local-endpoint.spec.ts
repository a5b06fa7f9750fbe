/**
 * The console's production build made for the local SES endpoint (VITE_SES_ENDPOINT, built by
 * scripts/e2e.mjs), against `npm run endpoint`: it starts no service worker, every SES request
 * goes to the endpoint (CORS from the console's origin), and what the user does is in the
 * endpoint's SQLite state.
 */
import { ENDPOINT_BUILD_URL, ENDPOINT_PORT, ENDPOINT_URL } from '../playwright.config';
import { actAs } from './acting';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
test.use({ connectionHosts: [`127.0.0.1:${ENDPOINT_PORT}`] });

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${ENDPOINT_URL}__emulator/reset`)).ok()).toBe(true);
});

test('lists, creates and verifies identities on the endpoint, with no service worker in the page', async ({
  page,
  request,
  checkA11y,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto(`${ENDPOINT_BUILD_URL}identities`);
  await expect(page.getByRole('row', { name: /ses-example\.com/ })).toBeVisible();
  await checkA11y(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

  await page.getByRole('link', { name: 'Create identity' }).click();
  await expect(page).toHaveURL(/\/identities\/create$/);
  await checkA11y(page);
  await page.getByRole('radio', { name: /Email address/ }).check();
  await page.getByRole('textbox', { name: 'Email address' }).fill('news@endpoint.example');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'news@endpoint.example' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Complete verification (emulator only)' }).click();
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
  await checkA11y(page);

  // The endpoint holds it: read its state from outside the page.
  const state = (await (await request.get(`${ENDPOINT_URL}__emulator/state`)).json()) as {
    identities: { name: string; verificationStatus: string }[];
  };
  expect(state.identities.find((i) => i.name === 'news@endpoint.example')?.verificationStatus).toBe(
    'Success',
  );
  // SES requests went to the endpoint, none to the in-page emulator's path.
  expect(requests.filter((r) => r === `POST ${ENDPOINT_URL}`).length).toBeGreaterThan(2);
  expect(requests.filter((r) => r.includes('/__ses/'))).toEqual([]);
});

test("a delegate's sends from the console are enforced by the endpoint and logged in its activity", async ({
  page,
  request,
  checkA11y,
}) => {
  await page.goto(`${ENDPOINT_BUILD_URL}send`);
  const marketer = "Delegate's IAM user marketer (999999999999)";
  await actAs(page, marketer);
  const send = async (from: string) => {
    await page.getByRole('textbox', { name: 'From address' }).fill(from);
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('success@simulator.amazonses.com');
    await page.getByRole('textbox', { name: 'Source ARN (optional)' }).fill(DOMAIN_ARN);
    await page.getByRole('button', { name: 'Send email' }).click();
  };
  await send('marketing+endpoint@ses-example.com');
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await checkA11y(page);
  await send('ceo@ses-example.com');
  await expect(page.getByText('AccessDenied', { exact: false }).first()).toBeVisible();

  const activity = (await (await request.get(`${ENDPOINT_URL}__emulator/activity`)).json()) as {
    caller: string;
    decision: string;
  }[];
  expect(activity.map((a) => [a.caller, a.decision])).toEqual([
    ['arn:aws:iam::999999999999:user/marketer', 'Allow'],
    ['arn:aws:iam::999999999999:user/marketer', 'ImplicitDeny'],
  ]);
});
