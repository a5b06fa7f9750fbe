/** The policy generator: the announcement's policy built from a start point and applied. */
import { expect, test } from './fixtures';

test('build the announcement policy with the generator and apply it', async ({ page, checkA11y }) => {
  await page.goto('identities/ses-example.com');
  await expect(page.getByRole('row', { name: /SampleAuthorizationPolicy/ })).toBeVisible();
  await page.getByRole('button', { name: 'Create policy' }).click();
  await page.getByRole('menuitem', { name: /Use policy generator/ }).click();
  await expect(page).toHaveURL(/\/policies\/generate$/);
  await expect(
    page.getByRole('heading', { name: 'Statements', level: 2 }).or(page.getByText('Statements').first()),
  ).toBeVisible();

  // A malformed principal is refused once the field is left (not while typing), with its line.
  const principals = page.getByRole('textbox', { name: 'Principals' }).first();
  await principals.fill('12345');
  await expect(page.getByText(/Line 1: "12345" is not an AWS account ID/)).toHaveCount(0);
  await principals.press('Tab');
  await expect(page.getByText(/Line 1: "12345" is not an AWS account ID/)).toBeVisible();
  await checkA11y(page);

  await page.getByRole('button', { name: /Start point/ }).click();
  await page.getByRole('option', { name: /matching a pattern/ }).click();
  await expect(principals).toHaveValue('999999999999');
  await expect(page.getByRole('textbox', { name: 'Values' }).first()).toHaveValue(
    'marketing+*@ses-example.com',
  );
  await expect(page.getByText(/StringLike takes \* \(any run of characters\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('textbox', { name: 'Policy name' })).toHaveValue('AuthorizeMarketer');
  await expect(page.locator('[data-testid="policy-code-editor"]')).toContainText(
    'marketing+*@ses-example.com',
  );
  await checkA11y(page);
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByText(/marketing\+\*@ses-example\.com/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Findings/ })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Apply policy' }).click();
  await expect(page).toHaveURL(/\/identities\/ses-example\.com\?tab=authorization$/);
  await expect(page.getByText('Policy AuthorizeMarketer saved.')).toBeVisible();
  await expect(page.getByRole('row', { name: /AuthorizeMarketer/ })).toBeVisible();
  await checkA11y(page);
});
