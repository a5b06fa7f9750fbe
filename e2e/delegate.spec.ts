/**
 * The delegate's side of the announcement's scenario, on the seeded demo: the owner's policy lets
 * account 999999999999 send from marketing+*@ses-example.com. Acting as the delegate's IAM user
 * marketer: the grant shows in Grants in plain English; its IAM policy allows only sending, so the
 * delegate account's root sets the account's own Delivery topic; a send is delivered and both the owner's and the delegate's topics are notified; ceo@ is refused;
 * a raw MIME message carries the ARNs in X-SES headers; malformed ARNs are explained.
 */
import type { Page } from '@playwright/test';
import { actAs } from './acting';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const OWNER_TOPIC = 'arn:aws:sns:us-east-1:888888888888:ses-deliveries';
const DELEGATE_TOPIC = 'arn:aws:sns:us-east-1:999999999999:delegate-deliveries';
const MARKETER = "Delegate's IAM user marketer (999999999999)";
const DELEGATE_ROOT = 'Delegate account (999999999999)';

async function sendEmail(page: Page, from: string) {
  await page.getByRole('textbox', { name: 'From address' }).fill(from);
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('success@simulator.amazonses.com');
  await page.getByRole('textbox', { name: 'Source ARN (optional)' }).fill(DOMAIN_ARN);
  await page.getByRole('button', { name: 'Send email' }).click();
}

