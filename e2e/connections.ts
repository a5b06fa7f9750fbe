import { expect, type Page } from '@playwright/test';

export interface EndpointLogin {
  url: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** How the header names the caller STS answers for these keys. */
  caller: string;
}

/** Connects the tab to an SES endpoint from Settings, typing its URL and keys as a user does. */
export async function connectToEndpoint(page: Page, login: EndpointLogin) {
  await page.goto('settings');
  await page.getByRole('radio', { name: /An SES endpoint/ }).check();
  await page.getByRole('textbox', { name: 'Endpoint URL' }).fill(login.url);
  await page.getByRole('textbox', { name: 'Region' }).fill('us-east-1');
  await page.getByRole('textbox', { name: 'Access key ID' }).fill(login.accessKeyId);
  await page.getByLabel('Secret access key').fill(login.secretAccessKey);
  await page.getByRole('button', { name: 'Connect' }).click();
  // Connecting reloads the page into the connection; STS names the caller.
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(
    `Acting as: ${login.caller}`,
  );
}
