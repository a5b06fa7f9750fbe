/**
 * Settings: where requests go, the demo principals, and the emulator's state exported to a file,
 * imported back (with a wrong file refused), and reset to the seeded demo.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('export the emulator state, import it back after a change, refuse a wrong file, and reset', async ({
  page,
  checkA11y,
}, testInfo) => {
  await page.goto('settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const principals = page.getByRole('table', { name: 'Demo principals' });
  await expect(
    principals.getByRole('row', { name: /Identity owner \(888888888888\) \(acting\)/ }),
  ).toContainText('AKIAOWNER88888888888');
  await expect(principals.getByRole('row')).toHaveCount(5);
  await checkA11y(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export state' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ses-emulator-state-\d{4}-\d{2}-\d{2}\.json$/);
  const exportedPath = testInfo.outputPath('state.json');
  await download.saveAs(exportedPath);
  const exported = JSON.parse(await readFile(exportedPath, 'utf8')) as { identities: { name: string }[] };
  expect(exported.identities.map((i) => i.name)).toContain('ses-example.com');
  await expect(page.getByText(/^Exported the emulator's state \([\d,]+ bytes\)/)).toBeVisible();

  // A change after the export: a new identity.
  await page.goto('identities/create');
  await expect(page.getByRole('textbox', { name: 'Domain' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('textbox', { name: 'Domain' }).fill('later.example');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'later.example' })).toBeVisible();
  await checkA11y(page);

  // A wrong file is refused with the reason, and nothing changes.
  await page.goto('settings');
  const fileInput = page.locator('input[type="file"][aria-label="Choose file"]');
  await fileInput.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"a": 1}'),
  });
  // It is checked before anything is asked: no "replace?" for a file that would not import.
  await page.getByRole('button', { name: 'Import state' }).click();
  await expect(
    page.getByText(
      'notes.json cannot be imported: The file is JSON but not an emulator export: it has no "identities" list. Nothing was changed.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Replace the emulator’s state?' })).toHaveCount(0);
  await checkA11y(page);

  // The exported file brings the state back: the later identity is gone.
  await page.getByRole('button', { name: /Remove file 1/ }).click();
  await fileInput.setInputFiles(exportedPath);
  await page.getByRole('button', { name: 'Import state' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace the emulator’s state?' });
  await expect(replace).toContainText(
    /state\.json holds \d+ identities, \d+ polic(y|ies) and \d+ send attempts?\./,
  );
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText('Imported state.json: the emulator now holds that state.')).toBeVisible();
  await page.getByRole('link', { name: 'Identities', exact: true }).click();
  await expect(page.getByRole('link', { name: 'ses-example.com' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'later.example' })).toHaveCount(0);
  await checkA11y(page);

  // Reset asks first, then goes back to the seeded demo.
  await page.goto('settings');
  await page.getByRole('button', { name: 'Reset the emulator' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset the emulator?' });
  await checkA11y(page);
  await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByText('The emulator is back to the seeded demo.')).toBeVisible();
  await checkA11y(page);
});
