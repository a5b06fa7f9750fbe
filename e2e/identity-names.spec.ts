/**
 * Identity names and the console's routes: an address with the characters a URL gives meaning to
 * can be created, opened, verified and deleted; names the console could not address afterwards
 * are refused before they are sent; email addresses differing in case are two identities.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TRICKY = "o'brien+news#1?x=%41&y@ses-example.com";

async function createEmailIdentity(page: Page, address: string, checkA11y: (page: Page) => Promise<void>) {
  await page.goto('identities/create');
  await expect(page.getByRole('textbox', { name: 'Domain' })).toBeVisible();
  await checkA11y(page);
  await page.getByText('Email address', { exact: true }).first().click();
  await page.getByRole('textbox', { name: 'Email address' }).fill(address);
  await page.getByRole('button', { name: 'Create identity' }).click();
}

test('an address with #, ?, %, & and + in it is created, opened from the list, verified and deleted', async ({
  page,
  checkA11y,
}) => {
  await createEmailIdentity(page, TRICKY, checkA11y);
  await expect(page.getByRole('heading', { level: 1, name: TRICKY })).toBeVisible();
  await expect(page).toHaveURL(
    new RegExp(`/identities/${encodeURIComponent(TRICKY).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  );
  await expect(page.getByText('No policies until', { exact: false })).toBeVisible();
  await checkA11y(page);

  await page.goto('identities');
  await page.getByRole('link', { name: TRICKY }).click();
  await expect(page.getByRole('heading', { level: 1, name: TRICKY })).toBeVisible();
  await page.getByRole('button', { name: 'Complete verification (emulator only)' }).click();
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create policy' })).toBeEnabled();

  await page.getByRole('button', { name: 'Delete identity' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(TRICKY);
  await dialog.getByRole('button', { name: 'Delete identity' }).click();
  await expect(page).toHaveURL(/\/identities$/);
  await expect(page.getByText(`Identity ${TRICKY} deleted.`)).toBeVisible();
  await expect(page.getByRole('link', { name: TRICKY })).toHaveCount(0);
  await checkA11y(page);
});

test('names the console could not address are refused as typed, and what was typed stays', async ({
  page,
  checkA11y,
}) => {
  await createEmailIdentity(page, 'arn:x@ses-example.com', checkA11y);
  await expect(page.getByText(/starts with "arn:"/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Email address' })).toHaveValue('arn:x@ses-example.com');
  await page.getByRole('textbox', { name: 'Email address' }).fill('jörg@ses-example.com');
  await expect(page.getByText(/outside 7-bit ASCII/)).toBeVisible();
  await checkA11y(page);
});

test('email addresses that differ in case are two identities; deleting one keeps the other', async ({
  page,
  checkA11y,
}) => {
  await createEmailIdentity(page, 'news@ses-example.com', checkA11y);
  await expect(page.getByRole('heading', { level: 1, name: 'news@ses-example.com' })).toBeVisible();
  await checkA11y(page);
  await createEmailIdentity(page, 'News@ses-example.com', checkA11y);
  await expect(page.getByRole('heading', { level: 1, name: 'News@ses-example.com' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Delete identity' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('News@ses-example.com');
  await dialog.getByRole('button', { name: 'Delete identity' }).click();
  await expect(page).toHaveURL(/\/identities$/);
  await expect(page.getByRole('link', { name: 'news@ses-example.com', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'News@ses-example.com', exact: true })).toHaveCount(0);
  await checkA11y(page);
});
