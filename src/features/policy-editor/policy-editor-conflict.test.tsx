/**
 * Two tabs, one policy: Save reads SES again and, when the policy changed, was deleted or was
 * created meanwhile, shows both versions and does what the user chooses; the access question
 * comes after, against what SES has now. On the demo's ses-example.com, saving through the
 * emulator; Monaco (the editor and the diff) is replaced by plain elements.
 */
import { screen, waitFor, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCEMENT_POLICY } from '../../../mocks/ses/seed';
import { openFreshEmulatorStore } from '../../../mocks/ses/instance';
import { sesApi } from '../../lib/ses/api/ses-api';
import { connectionAs, renderWithQueries } from '../../test/render';
import { draftKey, readSlotDrafts } from './policy-drafts';
import { PolicyEditorForm } from './policy-editor-form';
import { currentTabId } from './tab-id';

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
vi.mock('../../lib/policy-ui/lazy-policy-diff-editor', () => ({
  LazyPolicyDiffEditor: ({ original, modified }: { original: string; modified: string }) => (
    <div data-testid="diff">
      <pre>{original}</pre>
      <pre>{modified}</pre>
    </div>
  ),
}));

const IDENTITY = 'ses-example.com';
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const ACCOUNT = '888888888888';
const NAME = 'SampleAuthorizationPolicy';
const GLOB = 'marketing+*@ses-example.com';
const narrowed = ANNOUNCEMENT_POLICY.replace(GLOB, 'marketing+news*@ses-example.com');
const narrowedMore = ANNOUNCEMENT_POLICY.replace(GLOB, 'marketing+offers*@ses-example.com');
/** Wider than anything the tests save over it: overwriting it gains nobody access. */
const widened = ANNOUNCEMENT_POLICY.replace(GLOB, '*@ses-example.com');
const connection = connectionAs('owner');

function renderEditor(
  existing: { name: string; document: string } | null = { name: NAME, document: ANNOUNCEMENT_POLICY },
) {
  const calls = { saved: vi.fn(), opened: vi.fn(), gone: vi.fn() };
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <PolicyEditorForm
            connection={connection}
            account={ACCOUNT}
            identity={IDENTITY}
            identityArn={ARN}
            existing={existing ?? undefined}
            existingNames={existing ? [existing.name] : []}
            savedPolicies={existing ? [existing] : []}
            initialDocument={ANNOUNCEMENT_POLICY}
            onSaved={calls.saved}
            onCancel={() => {}}
            onSimulate={() => {}}
            onOpenPolicy={calls.opened}
            onPolicyGone={calls.gone}
          />
        ),
      },
    ],
    { initialEntries: ['/'] },
  );
  renderWithQueries(<RouterProvider router={router} />);
  return calls;
}

