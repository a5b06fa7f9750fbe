/**
 * Layout at the two window sizes the console is designed for (1280×800 and 1440×900, the side
 * navigation open): Activity's attempts table fits without scrolling sideways, its statuses and
 * times stay on one line, and its trace opens from the row; machine values (ARNs, addresses,
 * context keys) wrap only after : / @ ; and never inside a token; copy buttons copy; the policies
 * table's Size stays on one line; a 300-principal policy is described once.
 */
import type { Locator, Page } from '@playwright/test';
import { actAs } from './acting';
import { accessPanelSettled, replaceEditorText } from './editor-helpers';
import { expect, test } from './fixtures';

const DOMAIN_ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const MARKETER = "Delegate's IAM user marketer (999999999999)";

async function sendEmail(page: Page, from: string) {
  await page.getByRole('textbox', { name: 'From address' }).fill(from);
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('success@simulator.amazonses.com');
  await page.getByRole('textbox', { name: 'Source ARN (optional)' }).fill(DOMAIN_ARN);
  await page.getByRole('button', { name: 'Send email' }).click();
}

/** How far the element's nearest sideways-scrolling ancestor (or the page) overflows, in px. */
async function sidewaysOverflow(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    for (let at: HTMLElement | null = element as HTMLElement; at; at = at.parentElement) {
      const { overflowX } = getComputedStyle(at);
      if (overflowX === 'auto' || overflowX === 'scroll') return at.scrollWidth - at.clientWidth;
    }
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** The first row's cells' widths, to say what did not fit when a table overflows. */
async function cellWidths(table: Locator): Promise<string> {
  return table.evaluate((t) =>
    [...t.querySelectorAll('tbody tr:first-child > *')]
      .map(
        (cell) =>
          `${Math.round(cell.getBoundingClientRect().width)}px ${cell.textContent?.slice(0, 24) ?? ''}`,
      )
      .join(' | '),
  );
}

/**
 * The text nodes under the matched elements that the browser laid out on more than one line
 * (Range.getClientRects gives one box per line): a status broken as "Allo / wed", or a piece of
 * a machine value broken inside, as "ses:FromAddre / ss".
 */
async function textBrokenAcrossLines(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) broken.push(node.textContent);
      }
    }
    return broken;
  });
}

/** How many lines the element's text takes. */
async function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)))
      .size;
  });
}

