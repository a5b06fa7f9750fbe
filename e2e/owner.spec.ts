/**
 * The identity owner's journeys: create and verify an identity, write a policy in the editor
 * (mistakes listed and fixed), the bad inputs of the issue, notifications that survive a reload.
 */
import { accessPanelSettled, replaceEditorText, saveAnyway, setPolicies } from './editor-helpers';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);

const allowDelegate = {
  Sid: 'AllowDelegate',
  Effect: 'Allow',
  Principal: { AWS: ['999999999999'] },
  Action: ['ses:SendEmail', 'ses:SendRawEmail'],
  Resource: DOMAIN_ARN,
};

test.describe('identities', () => {
  test('create a domain identity, see its TXT record, verify it on the emulator, then delete it', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('identities');
    await page.getByRole('link', { name: 'Create identity' }).click();
    await expect(page).toHaveURL(/\/identities\/create$/);
    await checkA11y(page);
    const domain = page.getByRole('textbox', { name: 'Domain' });
    await domain.fill('news..example.org');
    await page.getByRole('button', { name: 'Create identity' }).click();
    await expect(page.getByText(/has an empty label/)).toBeVisible();
    await expect(domain).toHaveValue('news..example.org');
    await domain.fill('news.example.org');
    await page.getByRole('button', { name: 'Create identity' }).click();

    await expect(page).toHaveURL(/\/identities\/news\.example\.org$/);
    await expect(page.getByRole('heading', { level: 1, name: 'news.example.org' })).toBeVisible();
    await expect(page.getByText('Pending verification')).toBeVisible();
    await expect(page.getByText('_amazonses.news.example.org')).toBeVisible();
    await expect(
      page.getByText('arn:aws:ses:us-east-1:888888888888:identity/news.example.org'),
    ).toBeVisible();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Complete verification (emulator only)' }).click();
    await expect(page.getByText('Verified', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Delete identity' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('news.example');
    await dialog.getByRole('button', { name: 'Delete identity' }).click();
    await expect(dialog.getByText('Type news.example.org exactly as shown to delete it.')).toBeVisible();
    await dialog.getByRole('textbox').fill('news.example.org');
    await dialog.getByRole('button', { name: 'Delete identity' }).click();
    await expect(page).toHaveURL(/\/identities$/);
    await expect(page.getByText('Identity news.example.org deleted.')).toBeVisible();
    await expect(page.getByRole('row', { name: /news\.example\.org/ })).toHaveCount(0);
    await checkA11y(page);
    // The message stays with the page it was about: it goes when the user moves on, and does
    // not come back, nor follow a principal switch.
    await page
      .getByRole('navigation', { name: 'Side navigation' })
      .getByRole('link', { name: 'Grants' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Grants' })).toBeVisible();
    await expect(page.getByText('Identity news.example.org deleted.')).toHaveCount(0);
    await checkA11y(page);
    await page
      .getByRole('navigation', { name: 'Side navigation' })
      .getByRole('link', { name: 'Identities' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Identities' })).toBeVisible();
    await expect(page.getByText('Identity news.example.org deleted.')).toHaveCount(0);
  });

  test('an email address identity is validated as typed', async ({ page, checkA11y }) => {
    await page.goto('identities/create');
    await page.getByText('Email address', { exact: true }).first().click();
    const address = page.getByRole('textbox', { name: 'Email address' });
    await address.fill('example.com');
    await address.blur();
    await expect(page.getByText(/An email address needs an @/)).toBeVisible();
    await checkA11y(page);
  });
});

test.describe('the policy editor', () => {
  test('a mistake is listed under the editor, selecting it moves the cursor, and fixing it enables Save', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('identities/ses-example.com');
    await expect(page.getByRole('row', { name: /SampleAuthorizationPolicy/ })).toBeVisible();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Create policy' }).click();
    await page.getByRole('menuitem', { name: /Create custom policy/ }).click();
    await expect(page).toHaveURL(/\/identities\/ses-example\.com\/policies\/create$/);
    await page.getByRole('textbox', { name: 'Policy name' }).fill('AllowNewsletters');

    // A regular expression where StringLike takes a glob: the announcement's own mistake.
    const withMistake = policy({
      ...allowDelegate,
      Condition: { StringLike: { 'ses:FromAddress': 'marketing\\+.*@ses-example\\.com' } },
    });
    await replaceEditorText(page, withMistake);
    const problems = page.getByRole('list', { name: 'Problems in the policy' });
    await expect(problems).toContainText(/regular expression/i);
    await accessPanelSettled(page);
    await checkA11y(page);
    await problems.getByRole('button').first().click();
    await expect(page.locator('[data-testid="policy-code-editor"] .monaco-editor.focused')).toBeVisible();

    // Invalid JSON: listed, Save disabled, and the text stays as typed.
    await replaceEditorText(page, withMistake.slice(0, -3));
    await expect(problems).toContainText(/JSON/);
    await expect(page.getByRole('button', { name: 'Create policy' })).toBeDisabled();

    await replaceEditorText(
      page,
      policy({
        ...allowDelegate,
        Condition: { StringLike: { 'ses:FromAddress': 'news+*@ses-example.com' } },
      }),
    );
    await expect(page.getByText('No problems found.')).toBeVisible();
    await expect(page.getByText(/news\+\*@ses-example\.com/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Create policy' }).click();
    // The new policy lets the delegate send: Save asks first.
    await saveAnyway(page);
    await expect(page).toHaveURL(/\/identities\/ses-example\.com\?tab=authorization$/);
    await expect(page.getByText('Policy AllowNewsletters saved.')).toBeVisible();
    const row = page.getByRole('row', { name: /AllowNewsletters/ });
    await expect(row).toContainText('1');
    await expect(page.getByText('(2 of 20)')).toBeVisible();
  });

  test('bad input: a malformed principal, a Resource naming another identity, over 4 KB, an invalid name', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('identities/ses-example.com/policies/create');
    const name = page.getByRole('textbox', { name: 'Policy name' });
    await name.fill('has spaces');
    await expect(
      page.getByText(/letters, digits, hyphens and underscores|alphanumeric/i).first(),
    ).toBeVisible();
    await name.fill('SampleAuthorizationPolicy');
    await expect(
      page.getByText(/already has a policy named "SampleAuthorizationPolicy"/).first(),
    ).toBeVisible();
    await name.fill('Checks');

    const problems = page.getByRole('list', { name: 'Problems in the policy' });
    await replaceEditorText(page, policy({ ...allowDelegate, Principal: { AWS: ['12345'] } }));
    await expect(problems).toContainText(/12345/);
    await replaceEditorText(
      page,
      policy({ ...allowDelegate, Resource: 'arn:aws:ses:us-east-1:888888888888:identity/other.example' }),
    );
    await expect(problems).toContainText(/other\.example/);
    const huge = policy({
      ...allowDelegate,
      Condition: {
        StringEquals: { 'ses:Recipients': Array.from({ length: 200 }, (_, i) => `r${i}@example.com`) },
      },
    });
    await replaceEditorText(page, huge);
    await expect(page.getByText(/SES accepts at most 4,096/).first()).toBeVisible();
    await expect(page.getByText('Over the 4 KB limit').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create policy' })).toBeDisabled();
    await accessPanelSettled(page);
    await checkA11y(page);
  });

  test('a 21st policy is refused with the reason, and what was typed is kept as a draft', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('identities');
    await expect(page.getByRole('row', { name: /ses-example\.com/ })).toBeVisible();
    const twenty = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`Policy${i + 1}`, policy({ ...allowDelegate, Sid: `S${i}` })]),
    );
    await setPolicies(page, 'ses-example.com', twenty);
    await checkA11y(page);
    await page.goto('identities/ses-example.com');
    await expect(page.getByText('(20 of 20)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create policy' })).toBeDisabled();
    await accessPanelSettled(page);
    await checkA11y(page);

    await page.goto('identities/ses-example.com/policies/create');
    await expect(page.getByText('This identity has 20 policies')).toBeVisible();
    await page.getByRole('textbox', { name: 'Policy name' }).fill('TheTwentyFirst');
    await replaceEditorText(page, policy({ ...allowDelegate, Sid: 'Extra' }));
    await expect(page.getByRole('button', { name: 'Create policy' })).toBeDisabled();
    await accessPanelSettled(page);
    await checkA11y(page);
    // A reload offers the draft back.
    page.once('dialog', (dialog) => dialog.accept());
    await page.reload();
    await expect(page.getByText('Unsaved changes found')).toBeVisible();
    await page.getByRole('button', { name: 'Restore draft' }).click();
    await expect(page.getByRole('textbox', { name: 'Policy name' })).toHaveValue('TheTwentyFirst');
  });

  test('leaving with unsaved changes asks first', async ({ page, checkA11y }) => {
    await page.goto('identities/ses-example.com/policies/SampleAuthorizationPolicy/edit');
    await replaceEditorText(page, policy(allowDelegate));
    await accessPanelSettled(page);
    await checkA11y(page);
    await page.getByRole('link', { name: 'Grants', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await saveAnyway(page);
    await expect(page.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(page);
  });

  test('a reload the user cancels keeps the page on the emulator: saving afterwards still works', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('identities/ses-example.com/policies/SampleAuthorizationPolicy/edit');
    await replaceEditorText(page, policy(allowDelegate));
    await accessPanelSettled(page);
    await checkA11y(page);
    // The browser's own "Leave site?" prompt, answered "Cancel".
    let prompted = false;
    page.once('dialog', (dialog) => {
      prompted = dialog.type() === 'beforeunload';
      void dialog.dismiss();
    });
    await page.evaluate(() => {
      location.reload();
    });
    await expect.poll(() => prompted).toBe(true);
    await expect(page).toHaveURL(/\/edit$/);
    // Every SES request after the cancelled reload is still answered in the page (the network
    // guard fails the test if one leaves for the real endpoint).
    await page.getByRole('button', { name: 'Save changes' }).click();
    await saveAnyway(page);
    await expect(page.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(page);
  });
});

test.describe('owner notifications', () => {
  test('changes are saved through SES and still there after a reload', async ({ page, checkA11y }) => {
    await page.goto('identities/ses-example.com?tab=notifications');
    await expect(page.getByRole('tab', { name: 'Notifications', selected: true })).toBeVisible();
    await checkA11y(page);
    const delivery = page.getByRole('button', { name: /SNS topic for Delivery notifications/ });
    await delivery.click();
    await page.getByRole('option', { name: /No topic/ }).click();
    await page.getByRole('checkbox', { name: 'Include original headers in Bounce notifications' }).check();
    await page.getByRole('checkbox', { name: /Forward bounces and complaints by email/ }).click();
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByText('Notification settings saved.')).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: 'Include original headers in Bounce notifications' }),
    ).toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: /Forward bounces and complaints by email/ }),
    ).not.toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'Include original headers in Delivery notifications' }),
    ).toBeDisabled();
    await checkA11y(page);

    // Forwarding cannot go off without both topics; the page says why.
    const bounce = page.getByRole('button', { name: /SNS topic for Bounce notifications/ });
    await bounce.click();
    await page.getByRole('option', { name: /No topic/ }).click();
    await expect(page.getByText(/can be turned off only while both Bounce and Complaint/)).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: /Forward bounces and complaints by email/ }),
    ).toBeChecked();
  });

  test('a topic you do not own is checked as typed', async ({ page, checkA11y }) => {
    await page.goto('identities/ses-example.com?tab=notifications');
    await page.getByRole('button', { name: /SNS topic for Complaint notifications/ }).click();
    await page.getByRole('option', { name: /A topic you do not own/ }).click();
    const arn = page.getByRole('textbox', { name: 'Complaint topic ARN' });
    await arn.fill('arn:aws:sqs:us-east-1:111122223333:queue');
    await arn.blur();
    await expect(page.getByText(/ARN names the "sqs" service/)).toBeVisible();
    await arn.fill('arn:aws:sns:us-east-1:111122223333:their-complaints');
    await page.getByRole('button', { name: 'Save notification settings' }).click();
    await expect(page.getByText('Notification settings saved.')).toBeVisible();
    await checkA11y(page);
  });
});