test('the delegate sees its grant, sets its own Delivery topic, sends, is notified beside the owner, and is refused for ceo@', async ({
  page,
  checkA11y,
}) => {
  await page.goto('grants');
  await actAs(page, MARKETER);

  // The seeded grant on ses-example.com, with its condition in plain English.
  await expect(page.getByRole('heading', { name: 'ses-example.com', level: 2 })).toBeVisible();
  await expect(page.getByText('Owned by account 888888888888, in us-east-1')).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^only From addresses matching marketing\+\*@ses-example\.com$/ }),
  ).toBeVisible();
  await expect(page.locator('code', { hasText: 'marketing+*@ses-example.com' })).toBeVisible();
  await expect(page.getByText('This list comes from the built-in emulator', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy the identity ARN of ses-example.com' })).toBeVisible();
  await page.getByRole('button', { name: 'How to send with this identity' }).click();
  await expect(page.getByText(`--source-arn '${DOMAIN_ARN}'`, { exact: false })).toBeVisible();
  await expect(page.getByText(`X-SES-SOURCE-ARN: ${DOMAIN_ARN}`, { exact: false })).toBeVisible();
  await checkA11y(page);

  // The marketer's IAM policy allows only ses:SendEmail and ses:SendRawEmail: SES refuses it the
  // notification settings, in IAM's words.
  await page.getByRole('button', { name: 'Your notification settings for this identity' }).click();
  await expect(page.getByText('Your notification settings could not be read: AccessDenied')).toBeVisible();
  await expect(
    page.getByText(
      'is not authorized to perform: ses:GetIdentityNotificationAttributes on resource: * because no identity-based policy allows',
      { exact: false },
    ),
  ).toBeVisible();

  // The delegate account's root sets the account's own Delivery topic for the identity ARN,
  // kept apart from the owner's.
  await actAs(page, DELEGATE_ROOT);
  await page.getByRole('button', { name: 'Your notification settings for this identity' }).click();
  const headers = page.getByRole('checkbox', { name: 'Include original headers in Delivery notifications' });
  await expect(headers).toBeDisabled();
  await page.getByRole('button', { name: /Delivery topic/ }).click();
  await page.getByRole('option', { name: /delegate-deliveries/ }).click();
  await expect(headers).toBeEnabled();
  await expect(page.getByText('Feedback forwarding stays with the owner')).toBeVisible();
  await page.getByRole('button', { name: 'Save my notification settings' }).click();
  await expect(page.getByText('Your notification settings are saved.')).toBeVisible();
  await checkA11y(page);

  // A send by the marketer from marketing+spring@ with the Source ARN is delivered.
  await actAs(page, MARKETER);
  await page.getByRole('link', { name: 'Send test email', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send a test email' })).toBeVisible();
  await sendEmail(page, 'marketing+spring@ses-example.com');
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await expect(page.getByText(/^MessageId: 0100/)).toBeVisible();
  await checkA11y(page);

  // A send from ceo@ is refused with AccessDenied; what was typed stays.
  await sendEmail(page, 'ceo@ses-example.com');
  await expect(page.getByText('SES refused the message: AccessDenied')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'From address' })).toHaveValue('ceo@ses-example.com');

  // Both the owner's and the delegate's Delivery topics were notified.
  await page.getByRole('link', { name: 'Activity', exact: true }).click();
  const notifications = page.getByRole('table', { name: 'SNS notifications' });
  await expect(notifications.getByRole('row').filter({ hasText: OWNER_TOPIC })).toContainText('Delivery');
  await expect(notifications.getByRole('row').filter({ hasText: DELEGATE_TOPIC })).toContainText('Delivery');
  const attempts = page.getByRole('treegrid', { name: 'Send attempts' });
  await expect(attempts).toContainText('AccessDenied');
  await expect(attempts).toContainText('arn:aws:iam::999999999999:user/marketer');
  // The newest attempt is the refusal for ceo@: its trace, per role and in full.
  await attempts
    .getByRole('button', { name: /^Show the trace of/ })
    .first()
    .click();
  await expect(
    attempts.getByRole('row').filter({ hasText: 'Source' }).filter({ hasText: 'ceo@ses-example.com' }),
  ).toBeVisible();
  await attempts
    .getByRole('button', { name: /^Full trace of/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('pre')).toContainText('"role": "source"');
  await checkA11y(page);
  await dialog.getByRole('button', { name: 'Done' }).click();
  // What the delegate's topic received, as JSON text.
  await notifications
    .getByRole('button', { name: `Delivery notification to ${DELEGATE_TOPIC}`, exact: false })
    .click();
  await expect(dialog.locator('pre')).toContainText('"notificationType": "Delivery"');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Senders' }).click();
  await expect(notifications).toContainText(DELEGATE_TOPIC);
  await expect(notifications).not.toContainText(OWNER_TOPIC);
  await page.getByRole('button', { name: 'Identity owners' }).click();
  await expect(notifications).toContainText(OWNER_TOPIC);
  await expect(notifications).not.toContainText(DELEGATE_TOPIC);
  await checkA11y(page);
});

test('a raw MIME send with X-SES headers, and malformed ARNs explained next to their fields', async ({
  page,
  checkA11y,
}) => {
  await page.goto('send?api=raw');
  await actAs(page, MARKETER);
  const raw = page.getByRole('textbox', { name: 'MIME message' });
  const message = (arnHeader: string) =>
    [
      `X-SES-SOURCE-ARN: ${arnHeader}`,
      `X-SES-FROM-ARN: ${arnHeader}`,
      'From: "Spring" <marketing+spring@ses-example.com>',
      'To: success@simulator.amazonses.com',
      'Subject: Raw with headers',
      '',
      'Hello',
    ].join('\n');
  await raw.fill(message(DOMAIN_ARN));
  await page.getByRole('button', { name: 'Send raw email' }).click();
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await expect(page.getByText('What SES read from the message')).toBeVisible();
  await checkA11y(page);

  // A malformed ARN in a header, then in a parameter: each explained, the message kept.
  await raw.fill(message('arn:aws:ses:us-east-1:8888:identity/ses-example.com'));
  await page.getByRole('button', { name: 'Send raw email' }).click();
  await expect(
    page.getByText(
      /^The X-SES-SOURCE-ARN header: .*needs the owner's 12-digit account ID after the Region, not "8888"/,
    ),
  ).toBeVisible();
  await raw.fill(message(DOMAIN_ARN));
  await page
    .getByRole('textbox', { name: 'From ARN' })
    .fill('arn:aws:ses:us-east-1:888888888888:ses-example.com');
  await page.getByRole('button', { name: 'Send raw email' }).click();
  await expect(
    page.getByText(/has no resource type before "ses-example.com": write identity\/ses-example.com\./),
  ).toBeVisible();
  await expect(raw).toHaveValue(message(DOMAIN_ARN));
  await checkA11y(page);

  // SendEmail: a malformed Source ARN and a bad address, each next to its field.
  await page.getByRole('button', { name: 'SendEmail' }).click();
  await page.getByRole('textbox', { name: 'From address' }).fill('marketing');
  await page.getByRole('textbox', { name: 'Source ARN (optional)' }).fill('identity/ses-example.com');
  await page.getByRole('button', { name: 'Send email' }).click();
  await expect(page.getByText('"marketing" is not an email address: it has no @.')).toBeVisible();
  await expect(page.getByText('"identity/ses-example.com" is not an ARN', { exact: false })).toBeVisible();
  await checkA11y(page);
});

test('an identity ARN received from an owner can be inspected, and a grant fills the send form in', async ({
  page,
  checkA11y,
}) => {
  await page.goto('grants');
  await actAs(page, MARKETER);
  const input = page.getByRole('textbox', { name: 'Identity ARN' });
  await input.fill('arn:aws:ses:us-east-1:888888888888:identity/');
  await expect(input).toHaveAccessibleDescription(
    /does not name a valid identity: the identity name is empty/,
  );
  await input.fill('arn:aws:ses:us-east-1:8888:identity/ses-example.com');
  await expect(input).toHaveAccessibleDescription(
    /needs the owner's 12-digit account ID after the Region, not "8888"/,
  );
  await input.fill(DOMAIN_ARN);
  await expect(
    page.getByText('The built-in emulator holds this identity; its policies let you do this:'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ses-example.com', level: 3 })).toBeVisible();
  await checkA11y(page);

  await page.getByRole('link', { name: 'Send a test email from ses-example.com' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send a test email' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'From address' })).toHaveValue(
    'marketing+example@ses-example.com',
  );
  await expect(page.getByRole('textbox', { name: 'Source ARN (optional)' })).toHaveValue(DOMAIN_ARN);
  await page.getByRole('button', { name: 'Send email' }).click();
  await expect(page.getByText('SES accepted the message')).toBeVisible();
  await checkA11y(page);
});