/** Every break inside a machine value is right after : / @ ; (or at a space, or an ID's hyphen). */
async function breaksOnlyAtSeparators(values: Locator) {
  expect(await values.count()).toBeGreaterThan(0);
  expect(await textBrokenAcrossLines(values)).toEqual([]);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('Activity: the attempts table fits, statuses are one line, values break only at separators, the trace opens from the row', async ({
      page,
      context,
      checkA11y,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('send');
      await actAs(page, MARKETER);
      await expect(page.getByRole('heading', { level: 1, name: 'Send a test email' })).toBeVisible();
      await sendEmail(page, 'marketing+spring@ses-example.com');
      await expect(page.getByText('SES accepted the message')).toBeVisible();
      await sendEmail(page, 'ceo@ses-example.com');
      await expect(page.getByText('SES refused the message: AccessDenied')).toBeVisible();
      await checkA11y(page);

      await page.getByRole('link', { name: 'Activity', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
      // The navigation is open: the narrowest content area at this size.
      await expect(page.getByRole('link', { name: 'Simulator', exact: true })).toBeVisible();
      const attempts = page.getByRole('treegrid', { name: 'Send attempts' });
      await expect(attempts.getByRole('row')).toHaveCount(3);
      await expect(attempts).toContainText('AccessDenied');

      expect(await sidewaysOverflow(attempts), await cellWidths(attempts)).toBeLessThanOrEqual(0);
      const statuses = attempts.getByText(/^(Allowed|Refused|Explicitly denied)$/);
      await expect(statuses).toHaveCount(2);
      for (const status of await statuses.all()) expect(await lineCount(status)).toBe(1);
      expect(await textBrokenAcrossLines(attempts.locator('tbody td:first-child'))).toEqual([]);
      await breaksOnlyAtSeparators(attempts.locator('[data-mono-value], code'));
      // SES's `quoted' ARNs and action read as code, without the quote marks.
      await expect(attempts.getByRole('row').filter({ hasText: 'AccessDenied' })).not.toContainText('`');
      await expect(attempts.locator('code').first()).toHaveText('arn:aws:iam::999999999999:user/marketer');

      // The trace of the refusal (the newest attempt) opens from its row, in the same columns.
      await attempts
        .getByRole('button', { name: /^Show the trace of the SendEmail/ })
        .first()
        .click();
      const source = attempts
        .getByRole('row')
        .filter({ hasText: 'Source' })
        .filter({ hasText: 'ceo@ses-example.com' });
      await expect(source).toBeVisible();
      await expect(source).toContainText('Refused');
      await expect(source).toContainText(DOMAIN_ARN);
      expect(await sidewaysOverflow(attempts), await cellWidths(attempts)).toBeLessThanOrEqual(0);
      await breaksOnlyAtSeparators(source.locator('[data-mono-value], code'));
      expect(await lineCount(source.getByText(/^(Allowed|Refused)$/))).toBe(1);

      // The identity ARN's copy button copies the ARN itself.
      await source.getByRole('button', { name: `Copy identity ARN ${DOMAIN_ARN}` }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(DOMAIN_ARN);
      await checkA11y(page);

      // The other tables fit too.
      for (const name of ['SNS notifications', 'Configuration set events']) {
        const table = page.getByRole('table', { name });
        expect(await sidewaysOverflow(table), `${name}: ${await cellWidths(table)}`).toBeLessThanOrEqual(0);
      }
      const notifications = page.getByRole('table', { name: 'SNS notifications' });
      await expect(notifications.getByRole('row')).not.toHaveCount(1);
      await breaksOnlyAtSeparators(notifications.locator('[data-mono-value]'));
      expect(await textBrokenAcrossLines(notifications.locator('tbody td:first-child'))).toEqual([]);

      // Collapsing the attempt puts the table back as it was.
      await attempts.getByRole('button', { name: /^Hide the trace of/ }).click();
      await expect(source).toHaveCount(0);
    });

    test("Simulator: the decision's values and the conditions table break only at separators, statuses stay one line", async ({
      page,
      context,
      checkA11y,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('simulator');
      await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible();
      for (const [label, value] of [
        ['Identity ARN', DOMAIN_ARN],
        ['Caller', '999999999999'],
        ['From address', 'ceo@ses-example.com'],
      ] as const) {
        const field = page
          .getByRole('textbox', { name: label, exact: true })
          .or(page.getByRole('combobox', { name: label, exact: true }));
        await field.fill(value);
        await field.press('Tab');
      }
      await expect(page.getByText('SampleAuthorizationPolicy').first()).toBeVisible();
      await page.getByRole('button', { name: 'Simulate', exact: true }).click();
      await expect(page.getByText(/^SES would refuse this/)).toBeVisible();

      const decision = page.locator('[data-mono-value]');
      await breaksOnlyAtSeparators(decision);
      // The request context, one key a line, each line unbroken inside its tokens.
      const fromKey = page.locator('li', { hasText: /^ses:fromaddress=ceo@ses-example\.com$/i });
      await expect(fromKey).toBeVisible();
      // SES's message: its `quoted' parts as code, no quote marks, with a copy button.
      const alert = page.getByText(/^User arn:aws:iam::999999999999:root is not authorized/).first();
      await expect(alert).toBeVisible();
      await expect(alert).not.toContainText('`');

      const conditions = page.getByRole('table', { name: 'Conditions examined for the Source identity' });
      const row = conditions.getByRole('row', { name: /ses:FromAddress/ });
      await expect(row).toContainText('Not matched');
      expect(await sidewaysOverflow(conditions)).toBeLessThanOrEqual(0);
      expect(await lineCount(row.getByText('Not matched', { exact: true }))).toBe(1);
      await breaksOnlyAtSeparators(conditions.locator('[data-mono-value]'));

      await page.getByRole('button', { name: 'Copy the Source identity ARN' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(DOMAIN_ARN);
      await page.getByRole('button', { name: 'Copy SES’s error message', exact: true }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(
          "User `arn:aws:iam::999999999999:root' is not authorized to perform `ses:SendEmail' on resource `arn:aws:ses:us-east-1:888888888888:identity/ses-example.com'",
        );
      await checkA11y(page);
    });

    test("the identity's Summary ARN and the policies table's Size; a 300-principal policy said once", async ({
      page,
      context,
      checkA11y,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('identities/ses-example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'ses-example.com' })).toBeVisible();

      const arn = page.locator('[data-mono-value]', { hasText: DOMAIN_ARN }).first();
      await expect(arn).toBeVisible();
      await breaksOnlyAtSeparators(arn);
      await page.getByRole('button', { name: 'Copy identity ARN' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(DOMAIN_ARN);

      const policies = page.getByRole('table', { name: 'Sending authorization policies' });
      const row = policies.getByRole('row', { name: /SampleAuthorizationPolicy/ });
      await expect(row).toContainText('marketing+*@ses-example.com');
      expect(await lineCount(row.getByText(/ of [\d,]+ bytes$/))).toBe(1);
      expect(await sidewaysOverflow(policies)).toBeLessThanOrEqual(0);
      // The summary's `backticked` value as code, not as backticks.
      await expect(row.locator('code')).toHaveText(['marketing+*@ses-example.com']);
      await expect(row).not.toContainText('`');
      await checkA11y(page);

      // A draft for 300 accounts (SES would refuse its size): the preview says it once, the
      // long list summarised.
      await page.goto('identities/ses-example.com/policies/create');
      await page.getByRole('textbox', { name: 'Policy name' }).fill('ManyPrincipals');
      const principals = Array.from({ length: 300 }, (_, i) => `${100000000000 + i}`);
      await replaceEditorText(
        page,
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Many',
              Effect: 'Allow',
              Principal: { AWS: principals },
              Action: ['ses:SendEmail'],
              Resource: DOMAIN_ARN,
              Condition: { StringLike: { 'ses:FromAddress': 'news+*@ses-example.com' } },
            },
          ],
        }),
      );
      const statements = page.getByRole('list', { name: 'Statements in plain English' });
      await expect(statements).toContainText('296 more principals');
      await expect(statements.locator('code')).toHaveText(['news+*@ses-example.com']);
      await expect(page.getByText(/296 more principals/)).toHaveCount(1);
      await accessPanelSettled(page);
      await checkA11y(page);
    });
  });
}
