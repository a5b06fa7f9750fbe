/**
 * The editor's "Who can send after this change" panel and its Save confirmation, on the demo's
 * ses-example.com and its saved announcement policy, saving through the emulator. Monaco is
 * replaced by a plain textarea: what is tested is the form around it.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCEMENT_POLICY } from '../../../mocks/ses/seed';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { connectionAs, renderWithQueries } from '../../test/render';
import { draftKey } from './policy-drafts';
import { currentTabId } from './tab-id';
import { PolicyEditorForm } from './policy-editor-form';

vi.mock('../../lib/policy-ui/lazy-policy-code-editor', () => ({
  LazyPolicyCodeEditor: ({
    value,
    ariaLabel,
    onChange,
  }: {
    value: string;
    ariaLabel: string;
    onChange: (value: string) => void;
  }) => <textarea aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value)} />,
}));

const IDENTITY = 'ses-example.com';
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const ACCOUNT = '888888888888';
const SAVED = { name: 'SampleAuthorizationPolicy', document: ANNOUNCEMENT_POLICY };
const GLOB = 'marketing+*@ses-example.com';
const widened = ANNOUNCEMENT_POLICY.replace(GLOB, '*@ses-example.com');
const narrowed = ANNOUNCEMENT_POLICY.replace(GLOB, 'marketing+news*@ses-example.com');
const GAIN = 'This change lets account 999999999999 send';

/** What the page passes: a path the test can read back. */
const simulatorPath = (scenario: object) => `/simulator#${encodeURIComponent(JSON.stringify(scenario))}`;

function renderEditor(onSaved = vi.fn()) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <PolicyEditorForm
            connection={connectionAs('owner')}
            account={ACCOUNT}
            identity={IDENTITY}
            identityArn={ARN}
            existing={SAVED}
            existingNames={[SAVED.name]}
            savedPolicies={[SAVED]}
            initialDocument=""
            onSaved={onSaved}
            onCancel={() => {}}
            onSimulate={() => {}}
            onOpenPolicy={() => {}}
            onPolicyGone={() => {}}
            simulatorPath={simulatorPath}
          />
        ),
      },
      { path: '/simulator', element: <p>The simulator</p> },
    ],
    { initialEntries: ['/'] },
  );
  renderWithQueries(<RouterProvider router={router} />);
  return { router, onSaved };
}

const type = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'Policy document' }), { target: { value: text } });
const documentText = () =>
  (screen.getByRole('textbox', { name: 'Policy document' }) as HTMLTextAreaElement).value;
const panel = () => screen.getByTestId('access-change');

/** Save reads SES before it asks or saves: on a loaded machine that takes more than a second. */
const SES_ROUND_TRIP = { timeout: 8000 };

beforeEach(async () => {
  localStorage.clear();
  await openFreshEmulatorStore();
});

describe('who can send after the change', () => {
  it('shows the gain of a widened glob, with Simulate this opening that request and the draft', async () => {
    const { router } = renderEditor();
    await waitFor(() => expect(panel()).toHaveTextContent('No change in who can send'));
    type(widened);
    expect(panel()).toHaveTextContent('Checking who gains access…');
    expect(await within(panel()).findByText(GAIN)).toBeVisible();
    const description = 'account 999999999999 could now send with ses:SendEmail from x@ses-example.com';
    const link = within(panel()).getByRole('link', { name: `Simulate this: ${description}` });
    const scenario = JSON.parse(decodeURIComponent((link.getAttribute('href') ?? '').split('#')[1]!));
    expect(scenario).toEqual({
      identityArn: ARN,
      policies: [{ name: SAVED.name, document: widened }],
      caller: '999999999999',
      action: 'ses:SendEmail',
      // No policy names the recipients: the mailbox simulator stands in for them.
      message: { from: 'x@ses-example.com', to: ['success@simulator.amazonses.com'], sourceArn: ARN },
      context: {},
    });
    await userEvent.setup().click(link);
    // A hand-over like "Simulate this draft": no leave question, and the draft is kept.
    expect(await screen.findByText('The simulator')).toBeVisible();
    expect(router.state.location.pathname).toBe('/simulator');
    expect(
      JSON.parse(localStorage.getItem(draftKey(ACCOUNT, IDENTITY, SAVED.name, currentTabId())) ?? '{}')
        .document,
    ).toBe(widened);
  });

  it('shows a narrowed glob as a loss, whitespace as no change, and no comparison for broken JSON', async () => {
    renderEditor();
    type(narrowed);
    expect(await within(panel()).findByText('Account 999999999999 can no longer send')).toBeVisible();
    expect(within(panel()).getByRole('list', { name: 'Requests this change refuses' })).toHaveTextContent(
      'from marketing+x@ses-example.com',
    );
    type(`${ANNOUNCEMENT_POLICY}\n\n   `);
    await waitFor(() => expect(panel()).toHaveTextContent('No change in who can send'));
    type(ANNOUNCEMENT_POLICY.slice(0, -2));
    expect(panel()).toHaveTextContent('No comparison while the document is not valid JSON.');
  });

  it('says when it cannot decide, with the reason', async () => {
    renderEditor();
    type(ANNOUNCEMENT_POLICY.replace(GLOB, '${aws:username}@ses-example.com'));
    expect(
      await within(panel()).findByText('The analysis cannot decide exactly what this change allows'),
    ).toBeVisible();
    expect(within(panel()).getByRole('list', { name: 'Why the analysis cannot decide' })).toHaveTextContent(
      /aws:username/,
    );
  });
});

describe('saving a change that gains access', () => {
  it('asks first: Cancel keeps the draft and saves nothing, Save anyway saves', async () => {
    const user = userEvent.setup();
    const { onSaved } = renderEditor();
    type(widened);
    await within(panel()).findByText(GAIN);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', { name: GAIN }, SES_ROUND_TRIP);
    expect(within(dialog).getByRole('list', { name: 'Requests this change allows' })).toHaveTextContent(
      'account 999999999999 could now send with ses:SendEmail from x@ses-example.com',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: GAIN })).toBeNull());
    expect(documentText()).toBe(widened);
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: GAIN }, SES_ROUND_TRIP)).getByRole('button', {
        name: 'Save anyway',
      }),
    );
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(SAVED.name), SES_ROUND_TRIP);
  });

  it('waits for the comparison of the text being saved when Save comes before it', async () => {
    const { onSaved } = renderEditor();
    await waitFor(() => expect(panel()).toHaveTextContent('No change in who can send'));
    type(widened);
    // Straight away, inside the pause the panel waits for.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    });
    expect(await screen.findByRole('dialog', { name: GAIN }, SES_ROUND_TRIP)).toBeVisible();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves without asking when nothing is gained', async () => {
    const user = userEvent.setup();
    const { onSaved } = renderEditor();
    type(narrowed);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(SAVED.name), SES_ROUND_TRIP);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
