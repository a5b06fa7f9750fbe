/**
 * The editor restores whatever a draft holds without crashing: a 10,000-deep draft (which once
 * overflowed the engine's stack on every render, so on every restore) comes back as text with
 * a readable error, and a stored draft of the wrong shape or size is reported, not restored.
 * Monaco is replaced by a textarea: what is tested is the form around it.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionAs, renderWithQueries } from '../../test/render';
import { draftKey, MAX_DRAFT_DOCUMENT_LENGTH } from './policy-drafts';
import { PolicyEditorForm } from './policy-editor-form';

vi.mock('../../lib/policy-ui/lazy-policy-code-editor', () => ({
  LazyPolicyCodeEditor: ({ value, ariaLabel }: { value: string; ariaLabel: string }) => (
    <textarea aria-label={ariaLabel} value={value} readOnly />
  ),
}));

const IDENTITY = 'ses-example.com';
const ARN = 'arn:aws:ses:us-east-1:888888888888:identity/ses-example.com';
const ACCOUNT = '888888888888';
const KEY = draftKey(ACCOUNT, IDENTITY, undefined);
const STARTER = '{"Version":"2012-10-17","Statement":[]}';

function renderEditor() {
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
            existingNames={[]}
            savedPolicies={[]}
            initialDocument={STARTER}
            onSaved={() => {}}
            onCancel={() => {}}
            onSimulate={() => {}}
            onOpenPolicy={() => {}}
            onPolicyGone={() => {}}
          />
        ),
      },
    ],
    { initialEntries: ['/'] },
  );
  return renderWithQueries(<RouterProvider router={router} />);
}

const documentText = () =>
  (screen.getByRole('textbox', { name: 'Policy document' }) as HTMLTextAreaElement).value;

beforeEach(() => localStorage.clear());

describe('restoring drafts', () => {
  it('restores a 10,000-deep draft as text, with a readable error, and again after a remount', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    localStorage.setItem(
      KEY,
      JSON.stringify({ name: 'Deep', document: deep, savedAt: '2026-11-22T10:00:00Z' }),
    );
    const user = userEvent.setup();
    const first = renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Restore draft' }));
    expect(documentText()).toBe(deep);
    expect(screen.getByRole('list', { name: 'Problems in the policy' })).toHaveTextContent(
      /The policy is 20,000 bytes; SES accepts at most 4,096/,
    );
    expect(screen.getByText('This policy cannot be read; fix the errors to see what it does.')).toBeVisible();
    first.unmount();
    // The draft is still stored: the next visit offers it again and does not crash either.
    renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Restore draft' }));
    expect(documentText()).toBe(deep);
  });

  it('restores a small draft nested past the limit with the nesting error', async () => {
    const deep = `{"Statement":${'['.repeat(100)}${']'.repeat(100)}}`;
    localStorage.setItem(KEY, JSON.stringify({ name: 'Deep', document: deep, savedAt: 'not a time' }));
    const user = userEvent.setup();
    renderEditor();
    expect(screen.getByText(/unsaved changes from an earlier visit/i)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(screen.getByRole('list', { name: 'Problems in the policy' })).toHaveTextContent(
      /nests arrays and objects more than 64 levels deep/,
    );
    expect(screen.getByRole('button', { name: 'Format' })).toHaveAttribute('aria-disabled', 'true');
  });

  it.each([
    ['not JSON', '{"name":"x","document":', /not valid JSON/],
    ['of the wrong shape', '[1,2,3]', /not a draft/],
    ['with wrong types', '{"name":5,"document":{"Statement":[]}}', /no text for its name or document/],
    ['with __proto__ keys', '{"__proto__":{"name":"x","document":"y"}}', /no text for its name or document/],
    [
      'too long',
      JSON.stringify({ name: 'x', document: 'x'.repeat(MAX_DRAFT_DOCUMENT_LENGTH + 1) }),
      /more than a policy draft can be|longer than a policy draft can be/,
    ],
  ])('reports a stored draft %s instead of restoring it', async (_, stored, problem) => {
    localStorage.setItem(KEY, stored);
    const user = userEvent.setup();
    renderEditor();
    expect(screen.getByText('A stored draft could not be restored')).toBeVisible();
    expect(screen.getByText(problem)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Restore draft' })).toBeNull();
    expect(documentText()).toBe(STARTER);
    await user.click(screen.getByRole('button', { name: /dismiss/i }));
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
