/**
 * Typed input survives what a user does between two keystrokes (issue 18): switching the acting
 * principal, visiting another page, reloading. The simulator puts its input back at once after a
 * switch and offers it after a reload; Send email offers its draft after another page or a
 * reload, and a successful send removes the draft. Drafts are per tab (sessionStorage).
 */
import type { Page } from '@playwright/test';
import { actAs } from './acting';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const MARKETER = "Delegate's IAM user marketer (999999999999)";
const DELEGATE_ROOT = 'Delegate account (999999999999)';

function field(page: Page, label: string) {
  return page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }));
}

async function fill(page: Page, label: string, value: string) {
  await field(page, label).fill(value);
  await field(page, label).press('Tab');
}

const offer = (page: Page) => page.getByText(/You have unsaved input from/);

test('the simulator keeps typed input across a principal switch and a reload, per tab', async ({
  page,
  context,
  checkA11y,
}) => {
  await page.goto('simulator');
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
  await fill(page, 'Caller', '999999999999');
  await fill(page, 'From address', 'marketing+spring@ses-example.com');

  // Another acting principal: a new simulator for its account, with the input still there.
  await actAs(page, MARKETER);
  await expect(field(page, 'Caller')).toHaveValue('999999999999');
  await expect(field(page, 'From address')).toHaveValue('marketing+spring@ses-example.com');
  await expect(offer(page)).toHaveCount(0);
  await checkA11y(page);

  // A reload offers it back; Restore puts it in the form.
  await page.reload();
  await expect(offer(page)).toBeVisible();
  await expect(field(page, 'Caller')).toHaveValue('');
  await checkA11y(page);
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await expect(field(page, 'Caller')).toHaveValue('999999999999');
  await expect(field(page, 'From address')).toHaveValue('marketing+spring@ses-example.com');
  await expect(offer(page)).toHaveCount(0);

  // Another tab has its own drafts: nothing is offered there.
  const other = await context.newPage();
  await other.goto('simulator');
  await expect(other.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
  await expect(field(other, 'Caller')).toHaveValue('');
  await expect(offer(other)).toHaveCount(0);
  await other.close();
});

test('Send email offers typed input back after another page and a reload; a successful send removes it', async ({
  page,
  checkA11y,
}) => {
  await page.goto('send');
  await expect(page.getByRole('heading', { level: 1, name: 'Send a test email' })).toBeVisible();
  await actAs(page, MARKETER);
  await fill(page, 'From address', 'marketing+spring@ses-example.com');
  await fill(page, 'To', 'success@simulator.amazonses.com');
  await fill(page, 'Source ARN (optional)', DOMAIN_ARN);
  await fill(page, 'Subject', 'Spring launch');

  // A principal switch leaves the form as it is.
  await actAs(page, DELEGATE_ROOT);
  await expect(field(page, 'Subject')).toHaveValue('Spring launch');
  await actAs(page, MARKETER);

  // To Identities and back: the draft is offered, and restored.
  await page.getByRole('link', { name: 'Identities', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Identities' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('link', { name: 'Send test email', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send a test email' })).toBeVisible();
  await expect(offer(page)).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await expect(field(page, 'Subject')).toHaveValue('Spring launch');
  await expect(field(page, 'Source ARN (optional)')).toHaveValue(DOMAIN_ARN);

  // A reload: offered again, and restored.
  await page.reload();
  await expect(offer(page)).toBeVisible();
  await page.getByRole('button', { name: 'Restore draft' }).click();
  await expect(field(page, 'From address')).toHaveValue('marketing+spring@ses-example.com');
  await expect(field(page, 'Subject')).toHaveValue('Spring launch');

  // Sent: nothing is left to offer.
  await page.getByRole('button', { name: 'Send email' }).click();
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Send a test email' })).toBeVisible();
  await expect(field(page, 'From address')).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  await expect(field(page, 'Subject')).toHaveValue('Test message');
});
