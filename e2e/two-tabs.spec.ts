/**
 * Two tabs, one policy (issue 18): two pages of one browser context share the origin, its
 * IndexedDB (so the emulator's SES) and localStorage, but not sessionStorage. A save that would
 * silently overwrite the other tab's save shows both versions first and does what the user
 * chooses; one tab's save or discard never loses the other tab's unsaved draft.
 */
import type { Page } from '@playwright/test';
import { accessPanelSettled, replaceEditorText, saveAnyway } from './editor-helpers';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const EDIT = 'identities/ses-example.com/policies/SampleAuthorizationPolicy/edit';
const CREATE = 'identities/ses-example.com/policies/create';

/** The demo's policy lets account 999999999999 send as marketing+*; each tab narrows it its own way. */
const policyFor = (fromAddress: string) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AllowDelegate',
          Effect: 'Allow',
          Principal: { AWS: ['999999999999'] },
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: DOMAIN_ARN,
          Condition: { StringLike: { 'ses:FromAddress': fromAddress } },
        },
      ],
    },
    null,
    2,
  );
const A_VERSION = policyFor('marketing+news*@ses-example.com');
const B_VERSION = policyFor('marketing+offers*@ses-example.com');

const editorText = (page: Page) => page.locator('[data-testid="policy-code-editor"] .view-lines');

async function openEditor(page: Page, path = EDIT) {
  await page.goto(path);
  await expect(page.getByRole('textbox', { name: 'Policy document', exact: true })).toBeAttached({
    timeout: 40_000,
  });
  await accessPanelSettled(page);
}

/** Reloads a page that has unsaved changes, answering the browser's "Leave site?" with Leave. */
async function reloadDirty(page: Page) {
  page.once('dialog', (dialog) => dialog.accept());
  await page.reload();
}

