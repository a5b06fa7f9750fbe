/**
 * Who can send, where users see it, on the seeded demo (the owner's SampleAuthorizationPolicy
 * lets account 999999999999 send from marketing+*@ses-example.com): the domain's Access tab, the
 * owner's account report with its "other accounts only" filter and its CSV and JSON downloads,
 * and the delegate's "What exactly I may send" on Grants.
 */
import { readFile } from 'node:fs/promises';
import { actAs } from './acting';
import { expect, test } from './fixtures';

/** As exported (plain text: the value in backticks) and as shown (the value as code). */
const FROM_CONDITION_TEXT = 'only From addresses matching `marketing+*@ses-example.com`';
const FROM_CONDITION = 'only From addresses matching marketing+*@ses-example.com';
const MARKETER = "Delegate's IAM user marketer (999999999999)";

test("the domain's Access tab says account 999999999999 may send from marketing+*@", async ({
  page,
  checkA11y,
}) => {
  await page.goto('identities/ses-example.com');
  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page).toHaveURL(/\/identities\/ses-example\.com\?tab=access$/);
  const table = page.getByRole('table', { name: 'Who can send as this identity' });
  const delegate = table.getByRole('row', { name: /account 999999999999/ });
  await expect(delegate).toContainText(FROM_CONDITION);
  await expect(delegate).toContainText('SampleAuthorizationPolicy, statement AuthorizeMarketer');
  await expect(delegate).toContainText('SendEmail');
  await expect(table.getByRole('row', { name: /the identity's own account/ }).first()).toBeVisible();
  await checkA11y(page);

  // The tab is in the URL: a reload opens it again.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Access', selected: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /account 999999999999/ })).toContainText(FROM_CONDITION);
});

test('the account report lists it, keeps it with "Other accounts only", and exports it as CSV and JSON', async ({
  page,
  checkA11y,
}, testInfo) => {
  await page.goto('identities');
  await expect(page.getByRole('link', { name: 'ses-example.com' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('link', { name: 'Access report', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Access report' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Access report' });
  const delegate = table.getByRole('row', { name: /account 999999999999/ });
  await expect(delegate).toContainText(FROM_CONDITION);
  await expect(delegate.getByRole('link', { name: 'ses-example.com' })).toBeVisible();
  await expect(table.getByRole('row', { name: /the identity's own account/ })).toHaveCount(1);
  await checkA11y(page);

  await page.getByRole('checkbox', { name: 'Other accounts only' }).check();
  await expect(table.getByRole('row', { name: /the identity's own account/ })).toHaveCount(0);
  await expect(delegate).toContainText(FROM_CONDITION);
  await page.getByRole('searchbox', { name: 'Filter access report' }).fill('marketing+');
  await expect(delegate).toBeVisible();
  await checkA11y(page);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('ses-access-report-888888888888-us-east-1.csv');
  const csvPath = testInfo.outputPath('report.csv');
  await csv.saveAs(csvPath);
  const csvText = await readFile(csvPath, 'utf8');
  expect(csvText.split('\r\n')[0]).toContain('Identity,Identity ARN,Who,Actions,From');
  expect(csvText).toContain('account 999999999999');
  expect(csvText).toContain(FROM_CONDITION_TEXT);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe('ses-access-report-888888888888-us-east-1.json');
  const jsonPath = testInfo.outputPath('report.json');
  await json.saveAs(jsonPath);
  const report = JSON.parse(await readFile(jsonPath, 'utf8')) as {
    rows: { identity: string; principals: string[]; conditions: { from: { values: string[] }[] } }[];
  };
  expect(report.rows).toContainEqual(
    expect.objectContaining({
      identity: 'ses-example.com',
      principals: ['999999999999'],
      conditions: expect.objectContaining({
        from: [expect.objectContaining({ values: ['marketing+*@ses-example.com'] })],
      }) as unknown,
    }),
  );

  // The row's identity link opens the identity's Access tab.
  await delegate.getByRole('link', { name: 'ses-example.com' }).click();
  await expect(page).toHaveURL(/\/identities\/ses-example\.com\?tab=access$/);
  await expect(page.getByRole('tab', { name: 'Access', selected: true })).toBeVisible();
  await checkA11y(page);
});

test("the delegate's Grants page shows what exactly it may send", async ({ page, checkA11y }) => {
  await page.goto('grants');
  await actAs(page, MARKETER);
  await expect(page.getByRole('heading', { name: 'What exactly I may send' })).toBeVisible();
  const table = page.getByRole('table', { name: 'What exactly I may send as ses-example.com' });
  const row = table.getByRole('row', { name: /account 999999999999/ });
  await expect(row).toContainText(FROM_CONDITION);
  await expect(row).toContainText('SampleAuthorizationPolicy, statement AuthorizeMarketer');
  await expect(table.getByRole('row', { name: /own account/ })).toHaveCount(0);
  await checkA11y(page);
});
