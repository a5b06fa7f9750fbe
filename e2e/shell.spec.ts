import { STATIC_SERVER_URL } from '../playwright.config';
import { expect, test } from './fixtures';

test.describe('the console shell', () => {
  test('opens on the Identities page and registers the emulator under the sub-path', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/\/ses-console\/identities$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Identities' })).toBeVisible();
    // The emulator's seeded identity, listed through the SDK as the acting principal (the owner).
    const row = page.getByRole('row', { name: /ses-example\.com/ });
    await expect(row).toContainText('Domain');
    await expect(row).toContainText('Verified');
    await expect(row.getByRole('cell').last()).toHaveText('1');
    await expect(page.getByText('Acting as: Identity owner (888888888888)')).toBeVisible();
    const registration = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return {
        scope: reg?.scope,
        script: reg?.active?.scriptURL,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    expect(registration.scope).toMatch(/\/ses-console\/$/);
    expect(registration.script).toMatch(/\/ses-console\/mockServiceWorker\.js$/);
    expect(registration.controlled).toBe(true);
    await checkA11y(page);
  });

  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1440, height: 900 },
  ]) {
    test(`paints the pre-rendered Identities page before its code runs, then the console takes it over (${viewport.width}×${viewport.height})`, async ({
      page,
      checkA11y,
    }) => {
      await page.setViewportSize(viewport);
      // The entry script is held back, so what is on screen is the HTML's own shell.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('identities');
      const shell = page.locator('#root > [data-shell]');
      await expect(shell).toHaveAttribute('inert', '');
      await expect(shell.locator('h1')).toHaveText('Identities');
      await expect(shell.getByText('Email addresses and domains you own')).toBeVisible();
      await expect(shell.getByText('Acting as: connecting…')).toBeVisible();
      const before = await shell.locator('h1').boundingBox();
      release();
      await expect(page.getByRole('row', { name: /ses-example\.com/ })).toContainText('Verified');
      await expect(shell).toHaveCount(0);
      await expect(page.locator('template')).toHaveCount(0);
      // The console's own heading is where the shell's was.
      expect(await page.locator('h1').boundingBox()).toEqual(before);
      await checkA11y(page);
    });
  }

  test('side navigation reaches every page', async ({ page, checkA11y }) => {
    await page.goto('identities');
    await checkA11y(page);
    const nav = page.getByRole('navigation').filter({ has: page.getByRole('link', { name: 'Grants' }) });
    for (const [label, path, heading] of [
      ['Grants', 'grants', 'Grants'],
      ['Send test email', 'send', 'Send a test email'],
      ['Simulator', 'simulator', 'Simulator'],
      ['Activity', 'activity', 'Activity'],
      ['Settings', 'settings', 'Settings'],
      ['Identities', 'identities', 'Identities'],
    ] as const) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/ses-console/${path}$`));
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText(label);
      await checkA11y(page);
    }
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    test(`the side navigation stays as the user leaves it, on form pages too (${viewport.width}×${viewport.height})`, async ({
      page,
      checkA11y,
    }) => {
      await page.setViewportSize(viewport);
      const navLink = page
        .getByRole('navigation', { name: 'Side navigation' })
        .getByRole('link', { name: 'Grants' });
      for (const path of [
        'identities/create',
        'identities/ses-example.com/policies/generate',
        'identities/ses-example.com/policies/SampleAuthorizationPolicy/edit',
      ]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(navLink).toBeVisible();
        await checkA11y(page);
      }
      await page.getByRole('button', { name: 'Close side navigation' }).click();
      await expect(navLink).toBeHidden();
      await page.goto('identities');
      await expect(page.getByRole('heading', { level: 1, name: 'Identities' })).toBeVisible();
      await expect(navLink).toBeHidden();
      await checkA11y(page);
      await page.getByRole('button', { name: 'Open side navigation' }).click();
      await expect(navLink).toBeVisible();
      await page.goto('identities/create');
      await expect(navLink).toBeVisible();
      await checkA11y(page);
    });
  }

  test('filters the identities table as you type', async ({ page, checkA11y }) => {
    await page.goto('identities');
    await expect(page.getByRole('row', { name: /ses-example\.com/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Filter identities' }).fill('nothing-like-this');
    await expect(page.getByText('No identity matches the filter.', { exact: false })).toBeVisible();
    await expect(page.getByText('0 matches').first()).toBeVisible();
    await checkA11y(page);
  });

  test('the header says who you are acting as and the help panel opens', async ({ page, checkA11y }) => {
    await page.goto('simulator');
    await expect(page.getByText('Acting as: Identity owner (888888888888)')).toBeVisible();
    await page.getByRole('button', { name: /open help panel/i }).click();
    await expect(page.getByRole('heading', { name: 'Simulator', level: 2 })).toBeVisible();
    await expect(page.getByText('An explicit Deny always wins.', { exact: false })).toBeVisible();
    await checkA11y(page);
  });

  test('an unknown path shows the not-found page with a way back', async ({ page, checkA11y }) => {
    await page.goto('no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/no/such/page')).toBeVisible();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Go to identities' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Identities' })).toBeVisible();
    await checkA11y(page);
  });

  test('works from the keyboard: skip to the navigation and follow a link with Enter', async ({
    page,
    checkA11y,
  }) => {
    await page.goto('identities');
    await checkA11y(page);
    const grants = page.getByRole('link', { name: 'Grants', exact: true });
    await grants.focus();
    await expect(grants).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Grants' })).toBeVisible();
    await checkA11y(page);
  });
});

test.describe('static hosting', () => {
  test('a reload on a deep link under the sub-path shows the same page (GitHub Pages 404.html)', async ({
    page,
    checkA11y,
  }) => {
    const heading = page.getByRole('heading', { level: 1, name: 'Create identity' });
    const response = await page.goto(`${STATIC_SERVER_URL}identities/create`);
    // The static server knows no such file: it answers 404.html, which boots the console.
    expect(response?.status()).toBe(404);
    await expect(heading).toBeVisible();
    // A reload before the new worker controls the page loads one page that no worker controls,
    // and MSW then reloads it once more itself (msw/browser getWorkerInstance): seen in CI under
    // load as a navigation in the middle of the checks below. Reload once the worker serves.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await expect(heading).toBeVisible();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(STATIC_SERVER_URL);
    await checkA11y(page);
  });

  test('a page with its own file paints its pre-rendered shell first (simulator/index.html)', async ({
    page,
    checkA11y,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const response = await page.goto(`${STATIC_SERVER_URL}simulator`);
    expect(response?.status()).toBe(200);
    const shell = page.locator('#root > [data-shell]');
    await expect(shell.locator('h1')).toHaveText('Simulator');
    const before = await shell.locator('h1').boundingBox();
    release();
    await expect(page.getByRole('button', { name: 'Simulate' })).toBeEnabled();
    await expect(shell).toHaveCount(0);
    expect(await page.locator('h1').boundingBox()).toEqual(before);
    await checkA11y(page);
  });
});
