/**
 * "After this change, who can send as my identity that could not before?": the owner of the
 * demo's ses-example.com edits its SampleAuthorizationPolicy and sees the access analysis'
 * answer before saving. A widened From glob lets the delegate send (its request opens in the
 * simulator, which accepts it) and Save asks first; a narrowed one is a loss; whitespace is no
 * change; deleting the policy lists what is lost.
 */
import type { Page } from '@playwright/test';
import { replaceEditorText, setPolicies } from './editor-helpers';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const EDIT_PATH = 'identities/ses-example.com/policies/SampleAuthorizationPolicy/edit';

/** The seeded announcement policy, with its From glob as given. */
const announcement = (fromGlob: string, indent = 2) =>
  JSON.stringify(
    {
      Id: 'SampleAuthorizationPolicy',
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AuthorizeMarketer',
          Effect: 'Allow',
          Resource: DOMAIN_ARN,
          Principal: { AWS: ['999999999999'] },
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Condition: { StringLike: { 'ses:FromAddress': fromGlob } },
        },
      ],
    },
    null,
    indent,
  );

const SAVED_GLOB = 'marketing+*@ses-example.com';
const GAIN = 'This change lets account 999999999999 send';
const GAINED_REQUEST = 'account 999999999999 could now send with ses:SendEmail from x@ses-example.com';

const panel = (page: Page) => page.getByTestId('access-change');

async function openEditor(page: Page) {
  await page.goto(EDIT_PATH);
  // The draft as loaded is the saved policy: nothing changes.
  await expect(panel(page)).toContainText('No change in who can send', { timeout: 20_000 });
}

test.describe('who can send after a policy change', () => {
  test('a widened From glob lets the delegate send: Simulate this is accepted, and Save asks first', async ({
    page,
    checkA11y,
  }) => {
    await openEditor(page);
    await checkA11y(page);
    await replaceEditorText(page, announcement('*@ses-example.com'));
    await expect(panel(page).getByText(GAIN)).toBeVisible();
    await expect(panel(page).getByRole('list', { name: 'Requests this change allows' })).toContainText(
      GAINED_REQUEST,
    );
    await checkA11y(page);

    await panel(page)
      .getByRole('link', { name: `Simulate this: ${GAINED_REQUEST}` })
      .click();
    await expect(page).toHaveURL(/\/simulator#scenario=[\w-]+$/);
    await expect(page.getByRole('combobox', { name: 'Caller', exact: true })).toHaveValue('999999999999');
    // The scenario runs as it opens, with the draft in place of the saved policy.
    await expect(page.getByText(/^SES would accept this API v1 SendEmail/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Policy 1: JSON document' })).toHaveValue(
      announcement('*@ses-example.com'),
    );
    await checkA11y(page);

    // Back in the editor the draft is offered again; saving it asks first.
    await page.goBack();
    await page.getByRole('button', { name: 'Restore draft' }).click();
    await expect(panel(page).getByText(GAIN)).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: GAIN });
    await expect(dialog.getByRole('list', { name: 'Requests this change allows' })).toContainText(
      GAINED_REQUEST,
    );
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/edit$/);
    await expect(panel(page).getByText(GAIN)).toBeVisible();

    await page.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page).toHaveURL(/\/identities\/ses-example\.com\?tab=authorization$/);
    await expect(page.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(page);
  });

  test('a narrowed glob is a loss, and whitespace alone changes nothing (saved without asking)', async ({
    page,
    checkA11y,
  }) => {
    await openEditor(page);
    await replaceEditorText(page, announcement('marketing+news*@ses-example.com'));
    await expect(panel(page).getByText('Account 999999999999 can no longer send')).toBeVisible();
    await expect(panel(page).getByRole('list', { name: 'Requests this change refuses' })).toContainText(
      'from marketing+x@ses-example.com',
    );
    await checkA11y(page);

    await replaceEditorText(page, `${announcement(SAVED_GLOB, 4)}\n\n`);
    await expect(panel(page)).toContainText('No change in who can send');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/\/identities\/ses-example\.com\?tab=authorization$/);
    await expect(page.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(page);
  });

  test('deleting a policy lists what is lost, or says no one loses access', async ({ page, checkA11y }) => {
    await page.goto('identities/ses-example.com?tab=authorization');
    await page.getByRole('radio', { name: 'Select policy SampleAuthorizationPolicy' }).check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete policy SampleAuthorizationPolicy?' });
    await expect(dialog.getByText('Account 999999999999 can no longer send')).toBeVisible();
    await expect(
      dialog.getByRole('list', { name: 'Requests refused once the policy is deleted' }),
    ).toContainText(
      'account 999999999999 could no longer send with ses:SendEmail from marketing+x@ses-example.com',
    );
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // With a second policy allowing the same, deleting the first takes nothing away.
    await setPolicies(page, 'ses-example.com', {
      SampleAuthorizationPolicy: announcement(SAVED_GLOB),
      SameAgain: announcement(SAVED_GLOB),
    });
    await page.reload();
    await page.getByRole('radio', { name: 'Select policy SampleAuthorizationPolicy' }).check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByText(/^No one loses access/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete policy' }).click();
    await expect(page.getByRole('row', { name: /SampleAuthorizationPolicy/ })).toBeHidden();
    await expect(page.getByRole('row', { name: /SameAgain/ })).toBeVisible();
    await checkA11y(page);
  });
});
