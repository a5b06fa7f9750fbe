import { expect, test } from './fixtures';

// The fixtures must catch what they guard against: each test here breaks one rule and is
// marked `test.fail()`, so it passes only when the fixture fails it.
test.describe('the e2e guards', () => {
  test('the network guard fails a test whose page calls a foreign host', async ({ page, checkA11y }) => {
    test.fail();
    await page.goto('identities');
    await checkA11y(page);
    await page.evaluate(() => fetch('https://example.com/tracker').catch(() => undefined));
  });

  test('the axe check fails on a serious violation', async ({ page, checkA11y }) => {
    test.fail();
    await page.goto('identities');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.body.append(input);
    });
    await checkA11y(page);
  });

  test('a visited page without an axe check fails the test', async ({ page }) => {
    test.fail();
    await page.goto('grants');
    await expect(page.getByRole('heading', { level: 1, name: 'Grants' })).toBeVisible();
  });
});
