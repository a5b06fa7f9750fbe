import { expect, type Page } from '@playwright/test';

/** Switches the acting principal with the header's switcher (a Cloudscape Select), as a user would. */
export async function actAs(page: Page, label: string) {
  await page.getByRole('button', { name: /Switch principal/ }).click();
  await page.getByRole('option', { name: label }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Acting as:' })).toHaveText(`Acting as: ${label}`);
}
