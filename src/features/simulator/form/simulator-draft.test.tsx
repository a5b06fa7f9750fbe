/**
 * The simulator keeps what was typed as this tab's draft: put back at once when it is mounted
 * again for another principal, offered on a new visit, and offered beside a shared link's
 * scenario (the link fills the form; the draft is kept until the user answers).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshEmulatorStore } from '../../../../mocks/ses/instance';
import { formDraftKey } from '../../../lib/form-drafts/form-draft-store';
import type { DraftRestore } from '../../../lib/form-drafts/use-form-draft';
import { renderWithQueries } from '../../../test/render';
import { simulatorPath } from '../scenario';
import { Simulator } from '../simulator';
import { SIMULATOR_DRAFT } from './form-draft-schema';

const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const OTHER = 'arn:aws:ses:us-east-1:888888888888:identity/other.example';
const principals = [
  { arn: 'arn:aws:iam::999999999999:root', label: 'Delegate account (999999999999)', iamPolicies: [] },
];

function renderSimulator(restoreDraft: DraftRestore, path = '/simulator') {
  const router = createMemoryRouter(
    [{ path: '/simulator', element: <Simulator principals={principals} restoreDraft={restoreDraft} /> }],
    { initialEntries: [path] },
  );
  return renderWithQueries(<RouterProvider router={router} />);
}

const box = (name: string) =>
  screen
    .queryAllByRole('textbox', { name })
    .concat(screen.queryAllByRole('combobox', { name }))[0] as HTMLElement;

async function fill(user: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  await user.clear(box(name));
  await user.click(box(name));
  await user.paste(value);
}

const stored = () => sessionStorage.getItem(formDraftKey(SIMULATOR_DRAFT));

beforeEach(async () => {
  sessionStorage.clear();
  await openFreshEmulatorStore();
});

describe('simulator drafts', { timeout: 30_000 }, () => {
  it('puts what was typed back at once when mounted again (another principal)', async () => {
    const user = userEvent.setup();
    const first = renderSimulator('offer');
    await fill(user, 'Identity ARN', ARN);
    await fill(user, 'From address', 'marketing+spring@ses-example.com');
    expect(stored()).toContain('marketing+spring@ses-example.com');
    first.unmount();

    renderSimulator('auto');
    await waitFor(() => expect(box('From address')).toHaveValue('marketing+spring@ses-example.com'));
    expect(box('Identity ARN')).toHaveValue(ARN);
    expect(screen.queryByText(/You have unsaved input from/)).toBeNull();
  });

  it('offers the draft on a new visit; Restore puts it back', async () => {
    const user = userEvent.setup();
    const first = renderSimulator('offer');
    await fill(user, 'Caller', '999999999999');
    first.unmount();

    renderSimulator('offer');
    expect(await screen.findByText(/You have unsaved input from/)).toBeVisible();
    expect(box('Caller')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(box('Caller')).toHaveValue('999999999999');
  });

  it('lets a shared link fill the form, and offers the draft beside it without removing it', async () => {
    const user = userEvent.setup();
    const first = renderSimulator('offer');
    await fill(user, 'Identity ARN', OTHER);
    await fill(user, 'From address', 'typed@other.example');
    first.unmount();
    const draft = stored();

    // Even when mounted again for another principal: the link wins, the draft is only offered.
    renderSimulator(
      'auto',
      simulatorPath({
        identityArn: ARN,
        policies: [{ name: 'Shared', document: '{"Version":"2012-10-17","Statement":[]}' }],
        caller: '999999999999',
        message: { from: 'marketing+spring@ses-example.com', to: ['a@example.com'] },
      }),
    );
    await waitFor(() => expect(box('Identity ARN')).toHaveValue(ARN));
    expect(box('From address')).toHaveValue('marketing+spring@ses-example.com');
    expect(screen.getByText(/You have unsaved input from/)).toBeVisible();
    expect(stored()).toBe(draft);

    await user.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(box('Identity ARN')).toHaveValue(OTHER);
    expect(box('From address')).toHaveValue('typed@other.example');
  });

  it('Clear form empties the form and removes the draft', async () => {
    const user = userEvent.setup();
    renderSimulator('offer');
    await fill(user, 'Caller', '999999999999');
    expect(stored()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear form' }));
    expect(box('Caller')).toHaveValue('');
    expect(stored()).toBeNull();
  });

  it('ignores and removes a stored draft of the wrong shape', () => {
    sessionStorage.setItem(
      formDraftKey(SIMULATOR_DRAFT),
      JSON.stringify({ version: 1, values: { policies: 'not a list', method: 'ses:Nothing' } }),
    );
    renderSimulator('auto');
    expect(screen.getByRole('button', { name: 'Simulate' })).toBeVisible();
    expect(screen.queryByText(/You have unsaved input from/)).toBeNull();
    expect(stored()).toBeNull();
  });
});
