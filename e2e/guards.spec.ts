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

  test('the accessibility check fails a page with a second h1', async ({ page, checkA11y }) => {
    test.fail();
    await page.goto('identities');
    await expect(page.getByRole('heading', { level: 1, name: 'Identities' })).toBeVisible();
    // The heading above may still be the pre-rendered shell's, which the console's first render
    // replaces: the second h1 goes into the console's own page.
    await expect(page.locator('#root > [data-shell]')).toHaveCount(0);
    await page.evaluate(() => {
      const heading = document.createElement('h1');
      heading.textContent = 'A second page title';
      document.querySelector('main')?.append(heading);
    });
    await checkA11y(page);
  });

  test('the console guard fails a test whose page logs an error', async ({ page, checkA11y }) => {
    test.fail();
    await page.goto('identities');
    await checkA11y(page);
    await page.evaluate(() => console.error('something broke'));
  });

  test('the console guard fails a test whose page throws', async ({ page, checkA11y }) => {
    test.fail();
    await page.goto('identities');
    await checkA11y(page);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('uncaught');
      });
    });
    await page.waitForTimeout(200);
  });

  test('a visited page without an axe check fails the test', async ({ page }) => {
    test.fail();
    await page.goto('grants');
    await expect(page.getByRole('heading', { level: 1, name: 'Grants' })).toBeVisible();
  });
});

test.describe('the in-page emulator', () => {
  test('answers SES requests in the page (the network guard lets them through) and keeps its state in IndexedDB', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('identities');
    await checkA11y(page);
    const unsigned = await page.evaluate(async () => {
      const response = await fetch(new URL('__ses/us-east-1/', document.baseURI), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Action=ListIdentities&Version=2010-12-01',
      });
      return { status: response.status, body: await response.text() };
    });
    expect(unsigned.status).toBe(403);
    expect(unsigned.body).toContain('<Code>MissingAuthenticationToken</Code>');
    const state = await page.evaluate(async () => {
      const response = await fetch(new URL('__emulator/state', document.baseURI));
      return (await response.json()) as { identities: { name: string; account: string }[] };
    });
    expect(state.identities.map((i) => `${i.account}/${i.name}`).sort()).toEqual([
      '888888888888/ses-example.com',
      '999999999999/delegate.example',
    ]);
  });
});
