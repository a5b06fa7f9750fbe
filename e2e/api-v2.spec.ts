/**
 * The console over SES API v2, chosen in Settings for the tab: the owner creates a domain and
 * sees its three DKIM records, creates a configuration set with an SNS destination and makes it
 * the identity's default; the delegate sends with FromEmailAddressIdentityArn, is refused for
 * ceo@, and the default set's events show in Activity. The same state answers both APIs.
 */
import type { Page } from '@playwright/test';
import { actAs } from './acting';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const OWNER_TOPIC = 'arn:aws:sns:us-east-1:888888888888:ses-deliveries';
const MARKETER = "Delegate's IAM user marketer (999999999999)";

async function chooseV2(page: Page) {
  await page.goto('settings');
  await page.getByRole('radio', { name: /SES API v2/ }).check();
  await expect(page.getByRole('radio', { name: /SES API v2/ })).toBeChecked();
}

test('the owner over SES API v2: DKIM records for a new domain, a configuration set as the identity’s default', async ({
  page,
  checkA11y,
}) => {
  await chooseV2(page);
  await checkA11y(page);

  await page.getByRole('link', { name: 'Identities', exact: true }).click();
  await expect(page.getByRole('link', { name: 'ses-example.com' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('link', { name: 'Create identity' }).click();
  await expect(page.getByText('Verified with three DNS CNAME records (DKIM).')).toBeVisible();
  await checkA11y(page);
  await page.getByRole('textbox', { name: 'Domain' }).fill('news.example.org');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'news.example.org' })).toBeVisible();
  await expect(
    page.getByText('Add these 3 CNAME records to the DNS of news.example.org', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy record 3 name' })).toBeVisible();
  await checkA11y(page);

  // The configuration set, its SNS destination, and the identity's default set.
  await page.goto('identities/ses-example.com?tab=events');
  await expect(page.getByRole('tab', { name: 'Event destinations', selected: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Configuration set name' }).fill('owner events');
  await page.getByRole('textbox', { name: 'SNS topic for events' }).fill(OWNER_TOPIC);
  await page.getByRole('button', { name: 'Create configuration set' }).click();
  await expect(
    page.getByText('"owner events" is not a configuration set name', { exact: false }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Configuration set name' }).fill('owner-events');
  await page.getByRole('button', { name: 'Create configuration set' }).click();
  const sets = page.getByRole('table', { name: 'Configuration sets' });
  await expect(sets.getByRole('row').filter({ hasText: 'owner-events' })).toContainText(OWNER_TOPIC);
  await page.getByRole('button', { name: /Default configuration set/ }).click();
  await page.getByRole('option', { name: 'owner-events' }).click();
  await page.getByRole('button', { name: 'Save default configuration set' }).click();
  await expect(page.getByRole('button', { name: 'Save default configuration set' })).toBeDisabled();
  await checkA11y(page);
  // Identity-level topics are v1's: the Notifications tab says so and keeps working over v1.
  await page.getByRole('tab', { name: 'Notifications' }).click();
  await expect(page.getByText('Notification settings: SES API v1')).toBeVisible();
});

test('on SES API v1 the Event destinations tab says where they are instead of hiding them', async ({
  page,
  checkA11y,
}) => {
  await page.goto('identities/ses-example.com?tab=events');
  await expect(page.getByText('Event destinations: SES API v2')).toBeVisible();
  await checkA11y(page);
});

test('the delegate over SES API v2 sends with FromEmailAddressIdentityArn; the owner’s default set publishes the events', async ({
  page,
  checkA11y,
}) => {
  // The owner's default configuration set for ses-example.com, with an SNS destination.
  await chooseV2(page);
  await checkA11y(page);
  await page.goto('identities/ses-example.com?tab=events');
  await checkA11y(page);
  await page.getByRole('textbox', { name: 'Configuration set name' }).fill('owner-events');
  await page.getByRole('textbox', { name: 'SNS topic for events' }).fill(OWNER_TOPIC);
  await page.getByRole('button', { name: 'Create configuration set' }).click();
  await expect(page.getByRole('table', { name: 'Configuration sets' })).toContainText('owner-events');
  await page.getByRole('button', { name: /Default configuration set/ }).click();
  await page.getByRole('option', { name: 'owner-events' }).click();
  await page.getByRole('button', { name: 'Save default configuration set' }).click();
  await expect(page.getByRole('button', { name: 'Save default configuration set' })).toBeDisabled();

  await actAs(page, MARKETER);
  await page.getByRole('link', { name: 'Send test email', exact: true }).click();
  await expect(page.getByRole('button', { name: 'SendEmail, raw content' })).toBeVisible();
  const send = async (from: string) => {
    await page.getByRole('textbox', { name: 'From address' }).fill(from);
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('success@simulator.amazonses.com');
    await page.getByRole('textbox', { name: 'FromEmailAddressIdentityArn (optional)' }).fill(DOMAIN_ARN);
    await page.getByRole('button', { name: 'Send email' }).click();
  };
  await send('marketing+spring@ses-example.com');
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await checkA11y(page);
  await send('ceo@ses-example.com');
  await expect(page.getByText(/SES refused the message: AccessDenied/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'From address' })).toHaveValue('ceo@ses-example.com');

  // The snippets name v2's parameter too.
  await page.getByRole('link', { name: 'Grants', exact: true }).click();
  await page.getByRole('button', { name: 'How to send with this identity' }).click();
  await expect(
    page.getByText(`--from-email-address-identity-arn '${DOMAIN_ARN}'`, { exact: false }),
  ).toBeVisible();
  await checkA11y(page);

  await page.getByRole('link', { name: 'Activity', exact: true }).click();
  const events = page.getByRole('table', { name: 'Configuration set events' });
  await expect(events.getByRole('row').filter({ hasText: 'DELIVERY' })).toContainText(
    'owner-events (888888888888)',
  );
  await expect(page.getByRole('treegrid', { name: 'Send attempts' })).toContainText('AccessDenied');
  await checkA11y(page);
});
