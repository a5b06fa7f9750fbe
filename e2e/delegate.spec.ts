/**
 * The announcement's scenario end to end: the owner grants account 999999999999 the From addresses
 * marketing+*@ses-example.com; the delegate's IAM user sees the grant, sets its own Delivery topic,
 * sends (delivered, both sides notified) and is refused for ceo@.
 */
import type { Page } from '@playwright/test';
import { replaceEditorText, setPolicies } from './editor-helpers';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const ANNOUNCEMENT_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AuthorizeMarketer',
        Effect: 'Allow',
        Resource: DOMAIN_ARN,
        Principal: { AWS: ['999999999999'] },
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Condition: { StringLike: { 'ses:FromAddress': 'marketing+*@ses-example.com' } },
      },
    ],
  },
  null,
  2,
);

const MARKETER = "Delegate's IAM user marketer (999999999999)";

/** Switches the acting principal with the header's select, as a user would. */
async function actAs(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Switch principal' }).selectOption({ label });
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(`Acting as: ${label}`);
}

async function sendEmail(page: Page, from: string) {
  await page.getByRole('textbox', { name: 'From address' }).fill(from);
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('success@simulator.amazonses.com');
  await page.getByRole('textbox', { name: 'Source ARN (optional)' }).fill(DOMAIN_ARN);
  await page.getByRole('button', { name: 'Send email' }).click();
}

test('the announcement: grant, see it as the delegate, send, be notified on both sides, be refused for ceo@', async ({
  page,
  checkA11y,
}) => {
  // The owner writes the announcement's policy.
  await page.goto('identities');
  await expect(page.getByRole('row', { name: /ses-example\.com/ })).toBeVisible();
  await setPolicies(page, 'ses-example.com', {});
  await checkA11y(page);
  await page.goto('identities/ses-example.com/policies/create');
  await page.getByRole('textbox', { name: 'Policy name' }).fill('AuthorizeMarketer');
  await replaceEditorText(page, ANNOUNCEMENT_POLICY);
  await expect(page.getByText('No problems found.')).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('Policy AuthorizeMarketer saved.')).toBeVisible();
  await checkA11y(page);

  // Acting as the delegate's IAM user, the grant shows in Grants with its condition in plain English.
  await actAs(page, MARKETER);
  await page.getByRole('link', { name: 'Grants', exact: true }).click();
  const grant = page
    .getByRole('region')
    .or(page.locator('div'))
    .filter({ hasText: 'Owned by account 888888888888' })
    .first();
  await expect(page.getByRole('heading', { name: 'ses-example.com' })).toBeVisible();
  await expect(
    page.getByText('the From address matches `marketing+*@ses-example.com`').first(),
  ).toBeVisible();
  await expect(grant).toContainText(DOMAIN_ARN);
  await checkA11y(page);

  // Its own Delivery topic for the identity ARN, kept apart from the owner's.
  await page.getByRole('button', { name: 'Your notifications for this identity' }).first().click();
  await page
    .getByRole('button', { name: /SNS topic for Delivery notifications/ })
    .first()
    .click();
  await page.getByRole('option', { name: /delegate-deliveries/ }).click();
  await expect(page.getByText(/Feedback forwarding belongs to the identity’s owner/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Save notification settings' }).first().click();
  await expect(page.getByText('Notification settings saved.').first()).toBeVisible();
  await checkA11y(page);

  // A send from marketing+spring@ is delivered.
  await page.getByRole('link', { name: 'Send test email', exact: true }).click();
  await sendEmail(page, 'marketing+spring@ses-example.com');
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await checkA11y(page);

  // A send from ceo@ is refused with AccessDenied.
  await sendEmail(page, 'ceo@ses-example.com');
  await expect(page.getByText('SES refused the message: AccessDenied')).toBeVisible();
  await expect(page.getByText(/is not authorized to perform `ses:SendEmail'/)).toBeVisible();

  // Both the owner's and the delegate's Delivery topics were notified.
  await page.getByRole('link', { name: 'Activity', exact: true }).click();
  const notifications = page.getByRole('table', { name: 'SNS notifications' });
  await expect(notifications).toContainText('arn:aws:sns:us-east-1:888888888888:ses-deliveries');
  await expect(notifications).toContainText('arn:aws:sns:us-east-1:999999999999:delegate-deliveries');
  const attempts = page.getByRole('table', { name: 'Send attempts' });
  await expect(attempts).toContainText('AccessDenied');
  await page.getByRole('button', { name: 'Delegates' }).click();
  await expect(notifications).not.toContainText('888888888888:ses-deliveries');
  await checkA11y(page);
});

test('a raw MIME send with X-SES headers, and bad input explained', async ({ page, checkA11y }) => {
  await page.goto('send?api=raw');
  await actAs(page, MARKETER);
  const raw = page.getByRole('textbox', { name: 'MIME message' });
  await raw.fill(
    [
      `X-SES-SOURCE-ARN: ${DOMAIN_ARN}`,
      `X-SES-FROM-ARN: ${DOMAIN_ARN}`,
      'From: "Spring" <marketing+spring@ses-example.com>',
      'To: success@simulator.amazonses.com',
      'Subject: Raw with headers',
      '',
      'Hello',
    ].join('\r\n'),
  );
  await page.getByRole('button', { name: 'Send raw email' }).click();
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await checkA11y(page);

  await page
    .getByRole('textbox', { name: 'From ARN' })
    .fill('arn:aws:ses:us-east-1:8888:identity/ses-example.com');
  await page.getByRole('button', { name: 'Send raw email' }).click();
  await expect(
    page
      .getByText(/account/i)
      .filter({ hasText: '8888' })
      .first(),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'From ARN' }).fill('');
  await raw.fill('this is not a MIME message');
  await page.getByRole('button', { name: 'Send raw email' }).click();
  await expect(page.getByText('The message cannot be read')).toBeVisible();
  await expect(raw).toHaveValue('this is not a MIME message');
  await checkA11y(page);
});