test.describe('two tabs, one policy', () => {
  // Two pages, each loading Monaco and the access analysis: twice the work of a one-page test.
  test.slow();
  test('A saves, then B saves: B sees both versions and saves its own over A’s', async ({
    page,
    context,
    checkA11y,
  }) => {
    const pageB = await context.newPage();
    await openEditor(page);
    await openEditor(pageB);

    await replaceEditorText(page, A_VERSION);
    await accessPanelSettled(page);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(page);

    await replaceEditorText(pageB, B_VERSION);
    await accessPanelSettled(pageB);
    await pageB.getByRole('button', { name: 'Save changes' }).click();
    const conflict = pageB.getByRole('dialog', {
      name: 'SampleAuthorizationPolicy was changed in SES since you opened it',
    });
    await expect(conflict).toBeVisible();
    // Both versions side by side (Monaco's diff editor, loaded now), and as a list of lines.
    const diff = conflict.getByTestId('policy-diff-editor');
    await expect(diff.locator('.monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
    // (Monaco wraps the long line at the '+'.)
    await expect(diff).toContainText('+news*@ses-example.com');
    await expect(diff).toContainText('+offers*@ses-example.com');
    await conflict.getByRole('button', { name: 'The differences as a list of lines' }).click();
    const lines = conflict.getByRole('list', { name: 'Lines of both versions' });
    await expect(lines).toContainText('In SES only:');
    await expect(lines).toContainText('Yours only:');
    await conflict.getByRole('button', { name: 'Next difference' }).click();
    await checkA11y(pageB);

    await conflict.getByRole('button', { name: 'Save my version over theirs' }).click();
    // The access question comes second, against A's version: offers+ is new to SES now.
    await expect(pageB.getByRole('dialog', { name: /^This change lets / })).toContainText('offers');
    await saveAnyway(pageB);
    await expect(pageB.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(pageB);

    // What SES has, read again by a fresh load: B's version.
    await openEditor(page);
    await expect(editorText(page)).toContainText('marketing+offers*');
    await checkA11y(page);
  });

  test('A saves, then B saves: B takes the version in SES, and its own stays a draft', async ({
    page,
    context,
    checkA11y,
  }) => {
    const pageB = await context.newPage();
    await openEditor(page);
    await openEditor(pageB);
    await replaceEditorText(page, A_VERSION);
    await accessPanelSettled(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(page);

    await replaceEditorText(pageB, B_VERSION);
    await accessPanelSettled(pageB);
    await pageB.getByRole('button', { name: 'Save changes' }).click();
    const conflict = pageB.getByRole('dialog', { name: /was changed in SES since you opened it/ });
    await conflict.getByRole('button', { name: 'Use the version in SES' }).click();
    await expect(conflict).toBeHidden();
    await expect(editorText(pageB)).toContainText('marketing+news*');
    await expect(pageB.getByText(/Unsaved changes from your version, put aside/)).toBeVisible();
    await accessPanelSettled(pageB);
    await checkA11y(pageB);

    // Nothing was saved over A's version, and B's own text is still offered after a reload.
    await pageB.reload();
    await expect(editorText(pageB)).toContainText('marketing+news*');
    await expect(pageB.getByText(/Unsaved changes from your version, put aside/)).toBeVisible();
    await pageB.getByRole('button', { name: 'Restore draft' }).click();
    await expect(editorText(pageB)).toContainText('marketing+offers*');
    await accessPanelSettled(pageB);
    await checkA11y(pageB);
  });

  test('A and B each have an unsaved draft: A’s save leaves B’s, which a reload of B offers back', async ({
    page,
    context,
    checkA11y,
  }) => {
    const pageB = await context.newPage();
    await openEditor(page);
    await openEditor(pageB);
    await replaceEditorText(page, A_VERSION);
    await replaceEditorText(pageB, B_VERSION);
    await accessPanelSettled(pageB);
    await checkA11y(pageB);
    await accessPanelSettled(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Policy SampleAuthorizationPolicy saved.')).toBeVisible();
    await checkA11y(page);

    await reloadDirty(pageB);
    const found = pageB.getByRole('list', { name: 'Unsaved drafts' });
    await expect(found).toContainText('Unsaved changes from this tab');
    await pageB.getByRole('button', { name: 'Restore draft' }).click();
    await expect(editorText(pageB)).toContainText('marketing+offers*');
    await accessPanelSettled(pageB);
    await checkA11y(pageB);
    // The draft kept what B started from: its save still finds A's change first.
    await pageB.getByRole('button', { name: 'Save changes' }).click();
    await expect(pageB.getByRole('dialog', { name: /was changed in SES since you opened it/ })).toBeVisible();
  });

  test('two new-policy drafts on one identity both survive, each tab’s own and the other’s', async ({
    page,
    context,
    checkA11y,
  }) => {
    const pageB = await context.newPage();
    await openEditor(page, CREATE);
    await openEditor(pageB, CREATE);
    await page.getByRole('textbox', { name: 'Policy name' }).fill('FromTabA');
    await replaceEditorText(page, A_VERSION);
    await pageB.getByRole('textbox', { name: 'Policy name' }).fill('FromTabB');
    await replaceEditorText(pageB, B_VERSION);
    await accessPanelSettled(page);
    await checkA11y(page);

    await reloadDirty(pageB);
    const found = pageB.getByRole('list', { name: 'Unsaved drafts' });
    await expect(found.getByRole('listitem')).toHaveCount(2);
    await expect(found).toContainText(/this tab.*named “FromTabB”/);
    await expect(found).toContainText(/another tab.*named “FromTabA”/);
    await accessPanelSettled(pageB);
    await checkA11y(pageB);

    // B restores A's and saves it under its name: B's own draft and A's are both still there.
    await pageB.getByRole('button', { name: /^Restore draft from another tab/ }).click();
    await expect(pageB.getByRole('textbox', { name: 'Policy name' })).toHaveValue('FromTabA');
    await accessPanelSettled(pageB);
    await pageB.getByRole('button', { name: 'Create policy' }).click();
    await expect(pageB.getByText('Policy FromTabA saved.')).toBeVisible();

    await reloadDirty(page);
    await expect(page.getByRole('list', { name: 'Unsaved drafts' })).toContainText(/this tab.*“FromTabA”/);
    await expect(page.getByRole('list', { name: 'Unsaved drafts' })).toContainText(/another tab.*“FromTabB”/);
    await accessPanelSettled(page);
    await checkA11y(page);
  });
});
