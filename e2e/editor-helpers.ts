/** Driving the Monaco policy editor from Playwright, through the keyboard like a user. */
import { expect, type Page } from '@playwright/test';

/** The editor's text area (Monaco's hidden textarea carries the editor's accessible name). */
export function policyEditor(page: Page, name = 'Policy document') {
  return page.getByRole('textbox', { name, exact: true });
}

/**
 * Replaces the editor's whole text as a user pasting it would: select all, then a paste event
 * carrying the text (typed keys would trigger Monaco's bracket auto-closing).
 */
export async function replaceEditorText(page: Page, text: string, name = 'Policy document') {
  const editor = policyEditor(page, name);
  await expect(editor).toBeAttached({ timeout: 20_000 });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await editor.evaluate((textarea, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    textarea.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Writes an emulator state in which an identity has the given policies (emulator-only API). */
export async function setPolicies(page: Page, identity: string, policies: Record<string, string>) {
  await page.evaluate(
    async ({ identity, policies }) => {
      const url = new URL('__emulator/state', document.baseURI);
      const state = (await (await fetch(url)).json()) as {
        identities: { name: string; policies: Record<string, string> }[];
      };
      const target = state.identities.find((i) => i.name === identity);
      if (!target) throw new Error(`No identity ${identity} in the emulator`);
      target.policies = policies;
      const response = await fetch(url, { method: 'PUT', body: JSON.stringify(state) });
      if (!response.ok) throw new Error(await response.text());
    },
    { identity, policies },
  );
}

/**
 * Waits until the "who can send" panel has answered the text now in the editor: the answer
 * fades in, and an axe check during the fade would measure half-drawn colours.
 */
export async function accessPanelSettled(page: Page) {
  await expect(page.getByText('Checking who gains access…')).toHaveCount(0, { timeout: 20_000 });
}

/** Answers the Save confirmation of a change that lets someone send: "Save anyway". */
export async function saveAnyway(page: Page) {
  await page
    .getByRole('dialog', { name: /^This change lets / })
    .getByRole('button', { name: 'Save anyway' })
    .click();
}