const editor = () => screen.getByRole('textbox', { name: 'Policy document' }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.change(editor(), { target: { value: text } });
const inSes = async () => (await (await sesApi(connection)).policies(IDENTITY)).find((p) => p.name === NAME);
/** Another tab saving (or deleting) the policy meanwhile. */
const otherTabSaves = async (document: string) =>
  (await sesApi(connection)).putPolicy(IDENTITY, { name: NAME, document });

/** Save reads SES before it asks or saves: on a loaded machine that takes more than a second. */
const SES_ROUND_TRIP = { timeout: 8000 };

beforeEach(async () => {
  localStorage.clear();
  await openFreshEmulatorStore();
});

describe('a policy changed in SES since the editor opened it', () => {
  it('shows both versions and the changed lines; saving mine over theirs saves mine', async () => {
    const user = userEvent.setup();
    const calls = renderEditor();
    await otherTabSaves(widened);
    type(narrowed);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', {
      name: `${NAME} was changed in SES since you opened it`,
    });
    expect(within(dialog).getByTestId('diff')).toHaveTextContent('"*@ses-example.com"');
    expect(within(dialog).getByTestId('diff')).toHaveTextContent('marketing+news*');
    await user.click(within(dialog).getByRole('button', { name: 'The differences as a list of lines' }));
    const lines = within(dialog).getByRole('list', { name: 'Lines of both versions' });
    expect(lines).toHaveTextContent('In SES only:');
    expect(lines).toHaveTextContent('Yours only:');
    expect(calls.saved).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Save my version over theirs' }));
    await waitFor(() => expect(calls.saved).toHaveBeenCalledWith(NAME), SES_ROUND_TRIP);
    expect((await inSes())?.document).toBe(narrowed);
  });

  it('using the version in SES shows it, saves nothing, and offers mine back as a draft', async () => {
    const user = userEvent.setup();
    const calls = renderEditor();
    await otherTabSaves(widened);
    type(narrowed);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', { name: /was changed in SES/ }, SES_ROUND_TRIP);
    await user.click(within(dialog).getByRole('button', { name: 'Use the version in SES' }));
    await waitFor(() => expect(editor().value).toBe(widened), SES_ROUND_TRIP);
    expect(screen.getByText(/Unsaved changes from your version, put aside/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveAttribute('aria-disabled', 'true');
    expect(calls.saved).not.toHaveBeenCalled();
    expect((await inSes())?.document).toBe(widened);
    await user.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(editor().value).toBe(narrowed);
  });

  it('going back to editing saves nothing; the next save is checked against SES’s version and goes through', async () => {
    const user = userEvent.setup();
    const calls = renderEditor();
    await otherTabSaves(widened);
    type(narrowed);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', { name: /was changed in SES/ }, SES_ROUND_TRIP);
    await user.click(within(dialog).getByRole('button', { name: 'Go back to editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(editor().value).toBe(narrowed);
    expect((await inSes())?.document).toBe(widened);
    // Closing the dialog without a choice does not rebase: here it was rebased, so no question.
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.saved).toHaveBeenCalledWith(NAME), SES_ROUND_TRIP);
    expect((await inSes())?.document).toBe(narrowed);
  });

  it('asks about access against what SES has now, after the conflict', async () => {
    const user = userEvent.setup();
    const calls = renderEditor();
    // The other tab narrowed the glob: putting the original back widens it again.
    await otherTabSaves(narrowed);
    type(`${ANNOUNCEMENT_POLICY}\n`);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const conflict = await screen.findByRole('dialog', { name: /was changed in SES/ }, SES_ROUND_TRIP);
    await user.click(within(conflict).getByRole('button', { name: 'Save my version over theirs' }));
    const gain = await screen.findByRole('dialog', { name: /^This change lets / }, SES_ROUND_TRIP);
    expect(calls.saved).not.toHaveBeenCalled();
    await user.click(within(gain).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(calls.saved).toHaveBeenCalledWith(NAME), SES_ROUND_TRIP);
  });
});

describe('deleted or created meanwhile', () => {
  it('a policy deleted meanwhile: accepting the deletion keeps my text as a new policy’s draft', async () => {
    const user = userEvent.setup();
    const calls = renderEditor();
    await (await sesApi(connection)).deletePolicy(IDENTITY, NAME);
    type(narrowed);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', {
      name: `${NAME} was deleted from SES since you opened it`,
    });
    expect(within(dialog).getByRole('button', { name: 'Create it again with my version' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Accept the deletion' }));
    expect(calls.gone).toHaveBeenCalledWith(NAME);
    expect(await inSes()).toBeUndefined();
    const { drafts } = readSlotDrafts(draftKey(ACCOUNT, IDENTITY, undefined), currentTabId());
    expect(drafts).toMatchObject([{ name: NAME, document: narrowed, origin: 'set-aside' }]);
  });

  it('a new policy whose name was created meanwhile: replacing it needs the choice', async () => {
    const user = userEvent.setup();
    const calls = renderEditor(null);
    await (await sesApi(connection)).deletePolicy(IDENTITY, NAME);
    // The editor's list of names has no "Fresh"; another tab creates it.
    await (await sesApi(connection)).putPolicy(IDENTITY, { name: 'Fresh', document: narrowedMore });
    await user.type(screen.getByRole('textbox', { name: 'Policy name' }), 'Fresh');
    type(narrowed);
    await user.click(screen.getByRole('button', { name: 'Create policy' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'SES already has a policy named Fresh' },
      SES_ROUND_TRIP,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Use the version in SES' }));
    expect(calls.opened).toHaveBeenCalledWith('Fresh');
    const { drafts } = readSlotDrafts(draftKey(ACCOUNT, IDENTITY, 'Fresh'), currentTabId());
    expect(drafts).toMatchObject([{ document: narrowed, origin: 'set-aside' }]);
  });
});
